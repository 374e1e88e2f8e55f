// node --import tsx bench/http-floor.ts [--duration 8] [--connections 16]
// The floor under any prompt-check design on this machine: a bare node:http server (its own
// process) that reads a small JSON body and answers a fixed ~1 KB JSON decision with the gateway's
// headers, driven by autocannon exactly as `npm run bench:gateway` drives the gateway. Prints the
// server's CPU per request (from /proc) and the load generator's (this process), µs.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';

const { values } = parseArgs({ options: { duration: { type: 'string', default: '8' }, connections: { type: 'string', default: '16' } } });
const common = `
const answer = JSON.stringify({ id: '0b8f3a52-4c1e-4bd2-9d0e-6f1f9a2b3c4d', verdict: 'allow', reasons: [], policy: { id: 'strict', version: '1.0.0' }, kind: 'prompt', createdAt: new Date().toISOString(), parentId: null,
  categories: [{ category: 'real_person', score: 0.9, reasons: ['An edit of a supplied photo is assumed to show a real, identifiable person.'], evidence: [{ kind: 'note', text: 'edit of a supplied photo' }], detectors: ['prompt-screener'] }],
  rules: [], legalBasis: [], jurisdiction: 'INTL', unavailable: [], inputs: [{ role: 'prompt', sha256: 'd23e13632a6c209e654fecb054b0702432dc99977fe3e2f90ca92da0d0445156', length: 19 }],
  signals: [{ detector: 'prompt-screener', category: 'real_person', score: 0.9, reason: 'An edit of a supplied photo is assumed to show a real, identifiable person.', evidence: [{ kind: 'note', text: 'edit of a supplied photo' }] }] });
`;
const bareCode = `${common}
require('node:http').createServer((req, res) => {
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (c) => (body += c));
  req.on('end', () => {
    if (body) JSON.parse(body);
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(answer), 'x-ratelimit-limit': '100000000', 'x-ratelimit-remaining': '99999999', 'x-consentry-decision-id': '0b8f3a52-4c1e-4bd2-9d0e-6f1f9a2b3c4d', 'x-request-id': 'req_0123456789abcdef' });
    res.end(answer);
  });
}).listen(0, '127.0.0.1', function () { console.log('listening on ' + this.address().port); });`;
// The same answer from a Fastify route: JSON body parser, response schema-less serialisation, headers set on the reply.
const fastifyCode = `${common}
const app = require('fastify')();
app.post('/v1/check/prompt', async (request, reply) => {
  reply.header('x-ratelimit-limit', '100000000').header('x-ratelimit-remaining', '99999999').header('x-consentry-decision-id', '0b8f3a52-4c1e-4bd2-9d0e-6f1f9a2b3c4d').header('x-request-id', 'req_0123456789abcdef');
  return reply.type('application/json; charset=utf-8').send(answer);
});
app.listen({ port: 0, host: '127.0.0.1' }).then(() => console.log('listening on ' + app.server.address().port));`;
for (const [name, code] of [
  ['bare node:http', bareCode],
  ['Fastify, one route', fastifyCode],
] as const) {
  const server = spawn(process.execPath, ['-e', code]);
  const port = await new Promise<number>((resolve) => server.stdout.on('data', (c) => resolve(Number(/listening on (\d+)/.exec(String(c))![1]))));
  const ticks = () => {
    const f = readFileSync(`/proc/${server.pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(f[11]) + Number(f[12])) * 10_000;
  };
  const body = JSON.stringify({ prompt: 'a red bicycle leaning on a wall', mode: 'edit' });
  const run = () =>
    autocannon({
      url: `http://127.0.0.1:${port}/v1/check/prompt`,
      method: 'POST',
      headers: { authorization: 'Bearer x', 'content-type': 'application/json' },
      body,
      connections: Number(values.connections),
      duration: Number(values.duration),
    });
  await autocannon({ url: `http://127.0.0.1:${port}/`, connections: 4, duration: 2 });
  for (let i = 0; i < 2; i++) {
    const s = ticks();
    const c = process.cpuUsage();
    const r = await run();
    const used = process.cpuUsage(c);
    const n = r.requests.total;
    console.log(
      `| ${name} | ${Math.round(r.requests.average)} req/s | p99 ${r.latency.p99} ms | server ${Math.round((ticks() - s) / n)} µs | load generator ${Math.round((used.user + used.system) / n)} µs | load ${loadavg()[0]!.toFixed(1)} |`,
    );
  }
  server.kill();
}
