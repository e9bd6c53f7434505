/** Entry point of a batch worker thread: runs the tasks the coordinator posts, one at a time. */
import { getHeapStatistics } from 'node:v8';
import { parentPort, workerData } from 'node:worker_threads';
import type { Task, WorkerSettings } from './protocol.js';
import { runTask } from './task.js';

const { settings } = workerData as WorkerSettings;
const port = parentPort!;
port.on('message', (task: Task) => {
  void runTask(task, settings).then((result) => {
    port.postMessage({ ...result, heapUsed: getHeapStatistics().used_heap_size });
  });
});
