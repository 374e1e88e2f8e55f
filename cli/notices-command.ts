import { parseArgs } from 'node:util';
import { createDecisionLog, InvalidInputError, NOTICE_STATUSES, noticeServiceFor, openMigratedDatabase, readConfig, type Notice, type NoticeStatus } from '../src/internal.ts';
import type { CliCommand } from './main.ts';

const USAGE = `Usage:
  consentry notices list [--tenant T] [--status received|escalated|accepted|rejected|withdrawn] [--open] [--data-dir DIR] [--json]
  consentry notices show CASE [--data-dir DIR] [--json]

list shows takedown notices by deadline, soonest first, marking those due within the hour and
those overdue. show prints one notice with its hashes, its moderation events and the checks
already in the log whose input had one of its hashes (known identical copies).
Deciding a notice is done in the review console (/console) or with the admin API
(POST /v1/admin/notices/CASE/actions). With the embedded PGlite these commands need the server stopped.`;

function line(n: Notice, timer: string): string {
  return `${n.caseNumber}  ${n.status.padEnd(9)}  due ${n.deadlineAt}${timer}  ${n.regimes.join(',') || 'target'}  ${n.hashCount} hash(es)  tenant ${n.tenantId}${n.minor ? '  MINOR: reporting duty' : ''}\n`;
}

export const noticesCommand: CliCommand = {
  usage: USAGE,
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { tenant: { type: 'string' }, status: { type: 'string' }, open: { type: 'boolean', default: false }, 'data-dir': { type: 'string' }, json: { type: 'boolean', default: false } },
    });
    const [action, caseNumber] = positionals;
    if (!((action === 'list' && positionals.length === 1) || (action === 'show' && positionals.length === 2))) throw new InvalidInputError(USAGE, undefined, 'usage');
    if (values.status !== undefined && !(NOTICE_STATUSES as readonly string[]).includes(values.status))
      throw new InvalidInputError(`--status must be one of ${NOTICE_STATUSES.join(', ')}.`, undefined, 'usage');
    const config = readConfig(io.env, values['data-dir'] ? { dataDir: values['data-dir'] } : {});
    const db = await openMigratedDatabase(config);
    const log = createDecisionLog(db);
    const notices = noticeServiceFor({ db, log, config });
    try {
      if (action === 'list') {
        const [list, timers] = await Promise.all([notices.list(values.tenant, { status: values.status as NoticeStatus | undefined, open: values.open }), notices.timers(values.tenant)]);
        const overdue = new Set(timers.overdue.map((n) => n.caseNumber));
        const soon = new Set(timers.dueSoon.map((n) => n.caseNumber));
        if (values.json) io.stdout.write(`${JSON.stringify({ data: list, overdue: [...overdue], dueSoon: [...soon] })}\n`);
        else if (list.length === 0) io.stderr.write('No notices.\n');
        else for (const n of list) io.stdout.write(line(n, overdue.has(n.caseNumber) ? '  OVERDUE' : soon.has(n.caseNumber) ? '  DUE WITHIN THE HOUR' : ''));
        return 0;
      }
      const notice = await notices.get(undefined, caseNumber!);
      const [hashes, events, copies] = await Promise.all([
        notices.hashes(notice.tenantId, notice.caseNumber),
        notices.events(notice.tenantId, notice.caseNumber),
        notices.loggedCopies(notice.tenantId, notice.caseNumber),
      ]);
      if (values.json) {
        io.stdout.write(`${JSON.stringify({ notice, hashes, events, loggedCopies: copies })}\n`);
        return 0;
      }
      io.stdout.write(line(notice, ''));
      io.stdout.write(`received ${notice.receivedAt} (receipt confirmed ${notice.receiptConfirmedAt}); outcome ${notice.outcome ?? 'none yet'}\n`);
      io.stdout.write(`notifier ${notice.role}, ${notice.category}, countries ${notice.jurisdictions.join(', ')}, contact ${notice.contact ? 'given' : 'none'}, signed "${notice.signature}"\n`);
      io.stdout.write(`statement: ${notice.nonConsentStatement}\n`);
      for (const h of hashes) io.stdout.write(`hash ${h.id}  pdq ${h.pdq}${h.sha256 ? `  sha256 ${h.sha256}` : ''}\n`);
      for (const e of events) io.stdout.write(`event ${e.createdAt}  ${e.action}  by ${e.actor}${e.reviewerId ? ` ${e.reviewerId}` : ''}: ${e.reason}\n`);
      for (const c of copies) io.stdout.write(`logged copy ${c.decisionId}  ${c.kind} ${c.verdict}  ${c.createdAt}  (same ${c.match})\n`);
      return 0;
    } finally {
      await log.close();
      await db.close();
    }
  },
};
