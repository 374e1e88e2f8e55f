import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { ConfigError, InvalidInputError } from '../errors.ts';
import { detectHashListFormat, formatHashList, parseHashList, type HashListEntry } from './hash-list.ts';
import { FileHashListStore, MemoryHashListStore, importHashList, readHashListFile } from './list-store.ts';

const A = 'd8f8f0cce0f4a84f0e370a22028f67f0b36e2ed596623e1d33e6b39c4e9c9b22';
const B = 'e64cc9d91e623842f8d1f1d9a398e78c9f199a3bd87924f2b7e11e0bf061b064';
const NOW = new Date('2026-11-22T12:00:00Z');

function refusal(lines: number[]) {
  return (e: unknown) => {
    assert.ok(e instanceof InvalidInputError, String(e));
    assert.equal(e.code, 'invalid_hash_list');
    assert.deepEqual(
      (e.details!.errors as { line: number }[]).map((x) => x.line),
      lines,
    );
    return true;
  };
}

describe('parseHashList', () => {
  it('reads ThreatExchange-style PDQ text: hash, hash+quality, hash,quality,id; skips blanks and comments', () => {
    const text = `# exported list\n${A}\n\n${B} 90\n${A.toUpperCase().replace('D8', 'D9')},100,case-17\n`;
    const entries = parseHashList(text, { format: 'pdq', now: NOW });
    assert.deepEqual(entries, [
      { id: A, pdq: A, addedAt: NOW.toISOString() },
      { id: B, pdq: B, quality: 90, addedAt: NOW.toISOString() },
      { id: 'case-17', pdq: A.replace('d8', 'd9'), quality: 100, addedAt: NOW.toISOString() },
    ]);
  });

  it('reads CSV with a header in any column order, with quoted fields', () => {
    const text = `id,quality,note,pdq_hex,date_added\n"a,1",80,"said ""hi""",${A},2025-01-02\nb,,,${B},\n`;
    const entries = parseHashList(text, { now: NOW });
    assert.equal(entries.length, 2);
    assert.deepEqual(entries[0], { id: 'a,1', pdq: A, quality: 80, addedAt: '2025-01-02T00:00:00.000Z' });
    assert.deepEqual(entries[1], { id: 'b', pdq: B, addedAt: NOW.toISOString() });
  });

  it('reads JSON lines', () => {
    const text = `{"pdq":"${A}","quality":100,"id":"x"}\n{"hash":"${B}","addedAt":"2024-05-06T07:08:09Z","md5":"${'a'.repeat(32)}"}\n`;
    const entries = parseHashList(text, { now: NOW });
    assert.deepEqual(entries[1], { id: B, pdq: B, addedAt: '2024-05-06T07:08:09.000Z', md5: 'a'.repeat(32) });
  });

  it('refuses the whole list, naming every bad line', () => {
    const pdq = `${A}\nnot-a-hash\n${B},101\n${B},50,dup\n${A},50,dup\n`;
    assert.throws(() => parseHashList(pdq, { format: 'pdq' }), refusal([2, 3, 5]));
    const csv = `pdq,quality\n${A},1\n${B},1,extra\n"${A},2\n`;
    assert.throws(() => parseHashList(csv, { format: 'csv' }), refusal([3, 4]));
    assert.throws(() => parseHashList('hash_value,x\nabc,1\n', { format: 'csv' }), refusal([1]));
    const jsonl = `{"pdq":"${A}"}\n{"pdq":"${B}"\n[1]\n{"pdq":"${B}","addedAt":"yesterday"}\n`;
    assert.throws(() => parseHashList(jsonl, { format: 'jsonl' }), refusal([2, 3, 4]));
  });

  it('guesses the format from the name, then the content', () => {
    assert.equal(detectHashListFormat('', 'list.csv'), 'csv');
    assert.equal(detectHashListFormat('', 'list.jsonl'), 'jsonl');
    assert.equal(detectHashListFormat(`${A},100,x`), 'pdq');
    assert.equal(detectHashListFormat(`pdq,quality\n${A},1`), 'csv');
    assert.equal(detectHashListFormat(`{"pdq":"${A}"}`), 'jsonl');
  });

  it('round-trips every format', () => {
    const entry = fc.record({
      id: fc.string({ minLength: 1, maxLength: 20, unit: 'grapheme-ascii' }).filter((s) => s.trim() === s && !/[\u0000-\u001f#]/.test(s) && s.length > 0),
      pdq: fc.uint8Array({ minLength: 32, maxLength: 32 }).map((b) => Buffer.from(b).toString('hex')),
      quality: fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }),
      addedAt: fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }).map((d) => d.toISOString()),
    });
    fc.assert(
      fc.property(fc.uniqueArray(entry, { selector: (e) => e.id, maxLength: 8 }), (raw) => {
        const entries = raw.map(({ quality, ...e }) => (quality === undefined ? e : { ...e, quality })) as HashListEntry[];
        for (const format of ['csv', 'jsonl'] as const) {
          assert.deepEqual(parseHashList(formatHashList(entries, format), { format }), entries);
        }
        // The PDQ text format has no dates; ids and hashes survive.
        const text = parseHashList(formatHashList(entries, 'pdq'), { format: 'pdq', now: NOW });
        assert.deepEqual(
          text.map((e) => [e.id, e.pdq, e.quality]),
          entries.map((e) => [e.id, e.pdq, e.quality]),
        );
      }),
      { numRuns: 50 },
    );
  });
});

