// Worker-thread entry of the isolated prompt screener: screens one prompt per message, so a slow
// or runaway screen holds this thread, never the gateway's event loop (see isolated-detector.ts).
import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';
import { parentPort } from 'node:worker_threads';
import { errorMessage } from '../errors.ts';
import { serializeError, type WorkerReply } from '../image/worker-pool.ts';
import type { Subject } from '../types.ts';

const port = parentPort;
if (!port) throw new Error('prompt-worker must run in a worker thread');
const send = (reply: WorkerReply) => port.postMessage(reply);

// A runaway screen burns a core until it is stopped; at a lower priority it cannot take CPU time
// from the event loop that answers every other request. Linux: /proc/thread-self names this
// thread's id, and setpriority on a thread id changes that thread only. Elsewhere this is skipped.
try {
  const tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
  if (Number.isInteger(tid) && tid > 0) setPriority(tid, 10);
} catch {
  // Not Linux, or not allowed: the worker runs at the process's priority.
}

try {
  const { promptScreenerDetector, warmUpScreener } = await import('../screen/prompt-screener.ts');
  // Warm up before saying ready: the first screen loads the classifier's weights and compiles the
  // hot paths (tens of ms cold, under 1 ms warm), which a replacement worker's first request would
  // otherwise pay inside its time limit.
  warmUpScreener();
  port.on('message', async (request: { id: number; input: Subject }) => {
    try {
      const output = await promptScreenerDetector.detect(request.input);
      send({ type: 'result', id: request.id, value: { signals: output.signals } });
    } catch (error) {
      send({ type: 'error', id: request.id, error: serializeError(error) });
    }
  });
  send({ type: 'ready' });
} catch (error) {
  send({ type: 'fatal', message: errorMessage(error) });
}
