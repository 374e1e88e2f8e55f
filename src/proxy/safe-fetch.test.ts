import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fetchImageUrl, isPrivateAddress, trustedOrigins } from './safe-fetch.ts';

test('private, loopback, link-local, reserved and mapped addresses are recognised; public ones are not', () => {
  for (const a of [
    '127.0.0.1',
    '10.1.2.3',
    '172.16.0.1',
    '172.31.255.255',
    '192.168.1.1',
    '169.254.169.254',
    '100.64.0.1',
    '0.0.0.0',
    '224.0.0.1',
    '::1',
    '::',
    'fe80::1',
    'fd00::1',
    '::ffff:127.0.0.1',
    '::ffff:169.254.169.254',
    'not-an-ip',
  ]) {
    assert.equal(isPrivateAddress(a), true, a);
  }
  for (const a of ['8.8.8.8', '1.1.1.1', '172.32.0.1', '2606:4700:4700::1111', '::ffff:8.8.8.8']) assert.equal(isPrivateAddress(a), false, a);
});

test('fetchImageUrl: an allowed origin is fetched with a size cap; a name resolving to loopback and a redirect to it are refused', async () => {
  let hits = 0;
  const server = createServer((req, res) => {
    hits++;
    if (req.url === '/big') return res.writeHead(200).end(Buffer.alloc(2048));
    if (req.url === '/redirect') return res.writeHead(302, { location: `http://localhost:${(server.address() as AddressInfo).port}/ok` }).end();
    res.writeHead(200, { 'content-type': 'image/png' }).end(Buffer.from('png'));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  try {
    const allow = new Set([`http://127.0.0.1:${port}`]);
    assert.equal((await fetchImageUrl(`http://127.0.0.1:${port}/ok`, { allowOrigins: allow, maxBytes: 1024, timeoutMs: 5000 })).toString(), 'png');
    await assert.rejects(fetchImageUrl(`http://127.0.0.1:${port}/big`, { allowOrigins: allow, maxBytes: 1024, timeoutMs: 5000 }), /larger than the limit|limit is 1024/);
    const before = hits;
    await assert.rejects(
      fetchImageUrl(`http://localhost:${port}/ok`, { allowOrigins: allow, maxBytes: 1024, timeoutMs: 5000 }),
      (e: Error & { code?: string }) => e.code === 'upstream_image_url_refused',
    );
    await assert.rejects(
      fetchImageUrl(`http://127.0.0.1:${port}/redirect`, { allowOrigins: allow, maxBytes: 1024, timeoutMs: 5000 }),
      (e: Error & { code?: string }) => e.code === 'upstream_image_url_refused',
    );
    assert.equal(hits, before + 1, 'only the redirecting URL on the allowed host was contacted');
    await assert.rejects(
      fetchImageUrl(`http://127.0.0.1:${port}/ok`, { allowOrigins: new Set(), maxBytes: 1024, timeoutMs: 5000 }),
      (e: Error & { code?: string }) => e.code === 'upstream_image_url_refused',
    );
    await assert.rejects(fetchImageUrl('ftp://example.com/x.png', { allowOrigins: allow, maxBytes: 1024, timeoutMs: 5000 }), /only http and https/);
  } finally {
    server.close();
  }
});

test('fetchImageUrl: trust is by origin, so another port on the trusted host is refused, directly or by a redirect', async () => {
  let internalHits = 0;
  const internal = createServer((_req, res) => {
    internalHits++;
    res.writeHead(200, { 'content-type': 'image/png' }).end(Buffer.from('secret'));
  });
  await new Promise<void>((resolve) => internal.listen(0, '127.0.0.1', resolve));
  const internalPort = (internal.address() as AddressInfo).port;
  const trusted = createServer((_req, res) => res.writeHead(302, { location: `http://127.0.0.1:${internalPort}/secret` }).end());
  await new Promise<void>((resolve) => trusted.listen(0, '127.0.0.1', resolve));
  const port = (trusted.address() as AddressInfo).port;
  try {
    const options = { allowOrigins: new Set([`http://127.0.0.1:${port}`]), maxBytes: 1024, timeoutMs: 5000 };
    const refused = (e: Error & { code?: string }) => e.code === 'upstream_image_url_refused';
    await assert.rejects(fetchImageUrl(`http://127.0.0.1:${internalPort}/secret`, options), refused);
    await assert.rejects(fetchImageUrl(`http://127.0.0.1:${port}/to-internal`, options), refused);
    await assert.rejects(fetchImageUrl(`https://127.0.0.1:${port}/other-scheme`, options), refused);
    assert.equal(internalHits, 0, 'the other port on the trusted host was never contacted');
  } finally {
    internal.close();
    trusted.close();
  }
});

test('trustedOrigins: an origin is itself; a bare host or host:port is that port (or the default one) over http and https', () => {
  assert.deepEqual([...trustedOrigins(['https://CDN.internal:8443'])], ['https://cdn.internal:8443']);
  assert.deepEqual([...trustedOrigins(['cdn.internal'])], ['http://cdn.internal', 'https://cdn.internal']);
  assert.deepEqual([...trustedOrigins(['10.0.0.5:9000'])], ['http://10.0.0.5:9000', 'https://10.0.0.5:9000']);
  assert.deepEqual([...trustedOrigins(['fd00::1'])], ['http://[fd00::1]', 'https://[fd00::1]']);
  assert.deepEqual([...trustedOrigins(['http://127.0.0.1:80'])], ['http://127.0.0.1']);
  for (const bad of ['ftp://x', 'http://x/path', 'http://user:pw@x', 'a b'])
    assert.throws(
      () => trustedOrigins([bad]),
      (e: Error & { code?: string }) => e.code === 'invalid_config',
      bad,
    );
});
