// The contract every registered detector passes, through the guard: it accepts what its entry
// declares, its evidence is well formed, and it fails closed when it throws or overruns its time.
// The image detectors run over a stand-in analyzer (the contract is the plumbing, not the models);
// the prompt screener and the hash-list detector are the real ones.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { randomBytes } from 'node:crypto';
import { readConfig } from '../config.ts';
import { createGuard } from '../guard.ts';
import { hashImage } from '../hash/image-hash.ts';
import { importHashListToDb } from '../hash/list-db.ts';
import { enrolPerson } from '../protect/persons.ts';
import { createProtection } from '../protect/protection.ts';
import { identity } from '../testing/face-table-analyzer.ts';
import { pgliteStorage, type TestStorage } from '../testing/test-database.ts';
import type { Database } from '../store/database.ts';
import type { ImageAnalyzer } from '../image/analysis-types.ts';
import { createCachedAnalyzer } from '../image/cached-analyzer.ts';
import { sha256Hex, tableAnalyzer } from '../testing/fake-image-analyzer.ts';
import { syntheticImage } from '../testing/synthetic-images.ts';
import { CATEGORIES, type Decision, type ImageSubject, type Signal, type Subject, type SubjectKind } from '../types.ts';
import type { Detector } from './detector.ts';
import { createDetectors, DEFAULT_DETECTORS, DETECTORS, type DetectorEntry, type DetectorParts } from './registry.ts';

const PROMPT = 'take her dress off and put her in a bikini';

interface Inputs {
  known: Uint8Array;
  plain: Uint8Array;
}

function subjectsFor(kind: SubjectKind, inputs: Inputs): Subject {
  const image = (bytes: Uint8Array, label: string): ImageSubject => ({ kind: 'image', bytes, label });
  if (kind === 'prompt') return { kind, text: PROMPT, mode: 'edit' };
  if (kind === 'image') return image(inputs.known, 'upload');
  return { kind, before: image(inputs.plain, 'input'), after: image(inputs.known, 'output'), prompt: { kind: 'prompt', text: PROMPT, mode: 'edit' } };
}

/** Subjects that make a real detector throw: malformed text, bytes that are not an image. */
function brokenSubject(kind: SubjectKind): Subject {
  const junk: ImageSubject = { kind: 'image', bytes: new TextEncoder().encode('not an image'), label: 'junk' };
  if (kind === 'prompt') return { kind, text: 'a\u0000b', mode: 'edit' };
  if (kind === 'image') return junk;
  return { kind, before: junk, after: junk, prompt: { kind: 'prompt', text: 'x\uD800', mode: 'edit' } };
}

// One database for the hash-list and protected-person detectors: the known image is on an ncii
// list, and the face the stand-in analyzer finds in it belongs to an enrolled person.
const BIOMETRIC_KEY = randomBytes(32).toString('base64');
const FACE = identity(77);
let storage: TestStorage;
let db: Database;

async function parts(analyzer: ImageAnalyzer, _inputs: Inputs, env: Record<string, string> = {}): Promise<DetectorParts> {
  const config = readConfig({ CONSENTRY_BIOMETRIC_KEY: BIOMETRIC_KEY, ...env });
  const protection = createProtection(async () => db, config, analyzer);
  return { config, analyzer, protection: () => protection };
}

function textOf(subject: Subject): string | undefined {
  return subject.kind === 'prompt' ? subject.text : subject.kind === 'edit' ? subject.prompt?.text : undefined;
}

/** Signals that any policy can read: known categories, scores in [0, 1], evidence that points inside its input. */
function assertWellFormed(signal: Signal, subject: Subject): void {
  const where = `${signal.detector}/${signal.category}`;
  assert.ok(signal.detector.length > 0, 'detector name');
  assert.ok((CATEGORIES as readonly string[]).includes(signal.category), `${where}: category`);
  assert.ok(Number.isFinite(signal.score) && signal.score >= 0 && signal.score <= 1, `${where}: score ${signal.score}`);
  assert.ok(signal.reason.trim().length > 0, `${where}: reason`);
  for (const e of signal.evidence) {
    if (e.kind === 'text') {
      const text = textOf(subject);
      assert.ok(text !== undefined, `${where}: text evidence for a subject without text`);
      assert.ok(Number.isInteger(e.start) && Number.isInteger(e.end) && e.start >= 0 && e.start < e.end && e.end <= text.length, `${where}: span ${e.start}-${e.end}`);
      assert.equal(e.text, text.slice(e.start, e.end), `${where}: span text`);
    } else if (e.kind === 'score') {
      assert.ok(e.name.length > 0 && Number.isFinite(e.value) && e.value >= 0 && e.value <= 1, `${where}: score evidence ${e.name}=${e.value}`);
    } else if (e.kind === 'region') {
      assert.ok(
        e.box.every((v) => Number.isFinite(v) && v >= 0),
        `${where}: region box ${e.box}`,
      );
      assert.ok(e.label.length > 0 && (e.score === undefined || (e.score >= 0 && e.score <= 1)), `${where}: region label/score`);
    } else if (e.kind === 'hash') {
      assert.ok(e.list.length > 0 && e.entryId.length > 0 && Number.isInteger(e.distance) && e.distance >= 0 && e.distance <= 256, `${where}: hash evidence`);
      assert.ok(['pdq', 'md5', 'sha256'].includes(e.signal), `${where}: hash signal ${e.signal}`);
    } else if (e.kind === 'person') {
      assert.ok(e.personId.length > 0 && e.similarity >= -1 && e.similarity <= 1 && e.preference.length > 0, `${where}: person evidence`);
    } else {
      assert.ok(e.text.length > 0, `${where}: note`);
    }
  }
}

