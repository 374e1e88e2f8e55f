import type { Decision } from '../src/internal.ts';

/** A decision as a person reads it in a terminal. */
export function formatDecision(decision: Decision, text?: string): string {
  const lines: string[] = [];
  const mark = decision.verdict === 'allow' ? 'ALLOW' : decision.verdict === 'review' ? 'REVIEW' : 'BLOCK';
  lines.push(`${mark}  (policy ${decision.policy.id}@${decision.policy.version}, jurisdiction ${decision.jurisdiction})`);
  for (const reason of decision.reasons) lines.push(`  - ${reason}`);
  if (decision.categories.length) {
    lines.push('Categories:');
    for (const c of decision.categories) {
      const spans = c.evidence.flatMap((e) => (e.kind === 'text' ? [`"${e.text}" [${e.start}-${e.end}]${e.language ? ` ${e.language}` : ''}`] : e.kind === 'note' ? [e.text] : []));
      lines.push(`  ${c.category.padEnd(18)} ${c.score.toFixed(2)}  ${spans.join(', ')}`);
    }
  }
  if (decision.rules.length) {
    lines.push('Rules fired:');
    for (const r of decision.rules) lines.push(`  ${r.id}${r.floor ? ' (floor)' : ''} -> ${r.verdict}`);
  }
  if (decision.legalBasis.length) {
    lines.push('Legal basis:');
    for (const b of decision.legalBasis) lines.push(`  [${b.jurisdiction}] ${b.citation}: ${b.summary}`);
  }
  if (text !== undefined && decision.verdict !== 'allow') {
    const marks = highlight(text, decision);
    if (marks) lines.push(`Evidence: ${marks}`);
  }
  return `${lines.join('\n')}\n`;
}

function highlight(text: string, decision: Decision): string | undefined {
  const spans = decision.categories
    .flatMap((c) => c.evidence)
    .flatMap((e) => (e.kind === 'text' ? [[e.start, e.end] as const] : []))
    .sort((a, b) => a[0] - b[0]);
  if (spans.length === 0) return undefined;
  let out = '';
  let at = 0;
  for (const [start, end] of spans) {
    if (start < at) continue;
    out += `${text.slice(at, start)}[${text.slice(start, end)}]`;
    at = end;
  }
  return out + text.slice(at);
}
