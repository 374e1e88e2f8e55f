import { terms, type Lexicon } from './types.ts';

/**
 * A bedsheet or a duvet as all that covers someone in bed (`bedCover`: sheet, Laken, sábana, простыня, 床单, シーツ, 이불),
 * and what it does when it stops covering (`garmentGone`: slipping, verrutscht, wegglijdt, сползает). With an
 * only-word before it ("only got the bedsheet", "solo con la sábana", "лише простирадло", "이불만") or slipping away, and
 * someone there, nudity (../bed-cover.ts). A blanket is left out: a baby "wrapped only in a blanket" is a newborn portrait.
 * What is all but gone of a bath's foam or steam (`scarce`: almost no, barely any, kaum noch, почти не осталось, 几乎没了; Russian's
 * genitive "пены" joins `bareCover`): with a word of bathing, the bather is bare (../bed-cover.ts, fadingCover).
 * Kicking the sheets off is left out: a feverish sleeper does it.
 * Compounds are listed one by one ("sidenlakan", "selyemlepedő", a silk sheet): a head that opens the word would read
 * Swedish "badlakan" and Hungarian "strandlepedő", a beach towel.
 * Written for this round from the author's knowledge of the languages; merged into each language's lexicon (index.ts).
 */
export const BED_COVER: Readonly<Record<string, Lexicon>> = {
  en: {
    scarce: terms(`almost no|barely any|hardly any|almost gone|nearly gone|almost none|not much left|none left|no more`),
    bedCover: terms(`sheet|sheets|bedsheet|bedsheets|bed sheet|bed sheets|duvet|comforter|the covers`),
    garmentGone: terms(`slipping|is slipping|keeps slipping|slipping away|sliding away`),
  },
  fr: {
    scarce: terms(`presque plus de|presque plus|il ne reste presque|presque disparu|presque disparue`),
    bedCover: terms(`drap|draps|couette`),
    garmentGone: terms(`glisse|qui glisse|en train de glisser`),
  },
  de: {
    bathing: terms(`wanne|in der wanne`),
    scarce: terms(`kaum noch|fast kein|fast keinen|fast keine|fast weg|nicht mehr viel`),
    bedCover: terms(`laken|bettlaken|bettdecke|decke|leintuch`),
    garmentGone: terms(`verrutscht|rutscht weg|weggerutscht`),
  },
  es: {
    scarce: terms(`casi no queda|casi sin|apenas queda|casi desaparecida|casi ha desaparecido`),
    bedCover: terms(`sábana|sabana|sábanas|sabanas|edredón|edredon`),
    garmentGone: terms(`se resbala|resbalando|se desliza|deslizándose|deslizandose`),
  },
  it: { scarce: terms(`quasi niente|quasi più|quasi sparita|quasi scomparsa`), bedCover: terms(`lenzuolo|lenzuola|piumone`), garmentGone: terms(`scivola|che scivola|sta scivolando`) },
  pt: {
    scarce: terms(`quase sem|quase não tem|quase nao tem|quase nada de|quase sumiu`),
    bedCover: terms(`lençol|lencol|lençóis|lencois|edredom`),
    garmentGone: terms(`escorregando|escorrega|deslizando`),
  },
  nl: { scarce: terms(`bijna geen|bijna weg`), bedCover: terms(`laken|lakens|dekbed`), garmentGone: terms(`wegglijdt|glijdt weg|afglijdt|weggegleden`) },
  pl: {
    scarce: terms(`prawie nie ma|prawie zniknęła|prawie zniknela|prawie zniknęły`),
    bedCover: terms(`prześcieradło|przescieradlo|prześcieradłem|przescieradlem|kołdra|koldra|kołdrą|koldra`),
    garmentGone: terms(`zsuwa się|zsuwa sie|zsuwające|zsuwajace`),
  },
  ru: {
    bareCover: terms(`пены|пузырей|пузырьков`),
    scarce: terms(`почти не осталось|не осталось|почти нет|почти исчезла|почти исчезли|почти растаяла`),
    bedCover: terms(`простыня|простыню|простынёй|простыней|простынка|одеяло|одеялом`),
    garmentGone: terms(`сползает|соскальзывает|сползла`),
  },
  uk: { scarce: terms(`майже не лишилось|майже не залишилось|майже немає|майже зникла`), bedCover: terms(`простирадло|простирадлом|ковдра|ковдрою`), garmentGone: terms(`сповзає|зісковзує|сповзло`) },
  tr: {
    scarce: terms(`neredeyse hiç|neredeyse hic|neredeyse kalmadı|neredeyse kalmadi|kalmadı|kalmadi`),
    bedCover: terms(`çarşaf|carsaf|çarşafla|carsafla|yorgan|yorganla`),
    garmentGone: terms(`kayıyor|kayiyor|kayan`),
  },
  ar: { bedCover: terms(`شرشف|الشرشف|ملاية|الملاية|ملاءة|الملاءة|اللحاف`), garmentGone: terms(`تنزلق|بتنزل|تنزل عنها`) },
  hi: { bedCover: terms(`चादर|chadar|chaadar`), garmentGone: terms(`खिसक रही|khisak rahi|sarak rahi`) },
  id: { bedCover: terms(`selimut|seprai|sprei`), garmentGone: terms(`melorot|merosot|tersingkap`) },
  vi: { bedCover: terms(`tấm ga|ga giường|chăn|mền`), garmentGone: terms(`tuột xuống|đang tuột`) },
  sv: { bedCover: terms(`lakan|lakanet|sidenlakan|sidenlakanet|satinlakan|satinlakanet|täcke|täcket|tacket`), garmentGone: terms(`glider av|glider ner|halkar ner`) },
  hu: { bedCover: terms(`lepedő|lepedo|lepedővel|selyemlepedő|selyemlepedo|selyemlepedővel|szaténlepedő|szatenlepedo|paplan`), garmentGone: terms(`csúszik le|csuszik le|lecsúszóban`) },
  zh: { scarce: terms(`几乎没了|快没了|几乎消失|快消失|幾乎沒了|快沒了`), bedCover: terms(`床单|床單|被子`), garmentGone: terms(`滑落|滑下`) },
  ja: { scarce: terms(`ほとんど残って|ほぼ消え|消えかけ`), bedCover: terms(`シーツ|布団`), garmentGone: terms(`ずり落ち|はだけ`) },
  ko: { scarce: terms(`거의 없|거의 사라`), bedCover: terms(`이불|시트`), only: terms(`이불만|시트만`), garmentGone: terms(`흘러내`) },
  ro: { bedCover: terms(`cearșaf|cearsaf|cearșaful|cearsaful|cearceaf|cearceaful|cearșafuri|cearsafuri`) },
  sw: { bedCover: terms(`shuka|shuka tu`), only: terms(`shuka tu`) },
};
