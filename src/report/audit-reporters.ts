import type { AuditRecord } from '../audit/audit-types.ts';
import type { AuditSummary } from '../audit/audit-summary.ts';
import { csvLine } from '../audit/csv.ts';
import type { Estimate } from '../stats/rogan-gladen.ts';
import { barChart, escapeHtml, page, pct, shareText, table } from './html.ts';
import type { Reporter } from './reporter.ts';

export interface AuditReportInput {
  summary: AuditSummary;
  /** Sorted by id. */
  records: readonly AuditRecord[];
  /** Blurred thumbnails (data URIs) by id; only ever used for images rated `none` without a possible minor. */
  thumbnails?: ReadonlyMap<string, string>;
  title?: string;
  /** How the audit was run: printed in the Method section. The CLI passes the first run's, kept on resume. */
  run?: AuditRunInfo;
}

/** The run behind a report: Consentry's version, the command as typed, and when the audit started. */
export interface AuditRunInfo {
  version: string;
  command: string;
  startedAt: string;
}

/** Only images rated `none` with no possible minor may ever be shown, however the thumbnails were built. */
export function mayShowThumbnail(record: AuditRecord): boolean {
  return record.status === 'ok' && record.nudity?.level === 'none' && record.possibleMinor === false && !(record.faces ?? []).some((f) => f.possibleMinor);
}

const jsonReporter: Reporter<AuditReportInput> = {
  format: 'json',
  fileName: 'summary.json',
  contentType: 'application/json',
  render: ({ summary }) => `${JSON.stringify(summary, null, 2)}\n`,
};

const FIXED_COLUMNS = [
  'id',
  'source',
  'status',
  'error_code',
  'width',
  'height',
  'format',
  'nudity_level',
  'drawn',
  'p_neutral',
  'p_drawing',
  'p_sexy',
  'p_hentai',
  'p_porn',
  'faces',
  'female_faces',
  'male_faces',
  'youngest_age_low',
  'possible_minor',
  'person_count',
  'pdq',
  'pdq_quality',
  'md5',
  'sha256',
  'prompt_verdict',
  'prompt_categories',
];

const csvReporter: Reporter<AuditReportInput> = {
  format: 'csv',
  fileName: 'results.csv',
  contentType: 'text/csv',
  render({ records }) {
    const metaColumns = [...new Set(records.flatMap((r) => Object.keys(r.meta)))].sort();
    const lines = [csvLine([...FIXED_COLUMNS, ...metaColumns.map((c) => (FIXED_COLUMNS.includes(c) ? `meta_${c}` : c))])];
    for (const r of records) {
      const faces = r.faces ?? [];
      const c = r.nudity?.classes ?? {};
      lines.push(
        csvLine([
          r.id,
          r.source,
          r.status,
          r.error?.code,
          r.width,
          r.height,
          r.format,
          r.nudity?.level,
          r.nudity?.drawn,
          c.Neutral,
          c.Drawing,
          c.Sexy,
          c.Hentai,
          c.Porn,
          r.faces ? faces.length : undefined,
          r.faces ? faces.filter((f) => f.gender === 'female').length : undefined,
          r.faces ? faces.filter((f) => f.gender === 'male').length : undefined,
          faces.length ? Math.min(...faces.map((f) => f.ageLow)) : undefined,
          r.possibleMinor,
          r.personCount,
          r.hashes?.pdq,
          r.hashes?.quality,
          r.hashes?.md5,
          r.hashes?.sha256,
          r.prompt?.verdict,
          r.prompt?.categories.join(' '),
          ...metaColumns.map((m) => r.meta[m]),
        ]),
      );
    }
    return lines.join('');
  },
};

const htmlReporter: Reporter<AuditReportInput> = {
  format: 'html',
  fileName: 'report.html',
  contentType: 'text/html',
  render: renderAuditHtml,
};

/** The audit's report formats by name (`--format`). */
export const AUDIT_REPORTERS: Readonly<Record<string, Reporter<AuditReportInput>>> = { json: jsonReporter, csv: csvReporter, html: htmlReporter };

function estimateText(e: Estimate | undefined): string {
  if (!e || e.value === null) return '–';
  return `${pct(e.value)} (95% CI ${pct(e.low)}–${pct(e.high)})${e.clamped ? ' [clamped]' : ''}`;
}

