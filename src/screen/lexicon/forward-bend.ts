import { terms, type Lexicon } from './types.ts';

/**
 * Bending or leaning forward (`forwardBend`): "bend forward", "bøye seg fremover", "penchée en avant", "nach vorne
 * beugen", "آگے کو جھکی", "ก้มตัวไปข้างหน้า", "前かがみ", "앞으로 숙인". Ordinary alone (a gardener, someone tying a
 * shoe); with a shot or a view from behind (`fromBehind`) on a person it is the rear view of a bent body that
 * "bend over" already said in English (rules.ts, the rear-view rule). Written for this round from the author's
 * knowledge of the languages; merged into each language's lexicon (index.ts).
 */
export const FORWARD_BEND: Readonly<Record<string, Lexicon>> = {
  en: { forwardBend: terms(`bend forward|bending forward|bends forward|bent forward|lean forward|leaning forward|leans forward|leaned forward`) },
  fr: { forwardBend: terms(`penchée en avant|penchee en avant|penché en avant|se pencher en avant|se penche en avant|penche toi en avant|penche-toi en avant`) },
  de: { forwardBend: terms(`nach vorne beugen|nach vorn beugen|nach vorne gebeugt|vorgebeugt|beugt sich vor|beugt sich nach vorne|vornübergebeugt|vornubergebeugt`) },
  es: { forwardBend: terms(`inclinada hacia adelante|inclinada hacia delante|inclinarse hacia adelante|se inclina hacia adelante|agachada hacia adelante|agachada hacia delante`) },
  it: { forwardBend: terms(`piegata in avanti|chinata in avanti|si piega in avanti|piegarsi in avanti|china in avanti`) },
  pt: { forwardBend: terms(`inclinada para frente|curvada para frente|se inclinando para frente|inclinar para frente|debruçada|debrucada`) },
  nl: { forwardBend: terms(`voorover gebogen|vooroverbuigen|buigt voorover|voorover buigen`) },
  pl: { forwardBend: terms(`pochylona do przodu|pochyla się do przodu|pochylić się do przodu|pochylona|schylona`) },
  ru: { forwardBend: terms(`наклонилась вперёд|наклонилась вперед|наклонись вперёд|наклонись вперед|наклоняется вперёд|наклонённая вперёд|нагнулась вперёд|нагнулась вперед`) },
  tr: { forwardBend: terms(`öne eğilmiş|öne eğil*|öne doğru eğil*`) },
  sv: { forwardBend: terms(`böja sig framåt|böjer sig framåt|framåtböjd|luta sig framåt|lutar sig framåt`) },
  da: { forwardBend: terms(`bøje sig forover|bøjer sig forover|bøjet forover|læne sig forover`) },
  nb: { forwardBend: terms(`bøye seg fremover|bøyer seg fremover|bøyd fremover|lene seg fremover|bøy deg fremover`) },
  hi: { forwardBend: terms(`आगे झुकी|आगे झुका|आगे को झुकी|आगे झुककर|aage jhuki|aage jhuko|aage jhukti`) },
  ur: { forwardBend: terms(`آگے کو جھکی|آگے جھکی|آگے جھک`) },
  th: { forwardBend: terms(`ก้มตัวไปข้างหน้า|โน้มตัวไปข้างหน้า|ก้มตัว`) },
  ja: { forwardBend: terms(`前かがみ|前屈み|前傾姿勢`) },
  ko: { forwardBend: terms(`앞으로 숙인|앞으로 숙여|앞으로 숙이|허리를 숙인|허리 숙인`) },
  zh: { forwardBend: terms(`向前弯腰|弯下腰|弯腰|前倾|向前彎腰|彎下腰|彎腰|前傾`) },
  id: { forwardBend: terms(`membungkuk ke depan|membungkuk|menunduk ke depan`) },
  ms: { forwardBend: terms(`membongkok ke depan|membongkok|tunduk ke depan`) },
  vi: { forwardBend: terms(`cúi người về phía trước|cúi người|khom người`) },
  ar: { forwardBend: terms(`منحنية للأمام|منحنية للامام|تنحني للأمام|تنحني للامام|انحناء للأمام`) },
  fa: { forwardBend: terms(`به جلو خم|خم شده به جلو|خم شو به جلو`) },
  he: { forwardBend: terms(`מתכופפת קדימה|רכונה קדימה|מתכופף קדימה|להתכופף קדימה`) },
};
