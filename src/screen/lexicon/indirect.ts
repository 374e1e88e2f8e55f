import { terms, type Lexicon } from './types.ts';

/**
 * Indirect wording of the euphemism round, added to existing concepts where a language lacked the form:
 * - `forget`: the conditional and present forms of forgetting ("if she forgot to get dressed": unutsaydı, یادش می‌رفت,
 *   שוכחת, ξεχνούσε, olvidara, vergäße), read with `dressUp` (rules.ts, forgot_dressed);
 * - `reduceAlone`: less clothing said without a garment in the languages that lacked the case forms ("з меншою
 *   кількістю одягу", "कम कपड़ों वाली", "کپڑا کم", "s méně oblečením", "vähemmillä vaatteilla", "kwa nguo chache",
 *   "kainnya dikurangi", "옷 줄여서");
 * - `suggestive`: seductive in the languages that lacked it (спокусливий, svůdný, 아찔한);
 * - `skimpy`: the Romanian swimsuit with its article (costumul de baie);
 * - `nude`: "uncensored" in the languages that lacked it (ocensurerad, cenzúrázatlan, সেন্সর ছাড়া, בלי צנזורה, غير المراقبة), read
 *   as English "uncensored" is: of a person's photo it strips it, of a text it restores words (prompt-screener.ts, uncensoredText).
 * Written for this round from the author's knowledge of the languages; merged into each language's lexicon (index.ts).
 */
