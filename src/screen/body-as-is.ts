import type { Category } from '../types.ts';
import type { Findings, Match } from './findings.ts';
import type { Concept } from './lexicon/types.ts';
import { normalisedPattern as folded, wordsPattern } from './normalize.ts';

/**
 * A photo that already shows a bare torso, with an explicit instruction to leave the body as it is: "my before/after gym
 * photos, shirtless in both, match the lighting, put them side by side and don't change anything about my body",
 * "ничего не меняй в фигуре", "a testemen semmit ne változtass", "몸은 절대 보정하지 마세요". The words of a bare torso
 * ("shirtless", "without a shirt", "bare-chested") describe the photo as it is; nothing is taken off, made smaller or
 * see-through. In an edit with such an instruction and no word that undresses, reveals, shrinks, sexualises or names a
 * child, the rules those words set off are weakened on the record and the model's reading alone does not block
 * (Findings.mentionOnly). The output image is still checked. Written for this mechanism from the author's knowledge of
 * the languages; the probe set that showed the case (probe 65) was read in its development half only.
 */

/** "Don't change (anything of) the body", "leave my body as it is", "no body retouching", as normalised. */
const BODY_AS_IS_SPACED = wordsPattern([
  // English
  'don t change (?:anything (?:about|on|of) )?(?:my|his|her|the) (?:body|physique|figure)|do not change (?:anything (?:about|on|of) )?(?:my|his|her|the) (?:body|physique|figure)|(?:leave|keep) (?:my|his|her|the) (?:body|physique|figure) (?:as it is|as is|untouched|unchanged|alone)|no (?:body|physique) (?:retouching|edits|changes|editing)|don t (?:retouch|edit|touch) (?:my|his|her|the) (?:body|physique)',
  // Dutch, German, Scandinavian
  'verander niets aan (?:mijn|zijn|haar|het) (?:lichaam|figuur)|(?:mijn|zijn|haar) lichaam niet (?:aanpassen|veranderen|bewerken)|(?:nichts|nicht) an (?:meinem|seinem|ihrem|dem) (?:korper|koerper|figur) (?:andern|aendern|verandern|bearbeiten)|(?:meinen|seinen|ihren|den) (?:korper|koerper) nicht (?:verandern|bearbeiten|retuschieren)|andra inte (?:min|hans|hennes) kropp|ikke endre (?:kroppen|min kropp)|aendr ikke (?:min|kroppen)|ændr ikke (?:min|kroppen)|rör inte kroppen|ror inte kroppen',
  // Romance
  'ne (?:change|modifie|retouche) (?:rien (?:a|sur) )?(?:mon|son|le) (?:corps|physique)|no (?:cambies|toques|retoques|modifiques) (?:nada de )?(?:mi|su|el) (?:cuerpo|fisico)|non (?:cambiare|toccare|ritoccare|modificare) (?:niente del |nulla del )?(?:mio |suo |il )?(?:corpo|fisico)|nao (?:mude|mexa|altere|retoque) (?:nada )?(?:no|em|o) (?:meu |seu )?(?:corpo|fisico)|nu (?:schimba|modifica|retusa) (?:nimic la )?(?:corpul|corp)',
  // Slavic, Hungarian, Finnish, Greek, Turkish
  'ничего не меняй (?:в|на) (?:фигуре|теле)|не меняй (?:фигуру|тело)|не ретушируй (?:фигуру|тело)|нічого не змінюй (?:у|в|на) (?:фігурі|тілі)|не змінюй (?:фігуру|тіло)|nic nie zmieniaj (?:w|na) (?:sylwetce|ciele)|nie zmieniaj (?:sylwetki|ciala|ciała)|nic neměň na (?:postavě|těle)|nic nemen na (?:postave|tele)|a testemen semmit ne valtoztass|a testemen semmit ne változtass|semmit ne valtoztass a testemen|älä muuta (?:kehoani|vartaloani)|ala muuta (?:kehoani|vartaloani)|μην αλλαξεις τιποτα στο σωμα|μην αλλάξεις τίποτα στο σώμα|vucuduma dokunma|vücuduma dokunma|vucudumu degistirme|vücudumu değiştirme',
  // Indonesian, Malay, Vietnamese, Tagalog, Swahili
  'jangan ubah (?:badan|tubuh)|jangan edit (?:badan|tubuh)|khong sua (?:co the|dang nguoi)|không sửa (?:cơ thể|dáng người)|wag galawin ang katawan|huwag galawin ang katawan|usibadilishe mwili',
]);
const BODY_AS_IS_UNSPACED = folded(
  /ואל תשנה כלום בגוף|אל תשנה כלום בגוף|אל תשנה את הגוף|لا تغير شيئا في جسمي|لا تغير جسمي|بدنم رو تغییر نده|بدن را تغییر نده|शरीर में कुछ मत बदलो|शरीर को मत बदलो|جسم میں کچھ مت بدلو|শরীরে কিছু বদলাবে না|உடம்பை மாற்ற வேண்டாம்|శరీరంలో ఏమీ మార్చకు|ร่างกายไม่ต้องแก้|ไม่ต้องแก้หุ่น|体型はそのまま|体はいじらないで|体は加工しないで|身体不要修|身材不要修|不要修身材|身體不要修|몸은 절대 보정하지|몸은 보정하지|몸 보정은 하지/,
);

/** Concepts that do more than state a bare torso: any of them keeps every reading. */
const MORE_THAN_A_STATE: readonly Concept[] = [
  'undressVerb',
  'reveal',
  'reduce',
  'reduceAlone',
  'skimpy',
  'sexualAct',
  'sexualBody',
  'suggestive',
  'pose',
  'minor',
  'minorWeak',
  'nude',
  'showAll',
  'unveil',
  'enlarge',
  'everything',
];

/** Words of "without" that the lexicons list as removers: in a statement of a bare torso they say how he is. */
const WITHOUT = folded(/^(?:without|zonder|ohne|sans|sin|senza|sem|bez|без|בלי|ללא|nelkul|nélkül|ilman|utan|uten|uden|tanpa|bila|khong|không|walang|bila ya|بدون|بی|بغیر)$/);

/** The categories a stated bare torso may set off. */
const STATE_READ_AS: ReadonlySet<Category> = new Set<Category>(['sexual', 'undress', 'suggestive']);

/** Marks the findings of an edit that keeps a body as it is (see above). */
export function bodyLeftAsIs(f: Findings): void {
  if (!f.edit) return;
  const text = f.norm.text;
  const said = BODY_AS_IS_SPACED.exec(text) ?? BODY_AS_IS_UNSPACED.exec(text);
  if (said === null) return;
  // The instruction's own words ("verander niets aan": Dutch "niets aan" is also "nothing on") are no state.
  const from = said.index;
  const to = said.index + said[0].length;
  const outside = (m: Match) => m.end <= from || m.start >= to;
  if (MORE_THAN_A_STATE.some((c) => f.of(c).some(outside))) return;
  // A remover other than "without" takes something off ("remove his shirt, don't change his body").
  if (f.of('remove').some((m) => outside(m) && !withoutWord(f, m))) return;
  const rules = f.firedRulesOf(STATE_READ_AS);
  if (rules.size > 0) f.weaken(rules, 0.3, '(a bare torso the photo already shows, the body to be left as it is: nothing is taken off)');
  f.addNote('undress', 0.3, 'undress.body_as_is', 'The request leaves the body as it is: the words of a bare torso describe the photo, not an edit.', 'body as is');
  f.mentionOnly = true;
}

function withoutWord(f: Findings, m: Match): boolean {
  return WITHOUT.test(f.norm.text.slice(m.start, m.end));
}
