// Verified consent: grants recorded by an operator for an enrolled person, checked against the
// faces actually in the request. A grant is read from the database on every request that needs
// it, so a revocation holds for the next request on every gateway.

import { randomUUID } from 'node:crypto';
import { InvalidInputError, NotFoundError } from '../errors.ts';
import type { DetectionResult } from '../types.ts';
import type { Database, Queryable } from '../store/database.ts';
import { isUuid } from '../store/decision-log.ts';
import { getPerson } from './persons.ts';
import { recordProtectChange } from './protect-events.ts';

export const CONSENT_CATEGORIES = ['suggestive', 'undress', 'sexual'] as const;
export type ConsentCategory = (typeof CONSENT_CATEGORIES)[number];

export interface ConsentGrant {
  id: string;
  tenantId: string;
  personId: string;
  /** Only this end user may make the edit; null: any user of the tenant. */
  endUser: string | null;
  categories: ConsentCategory[];
  until: string | null;
  createdAt: string;
  revokedAt: string | null;
}

export interface GrantOptions {
  tenantId: string;
  personId: string;
  endUser?: string;
  categories: readonly string[];
  until?: Date;
}

const END_USER = /^[\x21-\x7e]{1,256}$/;

/** Checks an end-user id as sent by a client (OpenAI's `user` field or a header). */
export function checkEndUser(value: unknown, name = 'user'): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value !== 'string' || !END_USER.test(value)) throw new InvalidInputError(`"${name}" must be 1-256 printable ASCII characters without spaces.`, undefined, 'invalid_input');
  return value;
}

export async function grantConsent(db: Database, options: GrantOptions): Promise<ConsentGrant> {
  const categories = [...new Set(options.categories)];
  if (categories.length === 0 || categories.some((c) => !(CONSENT_CATEGORIES as readonly string[]).includes(c))) {
    throw new InvalidInputError(`A grant allows one or more of ${CONSENT_CATEGORIES.join(', ')}.`, undefined, 'invalid_consent');
  }
  const endUser = checkEndUser(options.endUser);
  if (options.until !== undefined && (Number.isNaN(options.until.getTime()) || options.until.getTime() <= Date.now())) {
    throw new InvalidInputError('"until" must be a date in the future.', undefined, 'invalid_consent');
  }
  return db.transaction(async (tx) => {
    const person = await getPerson(tx, options.personId, { tenantId: options.tenantId });
    if (!person) throw new NotFoundError(`No enrolled person ${options.personId} in tenant "${options.tenantId}".`, undefined, 'person_not_found');
    if (person.needsReenrolment)
      throw new InvalidInputError(
        `Person ${person.id} was enrolled with an older face model (${person.embeddingModel}) and is not recognised until re-enrolled from photos; a grant for them could never be verified.`,
        { personId: person.id, embeddingModel: person.embeddingModel },
        'reenrolment_required',
      );
    const id = randomUUID();
    const { rows } = await tx.query<GrantRow>(`INSERT INTO consent_grants (id, tenant_id, person_id, end_user, categories, until) VALUES ($1,$2,$3,$4,$5::text[],$6) RETURNING ${GRANT_COLUMNS}`, [
      id,
      options.tenantId,
      person.id,
      endUser ?? null,
      categories,
      options.until?.toISOString() ?? null,
    ]);
    await recordProtectChange(tx, 'consent', {
      tenantId: options.tenantId,
      type: 'consent_granted',
      subjectId: id,
      details: { personId: person.id, endUser: endUser ?? null, categories, until: options.until?.toISOString() ?? null },
    });
    return toGrant(rows[0]!);
  });
}

export async function listGrants(db: Queryable, options: { tenantId?: string; personId?: string; includeRevoked?: boolean } = {}): Promise<ConsentGrant[]> {
  const where: string[] = [];
  const params: unknown[] = [];
  if (options.tenantId !== undefined) where.push(`tenant_id = $${params.push(options.tenantId)}`);
  if (options.personId !== undefined) {
    if (!isUuid(options.personId)) return [];
    where.push(`person_id = $${params.push(options.personId)}`);
  }
  if (!options.includeRevoked) where.push('revoked_at IS NULL');
  const { rows } = await db.query<GrantRow>(`SELECT ${GRANT_COLUMNS} FROM consent_grants ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY created_at, id`, params);
  return rows.map(toGrant);
}

/** Revokes a live grant at once (the next request anywhere reads the database); undefined when there is none. */
export async function revokeGrant(db: Database, id: string, options: { tenantId?: string } = {}): Promise<ConsentGrant | undefined> {
  if (!isUuid(id)) return undefined;
  return db.transaction(async (tx) => {
    const params: unknown[] = [id];
    const tenant = options.tenantId === undefined ? '' : ` AND tenant_id = $${params.push(options.tenantId)}`;
    const { rows } = await tx.query<GrantRow>(`UPDATE consent_grants SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL${tenant} RETURNING ${GRANT_COLUMNS}`, params);
    if (!rows[0]) return undefined;
    const grant = toGrant(rows[0]);
    await recordProtectChange(tx, 'consent', { tenantId: grant.tenantId, type: 'consent_revoked', subjectId: id, details: { personId: grant.personId } });
    return grant;
  });
}

