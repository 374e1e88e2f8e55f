// The transparency report's formats: the template sheets of Implementing Regulation (EU) 2024/2835
// as RFC 4180 CSV (UTF-8, CRLF, the template's column names), the whole report as JSON, and a
// self-contained HTML page with inline SVG charts.
import { csvField } from '../audit/csv.ts';
import type { CategoryCounts, TransparencyReport } from '../regulatory/transparency-report.ts';
import { wilson, type Proportion } from '../stats/wilson.ts';
import { barChart, escapeHtml, page, pct, shareText, table } from './html.ts';
import type { Reporter } from './reporter.ts';

/** A transparency report format; `files` is what `--out DIR` writes (CSV: one file per sheet). */
export interface TransparencyReporter extends Reporter<TransparencyReport> {
  files(report: TransparencyReport): Array<{ name: string; text: string }>;
}

export const TEMPLATE_SHEETS = ['4_notices', '5_own_initiative_illegal', '6_own_initiative_TC', '7_appeals_and_recidivism', '8_automated_means'] as const;
export type TemplateSheet = (typeof TEMPLATE_SHEETS)[number];

const rfc4180 = (rows: readonly (readonly unknown[])[]) => rows.map((r) => `${r.map(csvField).join(',')}\r\n`).join('');
const period = (r: TransparencyReport) => `${r.period.from.slice(0, 10)}/${r.period.to.slice(0, 10)}`;
const categoryLabel = (c: string) => c.replace(/^STATEMENT_CATEGORY_/, '');

const OWN_INITIATIVE_COLUMNS = [
  'Applicability',
  'Service',
  'Reporting period',
  'Category',
  "Number of measures taken at the provider's own initiative",
  'Number of measures taken after detection with solely automated means',
  'Visibility restriction - Removal',
  'Visibility restriction - Disable',
  'Visibility restriction - Demoted',
  'Visibility restriction - Age restricted',
  'Visibility restriction - Interaction restricted',
  'Visibility restriction - Labelled',
  'Visibility restriction - Other',
  'Monetary restriction - Suspension',
  'Monetary restriction - Termination',
  'Monetary restriction - Other',
  'Provision of the service - Suspension',
  'Provision of the service - Termination',
  'Account restriction - Suspension',
  'Account restriction - Termination',
];

const NOTICE_COLUMNS = [
  'Applicability',
  'Service',
  'Reporting period',
  'Category of illegal content',
  'Description of the sub-category "Other"',
  'Number of notices received',
  'Number of notices received from Trusted flaggers',
  'Number of specific items of information included in the total number of notices',
  'Number of specific items of information included in the notices submitted by Trusted Flaggers',
  'Median time to take action',
  'Median time to take action (Trusted Flagger notices)',
  'Number of actions taken on the basis of the law',
  'Number of actions taken on the basis of the law (Trusted Flagger notices)',
  'Number of actions taken on the basis of the terms and conditions of the service',
  'Number of actions taken on the basis of the terms and conditions of the service (Trusted Flagger notices)',
];

const LONG_COLUMNS = ['Section', 'Indicator', 'Scope', 'Value', 'Contextual Information'];

function ownInitiativeSheet(r: TransparencyReport, rows: readonly CategoryCounts[]): string {
  return rfc4180([
    OWN_INITIATIVE_COLUMNS,
    ...rows.map((c) => [
      'Applicable',
      r.service,
      period(r),
      c.category,
      c.measures,
      c.solelyAutomated,
      c.visibilityRemoval,
      c.visibilityDisable,
      0,
      0,
      0,
      0,
      c.visibilityOther,
      0,
      0,
      0,
      0,
      0,
      c.accountSuspension,
      c.accountTermination,
    ]),
  ]);
}

