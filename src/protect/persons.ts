// Protected persons: face embeddings only (AES-256-GCM at rest, key from the environment), never
// the photos; a preference; erasure that removes the embeddings at once and logs only that it happened.

import { createCipheriv, createDecipheriv, randomBytes, randomUUID } from 'node:crypto';
import { ConfigError, InvalidInputError } from '../errors.ts';
import type { ImageAnalyzer } from '../image/analysis-types.ts';
import { FACE_EMBEDDING_MODEL } from '../image/face-embedding.ts';
import { ensureTenant } from '../store/api-keys.ts';
import type { Database, Queryable } from '../store/database.ts';
import { isUuid } from '../store/decision-log.ts';
import { normalised } from './person-index.ts';
import { recordProtectChange } from './protect-events.ts';

export const PERSON_PREFERENCES = ['no_edits', 'no_revealing_edits'] as const;
/** `no_edits`: no edit of any photo showing them. `no_revealing_edits` (default): nothing that undresses or sexualises them. */
export type PersonPreference = (typeof PERSON_PREFERENCES)[number];

export const MAX_ENROL_PHOTOS = 5;

export interface PersonRecord {
  id: string;
  tenantId: string;
  name: string;
  preference: PersonPreference;
  embeddings: number;
  /** The pipeline that made the stored embeddings (FACE_EMBEDDING_MODEL when current). */
  embeddingModel: string;
  /**
   * The embeddings come from an older face model: they are never compared with today's faces, so
   * this person is not recognised until re-enrolled from photos (delete, then enrol again).
   */
  needsReenrolment: boolean;
  createdAt: string;
}

/** A person's decrypted embeddings, as a gateway holds them in memory. */
export interface PersonEmbeddings {
  id: string;
  tenantId: string;
  preference: PersonPreference;
  vectors: Float32Array[];
}

/** The biometric key from its base64 form (`CONSENTRY_BIOMETRIC_KEY`, 32 bytes); refuses a missing or bad one. */
export function biometricKey(base64: string | undefined): Buffer {
  if (!base64) throw new ConfigError('Protected persons need CONSENTRY_BIOMETRIC_KEY (32 bytes, base64): face embeddings are only stored encrypted.');
  const key = Buffer.from(base64, 'base64');
  if (key.length !== 32) throw new ConfigError('CONSENTRY_BIOMETRIC_KEY must be 32 bytes, base64-encoded.');
  return key;
}

/**
 * The associated data the embeddings are sealed with: the person id and the embedding model, so a
 * row whose model column was altered no longer decrypts. Rows sealed before the model was recorded
 * (the legacy model) were bound to the person id alone; they are never opened for matching.
 */
function associatedData(personId: string, model: string): Buffer {
  return Buffer.from(`${personId}\n${model}`);
}

/** Float32 embeddings, concatenated, sealed with AES-256-GCM under a fresh IV; the person id and model are bound as associated data. */
export function sealEmbeddings(vectors: readonly Float32Array[], key: Buffer, personId: string, model = FACE_EMBEDDING_MODEL): { iv: Buffer; tag: Buffer; ciphertext: Buffer } {
  const dim = vectors[0]!.length;
  const plain = Buffer.alloc(4 + vectors.length * dim * 4);
  plain.writeUInt32LE(dim, 0);
  vectors.forEach((v, i) => Buffer.from(v.buffer, v.byteOffset, v.byteLength).copy(plain, 4 + i * dim * 4));
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(associatedData(personId, model));
  const ciphertext = Buffer.concat([cipher.update(plain), cipher.final()]);
  plain.fill(0);
  return { iv, tag: cipher.getAuthTag(), ciphertext };
}

export function openEmbeddings(sealed: { iv: Uint8Array; tag: Uint8Array; ciphertext: Uint8Array }, key: Buffer, personId: string, model = FACE_EMBEDDING_MODEL): Float32Array[] {
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(sealed.iv));
  decipher.setAAD(associatedData(personId, model));
  decipher.setAuthTag(Buffer.from(sealed.tag));
  let plain: Buffer;
  try {
    plain = Buffer.concat([decipher.update(Buffer.from(sealed.ciphertext)), decipher.final()]);
  } catch {
    throw new ConfigError(`Cannot decrypt the embeddings of person ${personId}: CONSENTRY_BIOMETRIC_KEY is not the key they were stored with (or the row was altered).`);
  }
  const dim = plain.readUInt32LE(0);
  const count = (plain.length - 4) / (dim * 4);
  const out: Float32Array[] = [];
  for (let i = 0; i < count; i++) out.push(new Float32Array(plain.buffer.slice(plain.byteOffset + 4 + i * dim * 4, plain.byteOffset + 4 + (i + 1) * dim * 4)));
  plain.fill(0);
  return out;
}

