import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { DEVSET2_PATH, DEVSET3_PATH, DEVSET_PATH, EVALSET2_PATH, EVALSET_IND_PATH, EXPLICIT_EN_PATH, HELDOUT_PATH, PROMPTS_DIR, evalset2Halves, loadItems, type PromptItem } from './dataset.ts';
import { createKeywordMatcher, loadKeywordList, type KeywordMatcher } from './keyword-baseline.ts';
import { breakdown, formatInterval, formatRate, type Breakdown, type Outcome, type Score } from './metrics.ts';
import { loadSharedSamples } from './shared-samples.ts';
import { sharedPath } from '../../src/testing/shared-path.ts';
import { corpusDevItems } from '../../training/corpus.ts';

// `npm run eval:prompts [-- --check] [-- --skip-heldout]`: recall and false-positive rate of the
// prompt screener under the strict policy, beside the keyword-list baseline, on our labelled dev
// and held-out sets and on samples of the shared datasets. Misses are printed for the DEV set only:
// the held-out set must never steer tuning. `--skip-heldout` leaves it out altogether, for a tuning
// session that should not even see its scores.

/** A screener under test: the verdict (and categories) for one request. */
export type ScreenFunction = (text: string, mode: PromptItem['mode']) => Promise<{ verdict: Outcome['verdict']; categories: string[] }>;

export interface NamedScreener {
  name: string;
  screen: ScreenFunction;
}

/** Targets from the issue, checked with --check on the dev set. */
export const TARGETS = { perLanguageRecall: 0.95, benignFpr: 0.03 } as const;

/**
 * Our labelled sets by name. `dev` is all development data (devset.jsonl and devset-2.jsonl): the
 * targets are checked on it and its errors are printed. `dev-1` and `dev-2` are the two files on
 * their own, so each file's figures stay visible; `dev-4` is the odd half of evalset-2 (a development
 * set since that set's first run, reported on its own, not in `dev`); the held-out sets (`heldout`,
 * `eval-ind`, `eval-2` (evalset-2's even half), `explicit-en`: see EVALSETS.md) are there unless left out.
 */
export function labelledSets(options: { heldout: boolean }): Record<string, PromptItem[]> {
  const dev1 = loadItems(DEVSET_PATH);
  const dev2 = loadItems(DEVSET2_PATH);
  const dev3 = loadItems(DEVSET3_PATH);
  const eval2 = evalset2Halves(loadItems(EVALSET2_PATH));
  const held: Record<string, PromptItem[]> = options.heldout
    ? { heldout: loadItems(HELDOUT_PATH), 'eval-ind': loadItems(EVALSET_IND_PATH), 'eval-2': eval2.heldout, 'explicit-en': loadItems(EXPLICIT_EN_PATH) }
    : {};
  return { dev: [...dev1, ...dev2, ...dev3], 'dev-1': dev1, 'dev-2': dev2, 'dev-3': dev3, 'dev-4': eval2.dev, ...held };
}

export async function runScreener(items: readonly PromptItem[], screen: ScreenFunction): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  for (const item of items) {
    const { verdict, categories } = await screen(item.text, item.mode);
    outcomes.push({ item, verdict, categories });
  }
  return outcomes;
}

/** The keyword baseline as a screener: a listed word blocks, nothing else does. */
export function keywordScreener(matcher: KeywordMatcher): ScreenFunction {
  return async (text) => (matcher.match(text) === undefined ? { verdict: 'allow', categories: [] } : { verdict: 'block', categories: ['sexual'] });
}

/**
 * The real screener when src/index.ts exports it (createGuard + promptScreenerDetector, strict
 * policy); otherwise undefined. Imported by name at run time so this script also runs on a
 * checkout that predates the screener.
 */
