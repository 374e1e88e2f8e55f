// Image analyses become Signals here, so the same policy engine judges pictures and words.
import type { DetectOptions, Detector } from '../detectors/detector.ts';
import { InvalidInputError } from '../errors.ts';
import type { DetectionResult, Evidence, Signal, Subject } from '../types.ts';
import type { AnalyzeOptions, FaceResult, ImageAnalysis, ImageAnalyzer } from './analysis-types.ts';
import { compareEdit, type CompareOptions, type EditComparison } from './compare-edit.ts';
import { ADULT_AGE, AGE_BAND_MARGIN } from './age-band.ts';
import { closeUpShortfalls } from './body-skin.ts';
import { NUDITY_THRESHOLDS } from './nudity-level.ts';

export const IMAGE_DETECTOR = 'image-analysis';
export const EDIT_DETECTOR = 'edit-comparison';

/**
 * Signals for one analysed image. Scores are scaled so that a level's threshold lands on 0.5, the
 * policies' default threshold: Porn+Hentai of 0.3 (partial) gives `sexual` 0.5, 0.6 (explicit) 1.0.
 */
export function imageSignals(analysis: ImageAnalysis, detector = IMAGE_DETECTOR, label = 'the image'): Signal[] {
  const signals: Signal[] = [];
  const { nudity } = analysis;
  const c = nudity.classes;
  const explicitMass = c.Porn + c.Hentai;
  const classEvidence: Evidence[] = (['Porn', 'Hentai', 'Sexy', 'Neutral', 'Drawing'] as const).map((k) => ({ kind: 'score', name: `nsfw.${k}`, value: c[k] }));
  if (nudity.bodySkin) {
    classEvidence.push({ kind: 'score', name: 'body_skin.face_areas', value: nudity.bodySkin.faceAreas }, { kind: 'score', name: 'body_skin.stray_share', value: nudity.bodySkin.strayShare });
  }
  if (nudity.level === 'explicit' || nudity.level === 'partial') {
    signals.push({
      detector,
      category: 'sexual',
      score: clamp(explicitMass / (2 * NUDITY_THRESHOLDS.partial)),
      reason: `The nudity model rates ${label} ${nudity.level} (Porn ${c.Porn.toFixed(2)}, Hentai ${c.Hentai.toFixed(2)}).`,
      evidence: classEvidence,
    });
  } else if (nudity.level === 'suggestive' && nudity.torsoCover?.covered) {
    // Kept as a signal of no weight, so the decision still says what the model read and why it did not count.
    signals.push({
      detector,
      category: 'suggestive',
      score: 0,
      reason: `The nudity model rates ${label} suggestive (Sexy ${c.Sexy.toFixed(2)}), but every person's torso is covered (${describeTorsos(nudity.torsoCover)}): the reading rests on clothing, not exposure.`,
      evidence: [...classEvidence, ...torsoEvidence(nudity.torsoCover)],
    });
  } else if (nudity.level === 'suggestive') {
    signals.push({
      detector,
      category: 'suggestive',
      score: clamp((c.Sexy + explicitMass) / (2 * NUDITY_THRESHOLDS.suggestive)),
      reason: nudity.bodySkin?.cappedFrom
        ? `The nudity model rates ${label} ${nudity.bodySkin.cappedFrom} (Porn ${c.Porn.toFixed(2)}), capped at suggestive: ${describeBodySkin(nudity.bodySkin)}; not cleared as a clothed close-up: ${closeUpShortfalls(nudity).join(', ')}.`
        : `The nudity model rates ${label} suggestive (Sexy ${c.Sexy.toFixed(2)}).`,
      evidence: classEvidence,
    });
  }
  const photoFaces = nudity.drawn ? [] : analysis.faces;
  if (photoFaces.length > 0) {
    const best = photoFaces.reduce((a, b) => (b.score > a.score ? b : a));
    signals.push({
      detector,
      category: 'real_person',
      // A photograph with a detected face is taken to show a real person; the drawn flag excludes illustrations.
      score: clamp(Math.max(0.5, best.score)),
      reason: `${capital(label)} is a photograph with ${photoFaces.length} detected face${photoFaces.length === 1 ? '' : 's'}.`,
      evidence: photoFaces.map((f) => ({ kind: 'region', box: f.box, label: 'face', score: f.score })),
    });
  }
  const minors = analysis.faces.filter((f) => f.possibleMinor);
  if (minors.length > 0) {
    signals.push({
      detector,
      category: 'minor',
      score: Math.max(...minors.map(minorScore)),
      reason: `${capital(label)} shows ${minors.length === 1 ? 'a face' : `${minors.length} faces`} whose age band reaches below ${ADULT_AGE}: ${minors.map((f) => `possible minor (${describeAge(f)})`).join(', ')}. Age estimates are weak (BENCHMARKS.md, "Trust"); this is a possibility that decides caution, not a finding about the person's age.`,
      evidence: minors.map((f) => ({ kind: 'region', box: f.box, label: `possible minor (${describeAge(f)})`, score: f.score })),
    });
  }
  return signals;
}

type TorsoCover = NonNullable<ImageAnalysis['nudity']['torsoCover']>;

function describeTorsos(cover: TorsoCover): string {
  return cover.persons.map((p) => ('unmeasured' in p ? p.unmeasured : `chest ${p.chest.toFixed(2)}, midriff ${p.midriff.toFixed(2)}, hips ${p.hips.toFixed(2)} possible skin`)).join('; ');
}

