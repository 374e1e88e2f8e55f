import { readdir, readFile, stat } from 'node:fs/promises';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import { InvalidInputError, errorMessage } from '../errors.ts';
import type { AuditItem } from './audit-types.ts';
import { parseCsv } from './csv.ts';

export const IMAGE_EXTENSIONS = new Set(['.jpg', '.jpeg', '.png', '.webp', '.gif', '.avif', '.tif', '.tiff', '.bmp']);
const RESERVED = new Set(['id', 'file', 'url']);

/**
 * The images to audit: every image file under a folder (recursive, sorted), or the rows of a CSV
 * or JSON-lines manifest with `id` and `file` (relative to the manifest) or `url`; other columns are metadata.
 */
export async function readAuditInputs(input: string): Promise<AuditItem[]> {
  const path = resolve(input);
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    throw new InvalidInputError(`Cannot read the audit input "${input}": ${errorMessage(error)}`);
  }
  const items = info.isDirectory() ? await listFolder(path) : await readManifest(path);
  const seen = new Set<string>();
  for (const item of items) {
    if (seen.has(item.id)) throw new InvalidInputError(`Duplicate id "${item.id}" in "${input}"; ids must be unique.`, { id: item.id });
    seen.add(item.id);
  }
  return items.sort((a, b) => compareIds(a.id, b.id));
}

export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

async function listFolder(root: string): Promise<AuditItem[]> {
  const out: AuditItem[] = [];
  const walk = async (dir: string) => {
    const entries = await readdir(dir, { withFileTypes: true });
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (entry.isFile() && IMAGE_EXTENSIONS.has(extname(entry.name).toLowerCase())) {
        const rel = relative(root, path).split(sep).join('/');
        out.push({ id: rel, file: path, source: rel, meta: {} });
      }
    }
  };
  await walk(root);
  return out;
}

async function readManifest(path: string): Promise<AuditItem[]> {
  const text = await readFile(path, 'utf8');
  const base = dirname(path);
  const rows: Record<string, unknown>[] = [];
  if (/\.jsonl?$|\.ndjson$/i.test(path)) {
    for (const [index, line] of text.split(/\r?\n/).entries()) {
      if (!line.trim()) continue;
      let row: unknown;
      try {
        row = JSON.parse(line);
      } catch (error) {
        throw new InvalidInputError(`${path}:${index + 1}: not valid JSON (${errorMessage(error)}).`);
      }
      if (!row || typeof row !== 'object' || Array.isArray(row)) throw new InvalidInputError(`${path}:${index + 1}: each line must be a JSON object.`);
      rows.push(row as Record<string, unknown>);
    }
  } else if (/\.csv$/i.test(path)) {
    const [header, ...body] = parseCsv(text);
    if (!header) throw new InvalidInputError(`${path}: empty manifest.`);
    const names = header.map((h) => h.trim());
    for (const cells of body) rows.push(Object.fromEntries(names.map((n, i) => [n, cells[i] ?? ''])));
  } else {
    throw new InvalidInputError(`"${path}" is neither a folder nor a .csv / .jsonl manifest.`);
  }
  return rows.map((row, index) => {
    const file = str(row.file);
    const url = str(row.url);
    if (!file && !url) throw new InvalidInputError(`${path}: row ${index + 1} has neither "file" nor "url".`);
    if (url && !/^https?:\/\//i.test(url)) throw new InvalidInputError(`${path}: row ${index + 1}: only http(s) URLs are fetched.`);
    const id = str(row.id) || file || url!;
    const meta: Record<string, string> = {};
    for (const [k, v] of Object.entries(row)) if (!RESERVED.has(k) && v !== undefined && v !== null) meta[k] = str(v);
    return { id, ...(file ? { file: resolve(base, file), source: relative(base, resolve(base, file)).split(sep).join('/') } : { url, source: url }), meta };
  });
}

function str(value: unknown): string {
  if (value === undefined || value === null) return '';
  return typeof value === 'string' ? value.trim() : typeof value === 'object' ? JSON.stringify(value) : String(value);
}
