import type { DetectOptions, Detector, DetectorOutput, RequestContext } from '../detectors/detector.ts';
import type { Evidence, ImageSubject, Signal, Subject } from '../types.ts';
import { DIHEDRAL_NAMES } from './pdq.ts';
import type { HashList } from './hash-list.ts';
import { HashListMatcher, type HashListMatch } from './hash-list-matcher.ts';
import { DEFAULT_CONFIG } from '../config.ts';
import { budgetLeft, decodeShared } from '../image/shared-decode.ts';
import { hashDecodedImage } from './image-hash.ts';

export interface HashListDetectorOptions {
  /** The lists to match; or a ready matcher over them; or, per request, the matchers for its tenant. */
  lists?: readonly HashList[];
  matcher?: HashListMatcher;
  matchers?: (context: RequestContext) => Promise<HashListMatcher[]>;
  threshold?: number;
  /**
   * PDQ hashes of query images under this quality are not matched (featureless images collide);
   * exact MD5/SHA-256 matches still count. The field uses 50.
   */
  minQuality?: number;
  /** Also match rotated and flipped copies (default true). */
  dihedral?: boolean;
  /** Largest image to decode, in pixels (`ConsentryConfig.maxImagePixels`). */
  maxPixels?: number;
  /** Largest image in bytes (`ConsentryConfig.maxImageBytes`). */
  maxBytes?: number;
  /** The image's time budget for decoding, hashing and the models (`ConsentryConfig.checkTimeoutMs`). */
  budgetMs?: number;
}

/** What the detector records per image, keyed by the image's label. Hashes only, never pixels. */
export interface HashListDetails {
  images: { label: string; pdq: string; quality: number; md5: string; sha256: string; matches: HashListMatch[]; notes: string[] }[];
}

const BLOCKING_PURPOSES = new Set(['ncii', 'csam', 'takedown']);
/** Where an allow entry can count: a lone image checked on its own, never an edit's, never beside a prompt. */
const ALLOW_REQUESTS = new Set(['image']);

/**
 * The `hash-list` detector: hashes each image (an edit's before and after too) and emits a
 * `known_image` signal with `hash` evidence for each list of purpose `ncii`, `csam` or `takedown`
 * that it matches. With `matchers`, an image is hashed only when some list applies to the request. Matches on `protected` lists are recorded in the details as notes only. An image that
 * cannot be decoded throws, which `runDetectors` turns into a fail-closed `check_unavailable`.
 * An `allow` list counts only through an exact SHA-256 or MD5 match (a near-duplicate may be an
 * altered copy) of an image checked on its own (`request: 'image'`): an `allow_listed` signal, which
 * the policy lets lift non-floor rules only (`decide`).
 */
export function createHashListDetector(options: HashListDetectorOptions): Detector {
  const fixed = options.matchers ? undefined : (options.matcher ?? new HashListMatcher(options.lists ?? [], { threshold: options.threshold }));
  const matchersFor = options.matchers ?? (async () => [fixed!]);
  const thresholdOf = (m: HashListMatcher) => options.threshold ?? m.threshold;
  const minQuality = options.minQuality ?? 50;
  const dihedral = options.dihedral ?? true;
  const limits = { maxBytes: options.maxBytes ?? DEFAULT_CONFIG.maxImageBytes, maxPixels: options.maxPixels ?? DEFAULT_CONFIG.maxImagePixels, budgetMs: options.budgetMs };

  async function checkImage(image: ImageSubject, fallbackLabel: string, matchers: HashListMatcher[]) {
    const label = image.label ?? fallbackLabel;
    // The pixels the other checks of this image decode too (one decode per image).
    const decoded = await decodeShared(image.bytes, limits);
    budgetLeft(decoded, 'hashing');
    const hashes = await hashDecodedImage(image.bytes, decoded, { dihedral });
    const notes: string[] = [];
    const usePdq = hashes.quality >= minQuality;
    if (!usePdq) notes.push(`PDQ quality ${hashes.quality} is under ${minQuality}: only exact MD5/SHA-256 matches were checked`);
    const query = { md5: hashes.md5, sha256: hashes.sha256, ...(usePdq ? { pdq: hashes.pdq, dihedral: hashes.dihedral } : {}) };
    const matches = matchers.flatMap((m) => m.match(query, { threshold: thresholdOf(m) })).sort((a, b) => a.distance - b.distance);
    for (const m of matches.filter((m) => m.purpose === 'protected')) {
      notes.push(`${label} matches entry ${m.entryId} of protected list ${m.list} (${m.signal}, distance ${m.distance}); informational only`);
    }
    const { dihedral: _unused, ...plain } = hashes;
    return { label, ...plain, matches, notes };
  }

  return {
    name: 'hash-list',
    accepts: ['image', 'edit'],
    async detect(subject: Subject, detectOptions: DetectOptions = {}): Promise<DetectorOutput> {
      const matchers = await matchersFor(detectOptions);
      if (matchers.length === 0) return { signals: [], details: { images: [] } };
      const threshold = Math.max(...matchers.map(thresholdOf));
      const images: [ImageSubject, string][] =
        subject.kind === 'image'
          ? [[subject, 'image']]
          : subject.kind === 'edit'
            ? [
                [subject.before, 'input image'],
                [subject.after, 'output image'],
              ]
            : [];
      const details: HashListDetails = { images: [] };
      const signals: Signal[] = [];
      for (const [image, fallback] of images) {
        const checked = await checkImage(image, fallback, matchers);
        details.images.push(checked);
        const allowed = checked.matches.filter((m) => m.purpose === 'allow' && m.signal !== 'pdq' && m.distance === 0);
        if (allowed.length > 0 && subject.kind === 'image' && ALLOW_REQUESTS.has(detectOptions.request ?? '')) {
          signals.push({
            detector: 'hash-list',
            category: 'allow_listed',
            score: 1,
            reason: `${checked.label} is exactly an image a reviewer allowed (${allowed.map((m) => `"${m.list}" entry ${m.entryId}`).join(', ')}); this lifts no floor.`,
            evidence: allowed.slice(0, 5).map((m) => ({ kind: 'hash', list: m.list, entryId: m.entryId, distance: 0, signal: m.signal })),
          });
        }
        const byList = new Map<string, HashListMatch[]>();
        for (const m of checked.matches) if (BLOCKING_PURPOSES.has(m.purpose)) byList.set(m.list, [...(byList.get(m.list) ?? []), m]);
        for (const [list, matches] of byList) {
          const best = matches[0]!;
          const evidence: Evidence[] = matches.slice(0, 5).map((m) => ({ kind: 'hash', list, entryId: m.entryId, distance: m.distance, signal: m.signal }));
          if (best.dihedral !== undefined) evidence.push({ kind: 'note', text: `matched through the ${DIHEDRAL_NAMES[best.dihedral]} variant of the image` });
          signals.push({
            detector: 'hash-list',
            category: 'known_image',
            // Within the threshold a PDQ match is strong evidence; closer is stronger, never under 0.75.
            score: best.distance === 0 ? 1 : 1 - (0.25 * best.distance) / (threshold + 1),
            reason: `${checked.label} matches ${matches.length} entr${matches.length === 1 ? 'y' : 'ies'} of the ${best.purpose.toUpperCase()} hash list "${list}" (best: ${best.signal} distance ${best.distance}).`,
            evidence,
          });
        }
      }
      return { signals, details };
    },
  };
}