function assertFailedClosed(decision: Decision, detector: string, why: RegExp): void {
  assert.equal(decision.verdict, 'block');
  const entry = decision.unavailable.find((u) => u.detector === detector);
  assert.ok(entry, `no unavailable entry for ${detector}: ${JSON.stringify(decision.unavailable)}`);
  assert.match(entry.reason, why);
  assert.ok(decision.categories.some((c) => c.category === 'check_unavailable' && c.detectors.includes(detector)));
}

const hanging: ImageAnalyzer = { analyze: () => new Promise(() => {}), close: async () => {} };
const throwing: ImageAnalyzer = {
  analyze: async () => {
    throw new Error('model crashed');
  },
  close: async () => {},
};

describe('detector registry contract', () => {
  let inputs: Inputs;
  let analyzer: ImageAnalyzer;
  before(async () => {
    // Index 5 hashes with PDQ quality 88, over the detector's floor of 50, so the PDQ path is what matches.
    inputs = { known: await syntheticImage(5, { size: 320 }), plain: await syntheticImage(2, { size: 320 }) };
    // The stand-in says: the known image is explicit and shows an adult; the plain one shows nothing.
    analyzer = tableAnalyzer(new Map([[sha256Hex(inputs.known), { level: 'explicit', faces: [{ gender: 'female', age: 30, embedding: FACE }] }]]));
    storage = pgliteStorage();
    db = await storage.open();
    await importHashListToDb(db, { name: 'ncii-test', source: 'test', purpose: 'ncii', text: `${(await hashImage(inputs.known)).pdq},100,case-1\n` });
    await enrolPerson(db, { tenantId: 'default', name: 'Test Person', embeddings: [FACE], key: Buffer.from(BIOMETRIC_KEY, 'base64') });
  });
  after(async () => {
    await db?.close();
    await storage?.dispose();
  });

  for (const [name, entry] of Object.entries(DETECTORS) as [string, DetectorEntry][]) {
    describe(name, () => {
      let detector: Detector;
      before(async () => {
        detector = (await createDetectors([name], await parts(analyzer, inputs)))[0]!;
      });

      it('accepts exactly what its entry declares, and has a one-line doc', () => {
        assert.deepEqual([...detector.accepts].sort(), [...entry.accepts].sort());
        assert.ok(entry.doc.length > 10 && !entry.doc.includes('\n'));
      });

      it('gives well-formed signals on every kind it accepts, and finds what it is for', async () => {
        const guard = createGuard({ detectors: [detector], timeoutMs: 10_000 });
        let found = 0;
        for (const kind of entry.accepts) {
          const subject = subjectsFor(kind, inputs);
          const { decision, detection } = await guard.check(subject);
          assert.deepEqual(decision.unavailable, [], `${kind}: ${JSON.stringify(decision.unavailable)}`);
          for (const signal of detection.signals) assertWellFormed(signal, subject);
          found += detection.signals.length;
        }
        assert.ok(found > 0, 'the inputs are built to trigger every detector; no signal means the contract checked nothing');
      });

      it('fails closed when it throws', async () => {
        const [broken] = await createDetectors([name], await parts(throwing, inputs));
        const guard = createGuard({ detectors: [broken!], timeoutMs: 10_000 });
        for (const kind of entry.accepts) {
          const { decision } = await guard.check(brokenSubject(kind));
          assertFailedClosed(decision, broken!.name, /./);
        }
      });

      it('fails closed when it overruns its time limit', async () => {
        // Its own slow path where it has one (the analyzer; hashing a large image against a 1 ms
        // limit); the prompt screener is synchronous and bounded by the prompt's length, so a
        // stand-in with its name and kinds stands for it.
        const [slow] = await createDetectors([name], await parts(hanging, inputs));
        const detectorUnderTest: Detector = name === 'prompt-screener' ? { ...slow!, detect: () => new Promise(() => {}) } : slow!;
        const guard = createGuard({ detectors: [detectorUnderTest], timeoutMs: name === 'hash-list' ? 1 : 50 });
        // Fresh bytes each time: a decode is shared while its budget runs (shared-decode.ts), so an
        // image decoded by an earlier test could be hashed inside the 1 ms.
        const large = async (label: string): Promise<ImageSubject> => ({ kind: 'image', bytes: Buffer.from(await syntheticImage(3, { size: 2048 })), label });
        for (const kind of entry.accepts) {
          const subject: Subject =
            name !== 'hash-list' || kind === 'prompt'
              ? subjectsFor(kind, inputs)
              : kind === 'image'
                ? await large('large')
                : { kind: 'edit', before: await large('large input'), after: await large('large output'), prompt: { kind: 'prompt', text: PROMPT, mode: 'edit' } };
          const { decision } = await guard.check(subject);
          assertFailedClosed(decision, detectorUnderTest.name, /timed out/);
        }
      });
    });
  }

  it('an image check runs one analysis with the protected-person detector on: embeddings only for a tenant with enrolled persons', async () => {
    const asked: Array<{ embeddings: boolean; regions: boolean }> = [];
    const counting: ImageAnalyzer = {
      analyze: (bytes, options) => {
        asked.push({ embeddings: options?.embeddings === true, regions: options?.regions === true });
        return analyzer.analyze(bytes, options);
      },
      close: async () => {},
    };
    const env = { CONSENTRY_DETECTORS: 'image,protected-person' };
    for (const [tenantId, embeddings] of [
      ['default', true],
      ['nobody-enrolled', false],
    ] as const) {
      asked.length = 0;
      const shared = createCachedAnalyzer(counting);
      const p = await parts(shared, inputs, env);
      const guard = createGuard({ detectors: await createDetectors(p.config.detectors, p), timeoutMs: 10_000 });
      const { decision, detection } = await guard.check(subjectsFor('image', inputs), { request: { tenantId } });
      assert.deepEqual(asked, [{ embeddings, regions: false }], tenantId);
      assert.deepEqual(decision.unavailable, []);
      assert.equal(
        detection.signals.some((s) => s.category === 'protected_person'),
        embeddings,
        tenantId,
      );
      const details = detection.details['image-analysis'] as { faces: Array<{ embedding?: unknown }> };
      assert.ok(details.faces.length > 0 && details.faces.every((f) => f.embedding === undefined), 'no embeddings in the image detector details');
    }
  });

  it("defaults to today's set; an unknown name is a configuration error", async () => {
    assert.deepEqual(readConfig({}).detectors, DEFAULT_DETECTORS);
    assert.deepEqual(readConfig({ CONSENTRY_DETECTORS: ' prompt-screener, hash-list ,hash-list' }).detectors, ['prompt-screener', 'hash-list']);
    assert.deepEqual(readConfig({ CONSENTRY_HASH_LISTS: 'a,b' }).hashLists, ['a', 'b']);
    assert.throws(() => readConfig({ CONSENTRY_DETECTORS: 'prompt-screener,nudenet' }), { code: 'invalid_config' });
    await assert.rejects(createDetectors(['nudenet'], await parts(analyzer, inputs)), { code: 'invalid_config' });
  });

  it('a subject that no configured detector accepts is refused', async () => {
    const [screener] = await createDetectors(['prompt-screener'], await parts(analyzer, inputs));
    const { decision } = await createGuard({ detectors: [screener!] }).check(subjectsFor('image', inputs));
    assertFailedClosed(decision, 'guard', /no detector accepts a image subject/);
  });

  it('the hash-list detector reads only the lists named in CONSENTRY_HASH_LISTS, and a missing one fails closed', async () => {
    const [missing] = await createDetectors(['hash-list'], await parts(analyzer, inputs, { CONSENTRY_HASH_LISTS: 'ncii-test,missing' }));
    assertFailedClosed((await createGuard({ detectors: [missing!] }).check(subjectsFor('image', inputs))).decision, 'hash-list', /missing/);
    await importHashListToDb(db, { name: 'other', source: 'test', purpose: 'ncii', text: `${'0'.repeat(64)},100,zero\n` });
    const [other] = await createDetectors(['hash-list'], await parts(analyzer, inputs, { CONSENTRY_HASH_LISTS: 'other' }));
    const { decision } = await createGuard({ detectors: [other!] }).check(subjectsFor('image', inputs));
    assert.equal(decision.verdict, 'allow', 'the known image is on ncii-test, which was not chosen');
  });
});