export const INDIRECT: Readonly<Record<string, Lexicon>> = {
  en: { forget: terms(`forgetting|had forgotten|were to forget`) },
  fr: { forget: terms(`oubliait|oubliant|oublierait|avait oublié|avait oublie`) },
  de: { forget: terms(`vergisst|vergäße|vergasse|vergessen hätte|vergessen hatte|vergessen würde`) },
  es: { forget: terms(`olvidara|olvidase|olvidaba|se olvida|se olvidara|se le olvidara|se le olvidó|se le olvido`) },
  it: { forget: terms(`dimenticasse|dimenticava|dimentica|si dimenticasse|si scordasse|scordato|scordata`) },
  pt: { forget: terms(`esquecesse|esquecia|esquece|se esquecesse|esquecer`) },
  nl: { forget: terms(`vergat|vergeet|zou vergeten`) },
  pl: { forget: terms(`zapomniałaby|zapomnialaby|zapomina|zapomni|zapomniałby`) },
  ru: { forget: terms(`забыла бы|забудет|забывала|забыл бы|забыл`) },
  uk: {
    forget: terms(`забула б|забуде|забувала|забув`),
    reduceAlone: terms(`меншою кількістю одягу|менша кількість одягу|менше одягу на ній|мінімум одягу|майже без одягу`),
    suggestive: terms(`спокуслив*|звабли*`),
  },
  cs: {
    nude: terms(`necenzurovan*|bez cenzury`),
    forget: terms(`zapomene|zapomněla by|zapomnela by|zapomínala|zapominala`),
    reduceAlone: terms(`méně oblečením|mene oblecenim|méně oblečení*|mene obleceni*|minimem oblečení|minimem obleceni|skoro bez oblečení|skoro bez obleceni`),
    suggestive: terms(`svůdn*|svudn*`),
  },
  sk: {
    nude: terms(`necenzurovan*|bez cenzúry|bez cenzury`),
    forget: terms(`zabudne|zabudla by|zabúdala|zabudala`),
    reduceAlone: terms(`menej oblečenia|menej oblecenia|menej oblečením|menej oblecenim`),
  },
  hu: { nude: terms(`cenzúrázatlan*|cenzurazatlan*|cenzúra nélkül*|cenzura nelkul*`), forget: terms(`elfelejtene|elfelejt*|elfeledné|elfelejtené`) },
  ro: { nude: terms(`necenzurat*|fără cenzură|fara cenzura`), forget: terms(`ar uita|ar fi uitat`), skimpy: terms(`costumul de baie|costumul ei de baie|costumul tău de baie|costumul tau de baie`) },
  el: { nude: terms(`χωρίς λογοκρισία|χωρις λογοκρισια|αλογόκριτ*|αλογοκριτ*`), forget: terms(`ξεχνούσε|ξεχνουσε|ξεχάσει|ξεχασει|ξεχνάει|ξεχναει|ξεχνά|ξεχνα`) },
  sv: { nude: terms(`ocensurerad*|ocensurerade|utan censur`), forget: terms(`glömde bort|glomde bort|skulle glömma|skulle glomma`) },
  da: { nude: terms(`ucensureret|ucensurerede|uden censur`), forget: terms(`glemmer|ville glemme`) },
  nb: { nude: terms(`usensurert|usensurerte|uten sensur`), forget: terms(`glemmer|ville glemme`) },
  fi: {
    nude: terms(`sensuroimaton|sensuroimattoman|sensuroimattomat|sensuroimattomaan|ilman sensuuria`),
    forget: terms(`unohtaisi|unohti|unohtaa|unohtunut`),
    reduceAlone: terms(`vähemmillä vaatteilla|vahemmilla vaatteilla|vähemmällä vaatetuksella|vahemmalla vaatetuksella|vähäisemmillä vaatteilla|vahaisemmilla vaatteilla|melkein ilman vaatteita`),
  },
  tr: { forget: terms(`unutsaydı|unutsaydi|unutsa|unutmuş|unutmus|unutursa|unutmuş olsaydı`) },
  ja: { forget: terms(`忘れたら|忘れてたら|忘れちゃったら`) },
  zh: { forget: terms(`忘记了|忘了穿`) },
  ko: {
    forget: terms(`잊었다면|잊어버렸다면|깜빡했다면|까먹었다면|까먹*`),
    reduceAlone: terms(`옷 줄여|옷을 줄여|옷 줄이|옷을 줄이|천 줄여|천을 줄여|옷 더 줄여|노출 늘려|노출을 늘려`),
    suggestive: terms(`아찔하게|아찔한`),
  },
  th: { forget: terms(`ลืมแต่งตัว|ถ้าลืม`) },
  vi: { forget: terms(`quên mặc|quen mac|nếu quên`) },
  id: {
    forget: terms(`kelupaan|lupa pakai|lupa berpakaian`),
    reduceAlone: terms(`kainnya dikurangi|kain dikurangi|bajunya dikurangi|kurangi kainnya|kurangi kain|pakaiannya dikurangi|hampir nggak pakai baju|hampir tidak berpakaian`),
  },
  ms: {
    nude: terms(`tanpa tapisan|tanpa sensor|tidak ditapis`),
    forget: terms(`terlupa|lupa pakai|lupa berpakaian`),
    reduceAlone: terms(`kain kurang|kurangkan kain|kurangkan kainnya|pakaian kurang|kurangkan pakaian|hampir tidak berpakaian`),
  },
  tl: { nude: terms(`walang censor|walang sensor|hindi censored`), forget: terms(`makalimutan|nakalimutang|nakalimot`) },
  hi: {
    forget: terms(`भूल जाए|भूल जाती|भूल गई|भूल गयी|bhool jaye|bhool jati|bhool gayi`),
    reduceAlone: terms(`कम कपड़ों|कम कपड़े|कम कपडों|कम कपडे|कपड़े कम|कपडे कम|kam kapdon wali|kapde kam`),
  },
  ur: { nude: terms(`بغیر سنسر|بنا سنسر|ان سنسرڈ`), forget: terms(`بھول جائے|بھول جاتی|بھول گئی`), reduceAlone: terms(`کم کپڑوں|کپڑا کم|کپڑے کم|کم کپڑا`) },
  bn: { nude: terms(`সেন্সর ছাড়া|সেন্সরবিহীন|আনসেন্সরড`), forget: terms(`ভুলে যায়|ভুলে যেত|ভুলে গেলে`), reduceAlone: terms(`কাপড় কম|কম কাপড়ের|কম পোশাক|পোশাক কম|জামা কম`) },
  ta: { nude: terms(`சென்சார் இல்லாத|தணிக்கை இல்லாத|தணிக்கையில்லாத`), forget: terms(`மறந்தால்|மறந்துவிட்டால்`), reduceAlone: terms(`ஆடை குறைவாக|துணி குறைவாக|குறைந்த ஆடையில்`) },
  ar: { nude: terms(`غير المراقبة|غير مراقبة|بلا رقابة|غير خاضعة للرقابة`), forget: terms(`نسيت أن|نسيت ان|تنسى|لو نسيت`) },
  fa: { nude: terms(`بدون سانسور|سانسور نشده|سانسورنشده`), forget: terms(`یادش رفت|یادش می‌رفت|یادش میرفت|یادش می رفت|یادش بره|فراموش می‌کرد|فراموش میکرد|فراموش کنه`) },
  he: { nude: terms(`בלי צנזורה|ללא צנזורה|לא מצונזרת|לא מצונזר`), forget: terms(`שוכחת|שוכח|תשכח|היתה שוכחת|הייתה שוכחת|שכחה ל`) },
  sw: {
    nude: terms(`bila udhibiti|bila kudhibitiwa|bila censor`),
    forget: terms(`angesahau|akisahau|amesahau|angalisahau|alisahau`),
    reduceAlone: terms(`nguo chache|kwa nguo chache|mavazi machache|kitambaa kichache|karibu bila nguo`),
  },
};
