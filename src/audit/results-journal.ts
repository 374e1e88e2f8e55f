import { open, readFile, rename, truncate, writeFile } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import type { AuditRecord } from './audit-types.ts';
import { compareIds } from './audit-inputs.ts';

/**
 * results.jsonl as a journal: one fsync'd line per image, so a killed run loses at most the line
 * being written. Reading drops a torn last line and truncates the file back to the last whole one.
 */
export class ResultsJournal {
  private constructor(
    private readonly path: string,
    private handle: FileHandle,
    readonly done: Map<string, AuditRecord>,
  ) {}

  static async open(path: string): Promise<ResultsJournal> {
    const done = new Map<string, AuditRecord>();
    let data = Buffer.alloc(0);
    try {
      data = await readFile(path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    // Only lines ending in a newline were fully written; a torn tail is cut off.
    let good = 0;
    while (good < data.length) {
      const nl = data.indexOf(0x0a, good);
      if (nl < 0) break;
      const line = data.subarray(good, nl).toString('utf8');
      if (line.trim()) {
        let record: AuditRecord;
        try {
          record = JSON.parse(line) as AuditRecord;
        } catch {
          break;
        }
        // A later line for the same id is a retry of a failed image: it replaces the earlier one.
        if (typeof record.id === 'string') done.set(record.id, record);
      }
      good = nl + 1;
    }
    if (good < data.length) await truncate(path, good);
    const handle = await open(path, 'a');
    return new ResultsJournal(path, handle, done);
  }

  async append(record: AuditRecord): Promise<void> {
    this.done.set(record.id, record);
    await this.handle.write(`${JSON.stringify(record)}\n`);
    await this.handle.sync();
  }

  /** All records sorted by id. */
  records(): AuditRecord[] {
    return [...this.done.values()].sort((a, b) => compareIds(a.id, b.id));
  }

  /** Rewrites the journal sorted by id (atomically), so finished runs are byte-identical. */
  async finalise(): Promise<void> {
    await this.handle.close();
    const tmp = `${this.path}.tmp`;
    await writeFile(
      tmp,
      this.records()
        .map((r) => `${JSON.stringify(r)}\n`)
        .join(''),
    );
    await rename(tmp, this.path);
    this.handle = await open(this.path, 'a');
  }

  async close(): Promise<void> {
    await this.handle.close();
  }
}
