import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { STRICT_POLICY, ADULT_POLICY } from '../policy/builtin-policies.ts';
import { decide } from '../policy/decide.ts';
import type { DetectionResult } from '../types.ts';
import type { FaceResult, ImageAnalysis, NsfwClasses } from './analysis-types.ts';
import { faceResult } from './age-band.ts';
import { compareEdit } from './compare-edit.ts';
import { detectionFromAnalysis, editSignals, imageSignals } from './image-detectors.ts';
import { analysisOf } from '../testing/analysis-of.ts';

const NEUTRAL: NsfwClasses = { Drawing: 0.01, Hentai: 0, Neutral: 0.97, Porn: 0.01, Sexy: 0.01 };
const SEXY: NsfwClasses = { Drawing: 0, Hentai: 0, Neutral: 0.25, Porn: 0.05, Sexy: 0.7 };
const EXPLICIT: NsfwClasses = { Drawing: 0, Hentai: 0.02, Neutral: 0.03, Porn: 0.9, Sexy: 0.05 };
const HENTAI: NsfwClasses = { Drawing: 0.1, Hentai: 0.85, Neutral: 0.02, Porn: 0.03, Sexy: 0 };
const emb = (seed: number) => {
  const v = Array.from({ length: 128 }, (_, i) => Math.sin(seed * 7.1 + i * 1.7));
  const n = Math.hypot(...v);
  return v.map((x) => x / n);
};
const adult = (seed = 1): FaceResult => faceResult([50, 40, 100, 100], 0.93, 41, 'male', 0.95, emb(seed));
const young = (): FaceResult => faceResult([200, 40, 90, 90], 0.9, 21, 'female', 0.8, emb(9));

const analysis = (classes: NsfwClasses, faces: FaceResult[]): ImageAnalysis => analysisOf(classes, faces, 400);
const categories = (a: ImageAnalysis) =>
  imageSignals(a)
    .map((s) => s.category)
    .sort();
const verdict = (d: DetectionResult, policy = STRICT_POLICY) => decide(d, policy).verdict;

