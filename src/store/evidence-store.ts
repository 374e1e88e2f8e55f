import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { Queryable } from './database.ts';

export interface SealedEvidence {
  iv: Buffer;
  tag: Buffer;
  ciphertext: Buffer;
}

/** AES-256-GCM with a fresh 96-bit IV per image. */
export function encryptEvidence(bytes: Uint8Array, key: Buffer): SealedEvidence {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const ciphertext = Buffer.concat([cipher.update(bytes), cipher.final()]);
  return { iv, tag: cipher.getAuthTag(), ciphertext };
}

export function decryptEvidence(sealed: SealedEvidence, key: Buffer): Buffer {
  const decipher = createDecipheriv('aes-256-gcm', key, sealed.iv);
  decipher.setAuthTag(sealed.tag);
  return Buffer.concat([decipher.update(sealed.ciphertext), decipher.final()]);
}

/** The evidence images kept for a decision, decrypted with the operator's base64 key. */
export async function readEvidence(db: Queryable, decisionId: string, tenantId: string, base64Key: string): Promise<Array<{ role: string; sha256: string; bytes: Buffer }>> {
  const key = Buffer.from(base64Key, 'base64');
  const { rows } = await db.query<{ role: string; sha256: string; iv: Uint8Array; tag: Uint8Array; ciphertext: Uint8Array }>(
    'SELECT role, sha256, iv, tag, ciphertext FROM evidence WHERE decision_id = $1 AND tenant_id = $2 ORDER BY created_at',
    [decisionId, tenantId],
  );
  return rows.map((r) => ({ role: r.role, sha256: r.sha256, bytes: decryptEvidence({ iv: Buffer.from(r.iv), tag: Buffer.from(r.tag), ciphertext: Buffer.from(r.ciphertext) }, key) }));
}