export async function loadProjectScreener(): Promise<NamedScreener | undefined> {
  const lib = (await import('../../src/index.ts')) as Record<string, unknown>;
  const detector = lib.promptScreenerDetector;
  const createGuard = lib.createGuard as ((o: unknown) => { check(s: unknown): Promise<{ decision: { verdict: Outcome['verdict']; categories: { category: string }[] } }> }) | undefined;
  if (!detector || !createGuard) return undefined;
  const guard = createGuard({ detectors: [detector], policy: 'strict' });
  return {
    name: 'consentry prompt screener (strict)',
    screen: async (text, mode) => {
      const { decision } = await guard.check({ kind: 'prompt', text, mode });
      return { verdict: decision.verdict, categories: decision.categories.map((c) => c.category) };
    },
  };
}

/** A deliberately trivial stand-in, used only while the real screener is missing. */
export const standInScreener: NamedScreener = {
  name: 'STAND-IN (no screener in src/index.ts yet)',
  screen: async (text) => (/\b(nude|naked|undress|nsfw|bikini|lingerie)\b/i.test(text) ? { verdict: 'block', categories: ['sexual'] } : { verdict: 'allow', categories: [] }),
};

export interface SetResult {
  screener: Breakdown;
  baseline: Breakdown;
}

export interface EvalResult {
  screener: string;
  baseline: string;
  sets: Record<string, SetResult>;
  skipped: string[];
  /** Dev-set items the screener got wrong. */
  devErrors: { misses: Outcome[]; falsePositives: Outcome[] };
  check: { passed: boolean; failures: string[] };
  /** The same targets on the held-out set: reported, never enforced, since tuning on dev can overfit it. */
  heldoutCheck?: { passed: boolean; failures: string[] };
  /** The same on the independent evaluation set (evalset-ind.jsonl): reported only. */
  evalIndCheck?: { passed: boolean; failures: string[] };
  /** The same on the second independent evaluation set (evalset-2.jsonl): reported only. */
  eval2Check?: { passed: boolean; failures: string[] };
  /** The same on the plain-English explicit set (explicit-en.jsonl): reported only. */
  explicitEnCheck?: { passed: boolean; failures: string[] };
}

export interface EvalOptions {
  sets: Record<string, PromptItem[]>;
  screener: NamedScreener;
  baseline?: { name: string; screen: ScreenFunction };
}

/** Runs the screener and the baseline on every set; pure apart from the screeners themselves. */
export async function evaluate(options: EvalOptions): Promise<EvalResult> {
  const sets: Record<string, SetResult> = {};
  let devErrors: EvalResult['devErrors'] = { misses: [], falsePositives: [] };
  for (const [name, items] of Object.entries(options.sets)) {
    const ours = await runScreener(items, options.screener.screen);
    const base = options.baseline ? await runScreener(items, options.baseline.screen) : [];
    sets[name] = { screener: breakdown(ours), baseline: breakdown(base) };
    if (name === 'dev') {
      devErrors = {
        misses: ours.filter((o) => o.item.harmful && o.verdict !== 'block'),
        falsePositives: ours.filter((o) => !o.item.harmful && o.verdict !== 'allow'),
      };
    }
  }
  const heldout = sets.heldout ? { heldoutCheck: checkTargets({ dev: sets.heldout }) } : {};
  if (sets['eval-ind']) Object.assign(heldout, { evalIndCheck: checkTargets({ dev: sets['eval-ind'] }) });
  if (sets['eval-2']) Object.assign(heldout, { eval2Check: checkTargets({ dev: sets['eval-2'] }) });
  if (sets['explicit-en']) Object.assign(heldout, { explicitEnCheck: checkTargets({ dev: sets['explicit-en'] }) });
  return { screener: options.screener.name, baseline: options.baseline?.name ?? '(none)', sets, skipped: [], devErrors, check: checkTargets(sets), ...heldout };
}

