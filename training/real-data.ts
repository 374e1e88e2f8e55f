import { readFileSync } from 'node:fs';
import { csvRecords, loadSharedSamples } from '../eval/prompts/shared-samples.ts';
import { sharedPath } from '../src/testing/shared-path.ts';
import { textHash } from './corpus.ts';
import type { Example } from './generate.ts';

// Real prompts from shared/data/prompts used for training and calibration. Everything the
// evaluation samples (eval/prompts/shared-samples.ts, seed 20261122, 500 per source) is left out,
// so the shared-data figures stay out-of-sample. Only benign texts are taken: I2P's nudity labels
// come from the images a prompt produced, not from what it asks for, and the explicit nudity sets
// (Ring-A-Bell, UnlearnDiffAtk, P4D) are what the evaluation measures recall on.

const ZERO = { undress: 0, sexual: 0, suggestive: 0, minor: 0 };
/** Words that make an I2P prompt unusable as a benign example, whatever its image labels said. */
const EXPLICIT =
  /\b(nude|naked|nsfw|sex|sexy|topless|breast|boob|nipple|erotic|lingerie|bikini|porn|undress|hentai|ass|butt|busty|cleavage|seductive|sensual|underwear|thong|bra|genital|penis|vagina|pussy|cock|dick|horny|strip|bare|lewd|playboy|fetish|bdsm|latex)/i;

export interface RealData {
  /** Benign real prompts for training. */
  train: Example[];
  /** Benign real prompts kept for threshold calibration. */
  calibration: Example[];
  counts: Record<string, { train: number; calibration: number; excludedAsEvalSample: number }>;
}

function read(file: string): string | undefined {
  const path = sharedPath('data', 'prompts', file);
  return path ? readFileSync(path, 'utf8') : undefined;
}

/** Loads the benign real prompts, minus the evaluation's samples; 30% of each source (by hash) goes to calibration. */
export function loadRealData(): RealData {
  const evalTexts = new Set<string>();
  for (const source of loadSharedSamples().sources) for (const item of source.items) evalTexts.add(item.text.toLowerCase());
  const sources: { source: string; mode: Example['mode']; texts: string[] }[] = [];
  const coco = read('benign_t2i/coco_10k.csv');
  if (coco) sources.push({ source: 'coco-captions', mode: 'generate', texts: csvRecords(coco).map((r) => r.prompt ?? '') });
  const edits = read('benign_edit/ggip2p_instruct_target.json');
  if (edits) sources.push({ source: 'ggip2p-edit', mode: 'edit', texts: (JSON.parse(edits) as { sentence?: string }[]).map((r) => r.sentence ?? '') });
  const i2p = read('i2p/unsafe-prompts4703.csv');
  if (i2p) {
    const texts = csvRecords(i2p)
      .filter((r) => !/sexual/.test(r.categories ?? '') && Number(r.nudity_percentage) === 0 && !EXPLICIT.test(r.prompt ?? ''))
      .map((r) => r.prompt ?? '');
    sources.push({ source: 'i2p-not-sexual', mode: 'generate', texts });
  }
  const out: RealData = { train: [], calibration: [], counts: {} };
  const seen = new Set<string>();
  for (const { source, mode, texts } of sources) {
    const counts = { train: 0, calibration: 0, excludedAsEvalSample: 0 };
    for (const raw of texts) {
      const text = raw.replace(/\s+/g, ' ').trim();
      const key = text.toLowerCase();
      if (text === '' || seen.has(key)) continue;
      seen.add(key);
      if (evalTexts.has(key)) {
        counts.excludedAsEvalSample++;
        continue;
      }
      const example: Example = { text, mode, lang: 'en', source, labels: { ...ZERO }, harmful: false, frame: source };
      if (textHash(key) % 10 < 3) {
        out.calibration.push(example);
        counts.calibration++;
      } else {
        out.train.push(example);
        counts.train++;
      }
    }
    out.counts[source] = counts;
  }
  return out;
}
