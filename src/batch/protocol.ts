/** Messages between the batch coordinator and its worker threads. */
import { basename, dirname, join } from 'node:path';
import type { InputFormat } from '../decode/registry.js';
import type { OutputFormat } from '../emit/registry.js';

/** The temporary file a worker writes before renaming it into place (the coordinator removes it after a kill). */
export function temporaryPath(output: string, worker: number, pid: number = process.pid): string {
  return join(dirname(output), `.${basename(output)}.vbparse-tmp-${pid}-${worker}`);
}

export type FileStatus = 'ok' | 'failed' | 'timeout' | 'skipped';

/** The main fields whose presence the report profiles (a tika-eval-like quality profile). */
export const PROFILED_FIELDS = ['agency', 'number', 'date', 'subject', 'recipients', 'signer', 'distribution'] as const;
export type ProfiledField = (typeof PROFILED_FIELDS)[number];

export interface ParseSettings {
  readonly format: OutputFormat;
  readonly compact: boolean;
  readonly sources: boolean;
  readonly inputFormat: InputFormat | 'auto';
  readonly maxBytes: number;
}

export interface Task {
  readonly id: number;
  readonly abs: string;
  /** The path shown in `source.path` and messages: relative to the current folder when inside it. */
  readonly path: string;
  /** Absolute output path, or null when no file is written (`--ndjson` without `--out`). */
  readonly output: string | null;
  /** The output might be the input itself (the input lies under --out): check before writing. */
  readonly mayBeInput: boolean;
  /** Send the document back as one compact JSON line (for `--ndjson`). */
  readonly wantLine: boolean;
  /** Skip the file when its content hash equals this one and the output exists. */
  readonly unchangedHash: string | null;
}

export interface TaskResult {
  readonly id: number;
  readonly status: 'ok' | 'failed' | 'skipped';
  readonly size: number | null;
  readonly hash: string | null;
  readonly code: string | null;
  readonly reason: string | null;
  readonly ms: number;
  /** The compact JSON of the document, when asked for. */
  readonly line: string | null;
  /** Main fields found in the document. */
  readonly found: readonly ProfiledField[];
  /** Rule ids of the warning and error diagnostics, once each. */
  readonly warnings: readonly string[];
  /** V8 heap in use after the task, in bytes (for recycling). */
  readonly heapUsed: number;
}

export interface WorkerSettings {
  readonly settings: ParseSettings;
  /**
   * What the worker runs, readable without a message (`RUNNING_ID`, `RUNNING_SINCE` of an
   * Int32Array over it): results come back in groups, so the coordinator learns from here which
   * file a timeout or a crash is about.
   */
  readonly progress: SharedArrayBuffer;
  /** `Date.now()` at the pool's start: `RUNNING_SINCE` counts milliseconds from it. */
  readonly clockBase: number;
}

/** Coordinator → worker: drop the files not yet started (Ctrl-C). */
export interface CancelQueued {
  readonly cancel: true;
}

/** Worker → coordinator: the files dropped unread after `CancelQueued`. */
export interface Dropped {
  readonly dropped: readonly number[];
}

/** Slots of the progress array: the id of the task running (`IDLE` between tasks), and since when. */
export const RUNNING_ID = 0;
export const RUNNING_SINCE = 1;
export const IDLE = -1;

/**
 * A worker sends its results in groups of up to this many: each message wakes the coordinator's
 * thread, which costs the worker about as much as reading and writing a small document.
 */
export const RESULTS_PER_MESSAGE = 8;
