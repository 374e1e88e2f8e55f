// npm run bench:gateway [-- --duration 20 --connections 16 --postgres --only cannon|latency|prompts --samples 20 --cpu-prof DIR --server-node-options OPTS]
// Starts `consentry serve` as its own process on a fresh store, in front of a stand-in OpenAI
// Images upstream served by this process, then:
// - latency: the same requests sent to the stand-in directly and through the gateway, alternating,
//   a different 1 MP image each request (prompt-only generation; edit with a 1 MP input): the
//   latency the gateway adds, median and p90;
// - cannon: autocannon on prompt checks, then image checks: req/s, p50/p99, errors, server CPU per
//   request (whole process, main thread, other threads, and the busiest other thread: the database
//   thread under prompt checks on PGlite), the load generator's own CPU per request, and RSS.
// Prints JSON and Markdown table rows.
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import sharp from 'sharp';
import pg from 'pg';

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '20' },
    connections: { type: 'string', default: '16' },
    postgres: { type: 'boolean', default: false },
    only: { type: 'string' },
    samples: { type: 'string', default: '20' },
    // Writes a V8 CPU profile of the server (every thread) into this folder when it stops.
    'cpu-prof': { type: 'string' },
    // Node.js options for the server process only (e.g. "--max-semi-space-size=64").
    'server-node-options': { type: 'string' },
  },
});
const samples = Number(values.samples);
const duration = Number(values.duration);
const connections = Number(values.connections);
const BIN = fileURLToPath(new URL('../bin/consentry.js', import.meta.url));
const dataDir = mkdtempSync(join(tmpdir(), 'consentry-bench-'));
const env: Record<string, string> = { ...process.env, CONSENTRY_DATA_DIR: dataDir, DATABASE_URL: '' } as Record<string, string>;
let dropDatabase: (() => Promise<void>) | undefined;
if (values.postgres) {
  const admin = new pg.Client({ connectionString: 'postgres://postgres@127.0.0.1:5432/test' });
  await admin.connect();
  const name = `consentry_bench_${process.pid}`;
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  env.DATABASE_URL = `postgres://postgres@127.0.0.1:5432/${name}`;
  dropDatabase = async () => {
    const c = new pg.Client({ connectionString: 'postgres://postgres@127.0.0.1:5432/test' });
    await c.connect();
    await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await c.end();
  };
}

function run(args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { env });
    let out = '';
    child.stdout.on('data', (c) => (out += c));
    child.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(`${args.join(' ')} exited ${code}`))));
  });
}

// Distinct 1 MP images (1024x1024 PNG, noise over a random colour), so no cache sees the same bytes twice.
const distinctImages = await Promise.all(
  Array.from({ length: samples * 2 + 4 }, (_, i) =>
    sharp({ create: { width: 1024, height: 1024, channels: 3, background: { r: 0, g: 0, b: 0 }, noise: { type: 'gaussian', mean: 110 + (i % 40), sigma: 25 } } })
      .tint({ r: 20 + ((i * 53) % 60), g: 90 + ((i * 97) % 120), b: 150 + ((i * 31) % 100) }) // blues and greens: far from skin tones
      .png({ compressionLevel: 1 })
      .toBuffer(),
  ),
);
let nextImage = 0;
const standIn = createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    const image = distinctImages[nextImage++ % distinctImages.length]!;
    res
      .writeHead(200, { 'content-type': 'application/json', 'x-request-id': `req_standin_${nextImage}` })
      .end(JSON.stringify({ created: 1_700_000_000, data: [{ b64_json: image.toString('base64') }] }));
  });
});
await new Promise<void>((resolve) => standIn.listen(0, '127.0.0.1', resolve));
const standInUrl = `http://127.0.0.1:${(standIn.address() as AddressInfo).port}/v1`;
env.CONSENTRY_UPSTREAM_URL = standInUrl;
env.CONSENTRY_UPSTREAM_KEY = 'sk-bench';