function torsoEvidence(cover: TorsoCover): Evidence[] {
  return cover.persons.flatMap((p, k) => ('unmeasured' in p ? [] : (['chest', 'midriff', 'hips'] as const).map((band) => ({ kind: 'score' as const, name: `torso.${k}.${band}`, value: p[band] }))));
}

function describeBodySkin(b: { faceAreas: number; strayShare: number }): string {
  return `little body skin outside the faces (${b.faceAreas.toFixed(2)} face areas, ${Math.round(b.strayShare * 100)}% of the image outside people's regions)`;
}

/** The same in the shape the policy engine takes; embeddings are left out of the details (biometric data). */
export function detectionFromAnalysis(analysis: ImageAnalysis): DetectionResult {
  return { signals: imageSignals(analysis), unavailable: [], details: { [IMAGE_DETECTOR]: withoutEmbeddings(analysis) } };
}

/** Signals for an edit: the output's own content, the input's people, and the before/after comparison. */
export function editSignals(before: ImageAnalysis, after: ImageAnalysis, comparison: EditComparison, detector = EDIT_DETECTOR): Signal[] {
  const signals = [
    ...imageSignals(after, detector, 'the edited image'),
    // The input decides whether a real person, or a possible minor, is the subject of the edit.
    ...imageSignals(before, detector, 'the input image').filter((s) => s.category === 'real_person' || s.category === 'minor'),
  ];
  const undressed = comparison.people.filter((p) => p.undressing);
  if (undressed.length > 0) {
    signals.push({
      detector,
      category: 'undress',
      score: clamp(0.6 + Math.max(...undressed.map((p) => Math.max(p.exposureChange, 0)))),
      reason: comparison.reasons[0] ?? 'The same person is more exposed after the edit.',
      evidence: [
        ...undressed.map((p): Evidence => ({ kind: 'region', box: p.box, label: `same person (similarity ${p.similarity.toFixed(2)}): ${p.before.level} → ${p.after.level}`, score: p.similarity })),
        { kind: 'note', text: 'undressing_edit' },
      ],
    });
  } else if (comparison.unattributedRise) {
    signals.push({
      detector,
      category: 'undress',
      score: 0.5,
      reason: comparison.reasons[0] ?? 'The image is more exposed after the edit.',
      evidence: [{ kind: 'note', text: 'exposure rose; person not matched across the edit' }],
    });
  }
  return signals;
}

export interface ImageDetectorOptions {
  /**
   * What else another detector of the same check will ask the analyzer for on this tenant's image
   * (the protected-person detector: embeddings when the tenant has enrolled persons). Asked for here
   * too, the cached analyzer serves both from one analysis; the scan's fields do not depend on it, and
   * embeddings are left out of this detector's details. A failure here only loses the sharing.
   */
  extras?: (tenantId: string) => Promise<Pick<AnalyzeOptions, 'embeddings'>>;
}

/** Detector for image subjects, backed by an analyzer (usually the worker pool). */
export function createImageDetector(analyzer: ImageAnalyzer, options: ImageDetectorOptions = {}): Detector {
  return {
    name: IMAGE_DETECTOR,
    accepts: ['image'],
    async detect(subject: Subject, context: DetectOptions = {}) {
      if (subject.kind !== 'image') throw new InvalidInputError(`${IMAGE_DETECTOR} takes image subjects.`);
      const extras = options.extras ? await options.extras(context.tenantId ?? 'default').catch(() => ({})) : {};
      const analysis = await analyzer.analyze(subject.bytes, { ...extras, label: subject.label });
      return { signals: imageSignals(analysis), details: withoutEmbeddings(analysis) };
    },
  };
}

/** Detector for edit subjects: analyses both images (with embeddings and body regions) and compares them. */
export function createEditDetector(analyzer: ImageAnalyzer, options: CompareOptions = {}): Detector {
  return {
    name: EDIT_DETECTOR,
    accepts: ['edit'],
    async detect(subject: Subject) {
      if (subject.kind !== 'edit') throw new InvalidInputError(`${EDIT_DETECTOR} takes edit subjects.`);
      const wanted = { embeddings: true, regions: true };
      const [before, after] = await Promise.all([
        analyzer.analyze(subject.before.bytes, { ...wanted, label: subject.before.label }),
        analyzer.analyze(subject.after.bytes, { ...wanted, label: subject.after.label }),
      ]);
      const comparison = compareEdit(before, after, options);
      return {
        signals: editSignals(before, after, comparison),
        details: { before: withoutEmbeddings(before), after: withoutEmbeddings(after), comparison },
      };
    },
  };
}

export function withoutEmbeddings(analysis: ImageAnalysis): ImageAnalysis {
  return { ...analysis, faces: analysis.faces.map(({ embedding: _embedding, ...face }) => face) };
}

function minorScore(face: FaceResult): number {
  if (!Number.isFinite(face.age)) return 0.5;
  // 0.5 where the band's low end touches 18, rising to 1 for an estimate of 18 or less.
  return clamp(0.5 + (ADULT_AGE + AGE_BAND_MARGIN - face.age) / (2 * AGE_BAND_MARGIN));
}

function describeAge(face: FaceResult): string {
  return Number.isFinite(face.age) ? `estimate ${Math.round(face.age)}, band ${face.ageBand.low}-${face.ageBand.high}` : 'age unknown';
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function clamp(x: number): number {
  return Math.round(Math.min(1, Math.max(0, x)) * 1000) / 1000;
}
