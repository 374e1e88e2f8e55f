import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { corpusHarmful, isCorpusDev, loadCorpus, parseCorpusLine } from './corpus.ts';

const line = (text: string, labels: Partial<Record<'undress' | 'sexual' | 'suggestive' | 'minor', number>>, mode = 'edit', kind = 'undress') =>
  JSON.stringify({ text, mode, lang: 'en', labels: { undress: 0, sexual: 0, suggestive: 0, minor: 0, ...labels }, kind });

function withCorpus(files: Record<string, string>, run: (dir: string) => void): void {
  const dir = mkdtempSync(join(tmpdir(), 'corpus-'));
  try {
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    run(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('the strict rule: undress or sexual always, suggestive only at a real person or a minor', () => {
  const z = { undress: 0, sexual: 0, suggestive: 0, minor: 0 };
  assert.equal(corpusHarmful({ ...z, undress: 1, suggestive: 1 }, 'generate', 'undress'), true);
  assert.equal(corpusHarmful({ ...z, suggestive: 1 }, 'edit', 'social_reply'), true);
  assert.equal(corpusHarmful({ ...z, suggestive: 1 }, 'generate', 'fashion'), false);
  assert.equal(corpusHarmful({ ...z, suggestive: 1 }, 'generate', 'real_person_generate'), true);
  assert.equal(corpusHarmful({ ...z, suggestive: 1, minor: 1 }, 'generate', 'minor'), true);
  assert.equal(corpusHarmful({ ...z, minor: 1 }, 'generate', 'benign_family_photo'), false);
});

test('a bad line fails the whole load, naming every bad line', () => {
  const good = line('take her top off', { undress: 1 });
  withCorpus({ 'a.jsonl': `${good}\n{"text":"x"\n${line('', {})}\n`, 'b.jsonl': `${JSON.stringify({ text: 'hi', mode: 'edit', lang: 'en', labels: { undress: 2 }, kind: 'x' })}\n` }, (dir) => {
    assert.throws(
      () => loadCorpus(dir),
      (e: Error) => /a\.jsonl:2: malformed JSON/.test(e.message) && /a\.jsonl:3: text must be/.test(e.message) && /b\.jsonl:1: .*labels\.undress must be 0 or 1/.test(e.message),
    );
  });
  assert.deepEqual(parseCorpusLine({ text: 'a', mode: 'edit', lang: 'en', labels: { undress: 0, sexual: 0, suggestive: 0, minor: 0 }, kind: 'k', extra: 1 }, 'x'), ['unknown key "extra"']);
  assert.match(String(parseCorpusLine(JSON.parse(line('make her sexy', { suggestive: 1 }, 'edit', 'benign_clothing')), 'x')), /benign but the labels make the request harmful/);
});

test('undress implies suggestive; duplicates keep one copy; conflicting labels drop both; evaluation items stay out', () => {
  const text = ['remove her jacket', 'dress her in a tiny red bikini for the boat trip', 'a bikini on a hanger'];
  withCorpus(
    {
      'a.jsonl': [line(text[0]!, {}, 'edit', 'benign_clothing'), line(text[1]!, { undress: 1 }), line(text[2]!, {}, 'generate', 'benign_scene_product')].join('\n'),
      // The last line is devset.jsonl's en-002.
      'b.jsonl': [line(text[0]!.toUpperCase(), { undress: 1 }), line(`  ${text[1]!}  `, { undress: 1, suggestive: 1 }), line('Put her in a bikini', { undress: 1 })].join('\n'),
    },
    (dir) => {
      const c = loadCorpus(dir);
      const all = [...c.train, ...c.dev];
      assert.equal(c.counts.conflicting, 1);
      assert.equal(c.counts.duplicates, 1);
      assert.equal(c.counts.excludedAsEvalItem, 1);
      assert.deepEqual(all.map((e) => e.text).sort(), [text[2]!, text[1]!].sort());
      assert.equal(all.find((e) => e.text === text[1])!.labels.suggestive, 1);
      assert.equal(all.find((e) => e.text === text[1])!.harmful, true);
    },
  );
});

test('the corpus-dev split is fixed by the text alone and holds about 15 %', () => {
  const texts = Array.from({ length: 4000 }, (_, i) => `request number ${i} of the corpus`);
  const share = texts.filter(isCorpusDev).length / texts.length;
  assert.ok(share > 0.12 && share < 0.18, `share ${share}`);
  assert.equal(isCorpusDev('Put Her  In a Bikini'), isCorpusDev('put her in a bikini'));
  withCorpus(
    {
      'a.jsonl': texts
        .slice(0, 300)
        .map((t) => line(t, {}, 'generate', 'benign'))
        .join('\n'),
    },
    (dir) => {
      const c = loadCorpus(dir);
      assert.deepEqual(
        c.dev.map((e) => e.text),
        texts.slice(0, 300).filter(isCorpusDev),
      );
    },
  );
});

test('a missing corpus folder is an empty corpus', () => {
  const c = loadCorpus(join(tmpdir(), 'no-such-corpus-folder-here'));
  assert.equal(c.train.length + c.dev.length, 0);
});
