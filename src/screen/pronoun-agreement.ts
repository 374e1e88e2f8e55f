import type { Findings, Match } from './findings.ts';
import { work } from './work.ts';

/**
 * "hay un tipo en calzoncillos detrás, quítalo", "da ist ein Typ in Unterhose, entferne ihn", "сзади мужик в трусах,
 * убери его": after a person introduced with what they wear, a remover's object pronoun may stand for the person or for
 * the garment ("entferne ihn" is "remove it" of a masculine "Bikini"). Where the garment's grammatical number or gender
 * cannot be the pronoun's, the pronoun stands for the person, who is taken out of the picture. Only the pairs below,
 * each a singular pronoun of a person against garments that are plural or of another gender in that language; every
 * other pronoun stays ambiguous (and the garment is read as taken off, failing closed).
 */
interface Agreement {
  /** The pronoun: right after the remover, or (clitics) ending the remover's word. */
  pronoun: RegExp;
  /** Whether the pronoun is written onto the verb ("quítalo", "toglilo"). */
  clitic: boolean;
  /** Garment words (the whole word, folded) that the pronoun cannot stand for. */
  garments: RegExp;
}

const AGREEMENTS: Readonly<Record<string, Agreement>> = {
  // Singular "lo" against plural garments.
  es: { pronoun: /(?:lo|la)$/, clitic: true, garments: /^(?:calzoncillos|boxers|bóxers|boxer|slips|bañadores|pantalones|shorts|bermudas|calzones|bragas|tangas)$/ },
  it: { pronoun: /(?:lo|la)$/, clitic: true, garments: /^(?:mutande|mutandine|boxer|slip|pantaloni|pantaloncini|calzoncini)$/ },
  // Masculine "ele" against feminine garments.
  pt: { pronoun: /^ ?(?:ele|o cara|o homem)(?: |$)/, clitic: false, garments: /^(?:cueca|cuecas|sunga|sungas|bermuda|bermudas|calca|calcas|samba cancao)$/ },
  // Masculine "ihn" against feminine and plural garments.
  de: { pronoun: /^ ?ihn(?: |$)/, clitic: false, garments: /^(?:unterhose|unterhosen|badehose|badehosen|hose|boxershorts|shorts|badeshorts|unterwasche|boxer)$/ },
  // Singular "его" (him) against plural garments.
  ru: { pronoun: /^ ?(?:его|ego)(?: |$)/, clitic: false, garments: /^(?:трусы|трусах|трусами|плавки|плавках|шорты|шортах|боксеры|боксерах|семейники|семейниках)$/ },
  // "його" as normalised ("иого": й is folded).
  uk: { pronoun: /^ ?(?:його|иого)(?: |$)/, clitic: false, garments: /^(?:труси|трусах|плавки|плавках|шорти|шортах)$/ },
  pl: { pronoun: /^ ?go(?: |$)/, clitic: false, garments: /^(?:majtki|majtkach|slipy|slipach|kapielowki|kapielowkach|bokserki|bokserkach|spodenki|spodenkach)$/ },
  cs: { pronoun: /^ ?ho(?: |$)/, clitic: false, garments: /^(?:plavky|plavkach|trenky|trenkach|slipy|slipech|boxerky|boxerkach|kalhotky|kalhotkach)$/ },
  // Masculine "τον" against neuter and plural garments.
  el: { pronoun: /^ ?τον(?: |$)/, clitic: false, garments: /^(?:εσωρουχο|εσωρουχα|μαγιο|σλιπ|μποξερακι|μπoξερ|βρακι|βρακια)$/ },
  // Singular "אותו" against plural garments.
  he: { pronoun: /^ ?אותו(?: |$)/, clitic: false, garments: /^(?:תחתונים|בתחתונים|מכנסיים|במכנסיים|בוקסרים|בבוקסרים)$/ },
};

/** The whole word of the skeleton that holds `at` (bounded to 24 characters either side). */
function wordAround(text: string, from: number, to: number): string {
  let a = from;
  let b = to;
  while (a > 0 && from - a < 24 && text[a - 1] !== ' ') a--;
  while (b < text.length && b - to < 24 && text[b] !== ' ') b++;
  work.steps += b - a;
  return text.slice(a, b);
}

/** Whether the remover `r`'s object pronoun stands for the person, not the garment `c` (see AGREEMENTS). Constant work. */
export function pronounOfWearer(f: Findings, r: Match, c: Match): boolean {
  const rule = AGREEMENTS[r.term.language];
  if (!rule) return false;
  const text = f.norm.text;
  // The last word of the garment ("in mutande" is read as "mutande").
  if (!rule.garments.test(wordAround(text, Math.max(c.start, c.end - 1), c.end))) return false;
  if (rule.clitic) return rule.pronoun.test(wordAround(text, r.start, r.end));
  return rule.pronoun.test(text.slice(r.end, r.end + 14).replace(/^[^ ]*/, ''));
}
