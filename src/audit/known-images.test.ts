import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { readConfig } from '../config.ts';
import { hashImage } from '../hash/image-hash.ts';
import { importHashListToDb } from '../hash/list-db.ts';
import { tableAnalyzer } from '../testing/fake-image-analyzer.ts';
import { syntheticImage } from '../testing/synthetic-images.ts';
import { pgliteStorage, postgresStorage } from '../testing/test-database.ts';
import { loadAuditDependencies } from './default-dependencies.ts';
import { runAudit } from './run-audit.ts';

for (const kind of ['pglite', 'postgres'] as const) {
  test(`the audit reports images on the stored hash lists, near-duplicates included, on ${kind}`, async (t) => {
    const storage = kind === 'pglite' ? pgliteStorage() : await postgresStorage();
    if (!storage) return t.skip('no PostgreSQL');
    const dir = mkdtempSync(join(tmpdir(), 'consentry-audit-lists-'));
    try {
      mkdirSync(join(dir, 'images'));
      const listed = await syntheticImage(3, { size: 300 });
      writeFileSync(join(dir, 'images', 'a.jpg'), listed);
      writeFileSync(join(dir, 'images', 'a-copy.jpg'), await sharp(listed).resize(200).jpeg({ quality: 60 }).toBuffer());
      writeFileSync(join(dir, 'images', 'b.jpg'), await syntheticImage(5, { size: 300 }));
      const db = await storage.open();
      await importHashListToDb(db, { name: 'ncii', source: 'test', purpose: 'ncii', text: `${(await hashImage(listed)).pdq},100,case-3\n` });
      await db.close();
      // The real dependencies (their database opened on the first image), with a stand-in for the models.
      const deps = await loadAuditDependencies(readConfig(storage.env));
      try {
        const result = await runAudit({ input: join(dir, 'images'), outDir: join(dir, 'out'), deps: { ...deps, analyzer: tableAnalyzer() } });
        const byId = new Map(result.records.map((r) => [r.source, r]));
        assert.equal(byId.get('a.jpg')?.knownImage?.[0]?.entryId, 'case-3');
        assert.equal(byId.get('a-copy.jpg')?.knownImage?.[0]?.list, 'ncii');
        assert.equal(byId.get('b.jpg')?.knownImage, undefined);
        assert.equal(result.summary.knownImages.images, 2);
      } finally {
        await deps.close!();
      }
    } finally {
      await storage.dispose();
    }
  });
}
