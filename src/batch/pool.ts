/**
 * A small pool of worker threads. What piscina/tinypool give, reduced to what a batch needs, plus
 * the two guards Apache Tika's batch mode has: a per-file timeout (the worker running a runaway
 * document is terminated and replaced) and recycling (a worker whose heap passed a ceiling is
 * replaced once its files are done).
 *
 * Each worker holds up to three files: the one it writes, the one it parses and the next, so that
 * it never waits for a round trip to this thread between files. The timeout of a file starts when the file before it
 * on that worker has finished.
 */
import { rmSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { temporaryPath, type Task, type TaskResult, type WorkerSettings } from './protocol.js';

export interface PoolOptions {
  readonly workerFile: string;
  readonly size: number;
  readonly workerData: WorkerSettings;
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
  /** Files posted to this worker, the running one first. */
  entries: Entry[];
  started: number;
  timer: NodeJS.Timeout | null;
  /** Heap over the ceiling: takes no more files, replaced when empty. */
  retiring: boolean;
}

const DEPTH = 3;
const YOUNG_GENERATION_MB = 12;

export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly waiting: Entry[] = [];
  private closed = false;
  /** Workers started over the run: recycling and kills show here. */
  started = 0;

  constructor(private readonly options: PoolOptions) {
    for (let i = 0; i < options.size; i++) {
      const slot: Slot = { worker: null as unknown as Worker, entries: [], started: 0, timer: null, retiring: false };
      slot.worker = this.startWorker(slot);
      this.slots.push(slot);
    }
  }

  private startWorker(slot: Slot): Worker {
    this.started++;
    const worker = new Worker(this.options.workerFile, {
      workerData: this.options.workerData,
      // A young generation of 12 MB (semi-spaces of 4 MB) instead of V8's default, which grows to
      // 48 MB over a long run: as fast on these documents (measured in process: 1 MB is 8 %
      // slower, 2–16 MB alike), and the peak memory of a long batch stays that of a short one.
      resourceLimits: { maxOldGenerationSizeMb: this.options.maxOldGenerationMb, maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
    });
    worker.on('message', (result: TaskResult) => this.onResult(slot, worker, result));
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
    for (let depth = 0; depth < DEPTH && this.waiting.length > 0; depth++) {
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

  private startClock(slot: Slot): void {
    slot.started = performance.now();
    if (this.options.timeoutMs <= 0) return;
    const worker = slot.worker;
    slot.timer = setTimeout(
      () => this.kill(slot, worker, 'timeout', 'E_TIMEOUT', `no result after ${this.options.timeoutMs / 1000} s (--timeout): the worker was stopped`),
      this.options.timeoutMs,
    );
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
   * removed, the file queued behind it goes back to the queue, and a fresh worker takes its place.
   */
  private kill(slot: Slot, worker: Worker, status: 'timeout' | 'failed', code: string, reason: string): void {
    if (this.closed || slot.worker !== worker) return;
    this.stopClock(slot);
    const [running, ...queued] = slot.entries;
    slot.entries = [];
    const threadId = worker.threadId;
    this.replace(slot);
    this.waiting.unshift(...queued);
    if (running !== undefined) {
      this.removeTemporary(running.task, threadId);
      running.resolve({ id: running.task.id, status, code, reason, ms: Math.round(performance.now() - slot.started) });
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
