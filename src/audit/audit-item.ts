import { ConsentryError, errorMessage } from '../errors.ts';
import type { ImageAnalysis } from '../image/analysis-types.ts';
import { promptSubject } from '../subjects.ts';
import type { AuditDependencies, AuditItem, AuditRecord } from './audit-types.ts';
import { readItemBytes, type ReadLimits } from './read-image.ts';

const round = (x: number, digits = 4) => Math.round(x * 10 ** digits) / 10 ** digits;

/**
 * Audits one image: reads it, analyses it, hashes it, screens its prompt. Never throws: a failure
 * becomes an `error` record, so one bad file cannot stop a 20,000-image run.
 */
export async function auditItem(item: AuditItem, deps: AuditDependencies, limits?: ReadLimits): Promise<AuditRecord> {
  const base: AuditRecord = { id: item.id, source: item.source ?? item.url ?? item.id, meta: item.meta, status: 'ok' };
  try {
    const bytes = await readItemBytes(item, limits);
    const [analysis, hashes, prompt] = await Promise.all([deps.analyzer.analyze(bytes, { label: item.id }), Promise.resolve(deps.hasher(bytes)), screenPrompt(item, deps)]);
    const knownImage = deps.matchHashes ? await deps.matchHashes(hashes) : [];
    return { ...base, ...fromAnalysis(analysis), hashes, ...(knownImage.length > 0 ? { knownImage } : {}), ...(prompt ? { prompt } : {}) };
  } catch (error) {
    const code = error instanceof ConsentryError ? error.code : 'analysis_failed';
    return { ...base, status: 'error', error: { code, message: errorMessage(error) } };
  }
}

async function screenPrompt(item: AuditItem, deps: AuditDependencies): Promise<AuditRecord['prompt']> {
  const text = item.meta.prompt;
  if (!text || !deps.promptGuard) return undefined;
  const mode = item.meta.mode === 'edit' ? 'edit' : 'generate';
  const { decision } = await deps.promptGuard.check(promptSubject(text, mode));
  return {
    verdict: decision.verdict,
    categories: decision.categories.map((c) => c.category).sort(),
    reasons: decision.reasons,
  };
}

function fromAnalysis(a: ImageAnalysis): Partial<AuditRecord> {
  const classes = Object.fromEntries(
    Object.entries(a.nudity.classes)
      .sort(([x], [y]) => (x < y ? -1 : 1))
      .map(([k, v]) => [k, round(v)]),
  );
  return {
    width: a.width,
    height: a.height,
    format: a.format,
    nudity: { level: a.nudity.level, drawn: a.nudity.drawn, classes },
    faces: a.faces.map((f) => ({
      box: f.box.map((v) => Math.round(v)) as [number, number, number, number],
      score: round(f.score),
      age: round(f.age, 1),
      ageLow: round(f.ageBand.low, 1),
      ageHigh: round(f.ageBand.high, 1),
      possibleMinor: f.possibleMinor,
      gender: f.gender,
      genderScore: round(f.genderScore),
    })),
    personCount: a.personCount,
    possibleMinor: a.possibleMinor,
  };
}
