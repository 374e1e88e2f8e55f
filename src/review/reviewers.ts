// Reviewer accounts and their console sessions. Passwords are hashed with scrypt (memory-hard);
// sessions are random tokens stored as sha256, each with its own CSRF token.
import { randomBytes, randomUUID, scrypt as scryptCallback, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { ConsentryError, InvalidInputError, UnauthorizedError } from '../errors.ts';
import { ensureTenant } from '../store/api-keys.ts';
import type { Queryable } from '../store/database.ts';
import { sha256Hex } from '../store/decision-log.ts';

export const REVIEWER_ROLES = ['reviewer', 'admin'] as const;
export type ReviewerRole = (typeof REVIEWER_ROLES)[number];

export interface Reviewer {
  id: string;
  tenantId: string;
  name: string;
  role: ReviewerRole;
  createdAt: string;
}

export interface ReviewSession {
  reviewer: Reviewer;
  csrfToken: string;
  tokenHash: string;
  expiresAt: string;
}

// OWASP's scrypt setting: N=2^17, r=8, p=1 (128 MiB, about a third of a second a hash).
const SCRYPT = { N: 2 ** 17, r: 8, p: 1, maxmem: 256 * 1024 * 1024 } as const;
const KEY_LENGTH = 32;
export const SESSION_HOURS = 8;
export const MIN_PASSWORD_LENGTH = 12;

function scrypt(password: string, salt: Buffer, params: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => scryptCallback(password.normalize('NFC'), salt, KEY_LENGTH, params, (error, key) => (error ? reject(error) : resolve(key))));
}

