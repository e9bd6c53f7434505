/**
 * The journal: one JSON object a line, appended as each file ends, never rewritten. It is what a
 * later run resumes from (the last record of a path wins) and what `vbparse report` merges.
 * A line cut short by a crash is ignored when read back.
 */
import { closeSync, createReadStream, fsyncSync, openSync, writeSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { FileStatus, ProfiledField } from './protocol.js';
import type { Shard } from './shard.js';

export interface JournalRecord {
  /** The file's relative path (its key). */
  readonly path: string;
  /** Output path relative to `--out`, when one was written or kept. */
  readonly output: string | null;
  readonly size: number | null;
  readonly hash: string | null;
  /** The vbparse version that produced the record. */
  readonly version: string;
  /** Hash of the options that change the output (format, sources, compact, input format, size limit). */
  readonly options: string;
  readonly status: FileStatus;
  /** Error code (failed, timeout), or why the file was skipped. */
  readonly code: string | null;
  readonly reason: string | null;
  /** For a skipped file: the status of the record it carries over (`ok`, `failed`…), or null. */
  readonly was: FileStatus | null;
  readonly ms: number;
  /** Main fields found (ok, or carried over by a skipped record). */
  readonly found: readonly ProfiledField[];
  /** Rule ids of warning/error diagnostics. */
  readonly warnings: readonly string[];
  /** When the record was written (ISO 8601). */
  readonly at: string;
}

/** The journal file in an output root: one per shard, so shards can share one `--out`. */
export function journalName(shard: Shard | null): string {
  return shard === null || shard.count === 1 ? '.vbparse-journal.ndjson' : `.vbparse-journal.${shard.index}-of-${shard.count}.ndjson`;
}

export class JournalWriter {
  private readonly fd: number;
  private pending: string[] = [];
  private timer: NodeJS.Timeout | null = null;

  constructor(readonly path: string) {
    this.fd = openSync(path, 'a');
  }

  /** Appends a record; lines are written in small groups (at most 200 ms late) to save system calls. */
  append(record: JournalRecord): void {
    this.pending.push(`${JSON.stringify(record)}\n`);
    if (this.pending.length >= 64) this.flush();
    else this.timer ??= setTimeout(() => this.flush(), 200);
  }

  flush(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    if (this.pending.length === 0) return;
    const text = this.pending.join('');
    this.pending = [];
    writeSync(this.fd, text);
  }

  close(): void {
    this.flush();
    try {
      fsyncSync(this.fd);
    } catch {
      // Not every file system syncs (a pipe, some network mounts).
    }
    closeSync(this.fd);
  }
}

/** Calls `onRecord` for every well-formed record of a journal, in order. */
export async function readJournal(path: string, onRecord: (record: JournalRecord) => void): Promise<void> {
  const lines = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
  for await (const line of lines) {
    if (line.trim() === '') continue;
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch {
      continue; // a line cut short by a crash
    }
    if (isRecord(record)) onRecord(record);
  }
}

function isRecord(value: unknown): value is JournalRecord {
  const r = value as JournalRecord;
  return typeof r === 'object' && r !== null && typeof r.path === 'string' && typeof r.status === 'string';
}

/** The last record of each path, over one or more journals read in order. */
export async function latestRecords(paths: readonly string[]): Promise<Map<string, JournalRecord>> {
  const latest = new Map<string, JournalRecord>();
  for (const path of paths) await readJournal(path, (record) => latest.set(record.path, record));
  return latest;
}
