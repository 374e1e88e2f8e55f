import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, it } from 'node:test';
import { sharedPath } from '../src/testing/shared-path.ts';
import { main } from './main.ts';

const people = sharedPath('data', 'people');

async function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  stdout.on('data', (c: Buffer) => out.push(c));
  stderr.on('data', (c: Buffer) => err.push(c));
  // Its own data folder: scan opens the database for hash lists and protected persons. A generous check time limit: these
  // tests are about the output, and on a loaded CI machine one analysis once ran past the default 15 s (exit 3, fail closed).
  const code = await main(args, {
    stdout,
    stderr,
    stdin: new PassThrough(),
    env: { CONSENTRY_WORKERS: '1', CONSENTRY_CHECK_TIMEOUT_MS: '120000', CONSENTRY_DATA_DIR: mkdtempSync(path.join(tmpdir(), 'consentry-scan-data-')) },
  });
  return { code, stdout: Buffer.concat(out).toString(), stderr: Buffer.concat(err).toString() };
}

describe('consentry scan', { skip: people ? false : 'shared photos absent (set CONSENTRY_SHARED)' }, () => {
  it('prints one JSON line per file, an error line for a bad file, and goes on', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'consentry-scan-'));
    const bad = path.join(dir, 'bad.jpg');
    writeFileSync(bad, 'this is text, not a JPEG');
    const good = path.join(people!, 'fr_two_people.jpg');
    const missing = path.join(dir, 'missing.png');
    const { code, stdout } = await run(['scan', '--json', bad, good, missing]);
    assert.equal(code, 1, 'a file failed');
    const lines = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    assert.equal(lines.length, 3);
    assert.equal(lines[0].file, bad);
    assert.equal(lines[0].error.code, 'invalid_image');
    assert.equal(lines[1].file, good);
    assert.equal(lines[1].faces.length, 2);
    for (const f of lines[1].faces) assert.ok(typeof f.age === 'number' && typeof f.gender === 'string' && typeof f.score === 'number');
    assert.equal(lines[1].nudity.level, 'none');
    assert.equal(lines[1].verdict, 'allow');
    assert.equal(lines[2].file, missing);
    assert.equal(lines[2].error.code, 'ENOENT');
  });

  it('scan-edit compares a benign edit, screens its prompt, and allows it', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'consentry-scan-edit-'));
    const before = path.join(people!, 'fr_obama2.jpg');
    const after = path.join(dir, 'brighter.jpg');
    const sharp = (await import('sharp')).default;
    writeFileSync(after, await sharp(before).modulate({ brightness: 1.2 }).jpeg().toBuffer());
    const { code, stdout } = await run(['scan-edit', '--before', before, '--after', after, '--prompt', 'make the photo brighter', '--json']);
    assert.equal(code, 0);
    const result = JSON.parse(stdout);
    assert.equal(result.undressingEdit, false);
    assert.equal(result.comparison.people.length, 1);
    assert.equal(result.verdict, 'allow', JSON.stringify(result.decision.reasons));
    assert.ok(
      result.decision.categories.some((c: { detectors: string[] }) => c.detectors.includes('prompt-screener')),
      'the prompt was screened',
    );
    assert.equal(result.before.faces[0].embedding, undefined, 'no biometric vectors in the output');
  });

  it('answers usage errors with exit code 2', async () => {
    assert.equal((await run(['scan'])).code, 2);
    assert.equal((await run(['scan-edit', '--before', 'a.jpg'])).code, 2);
  });
});
