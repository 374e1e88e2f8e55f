import type { loadOrt, OrtSession } from '../src/image/onnx-runtime.ts';

type Ort = NonNullable<Awaited<ReturnType<typeof loadOrt>>>;
/** The inputs of one ONNX Runtime `run`, by input name. */
export type Feeds = Record<string, InstanceType<Ort['Tensor']>>;

/**
 * Records every input the analysis feeds ONNX Runtime from now on, by the session's first output name
 * (one key per net), so a bench can re-run the real inputs on other sessions (int8 calibration and A/B).
 * `stop()` puts ONNX Runtime's own `run` back.
 */
export function captureFeeds(ort: Ort): { feeds: Map<string, Feeds[]>; stop: () => void } {
  const feeds = new Map<string, Feeds[]>();
  const proto = (ort.InferenceSession as unknown as { prototype: unknown }).prototype as { run: (this: OrtSession, feeds: Feeds) => Promise<unknown> };
  const run = proto.run;
  proto.run = function (this: OrtSession, f: Feeds) {
    const key = this.outputNames[0]!;
    feeds.set(key, [...(feeds.get(key) ?? []), f]);
    return run.call(this, f);
  };
  return {
    feeds,
    stop: () => {
      proto.run = run;
    },
  };
}
