// The int8 writer's arithmetic (onnx-int8.ts): activation scales, per-channel weight quantisation,
// and the CONSENTRY_INT8 switch. The graphs themselves are checked on real photos in
// recognition-net.test.ts.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { activationScale, int8ByDefault, quantizeWeights, weightPeak } from './onnx-int8.ts';

describe('int8 quantisation', () => {
  it('maps an activation range onto 0..255 with zero exactly representable', () => {
    const relu = activationScale(0, 10.2);
    assert.equal(relu.zero, 0);
    assert.ok(Math.abs(relu.scale * 255 - 10.2) < 1e-5);
    const signed = activationScale(-1, 3);
    assert.equal(signed.zero, Math.round(1 / signed.scale));
    assert.ok(Math.abs(signed.scale - 4 / 255) < 1e-7);
    // A range that does not hold 0 is widened to it; an empty one still gets a positive scale.
    assert.equal(activationScale(2, 5).zero, 0);
    assert.ok(activationScale(0, 0).scale > 0);
  });

  it('quantises weights per output channel within half a step, an all-zero channel included', () => {
    const w = Float32Array.from([0.5, -0.25, 0.125, 1, 40, -20, 10, 5, 0, 0, 0, 0]);
    const { q, scales } = quantizeWeights(w, 3);
    assert.deepEqual(Array.from(scales), [Math.fround(1 / 127), Math.fround(40 / 127), 1]);
    assert.equal(q[3], 127);
    assert.equal(q[4], 127);
    for (let i = 0; i < w.length; i++) assert.ok(Math.abs(q[i]! * scales[Math.floor(i / 4)]! - w[i]!) <= scales[Math.floor(i / 4)]! / 2 + 1e-7, `weight ${i}`);
    assert.deepEqual(Array.from(q.slice(8)), [0, 0, 0, 0]);
  });

  it('uses 7-bit weights on an x86 CPU without VNNI, whose uint8 x int8 kernels saturate, and 8 bits elsewhere', () => {
    assert.equal(weightPeak('fpu sse2 avx avx2 fma'), 63);
    assert.equal(weightPeak('fpu sse2 avx2 avx512f avx512_vnni'), 127);
    assert.equal(weightPeak('fpu avx2 avx_vnni'), 127);
    assert.equal(weightPeak(null), 127);
    // No product of a 7-bit weight and a uint8 activation, in pairs, leaves 16 bits.
    const { q } = quantizeWeights(Float32Array.from([3, -2, 1, -3]), 1, weightPeak('avx2'));
    assert.ok(q.every((v) => Math.abs(v) <= 63) && 2 * 255 * 63 <= 32767);
  });

  it('reads CONSENTRY_INT8: 0 off, anything else on, unset the default', () => {
    assert.equal(int8ByDefault({ CONSENTRY_INT8: '0' }), false);
    assert.equal(int8ByDefault({ CONSENTRY_INT8: '1' }), true);
    assert.equal(typeof int8ByDefault({}), 'boolean');
  });
});