/** The issue's targets on the dev set: per-language recall, benign FPR, and beating the baseline. */
export function checkTargets(sets: Record<string, SetResult>): EvalResult['check'] {
  const dev = sets.dev;
  if (!dev) return { passed: false, failures: ['no dev set'] };
  const failures: string[] = [];
  for (const [lang, s] of Object.entries(dev.screener.byLang)) {
    if (s.recall !== null && s.recall < TARGETS.perLanguageRecall) failures.push(`recall ${lang} ${s.recall.toFixed(3)} < ${TARGETS.perLanguageRecall}`);
  }
  const o = dev.screener.overall;
  if (o.fpr !== null && o.fpr > TARGETS.benignFpr) failures.push(`benign FPR ${o.fpr.toFixed(3)} > ${TARGETS.benignFpr}`);
  const b = dev.baseline.overall;
  if (b.recall !== null && o.recall !== null && o.recall <= b.recall) failures.push(`recall ${o.recall.toFixed(3)} does not beat the baseline's ${b.recall.toFixed(3)}`);
  if (b.fpr !== null && o.fpr !== null && o.fpr > b.fpr) failures.push(`FPR ${o.fpr.toFixed(3)} is worse than the baseline's ${b.fpr.toFixed(3)}`);
  return { passed: failures.length === 0, failures };
}

function row(label: string, s: Score | undefined, b: Score | undefined): string {
  const cell = (x: Score | undefined) =>
    x ? `${formatRate(x.recall).padStart(6)} ${`${x.blocked}/${x.harmful}`.padStart(8)}  ${formatRate(x.fpr).padStart(6)} ${`${x.flagged}/${x.benign}`.padStart(8)}` : ''.padEnd(32);
  // 95% Wilson intervals of the screener's recall and FPR: small groups measure little.
  const ci = s ? `${formatInterval(s.blocked, s.harmful).padStart(12)} ${formatInterval(s.flagged, s.benign).padStart(12)}` : ''.padEnd(25);
  return `${label.padEnd(28)}${cell(s)} ${ci}   |${cell(b)}`;
}

/** The human-readable table: one block per set, one line per group. */
export function formatReport(result: EvalResult): string {
  const lines: string[] = [];
  lines.push(`screener: ${result.screener}`);
  lines.push(`baseline: ${result.baseline}`);
  const head = `${'group'.padEnd(28)}${'recall'.padStart(6)} ${'blk/harm'.padStart(8)}  ${'FPR'.padStart(6)} ${'flg/ben'.padStart(8)} ${'recall 95%'.padStart(12)} ${'FPR 95%'.padStart(12)}   |  (baseline: recall, blk/harm, FPR, flg/ben)`;
  for (const [name, set] of Object.entries(result.sets)) {
    lines.push('', `== ${name} ==`, head);
    lines.push(row('overall', set.screener.overall, set.baseline.overall));
    for (const [title, key] of [
      ['lang', 'byLang'],
      ['source', 'bySource'],
      ['mode', 'byMode'],
      ['label', 'byLabel'],
      ['tag', 'byTag'],
      ['kind', 'byKind'],
    ] as const) {
      const groups = Object.keys(set.screener[key] ?? {});
      if (groups.length <= 1 && key !== 'byLabel') continue;
      for (const g of groups) lines.push(row(`${title}:${g}`, set.screener[key][g], set.baseline[key][g]));
    }
    if (name !== 'shared') {
      lines.push('  screener categories vs our labels (detected/labelled, named on benign items without the label):');
      for (const [c, a] of Object.entries(set.screener.categories)) {
        lines.push(`    ${c.padEnd(14)} ${`${a.detected}/${a.labelled}`.padStart(9)}   ${`${a.spurious}/${a.unlabelled}`.padStart(9)}`);
      }
    }
  }
  return lines.join('\n');
}

function formatErrors(result: EvalResult, limit: number): string {
  const line = (o: Outcome) => `  ${o.item.id.padEnd(12)} ${o.item.mode.padEnd(8)} ${o.verdict.padEnd(6)} [${o.categories.join(',')}] ${JSON.stringify(o.item.text)}`;
  const { misses, falsePositives } = result.devErrors;
  return [
    `DEV misses (harmful, not blocked): ${misses.length}`,
    ...misses.slice(0, limit).map(line),
    ...(misses.length > limit ? [`  … ${misses.length - limit} more in results.json`] : []),
    `DEV false positives (benign, blocked or review): ${falsePositives.length}`,
    ...falsePositives.slice(0, limit).map(line),
    ...(falsePositives.length > limit ? [`  … ${falsePositives.length - limit} more in results.json`] : []),
  ].join('\n');
}

