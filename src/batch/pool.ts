/**
 * A small pool of worker threads. What piscina/tinypool give, reduced to what a batch needs, plus
 * the two guards Apache Tika's batch mode has: a per-file timeout (the worker running a runaway
 * document is terminated and replaced) and recycling (a worker whose heap passed a ceiling is
 * replaced once its files are done).
 *
 * Each worker holds up to `WORKER_DEPTH` files, so that it never waits for a round trip to this
 * thread between files, and sends its results in groups (each message wakes this thread, which
 * costs the worker). Which file a worker runs, and since when, it keeps in shared memory: the
 * timeout of a file counts from its own start, and a timeout or a crash is charged to the file
 * that was running; the files it had finished but not yet reported are done again.
 */
import { rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { Worker } from 'node:worker_threads';
import { IDLE, RESULTS_PER_MESSAGE, RUNNING_ID, RUNNING_SINCE, temporaryPath, type CancelQueued, type Dropped, type ParseSettings, type Task, type TaskResult } from './protocol.js';

export interface PoolOptions {
  readonly workerFile: string;
  readonly size: number;
  readonly settings: ParseSettings;
  /** Per-file time limit in ms (0: none). */
  readonly timeoutMs: number;
  /** Replace a worker whose V8 heap is above this after a file (bytes). */
  readonly recycleHeapBytes: number;
  /** Hard heap limit of a worker (MB): a document that needs more fails with E_MEMORY. */
  readonly maxOldGenerationMb: number;
}

/** A failure the pool itself saw: a timeout, a crashed or out-of-memory worker. */
export interface PoolFailure {
  readonly id: number;
  readonly status: 'timeout' | 'failed';
  readonly code: string;
  readonly reason: string;
  readonly ms: number;
}

export type PoolResult = TaskResult | PoolFailure | null;

interface Entry {
  readonly task: Task;
  readonly resolve: (result: PoolResult) => void;
}

interface Slot {
  worker: Worker;
  /** Files posted to this worker and not yet reported, in the order posted. */
  entries: Entry[];
  /** What the worker runs (`RUNNING_ID`, `RUNNING_SINCE`), written by the worker. */
  progress: Int32Array;
  timer: NodeJS.Timeout | null;
  /** Heap over the ceiling: takes no more files, replaced when empty. */
  retiring: boolean;
}

/** Files a worker holds: two groups of results, so that it works on while a group travels. */
export const WORKER_DEPTH = 2 * RESULTS_PER_MESSAGE;
const YOUNG_GENERATION_MB = 12;

/**
 * How much bytecode a function runs before V8 considers optimizing it: 300,000 instead of V8's
 * 67,584, when the workers take every core. Then TurboFan's background threads take their time
 * from the workers, and a worker's first thousand letters paid for compiling many functions that
 * ran too few times to repay it: on 2 cores, `--jobs 2` over 2,000 letters took 4.8 CPU s and
 * 3.0 s with the default, 4.0 CPU s and 2.5 s with this (user CPU, medians of 3). With a core to spare (`--jobs 1` on 2)
 * the compiling is free and the default is as fast or faster, so it stays.
 */
const CONTENDED_INTERRUPT_BUDGET = 300_000;

export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly waiting: Entry[] = [];
  private closed = false;
  private readonly clockBase = Date.now();
  /** Workers started over the run: recycling and kills show here. */
  started = 0;

  constructor(private readonly options: PoolOptions) {
    // A V8 flag is the process's, read when a worker's functions are compiled: set before any starts.
    if (options.size >= availableParallelism()) setFlagsFromString(`--interrupt-budget=${CONTENDED_INTERRUPT_BUDGET}`);
    for (let i = 0; i < options.size; i++) {
      const slot: Slot = { worker: null as unknown as Worker, entries: [], progress: new Int32Array(0), timer: null, retiring: false };
      slot.worker = this.startWorker(slot);
      this.slots.push(slot);
    }
  }

  private startWorker(slot: Slot): Worker {
    this.started++;
    const progress = new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT);
    slot.progress = new Int32Array(progress);
    slot.progress[RUNNING_ID] = IDLE;
    const worker = new Worker(this.options.workerFile, {
      workerData: { settings: this.options.settings, progress, clockBase: this.clockBase },
      // A young generation of 12 MB (semi-spaces of 4 MB) instead of V8's default, which grows to
      // 48 MB over a long run: as fast on these documents (measured in process: 1 MB is 8 %
      // slower, 2–16 MB alike), and the peak memory of a long batch stays that of a short one.
      resourceLimits: { maxOldGenerationSizeMb: this.options.maxOldGenerationMb, maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
    });
    worker.on('message', (message: TaskResult[] | Dropped) => {
      if ('dropped' in message) this.onDropped(slot, worker, message.dropped);
      else for (const result of message) this.onResult(slot, worker, result);
    });
    worker.on('error', (error: Error & { code?: string }) => {
      const memory = error.code === 'ERR_WORKER_OUT_OF_MEMORY';
      this.kill(slot, worker, 'failed', memory ? 'E_MEMORY' : 'E_WORKER', memory ? 'the document needs more memory than a worker may use' : `the worker stopped: ${error.message}`);
    });
    worker.on('exit', () => this.kill(slot, worker, 'failed', 'E_WORKER', 'the worker exited'));
    // An idle worker must not keep the process alive on its own.
    worker.unref();
    return worker;
  }

  /** Runs a task; resolves to null when the task was abandoned (`abandon()`). */
  run(task: Task): Promise<PoolResult> {
    return new Promise((resolve) => {
      this.waiting.push({ task, resolve });
      this.dispatch();
    });
  }

  /** Hands waiting files to workers with room, emptiest first. */
  private dispatch(): void {
    if (this.closed) return;
    for (let depth = 0; depth < WORKER_DEPTH && this.waiting.length > 0; depth++) {
      for (const slot of this.slots) {
        if (this.waiting.length === 0) break;
        if (slot.retiring || slot.entries.length !== depth) continue;
        const entry = this.waiting.shift()!;
        slot.entries.push(entry);
        if (slot.entries.length === 1) this.startClock(slot);
        slot.worker.ref();
        slot.worker.postMessage(entry.task);
      }
    }
  }

  private startClock(slot: Slot, ms: number = this.options.timeoutMs): void {
    if (this.options.timeoutMs <= 0) return;
    this.stopClock(slot);
    const worker = slot.worker;
    slot.timer = setTimeout(() => this.checkClock(slot, worker), ms);
  }

  /** The clock ran out: a file that has run for the whole time limit is stopped; else it runs on. */
  private checkClock(slot: Slot, worker: Worker): void {
    slot.timer = null;
    if (this.closed || slot.worker !== worker) return;
    const ran = this.runningFor(slot);
    if (ran === null || ran < this.options.timeoutMs) {
      this.startClock(slot, ran === null ? this.options.timeoutMs : this.options.timeoutMs - ran);
      return;
    }
    this.kill(slot, worker, 'timeout', 'E_TIMEOUT', `no result after ${this.options.timeoutMs / 1000} s (--timeout): the worker was stopped`);
  }

  /** How long the worker's current file has run (ms), or null between files. */
  private runningFor(slot: Slot): number | null {
    if (Atomics.load(slot.progress, RUNNING_ID) === IDLE) return null;
    return Date.now() - (this.clockBase + Atomics.load(slot.progress, RUNNING_SINCE));
  }

  private stopClock(slot: Slot): void {
    if (slot.timer !== null) clearTimeout(slot.timer);
    slot.timer = null;
  }

  private onResult(slot: Slot, worker: Worker, result: TaskResult): void {
    if (slot.worker !== worker) return;
    this.stopClock(slot);
    const entry = slot.entries.shift();
    if (result.heapUsed > this.options.recycleHeapBytes) slot.retiring = true;
    if (slot.entries.length > 0) this.startClock(slot);
    else if (slot.retiring) this.replace(slot);
    else worker.unref();
    entry?.resolve(result);
    this.dispatch();
  }

  /**
   * Ctrl-C: the files not started yet, here and in the workers, resolve to null (not journaled,
   * so a later run does them); the running ones finish.
   */
  cancelQueued(): void {
    for (const entry of this.waiting.splice(0)) entry.resolve(null);
    for (const slot of this.slots) if (slot.entries.length > 1) slot.worker.postMessage({ cancel: true } satisfies CancelQueued);
  }

  private onDropped(slot: Slot, worker: Worker, ids: readonly number[]): void {
    if (slot.worker !== worker || ids.length === 0) return;
    const dropped = new Set(ids);
    const kept: Entry[] = [];
    for (const entry of slot.entries) {
      if (dropped.has(entry.task.id)) entry.resolve(null);
      else kept.push(entry);
    }
    slot.entries = kept;
    if (kept.length === 0) {
      this.stopClock(slot);
      if (slot.retiring) this.replace(slot);
      else worker.unref();
    }
  }

  private replace(slot: Slot): void {
    const old = slot.worker;
    old.removeAllListeners();
    old.on('error', () => undefined);
    void old.terminate();
    slot.retiring = false;
    slot.worker = this.startWorker(slot);
  }

  /**
   * Stops a worker: its running file gets `status` (a timeout, a crash), its temporary file is
   * removed, the files queued behind it, and those it had finished without reporting them yet
   * (their outputs are written again), go back to the queue, and a fresh worker takes its place.
   */
  private kill(slot: Slot, worker: Worker, status: 'timeout' | 'failed', code: string, reason: string): void {
    if (this.closed || slot.worker !== worker) return;
    this.stopClock(slot);
    const id = Atomics.load(slot.progress, RUNNING_ID);
    const ms = Math.round(this.runningFor(slot) ?? 0);
    const at = Math.max(0, slot.entries.findIndex((entry) => entry.task.id === id));
    const running = slot.entries[at];
    const others = slot.entries.filter((_, i) => i !== at);
    slot.entries = [];
    const threadId = worker.threadId;
    this.replace(slot);
    this.waiting.unshift(...others);
    if (running !== undefined) {
      this.removeTemporary(running.task, threadId);
      running.resolve({ id: running.task.id, status, code, reason, ms });
    }
    this.dispatch();
  }

  private removeTemporary(task: Task, threadId: number): void {
    if (task.output === null) return;
    try {
      rmSync(temporaryPath(task.output, threadId), { force: true });
    } catch {
      // Nothing to remove.
    }
  }

  /**
   * Abandons what runs (Ctrl-C twice): workers are terminated, their temporary files removed;
   * every unfinished task resolves to null (not journaled, so a later run redoes it).
   */
  async abandon(): Promise<void> {
    this.closed = true;
    await Promise.all(
      this.slots.map(async (slot) => {
        const worker = slot.worker;
        const threadId = worker.threadId;
        worker.removeAllListeners();
        worker.on('error', () => undefined);
        this.stopClock(slot);
        await worker.terminate();
        for (const entry of slot.entries.splice(0)) {
          this.removeTemporary(entry.task, threadId);
          entry.resolve(null);
        }
      }),
    );
    for (const entry of this.waiting.splice(0)) entry.resolve(null);
  }

  /** Ends the pool (every task has finished). */
  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(
      this.slots.map(async (slot) => {
        this.stopClock(slot);
        slot.worker.removeAllListeners();
        slot.worker.on('error', () => undefined);
        await slot.worker.terminate();
      }),
    );
  }
}
