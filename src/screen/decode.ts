import { commonIn, type LanguageProfile } from './language.ts';
import { work } from './work.ts';

/** A reading of (part of) a request that hides its words: base64, reversed text, rot13. */
export interface Decoded {
  how: 'base64' | 'reversed' | 'rot13';
  text: string;
  /** The span of the original text it was decoded from (UTF-16 offsets). */
  start: number;
  end: number;
}

const BASE64_RUN = /[A-Za-z0-9+/_-]{16,}={0,2}/g;
const WORD = /\p{L}+/gu;

/**
 * Candidate decodings, each found in one linear pass and kept only when plausible: a base64 run
 * that decodes to readable UTF-8 text, or a reversed / rot13 reading that has clearly more common
 * words of some language than the text as given. The decoded texts together are never longer than
 * the input, so screening them at most doubles the work.
 */
export function decodings(text: string, forwardProfile: LanguageProfile, alreadyHarmful = false): Decoded[] {
  const out: Decoded[] = [];
  for (const run of text.matchAll(BASE64_RUN)) {
    work.steps += run[0].length;
    const decoded = decodeBase64(run[0]);
    if (decoded) out.push({ how: 'base64', text: decoded, start: run.index!, end: run.index! + run[0].length });
  }
  // Text that already reads as a language (a fifth of its words common ones), or already asks for
  // something harmful, is not reversed or rotated: a hidden request reads as no language at all.
  if (alreadyHarmful) return out;
  if (forwardProfile.words > 0 && forwardProfile.commonWords * 5 >= forwardProfile.words) return out;
  const forward = forwardProfile.commonWords;
  const reversed = [...text].reverse().join('');
  if (readsBetter(commonWords(reversed), forward)) out.push({ how: 'reversed', text: reversed, start: 0, end: text.length });
  const rotated = rot13(text);
  if (readsBetter(commonWords(rotated), forward)) out.push({ how: 'rot13', text: rotated, start: 0, end: text.length });
  return out;
}

function readsBetter(candidate: number, forward: number): boolean {
  return candidate >= forward + 2 || (candidate >= 1 && forward === 0);
}

/** Words of the text that are common words of some language. */
function commonWords(text: string): number {
  let n = 0;
  let seen = 0;
  for (const w of text.toLowerCase().matchAll(WORD)) {
    if (++seen > 400) break;
    work.steps += w[0].length;
    if (w[0].length >= 2 && w[0].length <= 12 && commonIn(w[0]).length > 0) n++;
  }
  return n;
}

function rot13(text: string): string {
  work.steps += text.length;
  return text.replace(/[a-z]/gi, (ch) => {
    const c = ch.charCodeAt(0);
    const base = c >= 97 ? 97 : 65;
    return String.fromCharCode(((c - base + 13) % 26) + base);
  });
}

/**
 * Decodes a run that looks like base64 (mixed case or digits, a length a decoder accepts) when the
 * result is mostly letters and spaces of valid UTF-8; returns undefined otherwise.
 */
function decodeBase64(run: string): string | undefined {
  const body = run.replace(/=+$/, '');
  if (body.length % 4 === 1) return undefined;
  if (!/[A-Z]/.test(body) || !/[a-z]/.test(body)) return undefined;
  const bytes = Buffer.from(body.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
  const decoded = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  if (decoded.length < 6 || decoded.includes('\ufffd')) return undefined;
  let readable = 0;
  for (const ch of decoded) if (/[\p{L}\p{N}\s.,!?'’"-]/u.test(ch)) readable++;
  return readable >= 0.9 * [...decoded].length && /\s/.test(decoded) ? decoded : undefined;
}