function renderAuditHtml({ summary: s, records, thumbnails, title, run }: AuditReportInput): string {
  const t = title ?? 'Consentry corpus audit';
  const parts: string[] = [];
  parts.push(`<h1>${escapeHtml(t)}</h1><p class="muted">${s.images.total} images listed, ${s.images.analysed} analysed, ${s.images.errors} could not be analysed.</p>`);
  parts.push(
    s.corrected
      ? `<p class="note ok">Figures below are the detectors' raw ratings; prevalence corrected for detector error with human labels is in <a href="#validation">Validation</a>.</p>`
      : `<p class="note"><b>Uncorrected figures.</b> These are the detectors' ratings without correction for their error: no human labels were supplied. Run with <code>--validate N</code>, label the sheet, then <code>--labels FILE</code>.</p>`,
  );
  parts.push(`<div class="kpis">
<div class="kpi" id="kpi-undressed">Undressed (partial or explicit)<b>${pct(s.shares.undressed.p)}</b><span class="muted">95% CI ${pct(s.shares.undressed.low)}–${pct(s.shares.undressed.high)}</span></div>
<div class="kpi" id="kpi-sexualised">Undressed or suggestive<b>${pct(s.shares.sexualised.p)}</b><span class="muted">95% CI ${pct(s.shares.sexualised.low)}–${pct(s.shares.sexualised.high)}</span></div>
<div class="kpi" id="kpi-explicit">Explicit<b>${pct(s.shares.explicit.p)}</b><span class="muted">95% CI ${pct(s.shares.explicit.low)}–${pct(s.shares.explicit.high)}</span></div>
<div class="kpi" id="kpi-minors">Possible minors<b>${s.minors.possibleMinorImages}</b><span class="muted">${s.minors.possibleMinorAmongSexualised} among undressed/suggestive</span></div>
<div class="kpi" id="kpi-women">Women among gendered faces in undressed/suggestive images<b>${pct(s.gender.sexualised.femaleShareOfFaces.p)}</b><span class="muted">95% CI ${pct(s.gender.sexualised.femaleShareOfFaces.low)}–${pct(s.gender.sexualised.femaleShareOfFaces.high)}</span></div>
</div>`);
  const tr = s.detector.trust;
  parts.push(
    `<p class="note" id="trust"><b>How far to trust these figures.</b> On photos of clothed adults the nudity detector rated ${trustText(tr.clothedRatedAboveNone)} above none and ${trustText(tr.clothedRatedUndressed)} undressed; a share of "undressed" near that rate may be mostly false positives. Labelled adults flagged as a possible minor: ${trustText(tr.adultsFlaggedPossibleMinor)}. Gender estimates were right on ${trustText(tr.genderAccuracy)}; age estimates were off by ${tr.ageMaeYears.toFixed(1)} years on average. Source: ${escapeHtml(s.detector.measured.source)}.</p>`,
  );
  parts.push(
    `<h2>Shares of analysed images</h2>${barChart([
      { label: 'Undressed or suggestive', share: s.shares.sexualised },
      { label: 'Undressed (partial/explicit)', share: s.shares.undressed },
      { label: 'Explicit', share: s.shares.explicit },
      { label: 'Possible minor (any image)', share: s.minors.possibleMinorShare },
      { label: 'With a detected face', share: s.shares.withFaces },
      { label: 'Drawn, among sexualised', share: s.shares.drawnAmongSexualised },
    ])}`,
  );
  parts.push(
    `<h2>Nudity levels</h2>${table(
      ['level', 'images'],
      Object.entries(s.levels).map(([k, v]) => [escapeHtml(k), String(v)]),
      [1],
    )}`,
  );
  const g = (label: string, x: AuditSummary['gender']['sexualised']) => [
    escapeHtml(label),
    String(x.images),
    shareText(x.imagesWithFemaleFace),
    shareText(x.imagesWithMaleFace),
    String(x.imagesWithoutGenderedFace),
    `${x.faces.female} / ${x.faces.male} / ${x.faces.unknown}`,
    shareText(x.femaleShareOfFaces),
  ];
  parts.push(
    `<h2>Gender split (face estimates)</h2>${barChart(
      [
        { label: 'Women, undressed/suggestive', share: s.gender.sexualised.femaleShareOfFaces },
        { label: 'Women, undressed', share: s.gender.undressed.femaleShareOfFaces },
      ],
      { colour: '#8250df' },
    )}${table(['among', 'images', 'with a female face', 'with a male face', 'no gendered face', 'faces F / M / unknown', 'female share of gendered faces'], [g('undressed or suggestive', s.gender.sexualised), g('undressed', s.gender.undressed)])}`,
  );
  parts.push(
    `<h2>Possible minors</h2><p>${s.minors.possibleMinorImages} image(s) have a face whose age band reaches below the adult line (${s.minors.possibleMinorAmongSexualised} of them rated undressed or suggestive). Age estimates are weak; each is a flag for human review. These images are never shown here.</p>`,
  );
  if (s.prompts) {
    parts.push(
      `<h2>Prompts</h2>${table(
        ['prompts screened', 'blocked by the prompt screener', 'review', 'sexualised output when blocked', 'sexualised output when allowed'],
        [[String(s.prompts.screened), shareText(s.prompts.blocked), String(s.prompts.review), shareText(s.prompts.sexualisedOutputGivenBlocked), shareText(s.prompts.sexualisedOutputGivenAllowed)]],
      )}`,
    );
  }
  for (const [column, rows] of Object.entries(s.breakdowns)) {
    parts.push(`<h2>By ${escapeHtml(column)}</h2>${barChart(
      rows.slice(0, 40).map((r) => ({ label: r.value || '(empty)', share: r.sexualised })),
      { colour: '#bf3989' },
    )}
<p class="muted">Bars: share undressed or suggestive, with 95% CI.</p>${table(
      [column, 'images', 'undressed', 'undressed or suggestive', 'explicit', 'possible minors'],
      rows.map((r) => [escapeHtml(r.value || '(empty)'), String(r.n), shareText(r.undressed), shareText(r.sexualised), shareText(r.explicit), String(r.possibleMinor)]),
      [1, 5],
    )}`);
  }
  parts.push(
    `<h2>Near-duplicates (PDQ distance ≤ ${s.nearDuplicates.threshold})</h2><p>${s.nearDuplicates.clusters} cluster(s), ${s.nearDuplicates.imagesInClusters} images.</p>` +
      (s.nearDuplicates.largest.length
        ? table(
            ['size', 'ids'],
            s.nearDuplicates.largest.map((c) => [String(c.size), `<code>${c.ids.map(escapeHtml).join(', ')}</code>`]),
            [0],
          )
        : ''),
  );
  parts.push(validationSection(s));
  const flagged = records.filter((r) => r.status === 'ok' && (r.nudity?.level !== 'none' || r.possibleMinor));
  parts.push(
    `<h2>Flagged images (listed, never shown)</h2><p>${flagged.length} image(s) rated suggestive, partial or explicit, or with a possible minor.</p>` +
      (flagged.length
        ? table(
            ['id', 'level', 'possible minor', 'PDQ', 'SHA-256'],
            flagged
              .slice(0, 500)
              .map((r) => [escapeHtml(r.id), escapeHtml(r.nudity?.level), r.possibleMinor ? 'yes' : 'no', `<code>${escapeHtml(r.hashes?.pdq)}</code>`, `<code>${escapeHtml(r.hashes?.sha256)}</code>`]),
          )
        : '') +
      (flagged.length > 500 ? `<p class="muted">First 500 of ${flagged.length}; all are in results.csv.</p>` : ''),
  );
  const shown = records.filter((r) => mayShowThumbnail(r) && thumbnails?.has(r.id));
  if (shown.length) {
    parts.push(
      `<h2>Sample of images rated none (blurred)</h2><div class="thumbs">${shown.map((r) => `<img alt="${escapeHtml(r.id)}" title="${escapeHtml(r.id)}" src="${escapeHtml(thumbnails!.get(r.id))}">`).join('')}</div>`,
    );
  }
  const errors = records.filter((r) => r.status !== 'ok');
  if (errors.length)
    parts.push(
      `<h2>Not analysed</h2>${table(
        ['id', 'code', 'message'],
        errors.slice(0, 200).map((r) => [escapeHtml(r.id), escapeHtml(r.error?.code), escapeHtml(r.error?.message)]),
      )}`,
    );
  const method = [
    ...(run ? [`Consentry ${run.version}; audit started ${run.startedAt}; command: <code>${escapeHtml(run.command)}</code>`] : []),
    `Nudity model: ${escapeHtml(s.detector.models.nudity)}. Faces: ${escapeHtml(s.detector.models.faces)}.`,
    `Thresholds: <code>${escapeHtml(JSON.stringify(s.detector.thresholds))}</code>`,
    ...s.notes.map(escapeHtml),
  ];
  parts.push(`<h2>Method</h2><ul>${method.map((n) => `<li>${n}</li>`).join('')}</ul>`);
  return page(t, parts.join('\n'));
}

