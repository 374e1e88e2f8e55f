import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fetchImageUrl, isPrivateAddress } from './safe-fetch.ts';

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

test('fetchImageUrl: an allowed host is fetched with a size cap; a name resolving to loopback and a redirect to it are refused', async () => {
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
    const allow = new Set(['127.0.0.1']);
    assert.equal((await fetchImageUrl(`http://127.0.0.1:${port}/ok`, { allowHosts: allow, maxBytes: 1024, timeoutMs: 5000 })).toString(), 'png');
    await assert.rejects(fetchImageUrl(`http://127.0.0.1:${port}/big`, { allowHosts: allow, maxBytes: 1024, timeoutMs: 5000 }), /larger than the limit|limit is 1024/);
    const before = hits;
    await assert.rejects(
      fetchImageUrl(`http://localhost:${port}/ok`, { allowHosts: allow, maxBytes: 1024, timeoutMs: 5000 }),
      (e: Error & { code?: string }) => e.code === 'upstream_image_url_refused',
    );
    await assert.rejects(
      fetchImageUrl(`http://127.0.0.1:${port}/redirect`, { allowHosts: allow, maxBytes: 1024, timeoutMs: 5000 }),
      (e: Error & { code?: string }) => e.code === 'upstream_image_url_refused',
    );
    assert.equal(hits, before + 1, 'only the redirecting URL on the allowed host was contacted');
    await assert.rejects(
      fetchImageUrl(`http://127.0.0.1:${port}/ok`, { allowHosts: new Set(), maxBytes: 1024, timeoutMs: 5000 }),
      (e: Error & { code?: string }) => e.code === 'upstream_image_url_refused',
    );
    await assert.rejects(fetchImageUrl('ftp://example.com/x.png', { allowHosts: allow, maxBytes: 1024, timeoutMs: 5000 }), /only http and https/);
  } finally {
    server.close();
  }
});