/** Each template sheet as RFC 4180 CSV. */
export function templateSheets(r: TransparencyReport): Record<TemplateSheet, string> {
  const hours = (h: number | null) => (h === null ? '' : `${h} hours`);
  const automatedShare = r.automated.p === null ? '' : r.automated.p.toFixed(4);
  return {
    '4_notices': rfc4180([
      NOTICE_COLUMNS,
      ...r.notices.map((n) => [
        'Applicable',
        r.service,
        period(r),
        n.category,
        '',
        n.received,
        n.trustedFlagger,
        '',
        '',
        hours(n.medianHoursToAction),
        hours(n.medianHoursToActionTrustedFlagger),
        n.actionsLaw,
        '',
        n.actionsTerms,
        '',
      ]),
    ]),
    '5_own_initiative_illegal': ownInitiativeSheet(r, r.ownInitiativeIllegal),
    '6_own_initiative_TC': ownInitiativeSheet(r, r.ownInitiativeTerms),
    '7_appeals_and_recidivism': rfc4180([
      LONG_COLUMNS,
      ['Complaints (Art 20)', 'Number of complaints received', 'All', r.appeals.received, 'Appeals through the review console'],
      ['Complaints (Art 20)', 'Number of complaints decided', 'All', r.appeals.decided, ''],
      ['Complaints (Art 20)', 'Number of decisions upheld', 'All', r.appeals.upheld, ''],
      ['Complaints (Art 20)', 'Number of decisions reversed', 'All', r.appeals.reversed, ''],
      ['Complaints (Art 20)', 'Median time to decide a complaint', 'All', hours(r.appeals.medianHoursToDecision), 'Decided by a person, never automatically (Art 20(6))'],
    ]),
    '8_automated_means': rfc4180([
      LONG_COLUMNS,
      ['Automated means', 'Share of restrictions decided with solely automated means', 'All', automatedShare, `${r.automated.k} of ${r.automated.n}`],
      ['Automated means', 'Median time to take action', 'All', hours(r.medianHoursToAction), 'From the content (or notice) to the restriction'],
      ...r.detectorErrorRates.map((e) => ['Accuracy', `${e.detector}: ${e.measure}`, 'Benchmark', (e.errors / e.trials).toFixed(4), `${e.errors}/${e.trials}; ${e.source}`]),
    ]),
  };
}

const csvReporter: TransparencyReporter = {
  format: 'csv',
  fileName: '5_own_initiative_illegal.csv',
  contentType: 'text/csv; charset=utf-8',
  render: (r) => templateSheets(r)['5_own_initiative_illegal'],
  files: (r) => Object.entries(templateSheets(r)).map(([name, text]) => ({ name: `${name}.csv`, text })),
};

const jsonReporter: TransparencyReporter = {
  format: 'json',
  fileName: 'transparency-report.json',
  contentType: 'application/json',
  render: (r) => `${JSON.stringify(r, null, 2)}\n`,
  files: (r) => [{ name: 'transparency-report.json', text: jsonReporter.render(r) }],
};

const htmlReporter: TransparencyReporter = {
  format: 'html',
  fileName: 'transparency-report.html',
  contentType: 'text/html; charset=utf-8',
  render: renderHtml,
  files: (r) => [{ name: 'transparency-report.html', text: renderHtml(r) }],
};

/** The transparency report's formats by name (`--format`, `?format=`). */
export const TRANSPARENCY_REPORTERS: Readonly<Record<string, TransparencyReporter>> = { csv: csvReporter, json: jsonReporter, html: htmlReporter };

function sharesOf(counts: Record<string, number>, total: number, label: (k: string) => string): Array<{ label: string; share: Proportion }> {
  return Object.entries(counts)
    .sort((a, b) => b[1] - a[1])
    .map(([k, v]) => ({ label: label(k), share: wilson(v, total) }));
}