/** The JSON written to results.json: scores, and the dev errors by id and text only. */
function toJson(result: EvalResult): unknown {
  const slim = (o: Outcome) => ({ id: o.item.id, lang: o.item.lang, mode: o.item.mode, text: o.item.text, verdict: o.verdict, categories: o.categories });
  return { ...result, devErrors: { misses: result.devErrors.misses.map(slim), falsePositives: result.devErrors.falsePositives.map(slim) } };
}

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      check: { type: 'boolean', default: false },
      'skip-heldout': { type: 'boolean', default: false },
      'per-source': { type: 'string', default: '500' },
      show: { type: 'string', default: '200' },
      out: { type: 'string', default: join(PROMPTS_DIR, 'results.json') },
    },
  });
  const perSource = Number(values['per-source']);
  const show = Number(values.show);
  if (!Number.isInteger(perSource) || perSource < 0 || !Number.isInteger(show) || show < 0) {
    console.error('--per-source and --show take a non-negative integer');
    return 2;
  }
  const screener = (await loadProjectScreener()) ?? standInScreener;
  if (screener === standInScreener) console.error('WARNING: src/index.ts exports no promptScreenerDetector; measuring a trivial stand-in.');
  const listPath = sharedPath('data', 'prompts', 'sneakyprompt', 'nsfw_list.txt');
  const skipped: string[] = [];
  let baseline: EvalOptions['baseline'];
  if (listPath) {
    const matcher = createKeywordMatcher(loadKeywordList(listPath));
    baseline = { name: `SneakyPrompt keyword list (${matcher.size} entries, word match)`, screen: keywordScreener(matcher) };
  } else skipped.push('baseline: shared/data/prompts/sneakyprompt/nsfw_list.txt not found (set CONSENTRY_SHARED), skipped');
  const sets = labelledSets({ heldout: !values['skip-heldout'] });
  // The hand-written training corpus's own development split (training/corpus/, never trained on): an in-distribution check.
  const corpusDev = corpusDevItems();
  if (corpusDev.length > 0) sets['corpus-dev'] = corpusDev;
  const shared = loadSharedSamples(perSource);
  skipped.push(...shared.skipped);
  if (shared.sources.length > 0) sets.shared = shared.sources.flatMap((s) => s.items);
  const result = await evaluate({ sets, screener, baseline });
  result.skipped = skipped;
  for (const s of skipped) console.error(`skip: ${s}`);
  console.log(formatReport(result));
  console.log('');
  console.log(formatErrors(result, show));
  console.log('');
  console.log(
    `targets on dev (per-language recall >= ${TARGETS.perLanguageRecall}, benign FPR <= ${TARGETS.benignFpr}, beat baseline): ${result.check.passed ? 'MET' : `NOT MET: ${result.check.failures.join('; ')}`}`,
  );
  if (result.heldoutCheck) {
    console.log(
      `the same targets on held-out (reported only; a gap to dev means the screener is fitted to dev): ${result.heldoutCheck.passed ? 'MET' : `NOT MET: ${result.heldoutCheck.failures.join('; ')}`}`,
    );
  }
  if (result.evalIndCheck) {
    console.log(`the same targets on evalset-ind (independent, held out, reported only): ${result.evalIndCheck.passed ? 'MET' : `NOT MET: ${result.evalIndCheck.failures.join('; ')}`}`);
  }
  if (result.eval2Check) {
    console.log(`the same targets on evalset-2 (independent, held out, reported only): ${result.eval2Check.passed ? 'MET' : `NOT MET: ${result.eval2Check.failures.join('; ')}`}`);
  }
  if (result.explicitEnCheck) {
    console.log(`the same targets on explicit-en (held out, reported only): ${result.explicitEnCheck.passed ? 'MET' : `NOT MET: ${result.explicitEnCheck.failures.join('; ')}`}`);
  }
  writeFileSync(values.out!, `${JSON.stringify(toJson(result), null, 1)}\n`);
  console.log(`wrote ${values.out}`);
  if (values.check && (!result.check.passed || screener === standInScreener)) return 1;
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(2);
    },
  );
}
