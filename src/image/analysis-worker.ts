// Worker-thread entry of the image analyzer: loads the models once, then analyses one image per message.
import { parentPort, workerData } from 'node:worker_threads';
import { errorMessage } from '../errors.ts';
import type { AnalyzeOptions } from './analysis-types.ts';
import { analyzeDecoded, loadImageModels, type ImageModels } from './analyze-image.ts';
import type { DecodedImage } from './decode-image.ts';
import { serializeError, type WorkerReply } from './worker-pool.ts';

interface Request {
  id: number;
  /** The pixels the main thread decoded (shared-decode.ts): a worker never decodes. */
  input: { image: DecodedImage; options: AnalyzeOptions };
}

const port = parentPort;
if (!port) throw new Error('analysis-worker must run in a worker thread');

const send = (reply: WorkerReply) => port.postMessage(reply);

let models: ImageModels;
try {
  models = await loadImageModels();
  if ((workerData as { preloadAll?: boolean } | undefined)?.preloadAll) await preloadOptional(models);
  send({ type: 'ready' });
} catch (error) {
  send({ type: 'fatal', message: errorMessage(error) });
}

port.on('message', async (request: Request) => {
  try {
    const { image, options } = request.input;
    const value = await analyzeDecoded(models, image, options, image.decodeMs ?? 0);
    send({ type: 'result', id: request.id, value });
  } catch (error) {
    send({ type: 'error', id: request.id, error: serializeError(error) });
  }
});

/**
 * Loads the models that are otherwise loaded on first use. Each stays optional: one that fails to load
 * here is tried again by the request that needs it, which fails closed as before.
 */
async function preloadOptional(loaded: ImageModels): Promise<void> {
  await loaded.secondOpinion?.().catch(() => undefined);
  await loaded.pose?.().catch(() => undefined);
}
