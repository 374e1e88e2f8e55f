// Building blocks of the self-contained HTML reports: escaping, the page shell and SVG charts.
// Nothing here loads anything from outside the file; the CSP forbids it besides.
import type { Proportion } from '../stats/wilson.ts';

export function escapeHtml(value: unknown): string {
  return String(value ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

export function pct(x: number | null | undefined, digits = 1): string {
  return x === null || x === undefined || Number.isNaN(x) ? '–' : `${(x * 100).toFixed(digits)}%`;
}

/** "12.5% (95% CI 8.1–18.7%, 25/200)". */
export function shareText(p: Proportion): string {
  if (p.p === null) return `– (0 images)`;
  return `${pct(p.p)} (95% CI ${pct(p.low)}–${pct(p.high)}, ${p.k}/${p.n})`;
}

export function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0 auto;max-width:1000px;padding:24px;color:#1b1f24;background:#fff}
h1{font-size:26px;margin:0 0 4px}h2{font-size:19px;margin:32px 0 8px;border-bottom:1px solid #d0d7de;padding-bottom:4px}
.note{background:#fff8c5;border:1px solid #d4a72c;padding:8px 12px;border-radius:6px}
.ok{background:#dafbe1;border-color:#4ac26b}
table{border-collapse:collapse;width:100%;margin:8px 0}th,td{border:1px solid #d0d7de;padding:4px 8px;text-align:left;vertical-align:top}
th{background:#f6f8fa}td.num{text-align:right;font-variant-numeric:tabular-nums}
code{font-size:12px;word-break:break-all}.muted{color:#57606a}
.kpis{display:flex;flex-wrap:wrap;gap:12px}.kpi{border:1px solid #d0d7de;border-radius:6px;padding:8px 12px;min-width:180px}
.kpi b{display:block;font-size:22px}.thumbs img{width:64px;height:64px;object-fit:cover;margin:2px;border-radius:4px}
svg text{font:12px system-ui,sans-serif;fill:#1b1f24}
</style>
</head>
<body>
${body}
</body>
</html>
`;
}

export interface Bar {
  label: string;
  share: Proportion;
}

/** Horizontal bars of shares with their 95% interval as a whisker; accessible text in <title>. */
export function barChart(bars: readonly Bar[], options: { width?: number; colour?: string } = {}): string {
  const width = options.width ?? 720;
  const labelWidth = 220;
  const plot = width - labelWidth - 120;
  const rowHeight = 26;
  const height = bars.length * rowHeight + 24;
  const x = (v: number) => labelWidth + v * plot;
  const rows = bars.map((b, i) => {
    const y = 8 + i * rowHeight;
    const p = b.share.p ?? 0;
    const whisker =
      b.share.low === null || b.share.high === null
        ? ''
        : `<line x1="${x(b.share.low).toFixed(1)}" x2="${x(b.share.high).toFixed(1)}" y1="${y + 9}" y2="${y + 9}" stroke="#1b1f24" stroke-width="1.5"/>` +
          `<line x1="${x(b.share.low).toFixed(1)}" x2="${x(b.share.low).toFixed(1)}" y1="${y + 4}" y2="${y + 14}" stroke="#1b1f24"/>` +
          `<line x1="${x(b.share.high).toFixed(1)}" x2="${x(b.share.high).toFixed(1)}" y1="${y + 4}" y2="${y + 14}" stroke="#1b1f24"/>`;
    return (
      `<g><title>${escapeHtml(b.label)}: ${escapeHtml(shareText(b.share))}</title>` +
      `<text x="${labelWidth - 8}" y="${y + 13}" text-anchor="end">${escapeHtml(truncate(b.label, 32))}</text>` +
      `<rect x="${labelWidth}" y="${y}" width="${(p * plot).toFixed(1)}" height="18" fill="${options.colour ?? '#0969da'}" rx="2"/>` +
      whisker +
      `<text x="${x(1) + 8}" y="${y + 13}">${escapeHtml(b.share.p === null ? 'n/a' : `${pct(b.share.p)} (n=${b.share.n})`)}</text></g>`
    );
  });
  const axis = [0, 0.25, 0.5, 0.75, 1]
    .map((t) => `<line x1="${x(t)}" x2="${x(t)}" y1="4" y2="${height - 16}" stroke="#d0d7de"/><text x="${x(t)}" y="${height - 2}" text-anchor="middle">${t * 100}%</text>`)
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img">${axis}${rows.join('')}</svg>`;
}

function truncate(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}

export function table(headers: readonly string[], rows: readonly (readonly string[])[], numeric: readonly number[] = []): string {
  const head = `<tr>${headers.map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr>`;
  const body = rows.map((r) => `<tr>${r.map((c, i) => `<td${numeric.includes(i) ? ' class="num"' : ''}>${c}</td>`).join('')}</tr>`).join('\n');
  return `<table>${head}\n${body}</table>`;
}
