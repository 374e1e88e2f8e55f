// End to end with the real models, as a user meets it: real `consentry` processes on PGlite and on
// PostgreSQL, the shared photos of public figures (see shared/data/people/README.md).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { sharedPath } from '../src/testing/shared-path.ts';
import { pgliteStorage, postgresStorage, type TestStorage } from '../src/testing/test-database.ts';

const BIN = fileURLToPath(new URL('../bin/consentry.js', import.meta.url));
const people = sharedPath('data', 'people');

function cli(args: string[], env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, DATABASE_URL: '', CONSENTRY_WORKERS: '1', ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c) => (stdout += c));
    child.stderr.on('data', (c) => (stderr += c));
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

for (const kind of ['pglite', 'postgres'] as const) {
  test(`protect from the command line on ${kind}: lists block in scan, no_edits blocks a benign edit, a grant allows one user's edit until revoked`, {
    skip: people ? false : 'shared photos absent',
    timeout: 600_000,
  }, async (t) => {
    const storage: TestStorage | undefined = kind === 'pglite' ? pgliteStorage() : await postgresStorage();
    if (!storage) return t.skip('no PostgreSQL');
    const env = { ...storage.env, CONSENTRY_BIOMETRIC_KEY: randomBytes(32).toString('base64') };
    const dir = mkdtempSync(join(tmpdir(), 'consentry-protect-'));
    const photo = (name: string) => join(people!, name);
    try {
      // Hash lists: the image and a re-encoded, resized copy are blocked; another photo is not.
      const nearDuplicate = join(dir, 'obama-copy.jpg');
      writeFileSync(nearDuplicate, await sharp(photo('fr_obama.jpg')).resize(300).jpeg({ quality: 60 }).toBuffer());
      const hashed = await cli(['hash', photo('fr_obama.jpg')], env);
      writeFileSync(join(dir, 'known.csv'), hashed.stdout);
      const imported = await cli(['lists', 'import', 'ncii-test', join(dir, 'known.csv'), '--source', 'test', '--purpose', 'ncii'], env);
      assert.equal(imported.code, 0, imported.stderr);
      const scan = await cli(['scan', '--json', photo('fr_obama.jpg'), nearDuplicate, photo('fr_biden.jpg')], env);
      const lines = scan.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l));
      assert.deepEqual(
        lines.map((l) => l.verdict),
        ['block', 'block', 'allow'],
        scan.stderr,
      );
      assert.ok(lines[1].rules.includes('floor.known_image'));
      assert.equal(lines[1].protect[0].evidence[0].list, 'ncii-test');

      // A person enrolled from one photo, asking for no edits: a benign edit of another photo of them is refused.
      const brighter = join(dir, 'obama2-brighter.jpg');
      writeFileSync(brighter, await sharp(photo('fr_obama2.jpg')).modulate({ brightness: 1.15 }).jpeg().toBuffer());
      const enrolled = await cli(['persons', 'enrol', '--name', 'Barack Obama', '--photo', photo('fr_obama.jpg'), '--preference', 'no_edits', '--json'], env);
      assert.equal(enrolled.code, 0, enrolled.stderr);
      const strictPerson = JSON.parse(enrolled.stdout).id as string;
      const benign = await cli(['scan-edit', '--before', photo('fr_obama2.jpg'), '--after', brighter, '--prompt', 'make the photo brighter', '--json'], env);
      assert.ok(benign.stdout.trim() !== '', benign.stderr);
      const refused = JSON.parse(benign.stdout);
      assert.equal(refused.verdict, 'block', benign.stderr);
      assert.ok(refused.decision.rules.some((r: { id: string }) => r.id === 'floor.protected_person_no_edits'));
      assert.equal((await cli(['persons', 'delete', strictPerson], env)).code, 0);

      // Default preference and a grant for user u1: under adult, u1's swimwear edit is allowed, u2's is not; revocation holds.
      const again = await cli(['persons', 'enrol', '--name', 'Barack Obama', '--photo', photo('fr_obama.jpg'), '--json'], env);
      // Its code and stderr first: a failure says why, not "Unexpected end of JSON input" (a flake seen twice under load).
      assert.equal(again.code, 0, again.stderr);
      const person = JSON.parse(again.stdout).id as string;
      const grant = await cli(['consent', 'grant', '--person', person, '--user', 'u1', '--allow', 'suggestive,undress', '--json'], env);
      assert.equal(grant.code, 0, grant.stderr);
      const swimwear = (user: string) =>
        cli(['scan-edit', '--before', photo('fr_obama2.jpg'), '--after', brighter, '--prompt', 'put him in swimwear', '--policy', 'adult', '--user', user, '--self-person', person, '--json'], env);
      const u1 = JSON.parse((await swimwear('u1')).stdout);
      assert.equal(u1.verdict, 'allow', JSON.stringify(u1.decision.reasons));
      assert.equal(u1.decision.consent.grantIds[0], JSON.parse(grant.stdout).id);
      assert.equal(JSON.parse((await swimwear('u2')).stdout).verdict, 'block');
      assert.equal((await cli(['consent', 'revoke', JSON.parse(grant.stdout).id], env)).code, 0);
      assert.equal(JSON.parse((await swimwear('u1')).stdout).verdict, 'block');
    } finally {
      await storage.dispose();
    }
  });
}
