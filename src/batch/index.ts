export { runBatch, optionsHash, EXIT_OK, EXIT_FAILED, EXIT_USAGE, type BatchOptions } from './run.js';
export { mergeJournals } from './merge.js';
export { parseShard, inShard, stableHash, type Shard } from './shard.js';
export { DEFAULT_EXTENSIONS, IGNORE_FILE } from './inputs.js';
export { journalName, type JournalRecord } from './journal.js';
export { type BatchReport } from './report.js';
