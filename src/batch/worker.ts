/**
 * Entry point of a batch worker thread: runs the tasks the coordinator posts, one at a time, in
 * the order posted, and sends the results back in that order, in groups (`RESULTS_PER_MESSAGE`).
 */
import { getHeapStatistics } from 'node:v8';
import { parentPort, workerData } from 'node:worker_threads';
import { IDLE, RESULTS_PER_MESSAGE, RUNNING_ID, RUNNING_SINCE, type CancelQueued, type Dropped, type Task, type TaskResult, type WorkerSettings } from './protocol.js';
import { runTask } from './task.js';

const { settings, progress, clockBase } = workerData as WorkerSettings;
const running = new Int32Array(progress);
const port = parentPort!;
const queue: Task[] = [];
let results: TaskResult[] = [];
let busy = false;

port.on('message', (message: Task | CancelQueued) => {
  if ('cancel' in message) {
    // Ctrl-C: the files not started go back unread (the coordinator does not journal them).
    sendResults();
    port.postMessage({ dropped: queue.splice(0).map((task) => task.id) } satisfies Dropped);
    return;
  }
  queue.push(message);
  if (!busy) {
    busy = true;
    setImmediate(runNext);
  }
});

async function runNext(): Promise<void> {
  const task = queue.shift();
  if (task === undefined) {
    sendResults();
    busy = false;
    return;
  }
  Atomics.store(running, RUNNING_SINCE, Date.now() - clockBase);
  Atomics.store(running, RUNNING_ID, task.id);
  const result = await runTask(task, settings);
  Atomics.store(running, RUNNING_ID, IDLE);
  results.push({ ...result, heapUsed: getHeapStatistics().used_heap_size });
  // At once when the queue runs low: the coordinator refills it, and a file that hangs next must
  // not hold back the result of one finished before it.
  if (results.length >= RESULTS_PER_MESSAGE || queue.length <= 1) sendResults();
  // The next task after the event loop's turn, which takes in the tasks posted meanwhile.
  if (queue.length > 0) setImmediate(runNext);
  else busy = false;
}

function sendResults(): void {
  if (results.length === 0) return;
  port.postMessage(results);
  results = [];
}
