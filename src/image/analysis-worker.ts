// Worker-thread entry of the image analyzer: loads the models once, then analyses one image per message.
import { parentPort, workerData } from 'node:worker_threads';
import sharp from 'sharp';
import { errorMessage } from '../errors.ts';
import type { AnalyzeOptions } from './analysis-types.ts';
import { analyzeBytes, loadImageModels, type ImageModels } from './analyze-image.ts';
import type { DecodeLimits } from './decode-image.ts';
import { serializeError, type WorkerReply } from './worker-pool.ts';

interface Request {
  id: number;
  input: { bytes: Uint8Array; options: AnalyzeOptions };
}

const port = parentPort;
if (!port) throw new Error('analysis-worker must run in a worker thread');
const limits = (workerData as { limits: DecodeLimits }).limits;
// The pool already uses every core; libvips's own thread pool would only oversubscribe them.
sharp.concurrency(1);
sharp.cache(false);

const send = (reply: WorkerReply) => port.postMessage(reply);

let models: ImageModels;
try {
  models = await loadImageModels();
  send({ type: 'ready' });
} catch (error) {
  send({ type: 'fatal', message: errorMessage(error) });
}

port.on('message', async (request: Request) => {
  try {
    const value = await analyzeBytes(models, request.input.bytes, limits, request.input.options);
    send({ type: 'result', id: request.id, value });
  } catch (error) {
    send({ type: 'error', id: request.id, error: serializeError(error) });
  }
});
