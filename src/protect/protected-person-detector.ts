import type { DetectOptions, Detector, DetectorOutput } from '../detectors/detector.ts';
import type { AnalyzeOptions, ImageAnalyzer } from '../image/analysis-types.ts';
import { SAME_PERSON_SIMILARITY } from '../image/compare-edit.ts';
import { FACE_EMBEDDING_MODEL } from '../image/face-embedding.ts';
import type { Database, Queryable } from '../store/database.ts';
import type { ImageSubject, Signal, Subject } from '../types.ts';
import type { FaceMatchDetail } from './consent.ts';
import { PersonIndex, type PersonIndexOptions, type PersonVector } from './person-index.ts';
import { loadPersonEmbeddings, type PersonPreference } from './persons.ts';
import { VersionedCache } from './protect-events.ts';

export const PROTECTED_PERSON_DETECTOR = 'protected-person';

interface TenantPersons {
  index: PersonIndex;
  preference: Map<string, PersonPreference>;
  /** Persons enrolled with an older face model: not compared, reported until re-enrolled. */
  staleEnrolments: number;
}

/**
 * Each tenant's enrolled persons, decrypted into an in-memory index. Reloaded when persons change
 * (NOTIFY, `invalidate()`, or a version check every `pollMs`); a deleted person is also re-checked
 * in the database before any match counts, so erasure holds at once even before the reload.
 */
export class PersonRegistry {
  private readonly cache: VersionedCache<Map<string, TenantPersons>>;

  constructor(
    private readonly db: Database,
    key: () => Buffer,
    options: { pollMs?: number; index?: PersonIndexOptions } = {},
  ) {
    this.cache = new VersionedCache(
      db,
      'persons',
      async (q) => {
        const { rows } = await q.query<{ n: string | number }>('SELECT count(*) AS n FROM protected_persons');
        if (Number(rows[0]?.n ?? 0) === 0) return new Map();
        type Group = { vectors: PersonVector[]; preference: Map<string, PersonPreference> };
        const byTenant = new Map<string, Group>();
        const loaded = await loadPersonEmbeddings(q, key());
        for (const p of loaded) {
          const t: Group = byTenant.get(p.tenantId) ?? { vectors: [], preference: new Map() };
          for (const v of p.vectors) t.vectors.push({ personId: p.id, vector: v });
          t.preference.set(p.id, p.preference);
          byTenant.set(p.tenantId, t);
        }
        const stale = loaded.stale ?? new Map<string, number>();
        for (const tenant of stale.keys()) if (!byTenant.has(tenant)) byTenant.set(tenant, { vectors: [], preference: new Map() });
        return new Map([...byTenant].map(([tenant, t]) => [tenant, { index: new PersonIndex(t.vectors, options.index), preference: t.preference, staleEnrolments: stale.get(tenant) ?? 0 }]));
      },
      options.pollMs,
    );
  }

  async forTenant(tenantId: string): Promise<TenantPersons | undefined> {
    return (await this.cache.get()).get(tenantId);
  }

  /** The ids among these that are still enrolled (erasure is effective before any reload). */
  async stillEnrolled(q: Queryable, tenantId: string, ids: readonly string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const { rows } = await q.query<{ id: string }>('SELECT id FROM protected_persons WHERE tenant_id = $1 AND id = ANY($2::uuid[])', [tenantId, [...ids]]);
    return new Set(rows.map((r) => r.id));
  }

  invalidate(): void {
    this.cache.invalidate();
  }

  get database(): Database {
    return this.db;
  }

  close(): Promise<void> {
    return this.cache.close();
  }
}

export interface ProtectedPersonDetectorOptions {
  analyzer: ImageAnalyzer;
  /** The registry, or how to get it (opened on first use). */
  registry: PersonRegistry | (() => Promise<PersonRegistry>);
  /** Cosine similarity from which a face is taken for an enrolled person (default: the edit comparison's). */
  threshold?: number;
}

/**
 * The `protected-person` detector: matches every face of the images (an edit's input and output)
 * against the tenant's enrolled persons. A match is a `protected_person` signal with the similarity
 * as evidence; for a person who asked for no edits at all, an edit or output also gives
 * `protected_no_edits`. A tenant with no enrolled person costs nothing: no image is analysed.
 */
