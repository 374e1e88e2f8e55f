// Stored embeddings carry the face model that made them: rows of an older model are never compared
// with today's embeddings, and are reported as needing re-enrolment (issue 13).
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes, randomUUID, createCipheriv } from 'node:crypto';
import { FACE_EMBEDDING_MODEL, LEGACY_FACE_EMBEDDING_MODEL } from '../image/face-embedding.ts';
import { ensureTenant } from '../store/api-keys.ts';
import type { Database } from '../store/database.ts';
import { pgliteStorage, postgresStorage, type TestStorage } from '../testing/test-database.ts';
import { identity } from '../testing/face-table-analyzer.ts';
import { grantConsent } from './consent.ts';
import { PersonRegistry } from './protected-person-detector.ts';
import { enrolPerson, listPersons, loadPersonEmbeddings, openEmbeddings, sealEmbeddings } from './persons.ts';

const key = randomBytes(32);

/** A row as stored before the model was recorded: sealed with the person id alone, no model column given. */
async function insertLegacyRow(db: Database, tenantId: string): Promise<string> {
  const id = randomUUID();
  const v = identity(3);
  const plain = Buffer.alloc(4 + v.length * 4);
  plain.writeUInt32LE(v.length, 0);
  Buffer.from(v.buffer).copy(plain, 4);
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(id));
  const ciphertext = Buffer.concat([cipher.update(plain), cipher.final()]);
  // The migration's marking of existing rows, written as the migration left them.
  await db.query('INSERT INTO protected_persons (id, tenant_id, name, preference, embedding_count, embedding_model, iv, tag, ciphertext) VALUES ($1,$2,$3,$4,1,$5,$6,$7,$8)', [
    id,
    tenantId,
    'Old',
    'no_revealing_edits',
    LEGACY_FACE_EMBEDDING_MODEL,
    iv,
    cipher.getAuthTag(),
    ciphertext,
  ]);
  return id;
}

for (const kind of ['pglite', 'postgres'] as const) {
  describe(`embedding model of enrolled persons on ${kind}`, () => {
    let storage: TestStorage | undefined;
    let db: Database;
    before(async () => {
      storage = kind === 'pglite' ? pgliteStorage() : await postgresStorage();
      if (!storage) return;
      db = await storage.open();
      await ensureTenant(db, 'default');
    });
    after(async () => {
      await db?.close();
      await storage?.dispose();
    });

    test('the migration marks rows stored before it with the old model; new rows carry today’s', async (t) => {
      if (!storage) return t.skip();
      const { rows } = await db.query<{ column_default: string | null; is_nullable: string }>(
        "SELECT column_default, is_nullable FROM information_schema.columns WHERE table_name = 'protected_persons' AND column_name = 'embedding_model'",
      );
      assert.equal(rows[0]?.is_nullable, 'NO');
      assert.equal(rows[0]?.column_default, null, 'every insert must name its model');
      const person = await enrolPerson(db, { tenantId: 'default', name: 'New', embeddings: [identity(1)], key });
      assert.equal(person.embeddingModel, FACE_EMBEDDING_MODEL);
      assert.equal(person.needsReenrolment, false);
    });

    test('an old-model person is listed as needing re-enrolment, never loaded for matching, and refused a grant', async (t) => {
      if (!storage) return t.skip();
      const oldId = await insertLegacyRow(db, 'default');
      const listed = (await listPersons(db)).find((p) => p.id === oldId)!;
      assert.equal(listed.needsReenrolment, true);
      assert.equal(listed.embeddingModel, LEGACY_FACE_EMBEDDING_MODEL);
      const loaded = await loadPersonEmbeddings(db, key);
      assert.ok(!loaded.some((p) => p.id === oldId), 'old embeddings are not compared');
      assert.ok(loaded.length >= 1, "today's persons are still loaded");
      assert.equal(loaded.stale?.get('default'), 1);
      const registry = new PersonRegistry(db, () => key, { pollMs: 60_000 });
      try {
        const tenant = await registry.forTenant('default');
        assert.equal(tenant?.staleEnrolments, 1);
      } finally {
        await registry.close();
      }
      await assert.rejects(grantConsent(db, { tenantId: 'default', personId: oldId, categories: ['suggestive'] }), (e: Error & { code?: string }) => e.code === 'reenrolment_required');
    });

    test('embeddings of another model are refused at enrolment', async (t) => {
      if (!storage) return t.skip();
      await assert.rejects(
        enrolPerson(db, { tenantId: 'default', name: 'X', embeddings: [identity(2)], embeddingModel: LEGACY_FACE_EMBEDDING_MODEL, key }),
        (e: Error & { code?: string }) => e.code === 'embedding_model_mismatch',
      );
    });
  });
}

test('the model is bound to the sealed embeddings: opened under another model id, they do not decrypt', () => {
  const v = identity(4);
  const sealed = sealEmbeddings([v], key, 'p1');
  assert.deepEqual(Array.from(openEmbeddings(sealed, key, 'p1')[0]!), Array.from(v));
  assert.throws(() => openEmbeddings(sealed, key, 'p1', LEGACY_FACE_EMBEDDING_MODEL), /Cannot decrypt/);
});
