import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ImageAnalysis, ImageAnalyzer } from './analysis-types.ts';
import { createCachedAnalyzer } from './cached-analyzer.ts';

function countingAnalyzer(fail = false): ImageAnalyzer & { calls: number } {
  const analyzer = {
    calls: 0,
    async analyze(bytes: Uint8Array) {
      analyzer.calls++;
      if (fail) throw new Error('model down');
      return { width: bytes.length, faces: [{ box: [0, 0, 1, 1], embedding: [1], region: { box: [0, 0, 1, 1] } }], timings: { decodeMs: 1, regionsMs: 2 } } as unknown as ImageAnalysis;
    },
    async close() {},
  };
  return analyzer;
}

describe('createCachedAnalyzer', () => {
  it('analyses the same bytes with the same options once', async () => {
    const inner = countingAnalyzer();
    const cached = createCachedAnalyzer(inner, { maxEntries: 2 });
    const a = new Uint8Array([1, 2, 3]);
    await cached.analyze(a);
    await cached.analyze(new Uint8Array([1, 2, 3]));
    assert.equal(inner.calls, 1);
    await cached.analyze(a, { embeddings: true } as never);
    assert.equal(inner.calls, 2);
  });

  it('is bounded, least recently used first out', async () => {
    const inner = countingAnalyzer();
    const cached = createCachedAnalyzer(inner, { maxEntries: 2 });
    const [a, b, c] = [new Uint8Array([1]), new Uint8Array([2]), new Uint8Array([3])];
    await cached.analyze(a);
    await cached.analyze(b);
    await cached.analyze(a);
    await cached.analyze(c);
    await cached.analyze(a);
    assert.equal(inner.calls, 3);
    await cached.analyze(b);
    assert.equal(inner.calls, 4);
  });

  it('does not remember failures', async () => {
    const inner = countingAnalyzer(true);
    const cached = createCachedAnalyzer(inner);
    await assert.rejects(cached.analyze(new Uint8Array([9])));
    await assert.rejects(cached.analyze(new Uint8Array([9])));
    assert.equal(inner.calls, 2);
  });

  it('serves a request from an analysis of the same bytes with more, without the extras', async () => {
    const inner = countingAnalyzer();
    const cached = createCachedAnalyzer(inner);
    const a = new Uint8Array([4, 5]);
    const full = await cached.analyze(a, { embeddings: true, regions: true, label: 'input' });
    assert.deepEqual(full.faces[0]!.embedding, [1]);
    const scan = await cached.analyze(new Uint8Array([4, 5]), { label: 'output' });
    assert.equal(inner.calls, 1);
    assert.deepEqual(scan.faces, [{ box: [0, 0, 1, 1] }]);
    assert.deepEqual(scan.timings, { decodeMs: 1 });
    assert.deepEqual((await cached.analyze(a, { embeddings: true })).faces, [{ box: [0, 0, 1, 1], embedding: [1] }]);
    assert.equal(inner.calls, 1);
    // The cached analysis itself is not changed by the copies.
    assert.deepEqual(full.faces[0]!.region, { box: [0, 0, 1, 1] });
  });

  it('analyses again when the request asks for more than what was analysed', async () => {
    const inner = countingAnalyzer();
    const cached = createCachedAnalyzer(inner);
    const a = new Uint8Array([6]);
    await cached.analyze(a);
    await cached.analyze(a, { embeddings: true });
    await cached.analyze(a, { regions: true });
    assert.equal(inner.calls, 3);
    await cached.analyze(a, { embeddings: true, regions: true });
    assert.equal(inner.calls, 4);
    await cached.analyze(a, { regions: true });
    assert.equal(inner.calls, 4);
  });
});
