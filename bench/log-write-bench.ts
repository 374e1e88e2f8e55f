// node --import tsx bench/log-write-bench.ts [--rows 2048] [--batch 16] [--rounds 3] [--only NAME,NAME]
// CPU per row of the decision log's group-commit write on the embedded PGlite, in this thread
// (process.cpuUsage, so robust to other processes on the machine), for several ways of writing
// the same rows (two real prompt-check entries, ~0.9 and ~3.4 KB of JSON, alternating):
// - insert-params: the multi-row INSERT with bound parameters (13 a row) and RETURNING;
// - insert-literals: the same INSERT with the values as SQL literals, one simple-protocol message;
// - copy-blob: COPY ... FROM '/dev/blob' in text format (PGlite hands the blob to COPY), by
//   query() (extended protocol) or exec() (simple protocol, alone or with a SELECT currval after);
// and, to see where a row's cost goes, copy-blob into scratch tables without the foreign key, the
// created_at index or the json columns' parse.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { PGlite } from '@electric-sql/pglite';
import { hashEntry, GENESIS_HASH, type HashedContent } from '../src/store/decision-log.ts';
import { migrate } from '../src/store/migrate.ts';
import { openDatabase } from '../src/store/database.ts';

const { values } = parseArgs({
  options: {
    rows: { type: 'string', default: '2048' },
    batch: { type: 'string', default: '16' },
    rounds: { type: 'string', default: '3' },
    only: { type: 'string' },
  },
});
const ROWS = Number(values.rows);
const BATCH = Number(values.batch);
const ROUNDS = Number(values.rounds);

const dir = mkdtempSync(join(tmpdir(), 'consentry-logwrite-'));
// Migrate through the project's own opener, then reopen the folder with a bare PGlite.
{
  const db = await openDatabase({ dataDir: dir });
  await migrate(db);
  await db.exec("INSERT INTO tenants (id, name) VALUES ('default', 'default') ON CONFLICT DO NOTHING");
  await db.close();
}
const pg = await PGlite.create(join(dir, 'pgdata'));

const blockDecision =
  '{"verdict":"block","categories":[{"category":"real_person","score":0.9,"reasons":["An edit of a supplied photo is assumed to show a real, identifiable person."],"evidence":[{"kind":"text","start":4,"end":7,"text":"her","term":"her","language":"en"}],"detectors":["prompt-screener"]},{"category":"undress","score":0.85,"reasons":["The request asks to put a real person in swimwear, underwear or lingerie.","The classifier reads the request as undressing or revealing a person."],"evidence":[{"kind":"text","start":13,"end":19,"text":"bikini","term":"bikini*","language":"en"},{"kind":"score","name":"prompt-classifier.undress","value":0.934},{"kind":"text","start":13,"end":19,"text":"bikini","term":"n-gram (undress)"}],"detectors":["prompt-screener","prompt-classifier"]}],"rules":[{"id":"floor.real_person_sexualised","verdict":"block","floor":true,"reason":"Undressing or sexualising a real, identifiable person requires that person\'s verified consent; a claim of consent in the request is not verification.","legalClass":"C1_REAL_ADULT_SEXUAL"},{"id":"strict.undress","verdict":"block","floor":false,"reason":"Removing or reducing clothing is not allowed under this policy.","legalClass":"C1b_REAL_ADULT_SUGGESTIVE"}],"reasons":["Undressing or sexualising a real, identifiable person requires that person\'s verified consent; a claim of consent in the request is not verification.","Removing or reducing clothing is not allowed under this policy."],"legalBasis":[{"jurisdiction":"INTL","legalClass":"C1_REAL_ADULT_SEXUAL","citation":"Consentry floor: no sexualised depiction of a real person without verified consent","summary":"Non-consensual intimate imagery is unlawful in most jurisdictions (e.g. FR CP 226-8-1, UK SOA 66B/66E, US 47 U.S.C. 223(h))."},{"jurisdiction":"INTL","legalClass":"C1b_REAL_ADULT_SUGGESTIVE","citation":"Consentry policy: no revealing edits of a real person without consent","summary":"Statutory coverage of swimwear/underwear edits varies; blocked by policy."}],"policy":{"id":"strict","version":"1.0.0"},"jurisdiction":"INTL","unavailable":[]}';
const blockSignals =
  '[{"detector":"prompt-screener","category":"undress","score":0.85,"reason":"The request asks to put a real person in swimwear, underwear or lingerie.","evidence":[{"kind":"text","start":13,"end":19,"text":"bikini","term":"bikini*","language":"en"}]},{"detector":"prompt-screener","category":"real_person","score":0.9,"reason":"An edit of a supplied photo is assumed to show a real, identifiable person.","evidence":[{"kind":"text","start":4,"end":7,"text":"her","term":"her","language":"en"}]},{"detector":"prompt-classifier","category":"undress","score":0.624,"reason":"The classifier reads the request as undressing or revealing a person.","evidence":[{"kind":"score","name":"prompt-classifier.undress","value":0.934},{"kind":"text","start":13,"end":19,"text":"bikini","term":"n-gram (undress)"}]}]';