const key = (await run(['keys', 'create', '--name', 'bench', '--rate-limit', '100000000'])).trim();
const profileArgs = values['cpu-prof'] ? ['--cpu-prof', '--cpu-prof-dir', values['cpu-prof']] : [];
const serverEnv = values['server-node-options'] ? { ...env, NODE_OPTIONS: `${env.NODE_OPTIONS ?? ''} ${values['server-node-options']}`.trim() } : env;
const server = spawn(process.execPath, [...profileArgs, BIN, 'serve', '--port', '0'], { env: serverEnv });
const url = await new Promise<string>((resolve) => {
  let out = '';
  server.stdout.on('data', (c) => {
    out += c;
    const m = /listening on (http:\/\/\S+)/.exec(out);
    if (m) resolve(m[1]!);
  });
});
// Server CPU time (user + system, in clock ticks of 10 ms): robust to other processes on the machine.
const ticksOf = (statPath: string) => {
  const fields = readFileSync(statPath, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
};
const cpuMs = () => ticksOf(`/proc/${server.pid}/stat`);
// The main thread (the event loop: HTTP, auth, screening short prompts) apart from every other
// thread (the database worker, the screener and model workers, V8's GC helpers, libuv's pool), each
// thread's own time kept so that the busiest of the others (under prompt checks on PGlite: the
// database thread) can be told apart. A thread that ended between two readings is missed, so the
// "other" figure is a lower bound.
const threadCpuMs = () => {
  const byThread = new Map<number, number>();
  for (const tid of readdirSync(`/proc/${server.pid}/task`)) {
    try {
      byThread.set(Number(tid), ticksOf(`/proc/${server.pid}/task/${tid}/stat`));
    } catch {
      // The thread ended while being read.
    }
  }
  return byThread;
};
const rssMb = () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${server.pid}/status`, 'utf8'))![1]) / 1024;

const headers = { authorization: `Bearer ${key}`, 'content-type': 'application/json' };
const promptBodies = ['a red bicycle leaning on a wall', 'put her in a bikini', 'a watercolour of a harbour at dawn', 'make the woman in this photo look older'].map((prompt) =>
  JSON.stringify({ prompt, mode: 'edit' }),
);
const png = await sharp({ create: { width: 256, height: 256, channels: 3, background: { r: 90, g: 140, b: 200 } } })
  .png()
  .toBuffer();
const imageBody = JSON.stringify({ image: png.toString('base64') });

async function cannon(name: string, path: string, bodies: string[], seconds: number) {
  let i = 0;
  const cpuBefore = cpuMs();
  const threadsBefore = threadCpuMs();
  const benchCpuBefore = process.cpuUsage();
  const result = await autocannon({
    url: `${url}${path}`,
    method: 'POST',
    headers,
    connections,
    duration: seconds,
    requests: [{ setupRequest: (req: Record<string, unknown>) => ({ ...req, body: bodies[i++ % bodies.length] }) }],
  });
  return {
    name,
    reqPerSec: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    total: result.requests.total,
    serverCpuUsPerRequest: Math.round(((cpuMs() - cpuBefore) * 1000) / Math.max(1, result.requests.total)),
    ...perThread(threadsBefore, result.requests.total),
    // This process (autocannon, on the same cores as the server): the load generator's own share.
    loadGeneratorCpuUsPerRequest: Math.round(cpuUsOf(process.cpuUsage(benchCpuBefore)) / Math.max(1, result.requests.total)),
    // Other processes share the machine's cores: what they took is read here (1-minute average, at the end of the run).
    loadAverage1m: Number(loadavg()[0]!.toFixed(1)),
  };
}

const cpuUsOf = (usage: NodeJS.CpuUsage) => usage.user + usage.system;

function perThread(before: Map<number, number>, total: number) {
  const after = threadCpuMs();
  const per = (ms: number) => Math.round((ms * 1000) / Math.max(1, total));
  let main = 0;
  let other = 0;
  let busiest = 0;
  for (const [tid, ms] of after) {
    const used = ms - (before.get(tid) ?? 0);
    if (tid === server.pid) main = used;
    else {
      other += used;
      busiest = Math.max(busiest, used);
    }
  }
  return { mainThreadCpuUsPerRequest: per(main), otherThreadsCpuUsPerRequest: per(other), busiestOtherThreadCpuUsPerRequest: per(busiest) };
}

// The gateway loads its models at start; /readyz says when (the wait is reported, not measured as latency).
const readyStart = performance.now();
while ((await fetch(`${url}/readyz`)).status !== 200) await new Promise((r) => setTimeout(r, 250));
const readyAfterMs = Math.round(performance.now() - readyStart);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const p90 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.9))]!;
async function timed(fn: () => Promise<Response>): Promise<number> {
  const t = performance.now();
  const res = await fn();
  const body = await res.arrayBuffer();
  if (res.status !== 200) throw new Error(`status ${res.status}: ${Buffer.from(body).toString('utf8').slice(0, 300)}`);
  return performance.now() - t;
}
const generate = (base: string, auth: string) => () =>
  fetch(`${base}/images/generations`, {
    method: 'POST',
    headers: { authorization: `Bearer ${auth}`, 'content-type': 'application/json' },
    body: JSON.stringify({ model: 'gpt-image-1', prompt: 'a lighthouse on a cliff at dusk, oil painting', size: '1024x1024' }),
  });
const edit = (base: string, auth: string, input: Buffer) => () => {
  const form = new FormData();
  form.append('model', 'gpt-image-1');
  form.append('prompt', 'make the sky orange');
  form.append('image', new Blob([new Uint8Array(input)], { type: 'image/png' }), 'input.png');
  return fetch(`${base}/images/edits`, { method: 'POST', headers: { authorization: `Bearer ${auth}` }, body: form });
};
async function addedLatency(name: string, direct: () => () => Promise<Response>, gated: () => () => Promise<Response>) {
  const d: number[] = [];
  const g: number[] = [];
  await timed(gated()); // one warm-up through each path
  await timed(direct());
  for (let i = 0; i < samples; i++) {
    d.push(await timed(direct()));
    g.push(await timed(gated()));
  }
  return { name, samples, directMedianMs: Math.round(median(d)), gatewayMedianMs: Math.round(median(g)), addedMedianMs: Math.round(median(g) - median(d)), addedP90Ms: Math.round(p90(g) - p90(d)) };
}
const latency = [];
const cpuBeforeLatency = cpuMs();
if (values.only !== 'cannon' && values.only !== 'prompts') {
  latency.push(
    await addedLatency(
      'generation, prompt only, 1 MP PNG output',
      () => generate(standInUrl, 'sk-bench'),
      () => generate(`${url}/v1`, key),
    ),
  );
  let input = 0;
  latency.push(
    await addedLatency(
      'edit, 1 MP PNG input and output',
      () => edit(standInUrl, 'sk-bench', distinctImages[input++ % distinctImages.length]!),
      () => edit(`${url}/v1`, key, distinctImages[input++ % distinctImages.length]!),
    ),
  );
}
const latencyCpuMs = cpuMs() - cpuBeforeLatency;

const skipCannon = values.only === 'latency';
const none = {
  name: 'skipped',
  reqPerSec: 0,
  p50Ms: 0,
  p99Ms: 0,
  errors: 0,
  non2xx: 0,
  total: 0,
  serverCpuUsPerRequest: 0,
  mainThreadCpuUsPerRequest: 0,
  otherThreadsCpuUsPerRequest: 0,
  busiestOtherThreadCpuUsPerRequest: 0,
  loadGeneratorCpuUsPerRequest: 0,
  loadAverage1m: 0,
};
if (!skipCannon) await cannon('warmup', '/v1/check/prompt', promptBodies, 3);
const rssStart = rssMb();
const prompt = skipCannon ? none : await cannon('prompt checks', '/v1/check/prompt', promptBodies, duration);
const rssAfterPrompt = rssMb();
const prompt2 = skipCannon ? none : await cannon('prompt checks (second run)', '/v1/check/prompt', promptBodies, duration);
const rssAfterPrompt2 = rssMb();
const skipImages = skipCannon || values.only === 'prompts';
if (!skipImages) await cannon('image warmup', '/v1/check/image', [imageBody], 3);
const rssModels = rssMb();
const loadAverage = loadavg()
  .map((l) => l.toFixed(1))
  .join(' ');
const image = skipImages ? none : await cannon('image checks (256x256 PNG, JSON base64, real models)', '/v1/check/image', [imageBody], Math.max(5, Math.round(duration / 2)));
const rssEnd = rssMb();
server.kill('SIGTERM');
await new Promise((r) => server.on('exit', r));
standIn.close();
const verify = await run(['log', 'verify']).catch((e: Error) => e.message);
await dropDatabase?.();
rmSync(dataDir, { recursive: true, force: true });

const report = {
  storage: values.postgres ? 'PostgreSQL 15 (127.0.0.1)' : 'PGlite (embedded)',
  connections,
  durationS: duration,
  readyAfterMs,
  latency,
  latencyServerCpuMs: latencyCpuMs,
  runs: skipCannon ? [] : [prompt, prompt2, image],
  rssMb: { start: Math.round(rssStart), afterPrompt: Math.round(rssAfterPrompt), afterPrompt2: Math.round(rssAfterPrompt2), modelsLoaded: Math.round(rssModels), end: Math.round(rssEnd) },
  logVerify: verify.trim(),
};
console.log(JSON.stringify(report, null, 2));
console.log(`load average during the run: ${loadAverage}`);
for (const l of latency) console.log(`| ${report.storage} | ${l.name} | ${l.samples} | ${l.directMedianMs} | ${l.gatewayMedianMs} | **${l.addedMedianMs}** | ${l.addedP90Ms} |`);
for (const r of report.runs)
  console.log(
    `| ${report.storage} | ${r.name} | ${r.reqPerSec} | ${r.p50Ms} | ${r.p99Ms} | ${r.errors} | ${r.non2xx} | ${r.serverCpuUsPerRequest} | ${r.mainThreadCpuUsPerRequest} | ${r.otherThreadsCpuUsPerRequest} | ${r.busiestOtherThreadCpuUsPerRequest} | ${r.loadGeneratorCpuUsPerRequest} | ${r.loadAverage1m} |`,
  );
