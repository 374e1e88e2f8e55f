// npm run bench:gateway [-- --duration 20 --connections 16 --postgres]
// Starts `consentry serve` as its own process on a fresh store, then drives it with autocannon:
// prompt checks, then image checks. Prints req/s, p50/p99 latency, errors and the server's RSS
// before and after the sustained runs, as JSON and as a Markdown table row.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
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
  },
});
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

const key = (await run(['keys', 'create', '--name', 'bench', '--rate-limit', '100000000'])).trim();
const server = spawn(process.execPath, [BIN, 'serve', '--port', '0'], { env });
const url = await new Promise<string>((resolve) => {
  let out = '';
  server.stdout.on('data', (c) => {
    out += c;
    const m = /listening on (http:\/\/\S+)/.exec(out);
    if (m) resolve(m[1]!);
  });
});
// Server CPU time (user + system, in clock ticks of 10 ms): robust to other processes on the machine.
const cpuMs = () => {
  const fields = readFileSync(`/proc/${server.pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
};
const rssMb = () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${server.pid}/status`, 'utf8'))![1]) / 1024;

const headers = { authorization: `Bearer ${key}`, 'content-type': 'application/json' };
const promptBodies = ['a red bicycle leaning on a wall', 'put her in a bikini', 'a watercolour of a harbour at dawn', 'make the woman in this photo look older'].map((prompt) =>
  JSON.stringify({ prompt, mode: 'edit' }),
);
const png = await sharp({ create: { width: 256, height: 256, channels: 3, background: { r: 90, g: 140, b: 200 } } }).png().toBuffer();
const imageBody = JSON.stringify({ image: png.toString('base64') });

async function cannon(name: string, path: string, bodies: string[], seconds: number) {
  let i = 0;
  const cpuBefore = cpuMs();
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
  };
}

await cannon('warmup', '/v1/check/prompt', promptBodies, 3);
const rssStart = rssMb();
const prompt = await cannon('prompt checks', '/v1/check/prompt', promptBodies, duration);
const rssAfterPrompt = rssMb();
const prompt2 = await cannon('prompt checks (second run)', '/v1/check/prompt', promptBodies, duration);
const rssAfterPrompt2 = rssMb();
// The image models start on the first image check; load them before measuring.
await fetch(`${url}/v1/check/image`, { method: 'POST', headers, body: imageBody });
await cannon('image warmup', '/v1/check/image', [imageBody], 3);
const rssModels = rssMb();
const loadAverage = loadavg().map((l) => l.toFixed(1)).join(' ');
const image = await cannon('image checks (256x256 PNG, JSON base64, real models)', '/v1/check/image', [imageBody], Math.max(5, Math.round(duration / 2)));
const rssEnd = rssMb();
server.kill('SIGTERM');
await new Promise((r) => server.on('exit', r));
const verify = await run(['log', 'verify']).catch((e: Error) => e.message);
await dropDatabase?.();
rmSync(dataDir, { recursive: true, force: true });

const report = {
  storage: values.postgres ? 'PostgreSQL 15 (127.0.0.1)' : 'PGlite (embedded)',
  connections,
  durationS: duration,
  runs: [prompt, prompt2, image],
  rssMb: { start: Math.round(rssStart), afterPrompt: Math.round(rssAfterPrompt), afterPrompt2: Math.round(rssAfterPrompt2), modelsLoaded: Math.round(rssModels), end: Math.round(rssEnd) },
  logVerify: verify.trim(),
};
console.log(JSON.stringify(report, null, 2));
console.log(`load average during the run: ${loadAverage}`);
for (const r of report.runs) console.log(`| ${report.storage} | ${r.name} | ${r.reqPerSec} | ${r.p50Ms} | ${r.p99Ms} | ${r.errors} | ${r.non2xx} | ${r.serverCpuUsPerRequest} |`);