/**
 * Face embeddings from enrolment photos: each photo must show exactly one face. The photos are
 * analysed in memory and dropped; only the embeddings come back.
 */
export async function embeddingsFromPhotos(analyzer: ImageAnalyzer, photos: readonly Uint8Array[]): Promise<Float32Array[]> {
  if (photos.length < 1 || photos.length > MAX_ENROL_PHOTOS) throw new InvalidInputError(`Enrol from 1-${MAX_ENROL_PHOTOS} photos; got ${photos.length}.`, undefined, 'invalid_enrolment');
  const out: Float32Array[] = [];
  for (const [i, photo] of photos.entries()) {
    const analysis = await analyzer.analyze(photo, { embeddings: true, label: `photo ${i + 1}` });
    const faces = analysis.faces.filter((f) => f.embedding && f.embedding.length > 0);
    if (faces.length !== 1) {
      throw new InvalidInputError(`Photo ${i + 1} shows ${faces.length} faces; an enrolment photo must show exactly one (the person's).`, { photo: i + 1, faces: faces.length }, 'invalid_enrolment');
    }
    out.push(normalised(faces[0]!.embedding!));
  }
  return out;
}

export interface EnrolOptions {
  tenantId: string;
  name: string;
  preference?: PersonPreference;
  embeddings: readonly Float32Array[];
  /** The pipeline that made the embeddings; only today's (FACE_EMBEDDING_MODEL) is accepted. */
  embeddingModel?: string;
  key: Buffer;
}

/** Stores a person (encrypted embeddings) and records the enrolment; every gateway reloads. */
export async function enrolPerson(db: Database, options: EnrolOptions): Promise<PersonRecord> {
  const preference = options.preference ?? 'no_revealing_edits';
  if (!(PERSON_PREFERENCES as readonly string[]).includes(preference)) throw new InvalidInputError(`preference must be one of ${PERSON_PREFERENCES.join(', ')}.`, undefined, 'invalid_enrolment');
  if (typeof options.name !== 'string' || options.name.trim().length === 0 || options.name.length > 200)
    throw new InvalidInputError('A person needs a name of 1-200 characters.', undefined, 'invalid_enrolment');
  const n = options.embeddings.length;
  if (n < 1 || n > MAX_ENROL_PHOTOS) throw new InvalidInputError(`A person has 1-${MAX_ENROL_PHOTOS} embeddings; got ${n}.`, undefined, 'invalid_enrolment');
  const dim = options.embeddings[0]!.length;
  if (dim < 16 || dim > 4096 || options.embeddings.some((v) => v.length !== dim || !v.every(Number.isFinite)))
    throw new InvalidInputError('Embeddings must be finite vectors of one length (16-4096).', undefined, 'invalid_enrolment');
  const model = options.embeddingModel ?? FACE_EMBEDDING_MODEL;
  if (model !== FACE_EMBEDDING_MODEL)
    throw new InvalidInputError(
      `These embeddings come from face model "${model}"; this version matches only "${FACE_EMBEDDING_MODEL}". Enrol from photos again.`,
      { embeddingModel: model, expected: FACE_EMBEDDING_MODEL },
      'embedding_model_mismatch',
    );
  const id = randomUUID();
  const sealed = sealEmbeddings(options.embeddings.map(normalised), options.key, id, model);
  return db.transaction(async (tx) => {
    await ensureTenant(tx, options.tenantId);
    const { rows } = await tx.query<PersonRow>(
      `INSERT INTO protected_persons (id, tenant_id, name, preference, embedding_count, embedding_model, iv, tag, ciphertext) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9) RETURNING ${PERSON_COLUMNS}`,
      [id, options.tenantId, options.name.trim(), preference, n, model, sealed.iv, sealed.tag, sealed.ciphertext],
    );
    await recordProtectChange(tx, 'persons', { tenantId: options.tenantId, type: 'person_enrolled', subjectId: id, details: { preference, embeddings: n } });
    return toPerson(rows[0]!);
  });
}

