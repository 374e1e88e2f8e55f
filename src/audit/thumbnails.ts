import sharp from 'sharp';
import { mayShowThumbnail } from '../report/audit-reporters.ts';
import type { AuditItem, AuditRecord } from './audit-types.ts';
import { readItemBytes } from './read-image.ts';

/**
 * Small, heavily blurred thumbnails as data URIs, for at most `max` images, and only those rated
 * `none` with no possible minor (the report re-checks). Local files only: URLs are not fetched again.
 */
export async function blurredThumbnails(records: readonly AuditRecord[], items: ReadonlyMap<string, AuditItem>, max = 24): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const record of records) {
    if (out.size >= max) break;
    const item = items.get(record.id);
    if (!item?.file || !mayShowThumbnail(record)) continue;
    try {
      const bytes = await readItemBytes(item);
      const png = await sharp(bytes, { limitInputPixels: 40_000_000 }).rotate().resize(64, 64, { fit: 'cover' }).blur(4).png().toBuffer();
      out.set(record.id, `data:image/png;base64,${png.toString('base64')}`);
    } catch {
      // A thumbnail is decoration; an unreadable one is simply left out.
    }
  }
  return out;
}
