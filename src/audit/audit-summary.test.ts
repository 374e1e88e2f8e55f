import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MEASURED_TRUST } from '../image/measured-trust.ts';
import { summariseAudit } from './audit-summary.ts';
import type { AuditRecord } from './audit-types.ts';

const record = (id: string, level: 'none' | 'partial'): AuditRecord => ({
  id,
  source: id,
  meta: {},
  status: 'ok',
  width: 10,
  height: 10,
  format: 'jpeg',
  nudity: { level, drawn: false, classes: {} },
  faces: [],
  personCount: 0,
  possibleMinor: false,
});

describe('summariseAudit: how far to trust the figures', () => {
  it("carries the detectors' measured error on clothed adults, with Wilson intervals, beside the shares", () => {
    const s = summariseAudit([record('a', 'partial'), record('b', 'none')]);
    const fp = s.detector.trust.clothedRatedAboveNone;
    assert.equal(fp.k, MEASURED_TRUST.clothedRatedAboveNone.k);
    assert.equal(fp.n, MEASURED_TRUST.clothedRatedAboveNone.n);
    // The interval is honest at a count of 0: it starts at 0 and still reaches above it.
    assert.ok(fp.low! <= fp.p! && fp.p! < fp.high!);
    assert.ok(s.detector.models.nudity.includes('InceptionV3'));
    assert.equal(typeof s.detector.thresholds.nudity.partial, 'number');
    assert.ok(s.notes.some((n) => n.includes('rated above none') && n.includes(MEASURED_TRUST.source)));
  });

  it('stays deterministic: the same records give the same JSON', () => {
    const records = [record('a', 'partial'), record('b', 'none')];
    assert.equal(JSON.stringify(summariseAudit(records)), JSON.stringify(summariseAudit(records)));
  });
});
