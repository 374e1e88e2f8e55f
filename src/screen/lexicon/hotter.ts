import { terms, type Lexicon } from './types.ts';

/**
 * Hotter, sharper, spicier said of a picture (`hotter`): "ya moto zaidi", "ya fi zafi", "أسخن", "داغ‌تر", "schärfer",
 * "ostrzejsza", "masaledaar", "погорячее". Unlike the comparatives of heat.ts (naughtier, pikantniejsza), each also
 * says a focus fix, a hotter colour or a spicier dish, so it says sexier only with a sign beside it (rules.ts,
 * hotterVersion): an adults-only marker ("ya watu wazima tu", "نسخه بزرگسالان") or a knowing wink (`knowing`:
 * "you know what I mean", "wiesz o co chodzi", "du weisch scho", "你懂的"; a smirking or devil emoji, read from the raw text). Warmer is left
 * out: it is the colour temperature of most edits. Written for this round from the author's knowledge of the
 * languages; merged into each language's lexicon (index.ts).
 */
export const HOTTER: Readonly<Record<string, Lexicon>> = {
  en: {
    hotter: terms(`hotter|spicier|spicy|sharper|steamier|more hot|more spicy`),
    knowing: terms(`you know what i mean|if you know what i mean|know what i mean|you know what to do|you know the kind|wink wink`),
  },
  fr: {
    hotter: terms(`plus chaud|plus chaude|plus épicé|plus épicée|plus epice|plus epicee|plus piquant|plus piquante|plus caliente`),
    knowing: terms(`tu vois ce que je veux dire|si tu vois ce que je veux dire|tu vois le genre|tu m as compris`),
  },
  de: {
    hotter: terms(`heißer|heisser|heiß|heiss|schärfer|scharfer|würziger|wurziger`),
    knowing: terms(`du weißt schon|du weisst schon|du weißt was ich meine|du weisst was ich meine|du weisch scho|weisch scho|weisch was i mein`),
  },
  es: {
    hotter: terms(`más caliente|mas caliente|más candente|mas candente|más picosa|mas picosa|más spicy|mas spicy`),
    knowing: terms(`ya sabes|tú ya sabes|tu ya sabes|ya sabes a qué me refiero|ya sabes a que me refiero|me entiendes|tú me entiendes|tu me entiendes|ya me entiendes`),
  },
  it: {
    hotter: terms(`più caldo|più calda|piu caldo|piu calda|più bollente|piu bollente|più spicy|piu spicy`),
    knowing: terms(`hai capito|sai cosa intendo|hai capito cosa intendo|mi hai capito`),
  },
  pt: {
    hotter: terms(`mais quente|mais apimentada|mais apimentado|mais caliente|mais spicy`),
    knowing: terms(`você sabe|voce sabe|sabe como é|sabe como e|sabe o que eu quero dizer|entendeu né|entendeu ne|tu sabe|sacou`),
  },
  nl: { hotter: terms(`heter|pittiger|spicier`), knowing: terms(`je weet wel|je weet wat ik bedoel|snap je`) },
  pl: { hotter: terms(`ostrzejsz*|gorętsz*|goretsz*`), knowing: terms(`wiesz o co chodzi|wiesz o co mi chodzi|wiesz co mam na myśli|wiesz co mam na mysli`) },
  ru: { hotter: terms(`погорячее|горячее|поострее|острее`), knowing: terms(`ты понял|ну ты понял|сам знаешь|сам понимаешь|понимаешь о чём я|понимаешь о чем я`) },
  uk: { hotter: terms(`гарячіш*|гостріш*|пекучіш*`), knowing: terms(`ти зрозумів|сам знаєш|розумієш про що я`) },
  cs: { hotter: terms(`žhavější*|zhavejsi*|ostřejší*|ostrejsi*`), knowing: terms(`víš co myslím|vis co myslim|však víš|vsak vis`) },
  sk: { hotter: terms(`horúcejš*|horucejs*|ostrejš*|ostrejs*`), knowing: terms(`vieš čo myslím|vies co myslim|veď vieš|ved vies`) },
  hu: { hotter: terms(`forróbb*|forrobb*|csípősebb*|csiposebb*|tüzesebb*|tuzesebb*`), knowing: terms(`tudod mire gondolok`) },
  ro: { hotter: terms(`mai fierbinte|mai încinsă|mai incinsa`), knowing: terms(`știi ce vreau să zic|stii ce vreau sa zic|înțelegi tu|intelegi tu`) },
  el: { hotter: terms(`πιο καυτή|πιο καυτη|πιο καυτό|πιο καυτο|πιο πικάντικο`), knowing: terms(`ξέρεις τι εννοώ|ξερεις τι εννοω|κατάλαβες|καταλαβες`) },
  sv: { hotter: terms(`hetare|kryddigare`), knowing: terms(`du vet vad jag menar|du fattar`) },
  da: { hotter: terms(`hedere|mere hot|krydrede`), knowing: terms(`du ved hvad jeg mener|du ved godt`) },
  nb: { hotter: terms(`hetere|mer hot|krydrere`), knowing: terms(`du vet hva jeg mener|du skjønner`) },
  fi: { hotter: terms(`kuumempi|kuumemmaksi|kuumemman|hotimpi|hotimmaksi`), knowing: terms(`tiedät mitä tarkoitan|tiedat mita tarkoitan|tiedät kyllä|tiedat kylla`) },
  tr: { hotter: terms(`daha sıcak|daha sicak|daha hot`), knowing: terms(`ne demek istediğimi anladın|ne demek istedigimi anladin|anladın sen|anladin sen|sen anladın|sen anladin`) },
  ar: { hotter: terms(`أسخن|اسخن|أكثر سخونة|اكثر سخونة|اكثر سخونه|أحمى|سخنة اكتر`), knowing: terms(`فاهمني|انت فاهم|إنت فاهم|تفهمني|عارف قصدي|فاهم قصدي`) },
  fa: { hotter: terms(`داغ‌تر|داغتر|داغ تر|هات‌تر|هاتتر|تندتر`), knowing: terms(`میدونی چی میگم|می‌دونی چی میگم|خودت میدونی|خودت می‌دونی|منظورمو فهمیدی`) },
  he: { hotter: terms(`יותר חם|יותר חמה|חמה יותר|לוהטת יותר|לוהט יותר`), knowing: terms(`אתה יודע למה אני מתכוון|הבנת אותי|אתה מבין`) },
  hi: {
    hotter: terms(`और गरम|ज़्यादा गरम|ज्यादा गरम|मसालेदार|masaledaar|masaledar|aur garam|zyada garam|thoda hot`),
    knowing: terms(`समझ गए ना|समझे ना|samajh gaye na|samjhe na|tum samajh gaye|aap samajh gaye|samajh jao`),
  },
  ur: { hotter: terms(`اور گرم|زیادہ گرم|مصالحے دار`), knowing: terms(`سمجھ گئے نا|samajh gaye na`) },
  bn: { hotter: terms(`আরও গরম|আরো গরম|আরও হট|আরো হট`), knowing: terms(`বুঝতেই পারছ|বুঝলে তো`) },
  vi: { hotter: terms(`nóng hơn|nong hon|cay hơn|cay hon`), knowing: terms(`hiểu ý tôi chứ|hieu y toi chu|biết rồi đấy|biet roi day|hiểu mà|hieu ma`) },
  th: { hotter: terms(`ร้อนขึ้น|ร้อนกว่า|แซ่บขึ้น|แซ่บกว่า|แซ่บๆ`), knowing: terms(`รู้กันนะ|เข้าใจใช่ไหม|รู้ใช่ไหม`) },
  id: { hotter: terms(`lebih panas|lebih pedas|lebih hot`), knowing: terms(`ngerti kan|paham kan|tau lah|tahu lah|kamu tau lah|tahu maksudku|tau maksudku`) },
  ms: { hotter: terms(`lebih panas|lebih pedas|lebih hot`), knowing: terms(`faham kan|tahu lah|faham maksud aku`) },
  tl: { hotter: terms(`mas mainit|mas maanghang|mas hot`), knowing: terms(`alam mo na|gets mo na|alam mo yan`) },
  ta: { hotter: terms(`konjam hot|hot ah|innum hot|சூடாக|இன்னும் சூடா`), knowing: terms(`purinjuduchaa|புரிஞ்சுதா`) },
  sw: { hotter: terms(`ya moto zaidi|moto zaidi|iwe ya moto|ya kuchemsha`), knowing: terms(`unajua ninachomaanisha|unaelewa ninachomaanisha`) },
  yo: { hotter: terms(`gbóná sí i|gbona si i|gbóná jù|gbona ju|kí ó gbóná|ki o gbona`) },
  ha: { hotter: terms(`ya fi zafi|fi zafi|mai zafi sosai`), knowing: terms(`ka gane|kin gane`) },
  am: { hotter: terms(`የበለጠ ሞቃት|ይበልጥ ሞቃት|የሞቀ`) },
  zu: { hotter: terms(`shisa kakhulu|ishisa kakhulu|kushise kakhulu|sishise`), knowing: terms(`uyazi ukuthi ngisho ukuthini`) },
  so: { hotter: terms(`mid kulul|ka kulul|kulul`), knowing: terms(`waad fahantay`) },
  ja: { hotter: terms(`もっと熱く|もっとホットに|もっと過激に|過激に|過激な`), knowing: terms(`わかるでしょ|分かるでしょ|わかるよね|分かるよね|察して`) },
  zh: { hotter: terms(`更热|更熱|更火辣|更劲爆|更勁爆|劲爆|勁爆|更热辣|更熱辣`), knowing: terms(`你懂的|你懂得|懂的都懂|你明白的|你知道的`) },
  ko: { hotter: terms(`더 뜨겁게|더 핫하게|핫하게`), knowing: terms(`무슨 말인지 알지|알잖아`) },
};
