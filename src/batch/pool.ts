/**
 * A small pool of worker threads, each running one file at a time. What piscina/tinypool give,
 * reduced to what a batch needs and no more, plus the two guards Apache Tika's batch mode has:
 * a per-file timeout (the worker running a runaway document is terminated and replaced) and
 * recycling (a worker whose heap passed a ceiling is replaced after its file).
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

interface Slot {
  worker: Worker;
  task: Task | null;
  started: number;
  timer: NodeJS.Timeout | null;
  resolve: ((result: TaskResult | PoolFailure | null) => void) | null;
}

export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly waiting: Array<{ task: Task; resolve: (result: TaskResult | PoolFailure | null) => void }> = [];
  private closed = false;
  /** Workers started over the run (first ones included): recycling and kills show here. */
  started = 0;

  constructor(private readonly options: PoolOptions) {
    for (let i = 0; i < options.size; i++) this.slots.push(this.spawn());
  }

  private spawn(): Slot {
    const slot = { task: null, started: 0, timer: null, resolve: null } as unknown as Slot;
    slot.worker = this.startWorker(slot);
    return slot;
  }

  private startWorker(slot: Slot): Worker {
    this.started++;
    const worker = new Worker(this.options.workerFile, {
      workerData: this.options.workerData,
      resourceLimits: { maxOldGenerationSizeMb: this.options.maxOldGenerationMb },
    });
    worker.on('message', (result: TaskResult) => this.finish(slot, result, result.heapUsed > this.options.recycleHeapBytes));
    worker.on('error', (error: Error & { code?: string }) => {
      const memory = error.code === 'ERR_WORKER_OUT_OF_MEMORY';
      this.fail(slot, memory ? 'E_MEMORY' : 'E_WORKER', memory ? 'the document needs more memory than a worker may use' : `the worker stopped: ${error.message}`);
    });
    worker.on('exit', () => this.fail(slot, 'E_WORKER', 'the worker exited'));
    // A worker waiting for work must not keep the process alive on its own.
    worker.unref();
    return worker;
  }

  /** Runs a task on the next free worker; null when the task was abandoned (`abandon()`). */
  run(task: Task): Promise<TaskResult | PoolFailure | null> {
    return new Promise((resolve) => {
      const slot = this.slots.find((s) => s.task === null);
      if (slot !== undefined && !this.closed) this.assign(slot, task, resolve);
      else this.waiting.push({ task, resolve });
    });
  }

  private assign(slot: Slot, task: Task, resolve: (result: TaskResult | PoolFailure | null) => void): void {
    slot.task = task;
    slot.resolve = resolve;
    slot.started = performance.now();
    slot.worker.ref();
    if (this.options.timeoutMs > 0) {
      slot.timer = setTimeout(() => this.kill(slot, 'timeout', 'E_TIMEOUT', `no result after ${this.options.timeoutMs / 1000} s (--timeout): the worker was stopped`), this.options.timeoutMs);
    }
    slot.worker.postMessage(task);
  }

  private finish(slot: Slot, result: TaskResult | PoolFailure, replace: boolean): void {
    const resolve = slot.resolve;
    if (slot.timer !== null) clearTimeout(slot.timer);
    slot.timer = null;
    slot.task = null;
    slot.resolve = null;
    if (replace) this.replace(slot);
    else slot.worker.unref();
    resolve?.(result);
    this.next(slot);
  }

  private next(slot: Slot): void {
    const queued = this.closed ? undefined : this.waiting.shift();
    if (queued !== undefined) this.assign(slot, queued.task, queued.resolve);
  }

  private replace(slot: Slot): void {
    const old = slot.worker;
    old.removeAllListeners();
    old.on('error', () => undefined);
    void old.terminate();
    slot.worker = this.startWorker(slot);
  }

  /** Stops a busy worker (timeout), removes its temporary file, replaces it. */
  private kill(slot: Slot, status: 'timeout' | 'failed', code: string, reason: string): void {
    const task = slot.task;
    if (task === null) return;
    const threadId = slot.worker.threadId;
    this.removeTemporary(task, threadId);
    const ms = Math.round(performance.now() - slot.started);
    this.finish(slot, { id: task.id, status, code, reason, ms }, true);
  }

  private fail(slot: Slot, code: string, reason: string): void {
    if (this.closed) return;
    if (slot.task === null) {
      // An idle worker died: replace it.
      this.replace(slot);
      return;
    }
    this.kill(slot, 'failed', code, reason);
  }

  private removeTemporary(task: Task, threadId: number): void {
    if (task.output === null) return;
    try {
      rmSync(temporaryPath(task.output, threadId), { force: true });
    } catch {
      // Nothing to remove.
    }
  }

  /** Tasks running now. */
  get busy(): number {
    return this.slots.filter((s) => s.task !== null).length;
  }

  /**
   * Abandons what runs (Ctrl-C twice): workers are terminated, their temporary files removed;
   * the abandoned tasks resolve with nothing (they are not journaled, so a later run redoes them).
   */
  async abandon(): Promise<number[]> {
    this.closed = true;
    const abandoned: number[] = [];
    await Promise.all(
      this.slots.map(async (slot) => {
        const task = slot.task;
        const threadId = slot.worker.threadId;
        slot.worker.removeAllListeners();
        slot.worker.on('error', () => undefined);
        await slot.worker.terminate();
        if (task !== null) {
          abandoned.push(task.id);
          this.removeTemporary(task, threadId);
        }
        if (slot.timer !== null) clearTimeout(slot.timer);
        const resolve = slot.resolve;
        slot.task = null;
        slot.resolve = null;
        resolve?.(null);
      }),
    );
    for (const queued of this.waiting.splice(0)) queued.resolve(null);
    return abandoned;
  }

  /** Ends the pool once every task has finished. */
  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(
      this.slots.map(async (slot) => {
        slot.worker.removeAllListeners();
        slot.worker.on('error', () => undefined);
        await slot.worker.terminate();
      }),
    );
  }
}
