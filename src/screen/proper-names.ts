import type { Match } from './findings.ts';
import type { NormalizedText } from './normalize.ts';

/**
 * A sexual word written as a proper name: a capitalised word after a greeting or a wish is the name of the person
 * greeted ("Happy birthday Randi!", "Félicitations Pornthip", "Alles Gute, Randi"), and a capitalised word before a
 * place noun is a place ("Cock Lane", "Lund shehar ki sadak", "Titz Straße"). Such a match is no request for sex.
 * Read from the original text around each harmful match: a bounded look a match, so linear in the text.
 */

/** Greetings and wishes after which a capitalised word is the name of the person greeted (lower case, folded apostrophes). */
const GREETING =
  /(?:^|[\s"'“”«»„(,:!-])(?:happy birthday|happy bday|happy anniversary|happy retirement|happy graduation|congrats|congratulations|well done|welcome|welcome home|welcome back|thank you|thanks|dear|love you|miss you|hi|hello|hey|good luck|get well soon|go|we love you|joyeux anniversaire|bon anniversaire|félicitations|felicitations|bravo|bienvenue|merci|chère|chere|cher|alles gute|herzlichen glückwunsch|herzlichen gluckwunsch|glückwunsch|gluckwunsch|willkommen|danke|liebe|lieber|feliz cumpleaños|feliz cumpleanos|felicidades|felicitaciones|enhorabuena|bienvenido|bienvenida|gracias|querida|querido|buon compleanno|auguri|congratulazioni|complimenti|benvenuto|benvenuta|grazie|cara|caro|feliz aniversário|feliz aniversario|parabéns|parabens|bem-vindo|bem vindo|bem-vinda|bem vinda|obrigado|obrigada|gefeliciteerd|fijne verjaardag|proficiat|welkom|bedankt|grattis|välkommen|valkommen|tack|tillykke|velkommen|takk|gratulerer|til lykke|sto lat|wszystkiego najlepszego|gratulacje|witaj|dziękuję|dziekuje|с днём рождения|с днем рождения|поздравляю|привет|спасибо|selamat ulang tahun|selamat|terima kasih|doğum günün kutlu olsun|dogum gunun kutlu olsun|tebrikler|hoş geldin|hos geldin|teşekkürler|tesekkurler|chúc mừng sinh nhật|chúc mừng|cảm ơn|maligayang kaarawan|salamat|janamdin mubarak|mubarak|badhai ho|shukriya)[\s,!:]*$/u;
/** Place nouns and countries after which a capitalised word is a place's name ("Cock Lane", "Lund shehar", "Fucking, Austria"). */
const PLACE_NOUN =
  /^[\s,]*(?:bus|buses|route|highway|motorway|tram|train|lane|street|road|avenue|square|alley|hill|park|bridge|station|village|town|city|county|river|lake|island|valley|mountain|castle|church|abbey|road sign|town sign|straße|strasse|gasse|platz|dorf|stadt|rue|ville|calle|ciudad|pueblo|città|citta|paese|rua|cidade|vila|straat|laan|gata|gade|gate|ulica|улица|город|деревня|shehar|shahar|nagar|gaon|gali|sadak|mohalla|jalan|kota|desa|köy|koy|sokak|cadde|şehir|sehir|austria|österreich|osterreich|germany|deutschland|england|scotland|wales|ireland|france|canada|newfoundland|pennsylvania|texas|usa|australia|norway|sweden|denmark|netherlands|belgium|switzerland|italy|spain|portugal|india|philippines|thailand|orkney)(?=$|[^\p{L}])/iu;
/** Characters read before a match for a greeting (the longest is under fifty). */
const BEFORE = 48;
/** Characters read after a match's word for a place noun. */
const AFTER = 16;

/** Whether a sexual word's match is a proper name: a capitalised word after a greeting, or before a place noun. */
export function properName(m: Match, norm: NormalizedText, text: string): boolean {
  const start = norm.start[m.start];
  const last = norm.end[m.end - 1];
  if (start === undefined || last === undefined) return false;
  // The word holding the match, in the original text: it must begin at the match and with a capital.
  if (start > 0 && /\p{L}/u.test(text[start - 1]!)) return false;
  if (!/\p{Lu}/u.test(text[start]!)) return false;
  let end = last;
  while (end < text.length && end - last < AFTER && /\p{L}/u.test(text[end]!)) end++;
  if (
    GREETING.test(
      text
        .slice(Math.max(0, start - BEFORE), start)
        .toLowerCase()
        .replace(/[’‘]/g, "'"),
    )
  )
    return true;
  return PLACE_NOUN.test(text.slice(end, end + AFTER));
}
