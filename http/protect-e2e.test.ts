// Two real gateway processes on one PostgreSQL, with the real models: a hash list imported by the
// CLI blocks on both, a consent grant made through one gateway is honoured by the other, and its
// revocation holds for the other's very next request; an erasure reaches both.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { hashImage } from '../src/hash/image-hash.ts';
import { sharedPath } from '../src/testing/shared-path.ts';
import { postgresStorage } from '../src/testing/test-database.ts';
import { syntheticImage } from '../src/testing/synthetic-images.ts';
import { CONSENTRY_BIN as BIN, startServe, type ServeProcess } from './test-fixtures.ts';

const people = sharedPath('data', 'people');

function cli(args: string[], env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c) => (stdout += c));
    child.stderr.on('data', (c) => (stderr += c));
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

function startServer(env: Record<string, string>): Promise<ServeProcess> {
  return startServe(env, 180_000);
}

test('two gateway processes on one PostgreSQL share lists, persons and consent, and a revocation holds at the next request', {
  skip: people ? false : 'shared photos absent',
  timeout: 900_000,
}, async (t) => {
  const storage = await postgresStorage();
  if (!storage) return t.skip('no PostgreSQL');
  const env = { ...storage.env, CONSENTRY_BIOMETRIC_KEY: randomBytes(32).toString('base64'), CONSENTRY_WORKERS: '1', CONSENTRY_CHECK_TIMEOUT_MS: '120000' };
  const servers: ChildProcess[] = [];
  try {
    const admin = (await cli(['keys', 'create', '--name', 'admin', '--scope', 'admin', '--rate-limit', '100000'], env)).stdout.trim();
    const a = await startServer(env);
    servers.push(a.child);
    const b = await startServer(env);
    servers.push(b.child);
    const call = (url: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
      fetch(`${url}${path}`, {
        method: body === undefined ? 'GET' : 'POST',
        headers: { authorization: `Bearer ${admin}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    const del = (url: string, path: string) => fetch(`${url}${path}`, { method: 'DELETE', headers: { authorization: `Bearer ${admin}` } });

    // A list imported by the CLI, in another process, blocks on both gateways within a second.
    const image = await syntheticImage(3, { size: 300 });
    const checkImage = async (url: string) => (await (await call(url, '/v1/check/image', { image: image.toString('base64') })).json()) as { verdict: string; rules: { id: string }[] };
    assert.equal((await checkImage(b.url)).verdict, 'allow');
    const listFile = join(storage.options.dataDir, 'list.pdq');
    writeFileSync(listFile, `${(await hashImage(image)).pdq},100,case-1\n`);
    assert.equal((await cli(['lists', 'import', 'ncii', listFile, '--source', 'test', '--purpose', 'ncii'], env)).code, 0);
    const importedAt = Date.now();
    for (const server of [a, b]) {
      for (;;) {
        const started = Date.now();
        const d = await checkImage(server.url);
        if (d.verdict === 'block') break;
        // A check that started more than a second after the import must see it (its own time is not propagation).
        assert.ok(started - importedAt < 1000, 'the list reached this gateway within a second');
        await new Promise((r) => setTimeout(r, 50));
      }
    }

    // Enrolled through gateway A, granted through A, honoured by B for u1 only; revoked through A, refused by B at once.
    const photo = (name: string) => readFileSync(join(people!, name)).toString('base64');
    const enrolled = await call(a.url, '/v1/persons', { name: 'Barack Obama', photos: [photo('fr_obama.jpg')] });
    assert.equal(enrolled.status, 201, await enrolled.clone().text());
    const person = (await enrolled.json()) as { id: string };
    const grant = (await (await call(a.url, '/v1/consents', { personId: person.id, user: 'u1', allow: ['suggestive', 'undress'] })).json()) as { id: string };
    const edit = async (url: string, user: string) =>
      (await (
        await call(url, '/v1/check/edit', { prompt: 'put him in swimwear', images: [photo('fr_obama2.jpg')], policy: 'adult' }, { 'x-consentry-user': user, 'x-consentry-self-person': person.id })
      ).json()) as {
        verdict: string;
        reasons: string[];
        consent?: { grantIds: string[] };
        categories: { category: string }[];
      };
    const allowed = await edit(b.url, 'u1');
    assert.equal(allowed.verdict, 'allow', JSON.stringify(allowed.reasons));
    assert.deepEqual(allowed.consent?.grantIds, [grant.id]);
    assert.equal((await edit(b.url, 'u2')).verdict, 'block');
    assert.equal((await del(a.url, `/v1/consents/${grant.id}`)).status, 200);
    assert.equal((await edit(b.url, 'u1')).verdict, 'block', 'the next request on the other gateway');

    // Erasure through A: B no longer recognises the person.
    assert.equal((await del(a.url, `/v1/persons/${person.id}`)).status, 200);
    const after = await edit(b.url, 'u1');
    assert.ok(!after.categories.some((c) => c.category === 'protected_person'), 'erased on the other gateway');
  } finally {
    for (const s of servers) s.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 500));
    await storage.dispose();
  }
});