/** Grants in force now for these persons and this end user (a grant without a user covers every user). */
export async function activeGrants(db: Queryable, tenantId: string, personIds: readonly string[], endUser: string | undefined): Promise<ConsentGrant[]> {
  if (personIds.length === 0) return [];
  const { rows } = await db.query<GrantRow>(
    `SELECT ${GRANT_COLUMNS} FROM consent_grants
     WHERE tenant_id = $1 AND person_id = ANY($2::uuid[]) AND revoked_at IS NULL AND (until IS NULL OR until > now())
       AND (end_user IS NULL OR end_user = $3)`,
    [tenantId, [...personIds], endUser ?? null],
  );
  return rows.map(toGrant);
}

/** What `decide()` receives when consent is verified. */
export interface VerifiedConsent {
  recordIds: string[];
  personIds: string[];
  /** The categories every face's grants cover. */
  categories: ConsentCategory[];
  matches: Array<{ personId: string; similarity: number }>;
}

/** One face the protected-person detector saw, as it records it in its details. */
export interface FaceMatchDetail {
  image: string;
  role: 'input' | 'output';
  possibleMinor: boolean;
  match?: { personId: string; similarity: number; preference: string };
}

export interface ConsentRequest {
  tenantId: string;
  endUser?: string;
  /** For a self-edit: the requesting user's own enrolled person id. */
  selfPersonId?: string;
}

/**
 * Verifies consent for a request from what the detectors found: every face in the input images
 * must match an enrolled person (the self-edit person when one is named) who has a grant in force
 * for this end user, and no face anywhere may be a possible minor. Returns the verified record, or
 * a reason why there is none (for the decision's explanation).
 */
export async function verifyConsent(db: Queryable, request: ConsentRequest, detection: DetectionResult): Promise<{ consent?: VerifiedConsent; reason?: string }> {
  const faces = facesFrom(detection);
  const inputs = faces.filter((f) => f.role === 'input');
  if (inputs.length === 0) return {};
  if (faces.some((f) => f.possibleMinor) || detection.signals.some((s) => s.category === 'minor')) return { reason: 'Consent cannot apply: a face may be a minor.' };
  const unmatched = inputs.filter((f) => !f.match);
  if (unmatched.length > 0) return { reason: `Consent cannot apply: ${unmatched.length} face(s) in the input match no enrolled person who could have given it.` };
  if (request.selfPersonId !== undefined && inputs.some((f) => f.match!.personId !== request.selfPersonId)) {
    return { reason: 'Consent cannot apply: a face in the input is not the self-edit person named in the request.' };
  }
  const personIds = [...new Set(inputs.map((f) => f.match!.personId))];
  const grants = await activeGrants(db, request.tenantId, personIds, request.endUser);
  const covered = personIds.map((p) => new Set(grants.filter((g) => g.personId === p).flatMap((g) => g.categories)));
  if (covered.some((c) => c.size === 0)) return { reason: 'No consent grant in force covers this person for this user.' };
  const categories = CONSENT_CATEGORIES.filter((c) => covered.every((set) => set.has(c)));
  const best = new Map<string, number>();
  for (const f of inputs) best.set(f.match!.personId, Math.max(best.get(f.match!.personId) ?? -1, f.match!.similarity));
  return {
    consent: {
      recordIds: grants.map((g) => g.id),
      personIds,
      categories,
      matches: [...best].map(([personId, similarity]) => ({ personId, similarity })),
    },
  };
}

function facesFrom(detection: DetectionResult): FaceMatchDetail[] {
  const out: FaceMatchDetail[] = [];
  for (const [key, value] of Object.entries(detection.details)) {
    if (!key.startsWith('protected-person')) continue;
    const faces = (value as { faces?: FaceMatchDetail[] } | undefined)?.faces;
    if (Array.isArray(faces)) out.push(...faces);
  }
  return out;
}

interface GrantRow {
  id: string;
  tenant_id: string;
  person_id: string;
  end_user: string | null;
  categories: ConsentCategory[] | string;
  until: Date | string | null;
  created_at: Date | string;
  revoked_at: Date | string | null;
}

const GRANT_COLUMNS = 'id, tenant_id, person_id, end_user, categories, until, created_at, revoked_at';

function toGrant(r: GrantRow): ConsentGrant {
  const categories = Array.isArray(r.categories) ? r.categories : (String(r.categories).replace(/[{}]/g, '').split(',').filter(Boolean) as ConsentCategory[]);
  const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());
  return {
    id: r.id,
    tenantId: r.tenant_id,
    personId: r.person_id,
    endUser: r.end_user,
    categories,
    until: iso(r.until),
    createdAt: new Date(r.created_at).toISOString(),
    revokedAt: iso(r.revoked_at),
  };
}