describe('hash list stores', () => {
  it('imports into a file store all or nothing, and keeps the file intact on refusal', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'consentry-lists-'));
    try {
      const path = join(dir, 'lists.json');
      const store = new FileHashListStore(path);
      await assert.rejects(importHashList(store, { name: 'takedowns', text: `${A}\n` }), InvalidInputError); // new list needs source+purpose
      const first = await importHashList(store, { name: 'takedowns', source: 'operator', purpose: 'ncii', text: `${A},100,one\n`, now: NOW });
      assert.deepEqual(first, { list: 'takedowns', added: 1, unchanged: 0, total: 1 });
      const before = await readFile(path, 'utf8');
      await assert.rejects(importHashList(store, { name: 'takedowns', text: `${B},90,two\nbroken\n` }), refusal([2]));
      await assert.rejects(importHashList(store, { name: 'takedowns', text: `${B},90,one\n` }), /different hash/);
      assert.equal(await readFile(path, 'utf8'), before);
      const second = await importHashList(new FileHashListStore(path), { name: 'takedowns', text: `${A},100,one\n${B},90,two\n` });
      assert.deepEqual(second, { list: 'takedowns', added: 1, unchanged: 1, total: 2 });
      const list = await store.get('takedowns');
      assert.equal(list?.purpose, 'ncii');
      assert.deepEqual(
        list?.entries.map((e) => e.id),
        ['one', 'two'],
      );
      assert.equal(list?.entries[0]?.addedAt, NOW.toISOString());
      assert.deepEqual(await store.names(), ['takedowns']);
      assert.equal(await store.delete('takedowns'), true);
      assert.deepEqual(await store.names(), []);
      await store.close();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('reads lists back from a store file, a saved list, or an exchange file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'consentry-lists-'));
    try {
      const storePath = join(dir, 'lists.json');
      const store = new FileHashListStore(storePath);
      await importHashList(store, { name: 'a', source: 'operator', purpose: 'ncii', text: `${A},100,one\n${B},90,two\n`, now: NOW });
      await importHashList(store, { name: 'b', source: 'partner', purpose: 'protected', text: `${B}\n`, now: NOW });
      const fromStore = await readHashListFile(storePath);
      assert.deepEqual(
        fromStore.map((l) => [l.name, l.purpose, l.entries.length]),
        [
          ['a', 'ncii', 2],
          ['b', 'protected', 1],
        ],
      );
      const saved = join(dir, 'one.json');
      await writeFile(saved, JSON.stringify(await store.get('a'), null, 2));
      assert.deepEqual((await readHashListFile(saved))[0]!.entries, (await store.get('a'))!.entries);
      const plain = join(dir, 'ncmec export.jsonl');
      await writeFile(plain, `{"pdq":"${A}","id":"x"}\n`);
      const [list] = await readHashListFile(plain, { purpose: 'csam' });
      assert.deepEqual([list!.name, list!.purpose, list!.entries[0]!.id], ['ncmec_export', 'csam', 'x']);
      const badSaved = join(dir, 'bad.json');
      await writeFile(badSaved, JSON.stringify({ name: 'bad', purpose: 'ncii', entries: [{ pdq: A }, { pdq: 'nope' }] }));
      await assert.rejects(readHashListFile(badSaved), refusal([2]));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('refuses to use (and overwrite) a corrupt store file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'consentry-lists-'));
    try {
      const path = join(dir, 'lists.json');
      await writeFile(path, '{"version":1,"lists":');
      const store = new FileHashListStore(path);
      await assert.rejects(importHashList(store, { name: 'x', source: 's', purpose: 'other', text: `${A}\n` }), ConfigError);
      assert.equal(await readFile(path, 'utf8'), '{"version":1,"lists":');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('checks names and purposes', async () => {
    const store = new MemoryHashListStore();
    await assert.rejects(importHashList(store, { name: '../etc', source: 's', purpose: 'ncii', text: `${A}\n` }), InvalidInputError);
    await assert.rejects(importHashList(store, { name: 'ok', source: 's', purpose: 'bad' as 'ncii', text: `${A}\n` }), InvalidInputError);
    await importHashList(store, { name: 'ok', source: 's', purpose: 'protected', text: `${A}\n` });
    assert.equal((await store.get('ok'))?.entries.length, 1);
  });
});
