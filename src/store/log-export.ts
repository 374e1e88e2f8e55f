import type { Queryable } from './database.ts';
import { readLog, type LogEntry, type ReadLogOptions } from './decision-log.ts';
import { readTenantLog, type TenantLogEntry } from './tenant-log.ts';

export const LOG_EXPORT_FORMATS = ['jsonl', 'csv'] as const;
export type LogExportFormat = (typeof LOG_EXPORT_FORMATS)[number];

interface LogReporter {
  header?: string;
  line(entry: LogEntry & { content?: unknown }): string;
}

const CSV_COLUMNS = ['seq', 'id', 'tenant_id', 'created_at', 'kind', 'verdict', 'policy_id', 'policy_version', 'parent_id', 'categories', 'reasons', 'input_sha256', 'prev_hash', 'entry_hash'];

const REPORTERS: Record<LogExportFormat, LogReporter> = {
  jsonl: { line: ({ content: _, ...e }) => `${JSON.stringify(e)}\n` },
  csv: {
    header: `${CSV_COLUMNS.join(',')}\n`,
    line: (e) => csvLine([e.seq, ...decisionCells(e), e.prevHash, e.entryHash]),
  },
};

/** A tenant's export: its entries' positions among its own and their own hashes; never the chain's seq or another tenant's hash in prev_hash. */
const TENANT_CSV_COLUMNS = ['position', 'id', 'tenant_id', 'created_at', 'kind', 'verdict', 'policy_id', 'policy_version', 'parent_id', 'categories', 'reasons', 'input_sha256', 'entry_hash'];

const TENANT_REPORTERS: Record<LogExportFormat, { header?: string; line(entry: TenantLogEntry): string }> = {
  jsonl: { line: (e) => `${JSON.stringify(e)}\n` },
  csv: {
    header: `${TENANT_CSV_COLUMNS.join(',')}\n`,
    line: (e) => csvLine([e.position, ...decisionCells(e), e.entryHash]),
  },
};

/** One tenant's entries (or those since a date) as the tenant may see them (`readTenantLog`), as JSON lines or CSV, streamed. */
export async function* exportTenantLog(db: Queryable, format: LogExportFormat, tenantId: string, options: { since?: Date } = {}): AsyncGenerator<string> {
  const reporter = TENANT_REPORTERS[format];
  if (reporter.header) yield reporter.header;
  for await (const entry of readTenantLog(db, tenantId, options)) yield reporter.line(entry);
}

/** The operator's export: the log (or the part since a date) with the chain's fields, as JSON lines or CSV, streamed entry by entry. */
export async function* exportLog(db: Queryable, format: LogExportFormat, options: ReadLogOptions = {}): AsyncGenerator<string> {
  const reporter = REPORTERS[format];
  if (reporter.header) yield reporter.header;
  for await (const entry of readLog(db, options)) yield reporter.line(entry);
}

function csvCell(value: unknown): string {
  let text = String(value);
  // Spreadsheets run cells starting with these as formulas; the log may quote hostile prompts.
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The columns an entry's decision fills in both exports, from `id` to `input_sha256`. */
function decisionCells(e: Pick<LogEntry, 'id' | 'tenantId' | 'createdAt' | 'kind' | 'verdict' | 'policyId' | 'policyVersion' | 'parentId' | 'decision' | 'inputs'>): unknown[] {
  return [
    e.id,
    e.tenantId,
    e.createdAt,
    e.kind,
    e.verdict,
    e.policyId,
    e.policyVersion,
    e.parentId ?? '',
    e.decision.categories.map((c) => c.category).join(';'),
    e.decision.reasons.join(' | '),
    e.inputs.map((i) => `${i.role}:${i.sha256}`).join(';'),
  ];
}

function csvLine(cells: readonly unknown[]): string {
  return `${cells.map(csvCell).join(',')}\n`;
}