function renderHtml(r: TransparencyReport): string {
  const title = `Transparency report ${period(r)}`;
  const parts: string[] = [];
  const h = (x: number | null) => (x === null ? '–' : `${x} h`);
  parts.push(
    `<h1>${escapeHtml(title)}</h1><p class="muted">${escapeHtml(r.service)}. Generated ${escapeHtml(r.generatedAt)}. DSA Art 15 and 24; templates of Implementing Regulation (EU) 2024/2835.</p>`,
  );
  parts.push(`<div class="kpis">
<div class="kpi" id="kpi-restrictions">Restrictions<b>${r.restrictions}</b><span class="muted">${r.refusals} refused generations among them</span></div>
<div class="kpi" id="kpi-automated">Decided by automated means alone<b>${pct(r.automated.p)}</b><span class="muted">${r.automated.k} of ${r.automated.n}</span></div>
<div class="kpi" id="kpi-median">Median time to action<b>${h(r.medianHoursToAction)}</b></div>
<div class="kpi" id="kpi-appeals">Appeals<b>${r.appeals.received}</b><span class="muted">${r.appeals.reversed} reversed, ${r.appeals.upheld} upheld, ${r.appeals.open} open</span></div>
</div>`);
  parts.push(`<h2>Restrictions by category</h2>${r.restrictions ? barChart(sharesOf(r.byCategory, r.restrictions, categoryLabel)) : '<p>None in this period.</p>'}
${table(
  ['category', 'restrictions'],
  Object.entries(r.byCategory).map(([k, v]) => [escapeHtml(categoryLabel(k)), String(v)]),
  [1],
)}`);
  parts.push(
    `<h2>Restrictions by jurisdiction</h2>${
      r.restrictions
        ? barChart(
            sharesOf(r.byJurisdiction, r.restrictions, (k) => k),
            { colour: '#8250df' },
          )
        : '<p>None in this period.</p>'
    }`,
  );
  parts.push(`<h2>Automated means</h2>${barChart([{ label: 'Decided by automated means alone', share: r.automated }], { colour: '#1a7f37' })}
<p>Every automated block can be appealed to a person (Art 20(6)).</p>`);
  parts.push(
    `<h2>Notices (Art 16)</h2>${
      r.notices.length
        ? table(
            ['category', 'received', 'from trusted flaggers', 'actions on the law', 'median time to action'],
            r.notices.map((n) => [escapeHtml(categoryLabel(n.category)), String(n.received), String(n.trustedFlagger), String(n.actionsLaw), h(n.medianHoursToAction)]),
            [1, 2, 3],
          )
        : '<p>No notices in this period (or no notice portal installed).</p>'
    }`,
  );
  parts.push(`<h2>Appeals and reversals (Art 20)</h2>${barChart([{ label: 'Decided appeals that reversed', share: r.appeals.reversalShare }], { colour: '#bf3989' })}
${table(['received', 'decided', 'upheld', 'reversed', 'open', 'median time to decide'], [[String(r.appeals.received), String(r.appeals.decided), String(r.appeals.upheld), String(r.appeals.reversed), String(r.appeals.open), h(r.appeals.medianHoursToDecision)]], [0, 1, 2, 3, 4])}`);
  parts.push(
    `<h2>Own-initiative measures</h2>${table(
      ['sheet', 'category', 'measures', 'solely automated', 'disabled', 'removed', 'account suspended'],
      [...r.ownInitiativeIllegal.map((c) => ['illegal content', c] as const), ...r.ownInitiativeTerms.map((c) => ['terms and conditions', c] as const)].map(([sheet, c]) => [
        sheet,
        escapeHtml(categoryLabel(c.category)),
        String(c.measures),
        String(c.solelyAutomated),
        String(c.visibilityDisable),
        String(c.visibilityRemoval),
        String(c.accountSuspension),
      ]),
      [2, 3, 4, 5, 6],
    )}`,
  );
  const rates = r.detectorErrorRates.map((e) => ({ label: `${e.detector}: ${e.measure}`, share: wilson(e.errors, e.trials) }));
  parts.push(`<h2>Detectors' measured error rates</h2>${barChart(rates, { colour: '#cf222e' })}
${table(
  ['detector', 'measure', 'rate', 'source'],
  r.detectorErrorRates.map((e, i) => [escapeHtml(e.detector), escapeHtml(e.measure), escapeHtml(shareText(rates[i]!.share)), escapeHtml(e.source)]),
)}`);
  parts.push(`<h2>Method</h2><ul>${r.notes.map((n) => `<li>${escapeHtml(n)}</li>`).join('')}</ul>`);
  return page(title, parts.join('\n'));
}
