import { describe } from 'node:test';
import assert from 'node:assert/strict';
import { registerStatements, regulatorySource } from '../src/internal.ts';
import { recordDecisions, type RecordedDecisions } from '../src/regulatory/decisions.fixture.ts';
import { freshGateway } from './test-fixtures.ts';

for (const kind of ['pglite', 'postgres'] as const) {
  describe(`regulatory routes on ${kind}`, () => {
    let recorded: RecordedDecisions;
    const auth = (k: string) => ({ authorization: `Bearer ${k}` });
    const get = (k: string, url: string) => gw.app.inject({ method: 'GET', url, headers: auth(k) });

    const gw = freshGateway(kind, {
      seed: async ({ context, db }) => {
        recorded = await recordDecisions(context.log, 'acme');
        await registerStatements(db, regulatorySource(db), {});
      },
    });
    const { it } = gw;
    const period = 'from=2020-01-01&to=2100-01-01';

    it("the transparency report in each format, for the key's own tenant only", async () => {
      const json = await get(gw.admin, `/v1/reports/transparency?${period}`);
      assert.equal(json.statusCode, 200, json.body);
      assert.equal(json.json().restrictions, 4);
      const csv = await get(gw.admin, `/v1/reports/transparency?${period}&format=csv&sheet=5_own_initiative_illegal`);
      assert.match(csv.headers['content-type'] as string, /text\/csv/);
      assert.match(csv.body, /^Applicability,Service,Reporting period,Category,/);
      const html = await get(gw.admin, `/v1/reports/transparency?${period}&format=html`);
      assert.match(html.body, /<svg/);
      assert.equal((await get(gw.admin, `/v1/reports/transparency?${period}&includeRefusals=true`)).json().refusals, 2);
      assert.equal((await get(gw.otherAdmin, `/v1/reports/transparency?${period}`)).json().restrictions, 0);
    });

    it('bad requests are 4xx with stable codes; a check key is forbidden', async () => {
      assert.equal((await get(gw.check, `/v1/reports/transparency?${period}`)).statusCode, 403);
      const bad = await get(gw.admin, '/v1/reports/transparency?from=soon&to=2100-01-01');
      assert.equal(bad.statusCode, 400);
      assert.equal(bad.json().error.code, 'invalid_input');
      assert.equal((await get(gw.admin, `/v1/reports/transparency?${period}&format=pdf`)).statusCode, 400);
      assert.equal((await get(gw.admin, '/v1/records?case=a&notice=b')).statusCode, 400);
      const missing = await get(gw.admin, '/v1/records?statement=csy-dec-none');
      assert.deepEqual([missing.statusCode, missing.json().error.code], [404, 'statement_not_found']);
    });

    it('records on request with proofs, and none of another tenant', async () => {
      const r = await get(gw.admin, `/v1/records?statement=csy-dec-${recorded.editMinor.id}`);
      assert.equal(r.statusCode, 200, r.body);
      assert.deepEqual(
        r.json().records.map((x: { entry: { id: string } }) => x.entry.id),
        [recorded.editMinor.id, recorded.outputOfEdit.id],
      );
      // The tenant's figures only: positions among its entries, proofs checked by the gateway, never the chain's seq,
      // prev_hash, predecessor or length (which would count other tenants' decisions).
      const body = r.json();
      assert.equal(body.view, 'tenant');
      assert.doesNotMatch(r.body, /"seq"|"prevHash"|"predecessor"|"checked"|"headSeq"|"recomputedHash"/);
      assert.ok(body.records.every((x: { entry: { position: number }; proof: { hashMatches: boolean; linkMatches: boolean } }) => x.entry.position >= 1 && x.proof.hashMatches && x.proof.linkMatches));
      const acmeEntries = (await gw.app.inject({ url: '/v1/log/export', headers: auth(gw.admin) })).body.trim().split('\n').length;
      assert.deepEqual([body.chain.ok, body.chain.entries], [true, acmeEntries]);
      const html = (await get(gw.admin, `/v1/records?statement=csy-dec-${recorded.editMinor.id}&format=html`)).body;
      assert.match(html, /Entries and their proofs/);
      assert.match(html, /position \d+ of this tenant&#39;s entries|position \d+ of this tenant's entries/);
      assert.doesNotMatch(html, /seq \d+:|>previous hash<|>predecessor</);
      assert.equal((await get(gw.otherAdmin, `/v1/records?statement=csy-dec-${recorded.editMinor.id}`)).statusCode, 404);
      assert.equal((await get(gw.otherAdmin, `/v1/records?person=${'c3'.repeat(32)}`)).json().records.length, 0);
    });
  });
}
