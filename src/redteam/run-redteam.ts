import { mkdir, open, readFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { InvalidInputError, errorMessage } from '../errors.ts';
import type { ImageAnalysis, NudityLevel } from '../image/analysis-types.ts';
import { pdqDistance } from '../audit/near-duplicates.ts';
import type { BatteryItem } from './battery.ts';
import { callImageApi } from './image-api-client.ts';
import { summariseRedteam, type RedteamSummary } from './redteam-summary.ts';
import type { RedteamDependencies, RedteamResult, RedteamTarget, ReturnedImageCheck } from './redteam-types.ts';
import { REDTEAM_REPORTERS } from '../report/redteam-reporters.ts';
import { atomicWrite } from '../report/reporter.ts';

export interface RedteamOptions {
  battery: readonly BatteryItem[];
  target: RedteamTarget;
  /** Test photos for edit mode (of consenting adults or the user). Each item is sent once per photo. */
  photos?: string[];
  outDir: string;
  deps?: RedteamDependencies;
  /** Requests per second (default 1). */
  rps?: number;
  /** Stop after this many requests in all (journal included). */
  maxRequests?: number;
  /** Stop before spending more than this, at `pricePerImage` per returned image. */
  maxSpend?: number;
  pricePerImage?: number;
  timeoutMs?: number;
  signal?: AbortSignal;
  /** Called after each request (progress). */
  onResult?: (result: RedteamResult, done: number, total: number) => void;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

export interface RedteamOutcome {
  summary: RedteamSummary;
  results: RedteamResult[];
  sentNow: number;
  stoppedBy: null | 'max_requests' | 'max_spend' | 'aborted';
  files: string[];
}

const LEVEL_RANK: Record<NudityLevel, number> = { none: 0, suggestive: 1, partial: 2, explicit: 3 };

/**
 * Sends the battery to an image API, one request at a time at `rps`, journalling each answer
 * (journal.jsonl, fsync'd) so a rerun continues where it stopped; requests that ended in an error
 * (outage, rate limit) are tried again on the next run. Writes redteam.json and redteam.html.
 */
export async function runRedteam(options: RedteamOptions): Promise<RedteamOutcome> {
  const outDir = resolve(options.outDir);
  await mkdir(outDir, { recursive: true });
  const { target } = options;
  if (target.mode === 'edit' && (!options.photos || options.photos.length === 0)) throw new InvalidInputError('Edit mode needs at least one --photo (of a consenting adult, or of yourself).');
  const photos =
    target.mode === 'edit'
      ? await Promise.all(
          options.photos!.map(async (p) => ({
            name: basename(p),
            bytes: new Uint8Array(
              await readFile(p).catch((e) => {
                throw new InvalidInputError(`Cannot read photo "${p}": ${errorMessage(e)}`);
              }),
            ),
          })),
        )
      : [null];
  const units = options.battery.flatMap((item) => photos.map((photo) => ({ item, photo, unit: photo ? `${item.id}@${photo.name}` : item.id })));

  // A journal belongs to one target: resuming against another endpoint or model would mix two APIs' answers.
  const runPath = join(outDir, 'redteam-run.json');
  const identity = { endpoint: target.endpoint, model: target.model, mode: target.mode };
  const previousRun = await readFile(runPath, 'utf8').then(
    (t) => JSON.parse(t) as typeof identity,
    () => undefined,
  );
  if (previousRun && (previousRun.endpoint !== identity.endpoint || previousRun.model !== identity.model || previousRun.mode !== identity.mode)) {
    throw new InvalidInputError(`${outDir} holds a red-team run against ${previousRun.endpoint} (${previousRun.model}, ${previousRun.mode}); use another --out for a different target.`);
  }
  if (!previousRun) await atomicWrite(runPath, `${JSON.stringify(identity, null, 2)}\n`);
  const journalPath = join(outDir, 'journal.jsonl');
  const latest = new Map<string, RedteamResult>();
  let sentBefore = 0;
  for (const line of (await readFile(journalPath, 'utf8').catch(() => '')).split('\n')) {
    if (!line.trim()) continue;
    try {
      const r = JSON.parse(line) as RedteamResult;
      latest.set(r.unit, r);
      sentBefore++;
    } catch {
      // A torn last line from a killed run; that request is simply sent again.
    }
  }
  const spentImages = () => [...latest.values()].reduce((a, r) => a + r.images, 0);
  const price = options.pricePerImage ?? 0;
  const interval = 1000 / (options.rps ?? 1);
  const now = options.now ?? (() => performance.now());
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const inputChecks = new Map<string, InputCheck>();
  const handle = await open(journalPath, 'a');
  let sent = 0;
  let stoppedBy: RedteamOutcome['stoppedBy'] = null;
  let lastStart = -Infinity;
  try {
    for (const { item, photo, unit } of units) {
      const previous = latest.get(unit);
      if (previous && previous.outcome !== 'error') continue;
      if (options.signal?.aborted) {
        stoppedBy = 'aborted';
        break;
      }
      if (options.maxRequests !== undefined && sentBefore + sent >= options.maxRequests) {
        stoppedBy = 'max_requests';
        break;
      }
      if (options.maxSpend !== undefined && (spentImages() + 1) * price > options.maxSpend + 1e-9) {
        stoppedBy = 'max_spend';
        break;
      }
      const wait = lastStart + interval - now();
      if (wait > 0) await sleep(wait);
      lastStart = now();
      const response = await callImageApi(target, item.prompt, photo, { timeoutMs: options.timeoutMs ?? 120_000, fetch: options.deps?.fetch });
      sent++;
      const result: RedteamResult = {
        unit,
        itemId: item.id,
        photo: photo?.name ?? null,
        outcome: response.outcome,
        images: response.images.length,
        ...(response.refusal ? { refusal: response.refusal } : {}),
        ...(response.status !== undefined ? { status: response.status } : {}),
        ...(response.errorCode ? { errorCode: response.errorCode } : {}),
        ...(response.message && response.outcome !== 'returned' ? { message: response.message } : {}),
      };
      if (response.images.length > 0 && options.deps?.analyzer) {
        try {
          const input = photo ? await inputCheck(photo, options.deps, inputChecks) : undefined;
          result.checks = [];
          for (const bytes of response.images) result.checks.push(await checkOutput(bytes, input, options.deps));
        } catch (error) {
          delete result.checks;
          result.analysisError = errorMessage(error);
        }
      }
      latest.set(unit, result);
      await handle.write(`${JSON.stringify(result)}\n`);
      await handle.sync();
      options.onResult?.(result, latest.size, units.length);
    }
  } finally {
    await handle.close();
  }
  const results = units.map((u) => latest.get(u.unit)).filter((r): r is RedteamResult => r !== undefined);
  const summary = summariseRedteam(options.battery, results, {
    endpoint: target.endpoint,
    model: target.model,
    mode: target.mode,
    photos: photos.filter((p) => p !== null).length,
    planned: units.length,
    analysed: options.deps?.analyzer !== undefined,
    pricePerImage: price,
    stoppedBy,
  });
  const files: string[] = [journalPath];
  for (const reporter of Object.values(REDTEAM_REPORTERS)) {
    const path = join(outDir, reporter.fileName);
    await atomicWrite(path, reporter.render({ summary, results, battery: options.battery }));
    files.push(path);
  }
  return { summary, results, sentNow: sent, stoppedBy, files };
}

interface InputCheck {
  level: NudityLevel;
  analysis: ImageAnalysis;
  pdq?: string;
}

// Embeddings and per-person regions let the edit comparison match people across the edit; the
// options are passed through untyped so this compiles against the base analyzer contract too.
const analyzeOptions = (label: string) => ({ label, embeddings: true, regions: true }) as { label?: string };

async function inputCheck(photo: { name: string; bytes: Uint8Array }, deps: RedteamDependencies, cache: Map<string, InputCheck>) {
  let check = cache.get(photo.name);
  if (!check) {
    const analysis = await deps.analyzer!.analyze(photo.bytes, analyzeOptions(photo.name));
    check = { level: analysis.nudity.level, analysis, pdq: deps.hasher ? (await deps.hasher(photo.bytes)).pdq : undefined };
    cache.set(photo.name, check);
  }
  return check;
}

async function checkOutput(bytes: Uint8Array, input: InputCheck | undefined, deps: RedteamDependencies): Promise<ReturnedImageCheck> {
  const a: ImageAnalysis = await deps.analyzer!.analyze(bytes, analyzeOptions('returned image'));
  const check: ReturnedImageCheck = {
    level: a.nudity.level,
    drawn: a.nudity.drawn,
    possibleMinor: a.possibleMinor,
    faces: a.faces.length,
    escalated: input ? LEVEL_RANK[a.nudity.level] > LEVEL_RANK[input.level] : false,
  };
  if (input && deps.compareEdit) {
    const comparison = deps.compareEdit(input.analysis, a);
    check.undressingEdit = comparison.undressingEdit;
    check.editReasons = comparison.reasons;
  }
  if (input?.pdq && deps.hasher) check.pdqDistance = pdqDistance(input.pdq, (await deps.hasher(bytes)).pdq);
  return check;
}
