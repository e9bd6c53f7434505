/**
 * `vbparse batch` (and `vbparse FILE… --out DIR`): the command-line face of src/batch/. Only the
 * option definitions live here; the batch code itself (dist/batch.cjs) is loaded when it runs.
 */
import { Command, InvalidArgumentError, Option } from 'commander';
import type { ParseSettings } from '../batch/protocol.js';
import { DEFAULT_MAX_BYTES } from '../core.js';
import { INPUT_FORMAT_CHOICES } from '../decode/registry.js';
import { OUTPUT_FORMATS } from '../emit/registry.js';

export interface BatchCommandOptions {
  out?: string;
  ndjson?: boolean;
  format: ParseSettings['format'];
  compact?: boolean;
  sources: boolean;
  inputFormat: ParseSettings['inputFormat'];
  maxBytes: number;
  jobs?: number;
  timeout: number;
  workerMemory: number;
  ext?: string[];
  ignore: string[];
  stdinPaths?: boolean;
  shard?: string;
  force?: boolean;
  retryFailed?: boolean;
  journal?: string;
  report?: string;
  quiet?: boolean;
}

function positiveInteger(value: string): number {
  if (!/^\d+$/.test(value.trim()) || Number(value) < 1) throw new InvalidArgumentError('expected a whole number of at least 1');
  return Number(value);
}

function seconds(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0) throw new InvalidArgumentError('expected a number of seconds (0: no limit)');
  return n;
}

function megabytes(value: string): number {
  const m = /^(\d+)\s*(mb?|gb?)?$/i.exec(value.trim());
  if (!m) throw new InvalidArgumentError('expected a size in MB such as 512MB or 1GB');
  return Number(m[1]) * ((m[2] ?? 'm').toLowerCase().startsWith('g') ? 1024 : 1);
}

function extensionList(value: string): string[] {
  const list = value.split(',').map((e) => e.trim().replace(/^\./, '').toLowerCase()).filter(Boolean);
  if (list.length === 0) throw new InvalidArgumentError('expected extensions such as txt,md,docx');
  return list;
}

const collect = (value: string, previous: string[]) => [...previous, value];

/** Runs the batch with commander's options; resolves to the exit code. */
export async function runBatchCommand(inputs: string[], options: BatchCommandOptions): Promise<number> {
  const batch = await import('../batch/index.js');
  let shard = null;
  if (options.shard !== undefined) {
    try {
      shard = batch.parseShard(options.shard);
    } catch (error) {
      process.stderr.write(`vbparse: ${(error as Error).message}\n`);
      return batch.EXIT_USAGE;
    }
  }
  return batch.runBatch({
    inputs,
    stdinPaths: options.stdinPaths,
    out: options.out ?? null,
    ndjson: options.ndjson,
    journal: options.journal ?? null,
    report: options.report ?? null,
    settings: {
      format: options.format,
      compact: options.compact === true,
      sources: options.sources !== false,
      inputFormat: options.inputFormat,
      maxBytes: options.maxBytes,
    },
    jobs: options.jobs,
    timeoutMs: Math.round(options.timeout * 1000),
    recycleMb: options.workerMemory,
    extensions: options.ext,
    ignore: options.ignore,
    shard,
    force: options.force,
    retryFailed: options.retryFailed,
    quiet: options.quiet,
  });
}

async function finish(code: Promise<number>): Promise<void> {
  const status = await code;
  // Interrupted: leave at once, even with standard input still open.
  if (status >= 128) process.exit(status);
  process.exitCode = status;
}

/** Adds `vbparse batch` to the program; `parseSize` is the `--max-bytes` reader of the main command. */
export function registerBatch(program: Command, parseSize: (value: string) => number): Command {
  return program
    .command('batch')
    .description('parse every document of folders, globs or listed files into a mirrored tree (--out) or NDJSON, in parallel, resumably')
    .argument('[inputs...]', 'folders (walked recursively), files, or quoted globs such as "archive/**/*.txt"')
    .option('--out <dir>', 'write each result under this folder, mirroring the input paths; keeps a journal there for resuming')
    .option('--ndjson', 'write one JSON record a line on standard output, in input order')
    .addOption(new Option('-f, --format <format>', `output format of the files under --out: ${OUTPUT_FORMATS.join(', ')}`).choices(OUTPUT_FORMATS).default('json'))
    .option('--compact', 'JSON on one line')
    .option('--no-sources', 'leave out `sources` (the position of every value)')
    .addOption(new Option('--input-format <format>', 'how to read the inputs').choices(INPUT_FORMAT_CHOICES).default('auto'))
    .option('--max-bytes <size>', 'refuse larger inputs (e.g. 16MB)', parseSize, DEFAULT_MAX_BYTES)
    .option('-j, --jobs <n>', 'worker threads (default: the number of CPUs)', positiveInteger)
    .option('--timeout <seconds>', 'stop a file that takes longer and report it (0: no limit)', seconds, 60)
    .option('--worker-memory <MB>', 'replace a worker whose heap passed this size after a file', megabytes, 512)
    .option('--ext <list>', 'extensions taken from folders, comma-separated (default: txt and those of the input formats: docx,pdf,png,jpg,jpeg,tif,tiff,html,htm,xhtml,md,markdown)', extensionList)
    .option('--ignore <pattern>', 'leave out paths matching this gitignore pattern (repeatable; also read from .vbparseignore)', collect, [])
    .option('--stdin-paths', 'read file paths from standard input, one a line')
    .option('--shard <K/N>', "do only this worker's share K of N (0-based); N alone takes K from $JOB_COMPLETION_INDEX or $AWS_BATCH_JOB_ARRAY_INDEX")
    .option('--force', 'parse every file again, even those unchanged since the last run')
    .option('--retry-failed', 'parse only the files that failed or timed out in the last run')
    .option('--journal <file>', 'the journal file (default: .vbparse-journal.ndjson in --out)')
    .option('--report <file>', 'write the JSON report of the run to this file')
    .option('-q, --quiet', 'no progress line (the final summary is still printed)')
    .action(async (inputs: string[], options: BatchCommandOptions) => finish(runBatchCommand(inputs, options)));
}

/** `vbparse a.txt b.md --out parsed/`: several files through the batch, with the main command's options. */
export async function runSeveralFiles(
  files: string[],
  options: { out?: string; format: ParseSettings['format']; compact?: boolean; sources: boolean; inputFormat: ParseSettings['inputFormat']; maxBytes: number; quiet?: boolean },
): Promise<void> {
  if (options.out === undefined) {
    process.stderr.write('vbparse: several files need --out DIR (or use `vbparse batch --ndjson`)\n');
    process.exitCode = 2;
    return;
  }
  await finish(runBatchCommand(files, { ...options, timeout: 60, workerMemory: 512, ignore: [] }));
}