/** `scrypt$N$r$p$salt$hash` (base64url): the parameters travel with the hash, so they can be raised later. */
export async function hashPassword(password: string, params: { N: number; r: number; p: number } = SCRYPT): Promise<string> {
  const salt = randomBytes(16);
  const key = await scrypt(password, salt, { ...params, maxmem: SCRYPT.maxmem });
  return ['scrypt', params.N, params.r, params.p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [kind, n, r, p, salt, hash] = stored.split('$');
  if (kind !== 'scrypt' || !salt || !hash) return false;
  const key = await scrypt(password, Buffer.from(salt, 'base64url'), { N: Number(n), r: Number(r), p: Number(p), maxmem: SCRYPT.maxmem });
  const expected = Buffer.from(hash, 'base64url');
  return expected.length === key.length && timingSafeEqual(expected, key);
}

/** A reviewer name already taken. */
export class ReviewerExistsError extends ConsentryError {
  constructor(name: string) {
    super('reviewer_exists', `A reviewer named ${JSON.stringify(name)} already exists.`);
  }
}

/** Creates a reviewer (and the tenant if new). Names are unique across tenants, so sign-in needs only the name. */
export async function createReviewer(db: Queryable, options: { name: string; role: ReviewerRole; tenantId: string; password: string }): Promise<Reviewer> {
  const name = options.name?.trim();
  if (!name || name.length > 100 || !/^[\p{L}\p{N}._@-]+$/u.test(name)) throw new InvalidInputError('A reviewer name is 1-100 letters, digits, ".", "_", "@" or "-".', undefined, 'invalid_reviewer');
  if (!(REVIEWER_ROLES as readonly string[]).includes(options.role)) throw new InvalidInputError('--role must be reviewer or admin.', undefined, 'invalid_reviewer');
  if (typeof options.password !== 'string' || options.password.length < MIN_PASSWORD_LENGTH)
    throw new InvalidInputError(`A password has at least ${MIN_PASSWORD_LENGTH} characters.`, undefined, 'invalid_reviewer');
  await ensureTenant(db, options.tenantId);
  const id = randomUUID();
  const hash = await hashPassword(options.password);
  const { rows } = await db.query<{ created_at: Date | string }>(
    'INSERT INTO reviewers (id, tenant_id, name, role, password_hash) VALUES ($1,$2,$3,$4,$5) ON CONFLICT (name) DO NOTHING RETURNING created_at',
    [id, options.tenantId, name, options.role, hash],
  );
  if (!rows[0]) throw new ReviewerExistsError(name);
  return { id, tenantId: options.tenantId, name, role: options.role, createdAt: new Date(rows[0].created_at).toISOString() };
}

/** A new random password for `reviewers create` when none is given: 20 characters from base64url. */
export function generatePassword(): string {
  return randomBytes(15).toString('base64url');
}

// Checked against when the name is unknown, so an unknown name takes as long as a wrong password.
let dummyHash: Promise<string> | undefined;

/** Signs a reviewer in: a new session token (for the cookie) and its CSRF token. */
export async function signIn(db: Queryable, name: string, password: string, now = new Date()): Promise<{ token: string; session: ReviewSession }> {
  const { rows } = await db.query<{ id: string; tenant_id: string; name: string; role: ReviewerRole; password_hash: string; created_at: Date | string }>(
    'SELECT id, tenant_id, name, role, password_hash, created_at FROM reviewers WHERE name = $1 AND disabled_at IS NULL',
    [String(name ?? '').trim()],
  );
  const row = rows[0];
  const ok = await verifyPassword(String(password ?? ''), row?.password_hash ?? (await (dummyHash ??= hashPassword('not a password'))));
  if (!row || !ok) throw new UnauthorizedError('Wrong name or password.');
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  const tokenHash = sha256Hex(token);
  const expiresAt = new Date(now.getTime() + SESSION_HOURS * 3_600_000).toISOString();
  await db.query('INSERT INTO review_sessions (token_hash, reviewer_id, csrf_token, created_at, expires_at) VALUES ($1,$2,$3,$4,$5)', [tokenHash, row.id, csrfToken, now.toISOString(), expiresAt]);
  const reviewer: Reviewer = { id: row.id, tenantId: row.tenant_id, name: row.name, role: row.role, createdAt: new Date(row.created_at).toISOString() };
  return { token, session: { reviewer, csrfToken, tokenHash, expiresAt } };
}

/** The live session of a cookie token, or undefined (unknown, ended, expired, reviewer disabled). */
export async function findSession(db: Queryable, token: string | undefined, now = new Date()): Promise<ReviewSession | undefined> {
  if (!token || token.length > 100) return undefined;
  const { rows } = await db.query<{ token_hash: string; csrf_token: string; expires_at: Date | string; id: string; tenant_id: string; name: string; role: ReviewerRole; created_at: Date | string }>(
    `SELECT s.token_hash, s.csrf_token, s.expires_at, r.id, r.tenant_id, r.name, r.role, r.created_at
       FROM review_sessions s JOIN reviewers r ON r.id = s.reviewer_id
      WHERE s.token_hash = $1 AND s.ended_at IS NULL AND s.expires_at > $2 AND r.disabled_at IS NULL`,
    [sha256Hex(token), now.toISOString()],
  );
  const r = rows[0];
  if (!r) return undefined;
  return {
    reviewer: { id: r.id, tenantId: r.tenant_id, name: r.name, role: r.role, createdAt: new Date(r.created_at).toISOString() },
    csrfToken: r.csrf_token,
    tokenHash: r.token_hash,
    expiresAt: new Date(r.expires_at).toISOString(),
  };
}

export async function endSession(db: Queryable, session: ReviewSession): Promise<void> {
  await db.query('UPDATE review_sessions SET ended_at = now() WHERE token_hash = $1', [session.tokenHash]);
}

/** Constant-time comparison of a request's CSRF token with the session's. */
export function csrfMatches(session: ReviewSession, given: unknown): boolean {
  if (typeof given !== 'string' || given.length !== session.csrfToken.length) return false;
  return timingSafeEqual(Buffer.from(given), Buffer.from(session.csrfToken));
}
