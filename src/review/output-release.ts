// Releasing an overturned output to the operator. The refused output's bytes exist only as kept
// evidence (AES-256-GCM, only with CONSENTRY_EVIDENCE_KEY); an overturn makes a one-time link,
// valid RELEASE_HOURS, that the operator fetches with an API key of the tenant. A webhook body
// never carries image bytes (they would sit in the receiver's request logs). A decision that
// involved a possible minor or a floor is never released.
import { randomBytes } from 'node:crypto';
import { ConsentryError, NotFoundError } from '../errors.ts';
import type { Queryable } from '../store/database.ts';
import { sha256Hex, type LogEntry } from '../store/decision-log.ts';

export const RELEASE_HOURS = 24;

/** What an overturn says about the output's bytes (in the console's answer and the webhook). */
export type ReleaseOutcome =
  | { status: 'available'; url: string; token: string; expiresAt: string; images: number }
  | { status: 'not_kept'; reason: string }
  | { status: 'withheld'; code: 'release_refused'; reason: string };

export class ReleaseRefusedError extends ConsentryError {
  constructor(reason: string) {
    super('release_refused', reason);
  }
}

/** Why this decision's output may never be released ('possible_minor' or 'floor', and words), or undefined. */
export function releaseRefusalOf(entry: LogEntry): { code: 'possible_minor' | 'floor'; message: string } | undefined {
  const minor = entry.decision.categories.some((c) => c.category === 'minor') || entry.signals.some((s) => s.category === 'minor' && s.score > 0);
  if (minor) return { code: 'possible_minor', message: 'The decision involved a possible minor: its output is never released.' };
  const floor = entry.decision.rules.find((r) => r.floor);
  if (floor) return { code: 'floor', message: `A floor (${floor.id}) fired on the decision: its output is never released.` };
  return undefined;
}

export function releaseRefusal(entry: LogEntry): string | undefined {
  return releaseRefusalOf(entry)?.message;
}

/**
 * Inside the overturn's transaction: what happens to an output decision's bytes, and the link when
 * they can be released. Not called for decisions that are not output checks (nothing was generated).
 */
export async function prepareRelease(tx: Queryable, entry: LogEntry, options: { tenantId: string; evidenceKept: boolean; now: Date }): Promise<ReleaseOutcome> {
  const refusal = releaseRefusal(entry);
  if (refusal) return { status: 'withheld', code: 'release_refused', reason: refusal };
  if (!options.evidenceKept) return { status: 'not_kept', reason: 'Evidence keeping is off (CONSENTRY_EVIDENCE_KEY is not set): the output image was not kept, so its bytes cannot be released.' };
  const { rows } = await tx.query<{ n: string | number }>("SELECT count(*) AS n FROM evidence WHERE decision_id = $1 AND tenant_id = $2 AND role = 'output'", [entry.id, options.tenantId]);
  const images = Number(rows[0]?.n ?? 0);
  if (images === 0) return { status: 'not_kept', reason: 'No output image was kept for this decision (it was checked while evidence keeping was off).' };
  const token = randomBytes(24).toString('base64url');
  const expiresAt = new Date(options.now.getTime() + RELEASE_HOURS * 3_600_000).toISOString();
  await tx.query('INSERT INTO output_releases (token_hash, tenant_id, decision_id, created_at, expires_at) VALUES ($1,$2,$3,$4,$5)', [
    sha256Hex(token),
    options.tenantId,
    entry.id,
    options.now.toISOString(),
    expiresAt,
  ]);
  return { status: 'available', url: `/v1/releases/${token}`, token, expiresAt, images };
}

/** Uses a release link once: the decision it releases, or `release_not_found` (unknown, expired, used, another tenant's). */
export async function claimRelease(tx: Queryable, token: string, tenantId: string, now: Date): Promise<string> {
  const { rows } = await tx.query<{ decision_id: string }>(
    'UPDATE output_releases SET fetched_at = $3 WHERE token_hash = $1 AND tenant_id = $2 AND fetched_at IS NULL AND expires_at > $3 RETURNING decision_id',
    [sha256Hex(String(token ?? '')), tenantId, now.toISOString()],
  );
  if (!rows[0]) throw new NotFoundError('This release link is unknown, has expired or was already used.', undefined, 'release_not_found');
  return rows[0].decision_id;
}