const allowDecision =
  '{"verdict":"allow","categories":[{"category":"real_person","score":0.9,"reasons":["An edit of a supplied photo is assumed to show a real, identifiable person."],"evidence":[{"kind":"note","text":"edit of a supplied photo"}],"detectors":["prompt-screener"]}],"rules":[],"reasons":[],"legalBasis":[],"policy":{"id":"strict","version":"1.0.0"},"jurisdiction":"INTL","unavailable":[]}';
const allowSignals =
  '[{"detector":"prompt-screener","category":"real_person","score":0.9,"reason":"An edit of a supplied photo is assumed to show a real, identifiable person.","evidence":[{"kind":"note","text":"edit of a supplied photo"}]}]';
const inputs = '[{"role":"prompt","sha256":"d23e13632a6c209e654fecb054b0702432dc99977fe3e2f90ca92da0d0445156","length":19}]';

let prevHash = GENESIS_HASH;
function makeRows(n: number): Array<HashedContent & { prevHash: string; entryHash: string }> {
  const createdAt = new Date().toISOString();
  return Array.from({ length: n }, (_, i) => {
    const block = i % 2 === 0;
    const content: HashedContent = {
      id: randomUUID(),
      tenantId: 'default',
      createdAt,
      kind: 'prompt',
      verdict: block ? 'block' : 'allow',
      policyId: 'strict',
      policyVersion: '1.0.0',
      parentId: null,
      decisionJson: block ? blockDecision : allowDecision,
      inputsJson: inputs,
      signalsJson: block ? blockSignals : allowSignals,
    };
    const link = { prevHash, entryHash: hashEntry(prevHash, content) };
    prevHash = link.entryHash;
    return { ...content, ...link };
  });
}

const COLS = 'id, tenant_id, created_at, kind, verdict, policy_id, policy_version, decision, inputs, signals, parent_id, prev_hash, entry_hash';
type Row = ReturnType<typeof makeRows>[number];
const fields = (r: Row) => [r.id, r.tenantId, r.createdAt, r.kind, r.verdict, r.policyId, r.policyVersion, r.decisionJson, r.inputsJson, r.signalsJson, r.parentId, r.prevHash, r.entryHash];

