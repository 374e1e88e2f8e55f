import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AUDIT_REPORTERS, mayShowThumbnail } from './audit-reporters.ts';
import { pickReporter } from './reporter.ts';
import { summariseAudit } from '../audit/audit-summary.ts';
import type { AuditRecord } from '../audit/audit-types.ts';

const record = (
  id: string,
  level: AuditRecord['nudity'] extends infer N ? (N extends { level: infer L } ? L : never) : never,
  possibleMinor = false,
  meta: Record<string, string> = {},
): AuditRecord => ({
  id,
  source: id,
  meta,
  status: 'ok',
  width: 10,
  height: 10,
  format: 'jpeg',
  nudity: { level, drawn: false, classes: {} },
  faces: possibleMinor ? [{ box: [0, 0, 1, 1], score: 1, age: 15, ageLow: 10, ageHigh: 20, possibleMinor: true, gender: 'female', genderScore: 1 }] : [],
  personCount: possibleMinor ? 1 : 0,
  possibleMinor,
  hashes: { pdq: 'a'.repeat(64), quality: 100, md5: 'b'.repeat(32), sha256: `${id}-sha` },
});

test('the HTML report shows a thumbnail only for images rated none with no possible minor, even if handed more', () => {
  const records = [record('flagged-explicit', 'explicit'), record('flagged-suggestive', 'suggestive'), record('minor-none', 'none', true), record('clean', 'none')];
  const thumbnails = new Map(records.map((r) => [r.id, `data:image/png;base64,${r.id}`]));
  const html = AUDIT_REPORTERS.html!.render({ summary: summariseAudit(records), records, thumbnails });
  const shown = [...html.matchAll(/<img [^>]*alt="([^"]+)"/g)].map((m) => m[1]);
  assert.deepEqual(shown, ['clean']);
  for (const id of ['flagged-explicit', 'flagged-suggestive', 'minor-none']) assert.ok(!html.includes(`base64,${id}`), id);
  // Flagged images are listed by id and hash.
  assert.match(html, /flagged-explicit<\/td><td>explicit/);
  assert.match(html, /flagged-explicit-sha/);
  assert.equal(mayShowThumbnail({ ...record('x', 'none'), status: 'error' }), false);
});

test('hostile metadata is escaped in HTML and defused in CSV', () => {
  const records = [record('<script>alert(1)</script>', 'suggestive', false, { source: '=HYPERLINK("http://evil")', day: '<img src=x onerror=alert(1)>' })];
  const summary = summariseAudit(records);
  const html = AUDIT_REPORTERS.html!.render({ summary, records });
  assert.ok(!html.includes('<script>alert'));
  assert.ok(!html.includes('<img src=x'));
  assert.match(html, /&lt;script&gt;/);
  const csv = pickReporter(AUDIT_REPORTERS, 'csv').render({ summary, records });
  assert.match(csv, /"'=HYPERLINK\(""http:\/\/evil""\)"/);
  assert.throws(() => pickReporter(AUDIT_REPORTERS, 'pdf'), /Known: json, csv, html/);
});
