import { extend, type LanguagePack } from '../language-pack.ts';
import { asiaPacks } from './asia.ts';
import { en } from './en.ts';
import { bg, cs, da, el, fi, hu, no, pl, ro, ru, sv, tr, uk } from './europe-other.ts';
import { de, es, fr, it, nl, pt } from './europe-west.ts';
import { EXTENSIONS } from './more-world.ts';
import { ar, arLatn, bn, fa, he, hi, hiLatn, sw, ta, ur } from './south-asia-mideast-africa.ts';

/** Every language the generator writes, English first, each with its second layer of frames (more-world.ts). */
export const LANGUAGE_PACKS: readonly LanguagePack[] = [
  en,
  fr,
  de,
  es,
  it,
  pt,
  nl,
  pl,
  ru,
  uk,
  bg,
  cs,
  hu,
  ro,
  el,
  sv,
  da,
  no,
  fi,
  tr,
  ...asiaPacks,
  hi,
  hiLatn,
  ur,
  bn,
  ta,
  ar,
  arLatn,
  fa,
  he,
  sw,
].map((pack) => extend(pack, EXTENSIONS[pack.lang]));
