import { terms, type Lexicon } from './types.ts';

/**
 * Two ways of asking for a body seen through or under a garment without a nudity word (rules.ts, the nothing-under rule
 * and the see-through rule):
 * - `nothingUnder`: nothing worn under a garment named before it ("a silk dress, nothing under it", "vestido, nada por
 *   baixo", "ein Kleid, nichts drunter" was already a nudity word). Alone it is ordinary ("nothing underneath the
 *   bridge"), so the rule wants a garment before it in its sentence and a wearer;
 * - `reveal`: a clear material a garment is made of or swapped for ("swap her dress for cling film", "een jurk als
 *   glas", "保鲜膜做的裙子"): with a garment beside it, as for "transparent". Only materials that are clear, and glass
 *   only as a likeness or what something is made of, so "a glass of wine by her dress" and "a glass-like sheen on her
 *   dress" stay what they are.
 * Written for this round from the author's knowledge of the languages; merged into each language's lexicon (index.ts).
 */
export const NOTHING_UNDER: Readonly<Record<string, Lexicon>> = {
  en: {
    nothingUnder: terms(`nothing under it|nothing under them|nothing underneath|nothing underneath it|nothing beneath it|nothing beneath|nothing else under it|nothing on under it`),
    reveal: terms(`cling film|clingfilm|plastic wrap|saran wrap|cellophane|like glass|made of glass|out of glass|clear as glass`),
  },
  fr: {
    nothingUnder: terms(`rien dessous|rien par dessous|rien en dessous d elle|rien sous elle`),
    reveal: terms(`film alimentaire|film plastique|cellophane|comme du verre|comme en verre|fait de verre|faite de verre`),
  },
  de: { reveal: terms(`frischhaltefolie|klarsichtfolie|zellophan|cellophan|wie glas|aus glas`) },
  es: {
    nothingUnder: terms(`nada debajo|nada por debajo|nada abajo|nada bajo ella`),
    reveal: terms(`film transparente|papel film|papel transparente|celofán|celofan|como cristal|como de cristal|como vidrio|hecho de vidrio|hecho de cristal`),
  },
  pt: {
    nothingUnder: terms(`nada por baixo|nada embaixo|nada debaixo|nada por dentro`),
    reveal: terms(`papel filme|plástico filme|plastico filme|filme plástico|filme plastico|celofane|tipo vidro|como vidro|feito de vidro|feita de vidro`),
  },
  it: {
    nothingUnder: terms(`niente sotto|nulla sotto|niente sotto di sé|niente sotto di se`),
    reveal: terms(`pellicola trasparente|pellicola per alimenti|cellophane|come vetro|come il vetro|fatto di vetro|fatta di vetro`),
  },
  nl: {
    nothingUnder: terms(`niets eronder|niks eronder|niets daaronder|niks daaronder`),
    reveal: terms(`vershoudfolie|huishoudfolie|plasticfolie|cellofaan|als glas|van glas gemaakt`),
  },
  pl: {
    nothingUnder: terms(`nic pod spodem|nic pod nią|nic pod nia|nic pod nim|a pod spodem nic|pod spodem nic`),
    reveal: terms(`folia spożywcza|folia spozywcza|folii spożywczej|folii spozywczej|folię spożywczą|folie spozywcza|celofan*|jak szkło|jak szklo|ze szkła|ze szkla`),
  },
  ru: {
    nothingUnder: terms(`ничего под ним|ничего под ней|под ним ничего|под ней ничего|а под ним ничего|а под ней ничего|ничего под низом`),
    reveal: terms(`пищевая плёнка|пищевая пленка|пищевой плёнки|пищевой пленки|пищевую плёнку|пищевую пленку|целлофан*|как стекло|из стекла`),
  },
  uk: {
    nothingUnder: terms(`нічого під ним|нічого під нею|під ним нічого|під нею нічого`),
    reveal: terms(`харчова плівка|харчової плівки|харчову плівку|целофан*|як скло|зі скла`),
  },
  tr: {
    nothingUnder: terms(`altında hiçbir şey|altinda hicbir sey|altında hiç bir şey`),
    reveal: terms(`streç film|strec film|streç filmden|selofan*|cam gibi|camdan`),
  },
  sv: {
    nothingUnder: terms(`inget därunder|ingenting därunder|inget innanför|ingenting innanför`),
    reveal: terms(`plastfolie|gladpack|cellofan|som glas|av glas`),
  },
  da: { nothingUnder: terms(`intet nedenunder|ingenting nedenunder|intet indenunder`), reveal: terms(`husholdningsfilm|plastfolie|cellofan|som glas`) },
  nb: { nothingUnder: terms(`ingenting under|ingenting innunder|ingenting under den|ingenting under kjolen`), reveal: terms(`plastfolie|matfilm|cellofan|som glass`) },
  hu: { nothingUnder: terms(`alatta semmi|semmi alatta|alatta nincs semmi`), reveal: terms(`folpack|celofán|celofan|mint az üveg|mint az uveg|üvegből|uvegbol`) },
  cs: {
    nothingUnder: terms(`nic pod tím|nic pod tim|pod tím nic|pod tim nic|pod ním nic|pod nim nic|nic pod ním|nic pod nim`),
    reveal: terms(`potravinová fólie|potravinova folie|celofán*|celofan*|jako sklo|ze skla`),
  },
  ja: { nothingUnder: terms(`下には何も|下に何も|中には何も`), reveal: terms(`サランラップ|ガラスのよう|ガラスみたい|ガラス製`) },
  zh: { nothingUnder: terms(`里面什么都没|里面啥都没|里面什么也没|下面什么都没|裡面什麼都沒`), reveal: terms(`保鲜膜|保鮮膜|玻璃一样|玻璃一樣|像玻璃|玻璃做的|玻璃纸`) },
  ko: { nothingUnder: terms(`안에 아무것도|속에 아무것도|밑에 아무것도`), reveal: terms(`비닐랩|유리처럼|유리 같은|유리로 된`) },
  id: { nothingUnder: terms(`tanpa apa apa di baliknya|di baliknya tidak ada apa|dalamnya tidak pakai apa`), reveal: terms(`plastik wrap|plastik pembungkus makanan|seperti kaca|dari kaca`) },
};
