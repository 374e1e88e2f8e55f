import { describe } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import sharp from 'sharp';
import { hashImage, sha256Hex } from '../src/internal.ts';
import { syntheticImage } from '../src/testing/synthetic-images.ts';
import { anotherPhoto, faceTableAnalyzer, identity, type TableFace } from '../src/testing/face-table-analyzer.ts';
import { freshGateway } from './test-fixtures.ts';

for (const kind of ['pglite', 'postgres'] as const) {
  describe(`protect admin API on ${kind}`, () => {
    const faces = new Map<string, TableFace[]>();
    const dana = identity(31);
    let enrolPhoto: Buffer;
    let editPhoto: Buffer;
    const auth = (k: string, extra: Record<string, string> = {}) => ({ authorization: `Bearer ${k}`, ...extra });

    const gw = freshGateway(kind, {
      env: { CONSENTRY_BIOMETRIC_KEY: randomBytes(32).toString('base64') },
      overrides: async () => {
        enrolPhoto = await sharp(await syntheticImage(41, { size: 128 }))
          .png()
          .toBuffer();
        editPhoto = await sharp(await syntheticImage(42, { size: 128 }))
          .png()
          .toBuffer();
        faces.set(sha256Hex(enrolPhoto), [{ embedding: dana }]);
        faces.set(sha256Hex(editPhoto), [{ embedding: anotherPhoto(dana, 4) }]);
        return { imageDetectors: [], imageAnalyzer: faceTableAnalyzer(faces), pdqHash: async () => null };
      },
    });
    const { it } = gw;

    it('an admin imports a list (all or nothing), the gateway blocks the image at once, and the entry is removed again', async () => {
      const image = await syntheticImage(3, { size: 300 });
      const checkImage = () => gw.app.inject({ method: 'POST', url: '/v1/check/image', headers: auth(gw.check), payload: { image: image.toString('base64') } });
      assert.equal((await checkImage()).json().verdict, 'allow');
      const bad = await gw.app.inject({ method: 'POST', url: '/v1/hash-lists/ours/entries', headers: auth(gw.admin), payload: { text: 'pdq nothex\n', format: 'te', source: 'us', purpose: 'ncii' } });
      assert.equal(bad.statusCode, 400);
      assert.equal(bad.json().error.code, 'invalid_hash_list');
      const ok = await gw.app.inject({
        method: 'POST',
        url: '/v1/hash-lists/ours/entries',
        headers: auth(gw.admin),
        payload: { text: `pdq ${(await hashImage(image)).pdq} case-9\n`, format: 'te', source: 'us', purpose: 'ncii' },
      });
      assert.equal(ok.statusCode, 201, ok.body);
      const blocked = (await checkImage()).json();
      assert.equal(blocked.verdict, 'block');
      assert.ok(blocked.rules.some((r: { id: string }) => r.id === 'floor.known_image'));
      assert.equal((await gw.app.inject({ url: '/v1/hash-lists', headers: auth(gw.otherAdmin) })).json().data.length, 0, 'another tenant sees none of it');
      assert.equal((await gw.app.inject({ url: '/v1/hash-lists', headers: auth(gw.check) })).statusCode, 403);
      const exported = await gw.app.inject({ url: '/v1/hash-lists/ours?format=te', headers: auth(gw.admin) });
      assert.match(exported.body, /^pdq [0-9a-f]{64}\n$/);
      assert.equal((await gw.app.inject({ method: 'DELETE', url: '/v1/hash-lists/ours/entries/case-9', headers: auth(gw.admin) })).statusCode, 200);
      assert.equal((await checkImage()).json().verdict, 'allow');
      assert.equal((await gw.app.inject({ method: 'DELETE', url: '/v1/hash-lists/ours', headers: auth(gw.admin) })).statusCode, 200);
      assert.equal((await gw.app.inject({ method: 'DELETE', url: '/v1/hash-lists/ours', headers: auth(gw.admin) })).statusCode, 404);
    });

    it('enrol, grant for one user, edit allowed for that user only under adult, revoke, erase', async () => {
      const enrolled = await gw.app.inject({ method: 'POST', url: '/v1/persons', headers: auth(gw.admin), payload: { name: 'Dana', photos: [enrolPhoto.toString('base64')] } });
      assert.equal(enrolled.statusCode, 201, enrolled.body);
      const person = enrolled.json();
      assert.equal(person.preference, 'no_revealing_edits');
      assert.ok(!enrolled.body.includes('embedding"'), 'no embeddings in the answer');
      const edit = (user?: string) =>
        gw.app.inject({
          method: 'POST',
          url: '/v1/check/edit',
          headers: auth(gw.check, user ? { 'x-consentry-user': user } : {}),
          payload: { prompt: 'undress Jane Roe', images: [editPhoto.toString('base64')], policy: 'adult' },
        });
      assert.equal((await edit('u1')).json().verdict, 'block');
      const granted = await gw.app.inject({ method: 'POST', url: '/v1/consents', headers: auth(gw.admin), payload: { personId: person.id, user: 'u1', allow: ['undress'] } });
      assert.equal(granted.statusCode, 201, granted.body);
      const allowed = (await edit('u1')).json();
      assert.equal(allowed.verdict, 'allow', JSON.stringify(allowed.reasons));
      assert.deepEqual(allowed.consent.grantIds, [granted.json().id]);
      assert.equal((await edit('u2')).json().verdict, 'block');
      const bodyUser = await gw.app.inject({
        method: 'POST',
        url: '/v1/check/edit',
        headers: auth(gw.check),
        payload: { prompt: 'undress Jane Roe', images: [editPhoto.toString('base64')], policy: 'adult', user: 'u1' },
      });
      assert.equal(bodyUser.json().verdict, 'allow', 'the user field works like the header');
      assert.equal(
        (await gw.app.inject({ method: 'POST', url: '/v1/consents', headers: auth(gw.otherAdmin), payload: { personId: person.id, allow: ['undress'] } })).statusCode,
        404,
        'another tenant cannot grant for this person',
      );
      assert.equal((await gw.app.inject({ method: 'DELETE', url: `/v1/consents/${granted.json().id}`, headers: auth(gw.admin) })).statusCode, 200);
      assert.equal((await edit('u1')).json().verdict, 'block');
      assert.equal((await gw.app.inject({ url: '/v1/persons', headers: auth(gw.admin) })).json().data.length, 1);
      assert.equal((await gw.app.inject({ method: 'DELETE', url: `/v1/persons/${person.id}`, headers: auth(gw.otherAdmin) })).statusCode, 404);
      assert.equal((await gw.app.inject({ method: 'DELETE', url: `/v1/persons/${person.id}`, headers: auth(gw.admin) })).statusCode, 200);
      assert.equal((await gw.app.inject({ url: '/v1/persons', headers: auth(gw.admin) })).json().data.length, 0);
      const openapi = (await gw.app.inject({ url: '/openapi.json' })).json();
      for (const path of ['/v1/hash-lists', '/v1/persons', '/v1/consents']) assert.ok(openapi.paths[path], `${path} is documented`);
    });
  });
}
