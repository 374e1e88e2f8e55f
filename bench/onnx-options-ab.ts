// node --import tsx bench/onnx-options-ab.ts — ONNX Runtime session options A/B per net: the graphs
// the analysis exports and the inputs it feeds them (recorded from the edit analysis of the shared
// photos at ~1 MP) are run again on extra sessions with other options, alternating, in one process.
// CPU ms per item (batch element) and the largest difference of the first output from the current
// options. VARIANTS (comma list) picks variants; ROUNDS (default 2) timed rounds after one warm-up.
import os from 'node:os';
import { analyzeDecoded, loadImageModels } from '../src/image/analyze-image.ts';
import { decodeImage } from '../src/image/decode-image.ts';
import type { OrtSession } from '../src/image/onnx-runtime.ts';
import { peoplePhotos, onnxPeopleBench } from './portraits.ts';

const { dir, ort } = await onnxPeopleBench('onnx-options-ab');
type Feeds = Record<string, InstanceType<typeof ort.Tensor>>;
type Options = Parameters<typeof ort.InferenceSession.create>[1];
const recorded: Array<{ bytes: Uint8Array; session?: OrtSession; feeds: Feeds[] }> = [];
const factory = ort.InferenceSession as unknown as { create: (bytes: Uint8Array, options?: Options) => Promise<OrtSession> };
const create = factory.create.bind(factory);
factory.create = async (bytes, options) => {
  const session = await create(bytes, options);
  recorded.push({ bytes: bytes.slice(), session, feeds: [] });
  return session;
};
const proto = (ort.InferenceSession as unknown as { prototype: unknown }).prototype as { run: (this: OrtSession, feeds: Feeds) => Promise<unknown> };
const run = proto.run;
proto.run = function (this: OrtSession, feeds: Feeds) {
  const r = recorded.find((x) => x.session === this);
  if (r && r.feeds.length < 40) r.feeds.push(feeds);
  return run.call(this, feeds);
};
const models = await loadImageModels();
for (const { megapixel } of await peoplePhotos(dir)) await analyzeDecoded(models, await decodeImage(megapixel, { maxBytes: 50e6, maxPixels: 100e6 }), { embeddings: true, regions: true });
proto.run = run;
factory.create = create;
const current: Options = { intraOpNumThreads: 1, interOpNumThreads: 1, executionMode: 'sequential', graphOptimizationLevel: 'all' };
const all: Record<string, Options> = {
  current,
  'denormals as zero': { ...current, extra: { session: { set_denormal_as_zero: '1' } } },
  'no CPU arena': { ...current, enableCpuMemArena: false },
  'no memory pattern': { ...current, enableMemPattern: false },
  'intra-op threads 2': { ...current, intraOpNumThreads: 2 },
};
const wanted = process.env.VARIANTS?.split(',');
const variants = Object.entries(all).filter(([k]) => k === 'current' || !wanted || wanted.includes(k));
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const rounds = Number(process.env.ROUNDS ?? 2);
console.log(
  `# load ${os
    .loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')}`,
);
console.log(`| net | items | ${variants.map(([k]) => `${k}: CPU ms/item (max diff)`).join(' | ')} |\n| --- | --- |${variants.map(() => ' --- |').join('')}`);
for (const { bytes, feeds, session } of recorded) {
  if (feeds.length === 0) continue;
  const sessions = Object.fromEntries(await Promise.all(variants.map(async ([k, o]) => [k, await create(bytes, o)] as const)));
  const items = feeds.reduce((s, f) => s + Object.values(f)[0]!.dims[0]!, 0);
  const spent: Record<string, number[]> = {};
  const outputs: Record<string, Float32Array[]> = {};
  for (let r = 0; r <= rounds; r++) {
    const order = r % 2 ? [...variants].reverse() : variants;
    for (const [k] of order) {
      const s = sessions[k]!;
      const c = cpu();
      const out: Float32Array[] = [];
      for (const f of feeds) out.push((await s.run(f))[s.outputNames[0]!]!.data as Float32Array);
      if (r > 0) (spent[k] ??= []).push(cpu() - c);
      outputs[k] = out;
    }
  }
  const diff = (a: Float32Array[], b: Float32Array[]) => Math.max(...a.map((x, i) => Math.max(...Array.from(x, (v, j) => Math.abs(v - b[i]![j]!)))));
  console.log(
    `| ${session!.outputNames[0]!.slice(0, 40)} | ${items} | ${variants.map(([k]) => `${(median(spent[k]!) / items).toFixed(2)} (${diff(outputs[k]!, outputs.current!).toExponential(0)})`).join(' | ')} |`,
  );
}
console.log(
  `# load ${os
    .loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')}`,
);
process.exit(0);
