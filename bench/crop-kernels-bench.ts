// node --import tsx bench/crop-kernels-bench.ts — CPU time of the face crops cut in memory
// (crop-resize.ts cropAndResize, face-align.ts alignedCropValues) against the TF.js WASM kernels they
// repeat (cropAndResize and transform, each with its read-back), on a random 1024 x 768 image:
// 16 square boxes of 40-320 px and 8 aligned faces, to 112 px; alternating, minimum and median of REPS.
import { cropAndResize, type NormalizedBox } from '../src/image/crop-resize.ts';
import { alignedCropValues, alignedCrops } from '../src/image/face-align.ts';
import { initTf } from '../src/image/tf-runtime.ts';

const tf = await initTf('wasm');
const REPS = Number(process.env.REPS ?? 25);
let seed = 9;
const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const [width, height] = [1024, 768];
const data = Float32Array.from({ length: width * height * 3 }, () => Math.floor(rnd() * 256));
const image = tf.tensor4d(data, [1, height, width, 3]);
const cpu = (f: () => void) => {
  const c = process.cpuUsage();
  f();
  const u = process.cpuUsage(c);
  return (u.user + u.system) / 1000;
};
const stats = (a: number[]) => `min ${Math.min(...a).toFixed(2)} median ${[...a].sort((x, y) => x - y)[a.length >> 1]!.toFixed(2)} ms`;

for (const side of [40, 80, 160, 320]) {
  const boxes: NormalizedBox[] = Array.from({ length: 16 }, () => {
    const [x, y] = [rnd() * (width - side), rnd() * (height - side)];
    return [y / height, x / width, (y + side) / height, (x + side) / width];
  });
  const [kernel, js] = [[] as number[], [] as number[]];
  for (let r = 0; r < REPS; r++) {
    kernel.push(
      cpu(() => {
        const t = tf.image.cropAndResize(
          image,
          boxes.map((b) => [...b]),
          boxes.map(() => 0),
          [112, 112],
        );
        t.dataSync();
        t.dispose();
      }),
    );
    js.push(cpu(() => cropAndResize({ data, width, height }, boxes, 112)));
  }
  console.log(`16 crops of ${side} px → 112: TF.js WASM ${stats(kernel)}; JS ${stats(js)}`);
}

const faces = Array.from({ length: 8 }, () => {
  const [cx, cy, s] = [100 + rnd() * 800, 100 + rnd() * 500, 20 + rnd() * 100];
  return [
    { x: cx - s / 2, y: cy - s / 3 },
    { x: cx + s / 2, y: cy - s / 3 },
    { x: cx, y: cy + s / 2 },
  ];
});
const out = new Float32Array(8 * 112 * 112 * 3);
const [kernel, js] = [[] as number[], [] as number[]];
for (let r = 0; r < REPS; r++) {
  kernel.push(
    cpu(() => {
      const t = alignedCrops(tf, image, faces, 112);
      t.dataSync();
      t.dispose();
    }),
  );
  js.push(cpu(() => alignedCropValues({ data, width, height }, faces, 112, out, 0)));
}
console.log(`8 aligned crops → 112: TF.js WASM ${stats(kernel)}; JS ${stats(js)}`);