export interface ProtectedPersonDetector extends Detector {
  /**
   * What this detector will ask the analyzer for on an image subject of this tenant: embeddings when
   * the tenant has enrolled persons, nothing otherwise (no analysis at all). The image detector asks
   * for the same, so that one analysis serves both through the cached analyzer instead of a scan and
   * then a second, full analysis with embeddings (BENCHMARKS.md, "Image analysis speed, third pass").
   */
  imageExtras(tenantId: string): Promise<Pick<AnalyzeOptions, 'embeddings'>>;
}

export function createProtectedPersonDetector(options: ProtectedPersonDetectorOptions): ProtectedPersonDetector {
  const threshold = options.threshold ?? SAME_PERSON_SIMILARITY;
  return {
    async imageExtras(tenantId) {
      const registry = typeof options.registry === 'function' ? await options.registry() : options.registry;
      const persons = await registry.forTenant(tenantId);
      return persons && persons.index.size > 0 ? { embeddings: true } : {};
    },
    name: PROTECTED_PERSON_DETECTOR,
    accepts: ['image', 'edit'],
    async detect(subject: Subject, context: DetectOptions = {}): Promise<DetectorOutput> {
      const tenantId = context.tenantId ?? 'default';
      const registry = typeof options.registry === 'function' ? await options.registry() : options.registry;
      const persons = await registry.forTenant(tenantId);
      if (!persons) return { signals: [], details: { faces: [] } };
      // Persons enrolled with an older face model are never compared with today's embeddings; say so.
      const stale =
        persons.staleEnrolments > 0
          ? {
              staleEnrolments: persons.staleEnrolments,
              staleNote: `${persons.staleEnrolments} protected person(s) of this tenant were enrolled with an older face model (not ${FACE_EMBEDDING_MODEL}) and are not recognised until re-enrolled from photos (code reenrolment_required).`,
            }
          : {};
      if (persons.index.size === 0) return { signals: [], details: { faces: [], ...stale } };
      const editing = subject.kind === 'edit' || context.request === 'edit' || context.request === 'output';
      const images: Array<[ImageSubject, FaceMatchDetail['role'], object]> =
        subject.kind === 'edit'
          ? [
              [subject.before, 'input', { embeddings: true, regions: true }],
              [subject.after, 'output', { embeddings: true, regions: true }],
            ]
          : subject.kind === 'image'
            ? [[subject, context.request === 'output' ? 'output' : 'input', { embeddings: true }]]
            : [];
      const faces: Array<FaceMatchDetail & { box: [number, number, number, number] }> = [];
      for (const [image, role, wanted] of images) {
        const label = image.label ?? role;
        const analysis = await options.analyzer.analyze(image.bytes, { ...wanted, label: image.label });
        for (const face of analysis.faces) {
          const best = face.embedding ? persons.index.search(face.embedding, threshold)[0] : undefined;
          faces.push({
            image: label,
            role,
            box: face.box,
            possibleMinor: face.possibleMinor,
            ...(best ? { match: { personId: best.personId, similarity: round(best.similarity), preference: persons.preference.get(best.personId)! } } : {}),
          });
        }
      }
      const matched = [...new Set(faces.flatMap((f) => (f.match ? [f.match.personId] : [])))];
      const live = await registry.stillEnrolled(registry.database, tenantId, matched);
      for (const f of faces) if (f.match && !live.has(f.match.personId)) delete f.match;
      const signals: Signal[] = [];
      for (const f of faces) {
        if (!f.match) continue;
        const { personId, similarity, preference } = f.match;
        const evidence = [{ kind: 'person' as const, personId, similarity, preference, box: f.box }];
        // At the threshold the score is 0.5 (the policies' default line), rising to 1 at identity.
        const score = round(Math.min(1, 0.5 + (0.5 * (similarity - threshold)) / Math.max(1e-6, 1 - threshold)));
        signals.push({
          detector: PROTECTED_PERSON_DETECTOR,
          category: 'protected_person',
          score,
          reason: `A face in ${f.image} matches enrolled protected person ${personId} (similarity ${similarity.toFixed(2)}), who asked for ${preference === 'no_edits' ? 'no edits' : 'no revealing edits'}.`,
          evidence,
        });
        if (preference === 'no_edits' && editing) {
          signals.push({
            detector: PROTECTED_PERSON_DETECTOR,
            category: 'protected_no_edits',
            score,
            reason: `Protected person ${personId} asked that no photo showing them be edited.`,
            evidence,
          });
        }
      }
      return { signals, details: { faces, ...stale } };
    },
  };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
