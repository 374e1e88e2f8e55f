import { terms, type Lexicon } from './types.ts';

/**
 * `benign`: rubbish and the bins it goes in, what people most often ask to have taken out of a holiday photo: a trash
 * can, a rubbish bin, litter, a plastic bag, cigarette butts ("we're in swimsuits at the lake, remove only the trash
 * can", "jsme v plavkách u rybníka, odstraň jen odpadkový koš", "oleme ujumisriietes rannas, kustuta ainult
 * prügikast"). Named after a remover, the thing is its object (rules.ts, takesOtherObject). Short words that are
 * other words too are left out ("bin", "koš", "kosz"). Written from the author's knowledge of the languages; merged
 * into each language's lexicon with the scene words.
 */
export const LITTER: Readonly<Record<string, Lexicon>> = {
  en: { benign: terms(`trash can|trash cans|trash bin|garbage can|garbage bin|rubbish bin|wheelie bin|dustbin|litter bin|litter|rubbish|garbage|trash|plastic bag|plastic bags|cigarette butts`) },
  de: { benign: terms(`mülleimer|muelleimer|mulleimer|mülltonne|mulltonne|abfalleimer|müll|mull|abfall|plastiktüte|plastiktute|zigarettenstummel|kippen`) },
  fr: { benign: terms(`poubelle|poubelles|déchets|dechets|ordures|sac plastique|mégots|megots`) },
  es: { benign: terms(`papelera|bote de basura|cubo de basura|contenedor|basura|bolsa de plástico|bolsa de plastico|colillas`) },
  it: { benign: terms(`cestino|cestino dei rifiuti|bidone|bidone della spazzatura|spazzatura|rifiuti|immondizia|sacchetto di plastica|mozziconi`) },
  pt: { benign: terms(`lixeira|lixeiras|lixo|caixote do lixo|contentor do lixo|saco plástico|saco plastico|sacola plástica|bitucas|beatas`) },
  nl: { benign: terms(`prullenbak|vuilnisbak|afvalbak|vuilnis|afval|plastic zak|peuken`) },
  sv: { benign: terms(`soptunna|soptunnan|papperskorg|papperskorgen|skräp|skrap|sopor|plastpåse|plastpase|fimpar`) },
  da: { benign: terms(`skraldespand|skraldespanden|affald|skrald|plastikpose|skodder`) },
  nb: { benign: terms(`søppelbøtte|soppelbotte|søppelkasse|søppel|soppel|plastpose|sneiper`) },
  fi: { benign: terms(`roskis|roskiksen|roskakori|roskakorin|roska-astia|roskat|roskia|muovipussi|tumpit`) },
  et: { benign: terms(`prügikast|prugikast|prügikasti|prugikasti|prügi|prugi|kilekott|konid`) },
  lt: { benign: terms(`šiukšliadėžė|siuksliadeze|šiukšliadėžę|siuksliadeze|šiukšlės|siuksles|šiukšles|maišelis|nuorūkos`) },
  lv: { benign: terms(`miskaste|miskasti|atkritumu tvertne|atkritumi|atkritumus|maisiņš`) },
  pl: { benign: terms(`kosz na śmieci|kosz na smieci|śmietnik|smietnik|śmieci|smieci|foliowa torba|reklamówka|reklamowka|niedopałki|niedopalki`) },
  cs: { benign: terms(`odpadkový koš|odpadkovy kos|odpadkový koš|koš na odpadky|kos na odpadky|popelnice|popelnici|odpadky|odpadků|odpadku|igelitka|igelitku|nedopalky`) },
  sk: { benign: terms(`odpadkový kôš|odpadkovy kos|smetný kôš|smetny kos|smetiak|odpadky|odpadkov|igelitka|igelitku|ohorky`) },
  sl: { benign: terms(`koš za smeti|smetnjak|smeti|plastična vrečka|ogorki`) },
  hr: { benign: terms(`kanta za smeće|kanta za smece|kantu za smeće|kantu za smece|smeće|smece|plastična vrećica|plasticna vrecica|opušci|opusci`) },
  sr: { benign: terms(`kanta za smeće|kanta za smece|kantu za smeće|kantu za smece|smeće|smece|канта за смеће|канту за смеће|смеће`) },
  bg: { benign: terms(`кофа за боклук|кофата за боклук|боклук|боклуци|найлонова торбичка|фасове`) },
  ru: { benign: terms(`мусорка|мусорку|мусорный бак|мусорное ведро|урна|урну|мусор|пакет|окурки`) },
  uk: { benign: terms(`смітник|смітника|сміттєвий бак|урна|урну|сміття|пакет|недопалки`) },
  hu: { benign: terms(`kuka|kukát|kukat|szemetes|szemeteskuka|szemét|szemet|szemetet|nejlonzacskó|nejlonzacsko|csikkek`) },
  ro: { benign: terms(`coș de gunoi|cos de gunoi|coșul de gunoi|cosul de gunoi|tomberon|tomberonul|gunoi|gunoaie|pungă de plastic|punga de plastic|mucuri de țigară`) },
  el: { benign: terms(`κάδος|καδος|κάδο|καδο|σκουπίδια|σκουπιδια|σκουπιδοτενεκές|σακούλα|γόπες`) },
  tr: { benign: terms(`çöp kutusu|cop kutusu|çöp kutusunu|cop kutusunu|çöp|cop|çöpleri|copleri|poşet|poset|izmaritler`) },
  id: { benign: terms(`tempat sampah|tong sampah|sampah|kantong plastik|kresek|puntung rokok`) },
  ms: { benign: terms(`tong sampah|bakul sampah|sampah|beg plastik|puntung rokok`) },
  tl: { benign: terms(`basurahan|basura|plastic bag|supot|upos`) },
  vi: { benign: terms(`thùng rác|thung rac|rác|túi ni lông|tui ni long|đầu lọc thuốc`) },
  sw: { benign: terms(`pipa la taka|takataka|taka|mfuko wa plastiki`) },
  ar: { benign: terms(`سلة المهملات|سلة القمامة|صندوق القمامة|الزبالة|زبالة|القمامة|قمامة|كيس بلاستيك|أعقاب السجائر`) },
  fa: { benign: terms(`سطل زباله|سطل آشغال|زباله|آشغال|کیسه پلاستیکی|ته سیگار`) },
  ur: { benign: terms(`کوڑے دان|کوڑا دان|کچرا دان|کوڑا|کچرا|پلاسٹک بیگ|پلاسٹک کی تھیلی`) },
  he: { benign: terms(`פח אשפה|פח זבל|פח|זבל|אשפה|שקית ניילון|בדלי סיגריות`) },
  hi: { benign: terms(`कूड़ेदान|कूड़ादान|कचरे का डिब्बा|कूड़ा|कचरा|प्लास्टिक की थैली|kooda|kachra|kachre ka dibba`) },
  bn: { benign: terms(`ডাস্টবিন|ময়লার ঝুড়ি|ময়লা|আবর্জনা|প্লাস্টিকের ব্যাগ`) },
  ta: { benign: terms(`குப்பைத் தொட்டி|குப்பை தொட்டி|குப்பை|பிளாஸ்டிக் பை`) },
  th: { benign: terms(`ถังขยะ|ขยะ|ถุงพลาสติก|ก้นบุหรี่`) },
  zh: { benign: terms(`垃圾桶|垃圾箱|垃圾|塑料袋|塑膠袋|烟头|菸蒂`) },
  ja: { benign: terms(`ゴミ箱|ごみ箱|ゴミ|ごみ|ビニール袋|吸い殻`) },
  ko: { benign: terms(`쓰레기통|쓰레기|비닐봉지|담배꽁초`) },
};