export async function listPersons(db: Queryable, options: { tenantId?: string } = {}): Promise<PersonRecord[]> {
  const params: unknown[] = [];
  const where = options.tenantId === undefined ? '' : `WHERE tenant_id = $${params.push(options.tenantId)}`;
  const { rows } = await db.query<PersonRow>(`SELECT ${PERSON_COLUMNS} FROM protected_persons ${where} ORDER BY created_at, id`, params);
  return rows.map(toPerson);
}

export async function getPerson(db: Queryable, id: string, options: { tenantId?: string } = {}): Promise<PersonRecord | undefined> {
  if (!isUuid(id)) return undefined;
  const params: unknown[] = [id];
  const tenant = options.tenantId === undefined ? '' : ` AND tenant_id = $${params.push(options.tenantId)}`;
  const { rows } = await db.query<PersonRow>(`SELECT ${PERSON_COLUMNS} FROM protected_persons WHERE id = $1${tenant}`, params);
  return rows[0] && toPerson(rows[0]);
}

/**
 * Erases a person: the row with its embeddings and the person's consent grants go in one
 * transaction, and every gateway drops them from memory (NOTIFY). The event log keeps that it
 * happened (id, time, how many embeddings), never the embeddings or the name.
 */
export async function deletePerson(db: Database, id: string, options: { tenantId?: string } = {}): Promise<PersonRecord | undefined> {
  if (!isUuid(id)) return undefined;
  return db.transaction(async (tx) => {
    const params: unknown[] = [id];
    const tenant = options.tenantId === undefined ? '' : ` AND tenant_id = $${params.push(options.tenantId)}`;
    const { rows } = await tx.query<PersonRow>(`DELETE FROM protected_persons WHERE id = $1${tenant} RETURNING ${PERSON_COLUMNS}`, params);
    if (!rows[0]) return undefined;
    const person = toPerson(rows[0]);
    await recordProtectChange(tx, 'persons', { tenantId: person.tenantId, type: 'person_erased', subjectId: id, details: { embeddings: person.embeddings } });
    return person;
  });
}

/**
 * Every person's decrypted embeddings of today's face model (the gateway's in-memory copy). Rows
 * of another model are not decrypted nor compared: they are counted per tenant in `stale`.
 */
export async function loadPersonEmbeddings(db: Queryable, key: Buffer): Promise<PersonEmbeddings[] & { stale?: Map<string, number> }> {
  const { rows } = await db.query<{ id: string; tenant_id: string; preference: PersonPreference; embedding_model: string; iv: Uint8Array; tag: Uint8Array; ciphertext: Uint8Array }>(
    'SELECT id, tenant_id, preference, embedding_model, iv, tag, ciphertext FROM protected_persons ORDER BY tenant_id, id',
  );
  const stale = new Map<string, number>();
  const out: PersonEmbeddings[] & { stale?: Map<string, number> } = [];
  for (const r of rows) {
    if (r.embedding_model !== FACE_EMBEDDING_MODEL) stale.set(r.tenant_id, (stale.get(r.tenant_id) ?? 0) + 1);
    else out.push({ id: r.id, tenantId: r.tenant_id, preference: r.preference, vectors: openEmbeddings(r, key, r.id, r.embedding_model) });
  }
  out.stale = stale;
  return out;
}

/** How many persons a tenant has enrolled, per tenant (cheap: no decryption). */
export async function countPersons(db: Queryable): Promise<number> {
  const { rows } = await db.query<{ n: string | number }>('SELECT count(*) AS n FROM protected_persons');
  return Number(rows[0]?.n ?? 0);
}

interface PersonRow {
  id: string;
  tenant_id: string;
  name: string;
  preference: PersonPreference;
  embedding_count: number;
  embedding_model: string;
  created_at: Date | string;
}

const PERSON_COLUMNS = 'id, tenant_id, name, preference, embedding_count, embedding_model, created_at';

function toPerson(r: PersonRow): PersonRecord {
  return {
    id: r.id,
    tenantId: r.tenant_id,
    name: r.name,
    preference: r.preference,
    embeddings: r.embedding_count,
    embeddingModel: r.embedding_model,
    needsReenrolment: r.embedding_model !== FACE_EMBEDDING_MODEL,
    createdAt: new Date(r.created_at).toISOString(),
  };
}
