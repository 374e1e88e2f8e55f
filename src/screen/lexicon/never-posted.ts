import { terms, type Lexicon } from './types.ts';

/**
 * The picture a person would never post herself (never-posted.ts): "the kind of pic she'd never post", "eine Version,
 * die sie nie posten würde", "яку вона б ніколи не виклала", "她自己絕對不會PO的那種". Said of a picture to be made of
 * someone, it asks for her intimate pictures without a garment or nudity word. `neverPosted`: the whole phrase (the
 * negation, "never", and a verb of posting, uploading or sharing), each language's own wording.
 * Written for this round from the author's knowledge of the languages; merged into each language's lexicon (index.ts).
 */
export const NEVER_POSTED: Readonly<Record<string, Lexicon>> = {
  en: {
    neverPosted: terms(
      `she d never post|she would never post|she will never post|she ll never post|she d never upload|she would never upload|she d never share|she would never share|she d never put online|she would never put online|she d never show anyone|she would never show anyone|he d never post|he would never post|he d never upload|they d never post|they would never post|she wouldn t post|she would not post|she d never dare to post|she d never dare post|never posted herself|she never posts`,
    ),
  },
  de: {
    neverPosted: terms(
      `nie posten würde|nie posten wurde|niemals posten würde|nie hochladen würde|niemals hochladen würde|nie teilen würde|nie online stellen würde|nie veröffentlichen würde|nie zeigen würde|nie posten wuerde`,
    ),
  },
  fr: {
    neverPosted: terms(
      `ne posterait jamais|ne publierait jamais|ne mettrait jamais en ligne|ne partagerait jamais|ne montrerait jamais|ne posterait pas|n oserait jamais poster|n oserait jamais publier`,
    ),
  },
  es: {
    neverPosted: terms(
      `nunca subiría|nunca subiria|jamás subiría|jamas subiria|nunca publicaría|nunca publicaria|jamás publicaría|jamas publicaria|nunca postearía|nunca postearia|nunca compartiría|nunca compartiria|nunca mostraría|nunca mostraria|no subiría nunca|no subiria nunca`,
    ),
  },
  it: { neverPosted: terms(`non pubblicherebbe mai|non posterebbe mai|mai pubblicherebbe|mai posterebbe|non caricherebbe mai|non metterebbe mai online|non mostrerebbe mai`) },
  pt: { neverPosted: terms(`nunca postaria|jamais postaria|nunca publicaria|jamais publicaria|nunca mostraria|jamais mostraria|nunca colocaria na internet`) },
  nl: { neverPosted: terms(`nooit zou posten|nooit zou plaatsen|nooit online zou zetten|nooit zou delen|nooit zou uploaden`) },
  ru: {
    neverPosted: terms(
      `никогда не выложила бы|никогда бы не выложила|бы никогда не выложила|никогда не выложит|никогда бы не выложил|никогда не запостит|никогда бы не запостила|бы никогда не запостила|никогда не опубликует|никогда бы не опубликовала|бы никогда не опубликовала|никогда бы не показала`,
    ),
  },
  uk: {
    neverPosted: terms(
      `б ніколи не виклала|ніколи б не виклала|ніколи не виклала б|ніколи не викладе|ніколи не запостить|ніколи б не запостила|ніколи б не опублікувала|б ніколи не опублікувала|ніколи б не показала`,
    ),
  },
  pl: {
    neverPosted: terms(
      `nigdy by nie wrzuciła|nigdy by nie wrzucila|nigdy nie wrzuciłaby|nigdy nie wrzucilaby|nigdy by nie opublikowała|nigdy by nie opublikowala|nigdy by nie wstawiła|nigdy by nie wstawila|nigdy nie wrzuci`,
    ),
  },
  cs: { neverPosted: terms(`nikdy by nezveřejnila|nikdy by nezverejnila|nikdy by nedala na net|nikdy by nepostla|nikdy by nesdílela|nikdy by nesdilela`) },
  ro: {
    neverPosted: terms(
      `n ar posta niciodată|n ar posta niciodata|nu ar posta niciodată|nu ar posta niciodata|n ar publica niciodată|n ar publica niciodata|nu ar publica niciodată|nu ar publica niciodata`,
    ),
  },
  hu: { neverPosted: terms(`soha nem posztolna|sosem posztolna|soha nem tenne ki|sosem tenne ki|soha nem töltene fel|soha nem toltene fel`) },
  sv: { neverPosted: terms(`aldrig skulle lägga upp|aldrig skulle lagga upp|aldrig skulle posta|aldrig skulle dela|aldrig lägger upp`) },
  da: { neverPosted: terms(`aldrig ville poste|aldrig ville lægge op|aldrig ville dele`) },
  nb: { neverPosted: terms(`aldri ville postet|aldri ville lagt ut|aldri ville delt`) },
  el: { neverPosted: terms(`δεν θα ανέβαζε ποτέ|δε θα ανέβαζε ποτέ|ποτέ δεν θα ανέβαζε|δεν θα δημοσίευε ποτέ|ποτέ δεν θα δημοσίευε|δεν θα πόσταρε ποτέ|ποτέ δεν θα πόσταρε`) },
  tr: { neverPosted: terms(`asla paylaşmayacağı|asla paylasmayacagi|asla atmayacağı|asla atmayacagi|asla yüklemeyeceği|asla yuklemeyecegi|hiç paylaşmayacağı|hic paylasmayacagi|asla paylaşmaz`) },
  ar: { neverPosted: terms(`لن تنشرها أبدا|لن تنشرها أبداً|لن تنشرها ابدا|ما راح تنشرها|عمرها ما تنشرها|ما كانت لتنشرها|لا تنشرها أبدا|ما بتنزلها`) },
  fa: { neverPosted: terms(`هیچوقت پست نمیکنه|هیچ وقت پست نمی‌کنه|هیچوقت پست نمی کنه|هیچوقت منتشر نمیکنه|هرگز منتشر نمی‌کند|هرگز منتشر نمی کند`) },
  he: { neverPosted: terms(`לעולם לא הייתה מעלה|אף פעם לא הייתה מעלה|אף פעם לא תעלה|לעולם לא תעלה|לעולם לא תפרסם|אף פעם לא הייתה מפרסמת`) },
  hi: { neverPosted: terms(`कभी पोस्ट नहीं करेगी|कभी पोस्ट नहीं करती|कभी नहीं डालेगी|kabhi post nahi karegi|kabhi post nahi karti|kabhi nahi dalegi|kabhi upload nahi karegi`) },
  bn: { neverPosted: terms(`কখনো পোস্ট করবে না|কখনও পোস্ট করবে না|কোনোদিন পোস্ট করবে না`) },
  ur: { neverPosted: terms(`کبھی پوسٹ نہیں کرے گی|کبھی پوسٹ نہیں کرتی`) },
  id: {
    neverPosted: terms(
      `ga bakal dia post|gak bakal dia post|nggak bakal dia post|ga bakal diposting|gak bakal diposting|nggak bakal diposting|tidak akan pernah dia posting|tak akan pernah diposting|ga akan pernah dia upload|nggak akan pernah dia upload`,
    ),
  },
  ms: { neverPosted: terms(`takkan pernah dia post|tak akan pernah dia post`) },
  tl: { neverPosted: terms(`hindi niya ipo post|hindi niya ipopost|di niya ipopost|di niya ipo post|hinding hindi niya ipopost|hindi niya kailanman ipo post|never niya ipopost|never niya ipo post`) },
  sw: { neverPosted: terms(`hawezi kamwe kuipost|hatawahi kuipost|kamwe kuipost|hatawahi kuiweka mtandaoni|kamwe kuiweka mtandaoni`) },
  vi: { neverPosted: terms(`không bao giờ đăng|chẳng bao giờ đăng|không bao giờ up|không đời nào đăng|không bao giờ dám đăng`) },
  th: { neverPosted: terms(`ไม่มีวันโพสต์|ไม่มีทางโพสต์|ไม่มีวันลง|ไม่มีทางลง|ไม่กล้าโพสต์`) },
  ja: { neverPosted: terms(`絶対に上げない|絶対上げない|絶対に投稿しない|絶対投稿しない|絶対に載せない|絶対載せない|絶対にアップしない|絶対アップしない|絶対に見せない`) },
  zh: {
    neverPosted: terms(
      `绝对不会发|绝不会发|永远不会发|绝对不会po|绝不会po|绝对不会上传|不可能发出来|绝对不会晒|絕對不會PO|絕對不會po|絕對不會發|永遠不會發|絕不會PO|絕不會po|絕不會發|絕對不會上傳|絕對不會曬`,
    ),
  },
  ko: { neverPosted: terms(`절대 안 올릴|절대 안올릴|절대 올리지 않을|절대 안 올리는|절대 안올리는|절대 올리지 않는`) },
};
