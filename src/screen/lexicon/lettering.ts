import { terms, type Lexicon } from './types.ts';

/**
 * `benign`: writing printed on clothes, the thing a request removes from a garment the way it removes a stain or a logo:
 * writing, lettering, a slogan, an inscription ("remove the writing on his t-shirt", "entferne den Schriftzug auf seinem
 * T-Shirt", "togli la scritta dalla felpa", "enlève l'inscription sur son t-shirt", "去掉T恤上的字样", "셔츠에 있는 글씨
 * 지워줘"). With them the garment is where the thing is, not what comes off (rules.ts, removal). Written from the author's
 * knowledge of the languages; merged into each language's lexicon with the scene words.
 */
export const LETTERING: Readonly<Record<string, Lexicon>> = {
  en: { benign: terms(`writing|lettering|slogan|slogans|wording|inscription|graphic print`) },
  de: { benign: terms(`schriftzug|schriftzüge|schriftzuge|aufschrift|aufschriften|spruch|sprüche|spruche|schrift|buchstaben|slogan`) },
  fr: { benign: terms(`inscription|inscriptions|écriture|ecriture|écritures|ecritures|lettrage|slogan`) },
  es: { benign: terms(`letras|escrito|escritura|eslogan|leyenda`) },
  it: { benign: terms(`scritta|scritte|lettere|slogan|stampa`) },
  pt: { benign: terms(`escrita|escritas|letras|letreiro|estampa|slogan`) },
  nl: { benign: terms(`opdruk|letters|slogan|spreuk`) },
  pl: { benign: terms(`napis|napisy|napisu|nadruk|nadruku|litery|hasło|haslo`) },
  ru: { benign: terms(`надпись|надписи|принт|буквы|лозунг|слоган`) },
  uk: { benign: terms(`напис|написи|принт|літери|гасло`) },
  tr: { benign: terms(`yazı|yazi|yazıyı|yaziyi|yazıları|yazilari|baskı|baski|baskıyı|baskiyi|harfler|slogan`) },
  zh: { benign: terms(`字样|字樣|上的字|文字|印字|印花|字母|标语|標語`) },
  ja: { benign: terms(`文字|ロゴ|プリント|英字|書かれた`) },
  ko: { benign: terms(`글씨|글자|문구|프린트|레터링`) },
  ar: { benign: terms(`الكتابة|الكتابه|كتابة|كتابه|الكلام|الحروف|الطبعة|الطبعه|الشعار`) },
  he: { benign: terms(`הכיתוב|כיתוב|הכתובת|כתובת|ההדפס|הדפס|האותיות`) },
  fa: { benign: terms(`نوشته|نوشته‌ها|نوشته ها|چاپ|طرح`) },
  hi: { benign: terms(`लिखावट|लिखा हुआ|अक्षर|प्रिंट`) },
  id: { benign: terms(`tulisan|tulisannya|sablon|sablonan|huruf`) },
  ms: { benign: terms(`tulisan|cetakan|huruf`) },
  vi: { benign: terms(`chữ|dòng chữ|hình in|chu in`) },
  th: { benign: terms(`ตัวหนังสือ|ข้อความ|ลายสกรีน`) },
  el: { benign: terms(`γράμματα|γραμματα|επιγραφή|επιγραφη|στάμπα|σταμπα|το σύνθημα|το συνθημα`) },
  cs: { benign: terms(`nápis|napis|nápisy|napisy|potisk`) },
  sk: { benign: terms(`nápis|napis|nápisy|napisy|potlač|potlac`) },
  hu: { benign: terms(`felirat|feliratot|feliratok|mintát|mintat`) },
  ro: { benign: terms(`scrisul|inscripția|inscriptia|inscripție|inscriptie|imprimeul|literele`) },
  sv: { benign: terms(`trycket|tryck|bokstäverna|bokstaverna`) },
  da: { benign: terms(`trykket|tryk|bogstaverne`) },
  nb: { benign: terms(`trykket|trykk|bokstavene`) },
  fi: { benign: terms(`painatus|painatuksen|kirjaimet`) },
  tl: { benign: terms(`sulat|nakasulat|print`) },
  sw: { benign: terms(`maandishi|maneno`) },
};