describe('imageSignals', () => {
  it('says when a reading was capped for lack of body skin, with the measurement as evidence', () => {
    const a = analysis(EXPLICIT, [adult()]);
    a.nudity = { ...a.nudity, level: 'suggestive', bodySkin: { faceAreas: 0.04, strayShare: 0, cappedFrom: 'explicit' } };
    const [s] = imageSignals(a).filter((x) => x.category === 'suggestive');
    assert.ok(s, 'a capped reading is still suggestive');
    assert.match(s.reason, /explicit \(Porn 0\.90\), capped at suggestive: little body skin outside the faces \(0\.04 face areas/);
    assert.ok(s.evidence.some((e) => e.kind === 'score' && e.name === 'body_skin.face_areas' && e.value === 0.04));
    assert.equal(verdict(detectionFromAnalysis(a)), 'review');
    assert.ok(!imageSignals(a).some((x) => x.category === 'sexual'));
  });

  it('says which limit kept a capped close-up at suggestive, and gives a cleared one no nudity signal', () => {
    const a = analysis(EXPLICIT, [young()]);
    const closeUp = { faceShare: 0.32, possibleSkin: 0.59, anyToneSkin: 0.4, belowFaceSkinShare: 0.2, faceChroma: 0.11 };
    a.nudity = { ...a.nudity, level: 'suggestive', bodySkin: { faceAreas: 0.04, strayShare: 0, cappedFrom: 'explicit', closeUp } };
    const [s] = imageSignals(a).filter((x) => x.category === 'suggestive');
    assert.match(s!.reason, /not cleared as a clothed close-up: possible skin under other light 0\.59 face areas\./);
    a.nudity = { ...a.nudity, level: 'none', bodySkin: { faceAreas: 0.04, strayShare: 0, cappedFrom: 'explicit', closeUp: { ...closeUp, possibleSkin: 0.2 }, clothedCloseUp: true } };
    assert.deepEqual(categories(a), ['minor', 'real_person']);
    assert.ok(!decide(detectionFromAnalysis(a), STRICT_POLICY).rules.some((r) => r.id === 'floor.minor_sexualised'));
  });

  it('gives a suggestive reading of people whose torsos are all covered no weight, and says why; any bare band keeps it', () => {
    const a = analysis(SEXY, [young()]);
    assert.ok(decide(detectionFromAnalysis(a), STRICT_POLICY).rules.some((r) => r.id === 'floor.minor_sexualised'));
    a.nudity = { ...a.nudity, torsoCover: { covered: true, persons: [{ chest: 0.12, midriff: 0.03, hips: 0 }] } };
    const [s] = imageSignals(a).filter((x) => x.category === 'suggestive');
    assert.equal(s!.score, 0);
    assert.match(s!.reason, /suggestive \(Sexy 0\.70\), but every person's torso is covered \(chest 0\.12, midriff 0\.03, hips 0\.00 possible skin\)/);
    assert.ok(s!.evidence.some((e) => e.kind === 'score' && e.name === 'torso.0.midriff' && e.value === 0.03));
    const covered = decide(detectionFromAnalysis(a), STRICT_POLICY);
    assert.equal(covered.verdict, 'allow');
    assert.equal(decide(detectionFromAnalysis(a), ADULT_POLICY).verdict, 'allow');
    // Not covered (a bare midriff), or a person not measured: the reading keeps its weight.
    a.nudity = { ...a.nudity, torsoCover: { covered: false, persons: [{ chest: 0.12, midriff: 0.93, hips: 0 }] } };
    assert.ok(decide(detectionFromAnalysis(a), STRICT_POLICY).rules.some((r) => r.id === 'floor.minor_sexualised'));
    a.nudity = { ...a.nudity, torsoCover: { covered: false, persons: [{ unmeasured: 'more than 4 faces' }] } };
    assert.ok(decide(detectionFromAnalysis(a), STRICT_POLICY).rules.some((r) => r.id === 'floor.minor_sexualised'));
  });

  it('turns levels, faces and age bands into categories', () => {
    assert.deepEqual(categories(analysis(NEUTRAL, [])), []);
    assert.deepEqual(categories(analysis(NEUTRAL, [adult()])), ['real_person']);
    assert.deepEqual(categories(analysis(SEXY, [adult()])), ['real_person', 'suggestive']);
    assert.deepEqual(categories(analysis(EXPLICIT, [adult()])), ['real_person', 'sexual']);
    assert.deepEqual(categories(analysis(NEUTRAL, [young()])), ['minor', 'real_person']);
    // A drawing is not a photo of a real person.
    assert.deepEqual(categories(analysis(HENTAI, [adult()])), ['sexual']);
  });

  it('explains a possible minor with the face region and the age band', () => {
    const minor = imageSignals(analysis(NEUTRAL, [young()])).find((s) => s.category === 'minor')!;
    assert.ok(minor.score >= 0.5);
    assert.match(minor.reason, /below 18/);
    const region = minor.evidence.find((e) => e.kind === 'region');
    assert.ok(region && region.kind === 'region' && /possible minor \(estimate 21, band 11-31\)/.test(region.label));
  });

  it('keeps embeddings out of the details', () => {
    const d = detectionFromAnalysis(analysis(NEUTRAL, [adult()]));
    const details = d.details['image-analysis'] as ImageAnalysis;
    assert.equal(details.faces[0]!.embedding, undefined);
  });
});

describe('image signals under the policies', () => {
  it('blocks an explicit photo of a real person under every policy, allows a benign one', () => {
    assert.equal(verdict(detectionFromAnalysis(analysis(EXPLICIT, [adult()]))), 'block');
    assert.equal(verdict(detectionFromAnalysis(analysis(EXPLICIT, [adult()])), ADULT_POLICY), 'block');
    assert.equal(verdict(detectionFromAnalysis(analysis(NEUTRAL, [adult()]))), 'allow');
  });

  it('blocks any sexualised or revealing image with a possible minor', () => {
    assert.equal(verdict(detectionFromAnalysis(analysis(SEXY, [young()])), ADULT_POLICY), 'block');
    assert.equal(verdict(detectionFromAnalysis(analysis(NEUTRAL, [young()]))), 'allow');
  });

  it('allows explicit drawings under the adult policy but not the strict one', () => {
    assert.equal(verdict(detectionFromAnalysis(analysis(HENTAI, [])), ADULT_POLICY), 'allow');
    assert.equal(verdict(detectionFromAnalysis(analysis(HENTAI, []))), 'block');
  });
});

describe('editSignals', () => {
  it('emits undress and real_person for an undressing edit, blocked even by the adult policy', () => {
    const before = analysis(NEUTRAL, [adult()]);
    const after = analysis(SEXY, [adult()]);
    const signals = editSignals(before, after, compareEdit(before, after));
    const undress = signals.find((s) => s.category === 'undress');
    assert.ok(undress);
    assert.ok(undress.evidence.some((e) => e.kind === 'note' && e.text === 'undressing_edit'));
    assert.ok(signals.some((s) => s.category === 'real_person'));
    assert.equal(decide({ signals, unavailable: [], details: {} }, ADULT_POLICY).verdict, 'block');
  });

  it('emits nothing beyond real_person for an unchanged photo', () => {
    const a = analysis(NEUTRAL, [adult()]);
    const signals = editSignals(a, a, compareEdit(a, a));
    assert.deepEqual([...new Set(signals.map((s) => s.category))], ['real_person']);
    assert.equal(decide({ signals, unavailable: [], details: {} }, STRICT_POLICY).verdict, 'allow');
  });
});