const literal = (v: string | null) => (v === null ? 'NULL' : `'${v.replaceAll("'", "''")}'`);
// COPY's text format: backslash, tab, newline and carriage return escaped; \N is NULL.
const copyText = (v: string | null) => (v === null ? '\\N' : v.replace(/[\\\t\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r')));

const writers: Record<string, (table: string, rows: Row[]) => Promise<unknown>> = {
  'insert-params': (table, rows) => {
    const params: unknown[] = [];
    const tuples = rows.map((r) => {
      const base = params.length;
      params.push(...fields(r));
      return `(${Array.from({ length: 13 }, (_, k) => `$${base + k + 1}`).join(',')})`;
    });
    return pg.query(`INSERT INTO ${table} (${COLS}) VALUES ${tuples.join(',')} RETURNING id, seq`, params);
  },
  'insert-literals': (table, rows) => pg.exec(`INSERT INTO ${table} (${COLS}) VALUES ${rows.map((r) => `(${fields(r).map(literal).join(',')})`).join(',')} RETURNING id, seq`),
  'copy-blob': (table, rows) => {
    const text = rows.map((r) => `${fields(r).map(copyText).join('\t')}\n`).join('');
    return pg.query(`COPY ${table} (${COLS}) FROM '/dev/blob'`, [], { blob: new Blob([text]) });
  },
  'copy-exec-only': async (table, rows) => {
    const text = rows.map((r) => `${fields(r).map(copyText).join('\t')}\n`).join('');
    await pg.exec(`COPY ${table} (${COLS}) FROM '/dev/blob'`, { blob: new Blob([text]) });
  },
  'copy-exec': async (table, rows) => {
    const text = rows.map((r) => `${fields(r).map(copyText).join('\t')}\n`).join('');
    const results = await pg.exec(`COPY ${table} (${COLS}) FROM '/dev/blob'; SELECT currval(pg_get_serial_sequence('${table}', 'seq')) AS last`, { blob: new Blob([text]) });
    if (results[1]?.rows.length !== 1) throw new Error('no currval');
  },
};

// Scratch tables: the log's shape, minus one thing each.
const base = `seq bigserial PRIMARY KEY, id uuid NOT NULL UNIQUE, tenant_id text NOT NULL REFERENCES tenants(id), created_at timestamptz NOT NULL,
  kind text NOT NULL CHECK (kind IN ('prompt', 'image', 'edit', 'output', 'moderation')), verdict text NOT NULL CHECK (verdict IN ('allow', 'review', 'block')),
  policy_id text NOT NULL, policy_version text NOT NULL, decision json NOT NULL, inputs json NOT NULL, signals json NOT NULL, parent_id uuid, prev_hash text NOT NULL, entry_hash text NOT NULL`;
await pg.exec(`
  CREATE TABLE scratch_nofk (${base.replace(' REFERENCES tenants(id)', '')}); CREATE INDEX ON scratch_nofk (created_at);
  CREATE TABLE scratch_noidx (${base});
  CREATE TABLE scratch_text (${base.replaceAll(' json NOT NULL', ' text NOT NULL')}); CREATE INDEX ON scratch_text (created_at);
  CREATE TABLE scratch_bare (${base.replace(' REFERENCES tenants(id)', '').replaceAll(' json NOT NULL', ' text NOT NULL').replace(' UNIQUE', '')});
  CREATE TABLE scratch_inline (${base}) WITH (toast_tuple_target = 8160); CREATE INDEX ON scratch_inline (created_at);
  CREATE TABLE scratch_inline_text (${base.replaceAll(' json NOT NULL', ' text NOT NULL')}) WITH (toast_tuple_target = 8160); CREATE INDEX ON scratch_inline_text (created_at);
  CREATE TABLE scratch_inline_nofk (${base.replace(' REFERENCES tenants(id)', '')}) WITH (toast_tuple_target = 8160); CREATE INDEX ON scratch_inline_nofk (created_at);
`);

const cases: Array<{ name: string; writer: string; table: string }> = [
  { name: 'insert-params (before)', writer: 'insert-params', table: 'decision_log' },
  { name: 'insert-literals', writer: 'insert-literals', table: 'decision_log' },
  { name: 'copy-blob', writer: 'copy-blob', table: 'decision_log' },
  { name: 'copy-blob, no foreign key', writer: 'copy-blob', table: 'scratch_nofk' },
  { name: 'copy-blob, no created_at index', writer: 'copy-blob', table: 'scratch_noidx' },
  { name: 'copy-blob, text not json', writer: 'copy-blob', table: 'scratch_text' },
  { name: 'copy-blob, pk only, text', writer: 'copy-blob', table: 'scratch_bare' },
  { name: 'copy-blob, toast_tuple_target 8160', writer: 'copy-blob', table: 'scratch_inline' },
  { name: 'copy-blob, toast_tuple_target 8160, no foreign key', writer: 'copy-blob', table: 'scratch_inline_nofk' },
  { name: 'copy-exec + currval', writer: 'copy-exec', table: 'decision_log' },
  { name: 'copy-exec alone (the log today)', writer: 'copy-exec-only', table: 'decision_log' },
  { name: 'copy-exec + currval, toast_tuple_target 8160', writer: 'copy-exec', table: 'scratch_inline' },
  { name: 'copy-exec + currval, toast_tuple_target 8160, text', writer: 'copy-exec', table: 'scratch_inline_text' },
  { name: 'insert-params, toast_tuple_target 8160', writer: 'insert-params', table: 'scratch_inline' },
].filter((c) => !values.only || values.only.split(',').some((o) => c.name.startsWith(o)));

const results = new Map<string, number[]>();
// Round 0 warms up (PGlite's WASM is compiled in tiers) and is not counted.
for (let round = 0; round <= ROUNDS; round++) {
  for (const c of cases) {
    const batches = Array.from({ length: ROWS / BATCH }, () => makeRows(BATCH));
    const write = writers[c.writer]!;
    const before = process.cpuUsage();
    for (const rows of batches) await write(c.table, rows);
    const used = process.cpuUsage(before);
    const us = (used.user + used.system) / ROWS;
    if (round > 0) results.set(c.name, [...(results.get(c.name) ?? []), us]);
  }
}
const { rows: count } = await pg.query<{ n: number }>('SELECT count(*)::int AS n FROM decision_log');
// What each table takes on disk per row (heap, TOAST and indexes): rows over ~2 KB are compressed by
// default, and kept whole with toast_tuple_target 8160.
const sizes: string[] = [];
for (const table of new Set(cases.map((c) => c.table))) {
  const { rows } = await pg.query<{ bytes: number; n: number }>(`SELECT pg_total_relation_size('${table}')::float8 AS bytes, (SELECT count(*) FROM ${table})::int AS n`);
  if (rows[0]!.n > 0) sizes.push(`${table} ${Math.round(rows[0]!.bytes / rows[0]!.n)}`);
}
await pg.close();
rmSync(dir, { recursive: true, force: true });
console.log(`${ROWS} rows a round, batches of ${BATCH}, ${ROUNDS} rounds; CPU µs per row (this process, user+system), each round; decision_log rows: ${count[0]!.n}`);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
console.log('| write | µs/row by round | median | best |');
console.log('| --- | --- | --- | --- |');
for (const [name, us] of results) console.log(`| ${name} | ${us.map((u) => u.toFixed(0)).join(' / ')} | ${median(us).toFixed(0)} | ${Math.min(...us).toFixed(0)} |`);
console.log(`bytes on disk per row (heap + TOAST + indexes): ${sizes.join(', ')}`);
