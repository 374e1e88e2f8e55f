// The shared labelled portraits and people photos as the face and nudity evaluations read them: the
// folders, the labels, and the fixed held-out list (bench/data/age-gender-holdout.json). Every choice
// is made on the tuning split; the held-out split is for confirming it once.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { sharedPath } from '../src/testing/shared-path.ts';

export interface PortraitLabel {
  filename: string;
  age: string;
  gender: string;
}

export interface SharedPortraits {
  /** shared/data/age-gender (FairFace portraits and labels.json). */
  ageDir: string;
  /** shared/data/people. */
  peopleDir: string;
  /** File names of the held-out portraits. */
  holdout: ReadonlySet<string>;
  /** Every portrait's label, in file-name order. */
  labels: PortraitLabel[];
  /** Whether a portrait belongs to `split` ('tune', 'holdout' or 'all'). */
  inSplit(filename: string, split: string): boolean;
}

/** The shared portraits, or an exit (status 0, with a message naming `script`) when ../shared is absent. */
export function sharedPortraits(script: string): SharedPortraits {
  const ageDir = sharedPath('data', 'age-gender');
  const peopleDir = sharedPath('data', 'people');
  if (!ageDir || !peopleDir) {
    console.error(`${script}: ../shared/data is absent (set CONSENTRY_SHARED); nothing to measure.`);
    process.exit(0);
  }
  const holdout = new Set((JSON.parse(readFileSync(new URL('./data/age-gender-holdout.json', import.meta.url), 'utf8')) as { files: string[] }).files);
  const labels = (JSON.parse(readFileSync(path.join(ageDir, 'labels.json'), 'utf8')) as PortraitLabel[]).sort((a, b) => a.filename.localeCompare(b.filename));
  return { ageDir, peopleDir, holdout, labels, inSplit: (filename, split) => split === 'all' || (split === 'holdout') === holdout.has(filename) };
}

/** The value after `--name` on the command line, if any. */
export function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
}