function trustText(p: { k: number; n: number; p: number | null; low: number | null; high: number | null }): string {
  return `${p.k} of ${p.n} (${pct(p.p)}, 95% CI ${pct(p.low)}–${pct(p.high)})`;
}

function validationSection(s: AuditSummary): string {
  if (!s.validation || Object.keys(s.validation.measures).length === 0) {
    return `<h2 id="validation">Validation</h2><p class="note">No human labels: detector precision and recall are unknown for this corpus and prevalence is not corrected.</p>`;
  }
  const rows = Object.entries(s.validation.measures).map(([m, v]) => [
    escapeHtml(m),
    pct(v.apparent),
    estimateText(v.precision),
    estimateText(v.recall),
    estimateText(v.specificity),
    estimateText(v.corrected),
  ]);
  return `<h2 id="validation">Validation against ${s.validation.labelledImages} human-labelled images</h2>
${table(['measure', 'detector rate (apparent)', 'precision', 'recall (sensitivity)', 'specificity', 'corrected prevalence (Rogan-Gladen)'], rows)}
<p class="muted">Labelled images are weighted by their sampling stratum; intervals are stratified-bootstrap 95% percentile intervals (fixed seed), widened to contain the Wilson interval on the labelled counts so that few labels never give a zero-width interval. ${s.validation.unknownIds ? `${s.validation.unknownIds} label id(s) did not match an analysed image and were ignored.` : ''}</p>`;
}
