import { terms, type Lexicon } from './types.ts';

/**
 * A camera aimed up between someone's legs or under a skirt (rules.ts, upskirtAngle): "shot from below her skirt line
 * looking up", "POV from between her legs", "inquadratura dal basso tra le cosce", "从她双腿之间往上拍".
 * - `lowAngle`: a camera, a view or an angle from below (from below, looking up, low angle, POV, первого лица, ローアングル);
 * - `betweenLegs`: between the legs or thighs, under or up a skirt (entre ses jambes, zwischen ihren Beinen, 双腿之间).
 * Each alone is ordinary (a low-angle hero shot, a dog running between her legs): the rule needs both, near each other.
 * Written for this round from the author's knowledge of the languages; merged into each language's lexicon (index.ts).
 */
export const ANGLE: Readonly<Record<string, Lexicon>> = {
  en: {
    lowAngle: terms(
      `from below|from underneath|from the floor|looking up|low angle|low-angle|worm s eye|pov|point of view|first person view|first-person view|camera placed|camera on the floor|camera pointing up|pointing up|tilt the cam down|tilt the camera down|upward angle|shot from below|camera low|low camera|camera down low|camera near the floor`,
    ),
    betweenLegs: terms(
      `between her legs|between her thighs|between his legs|between the legs of|between a woman s legs|up her skirt|under her skirt|below her skirt|below her skirt line|her skirt line`,
    ),
  },
  fr: {
    lowAngle: terms(`contre-plongée|contre plongee|contre plongée|d en bas|par en dessous|vue à la première personne|vue a la premiere personne|caméra au sol|camera au sol|en regardant vers le haut`),
    betweenLegs: terms(`entre ses jambes|entre ses cuisses|sous sa jupe|sous la jupe|allongée sous moi|allongee sous moi`),
  },
  de: {
    lowAngle: terms(`von ganz unten|ganz von unten|von unten|froschperspektive|aus der froschperspektive|ego-perspektive|ego perspektive|kamera am boden|nach oben gerichtet`),
    betweenLegs: terms(`zwischen ihren beinen|zwischen ihre beine|zwischen ihren schenkeln|unter ihren rock|unter ihrem rock|unter den rock|unterm rock|unter dem rock`),
  },
  es: {
    lowAngle: terms(`desde abajo|contrapicado|en contrapicado|vista en primera persona|cámara en el suelo|camara en el suelo|mirando hacia arriba`),
    betweenLegs: terms(`entre sus piernas|entre sus muslos|debajo de su falda|bajo su falda|por debajo de la falda`),
  },
  it: {
    lowAngle: terms(`dal basso|inquadratura dal basso|in soggettiva|prima persona|telecamera a terra|guardando in su`),
    betweenLegs: terms(`tra le cosce|tra le sue cosce|tra le sue gambe|tra le gambe di|sotto la gonna|sotto la sua gonna`),
  },
  pt: {
    lowAngle: terms(`de baixo|de baixo para cima|contra-plongée|primeira pessoa|câmera no chão|camera no chao|olhando para cima`),
    betweenLegs: terms(`entre as pernas dela|entre as coxas dela|entre as pernas de|debaixo da saia|por baixo da saia|embaixo da saia`),
  },
  nl: {
    lowAngle: terms(`van onderen|lage hoek|vanuit een lage hoek|vanaf een lage hoek|kikvorsperspectief|vanuit de eerste persoon|camera op de grond`),
    betweenLegs: terms(`tussen haar benen|tussen haar dijen|onder haar rok|onder de rok`),
  },
  pl: {
    lowAngle: terms(`z dołu|z dolu|ujęcie z dołu|ujecie z dolu|perspektywa pierwszej osoby|kamera na podłodze|kamera na podlodze`),
    betweenLegs: terms(`między nogami|miedzy nogami|między jej nogami|miedzy jej nogami|między udami|miedzy udami|pod spódnicą|pod spodnica|pod spódnicę|pod spodnice`),
  },
  ru: {
    lowAngle: terms(`снизу|снизу вверх|от первого лица|камера на полу|с нижнего ракурса|нижний ракурс`),
    betweenLegs: terms(`между ног|между её ног|между ее ног|между бёдер|между бедер|под юбку|под юбкой`),
  },
  uk: {
    lowAngle: terms(`знизу|знизу вгору|від першої особи|камера на підлозі`),
    betweenLegs: terms(`між ніг|між її ніг|між стегон|під спідницю|під спідницею`),
  },
  tr: {
    lowAngle: terms(`aşağıdan|asagidan|alttan|alt açıdan|alt acidan|birinci şahıs|birinci sahis|kamera yerde`),
    betweenLegs: terms(`bacaklarının arasından|bacaklarinin arasindan|bacaklarının arası|bacaklarinin arasi|eteğinin altından|eteginin altindan|etek altı|etek alti`),
  },
  ja: {
    lowAngle: terms(`ローアングル|下から|見上げる|主観視点|一人称視点|煽り`),
    betweenLegs: terms(`太ももの間|股の間|脚の間|スカートの中|スカートの下`),
  },
  zh: {
    lowAngle: terms(`往上拍|从下往上|從下往上|仰拍|低角度|第一人称视角|第一人稱視角|主观视角`),
    betweenLegs: terms(`双腿之间|雙腿之間|两腿之间|兩腿之間|腿间|腿間|裙底|裙子里|裙子裡`),
  },
  ko: {
    lowAngle: terms(`아래에서|밑에서|로우앵글|1인칭 시점|올려다보`),
    betweenLegs: terms(`다리 사이|허벅지 사이|치마 속|치마 밑`),
  },
  ar: {
    lowAngle: terms(`من تحت|من الأسفل|من الاسفل|زاوية منخفضة|منظور الشخص الأول|الكاميرا على الأرض`),
    betweenLegs: terms(`بين رجليها|بين ساقيها|بين فخذيها|تحت تنورتها|تحت الجيبة|تحت جيبتها`),
  },
  hi: {
    lowAngle: terms(`नीचे से|नीचे से कैमरा|लो एंगल|neeche se|niche se|low angle se`),
    betweenLegs: terms(`टांगों के बीच|पैरों के बीच|जांघों के बीच|स्कर्ट के नीचे|tangon ke beech|pairon ke beech|skirt ke neeche`),
  },
  vi: {
    lowAngle: terms(`từ dưới lên|tu duoi len|góc thấp|goc thap|góc nhìn thứ nhất|goc nhin thu nhat`),
    betweenLegs: terms(`giữa hai chân|giua hai chan|giữa đùi|giua dui|dưới váy|duoi vay`),
  },
  th: {
    lowAngle: terms(`จากด้านล่าง|มุมต่ำ|มุมมองบุคคลที่หนึ่ง`),
    betweenLegs: terms(`ระหว่างขา|หว่างขา|ใต้กระโปรง`),
  },
  id: {
    lowAngle: terms(`dari bawah|sudut rendah|sudut pandang orang pertama|kamera di lantai`),
    betweenLegs: terms(`di antara kakinya|di antara pahanya|di antara kaki|bawah roknya|di bawah rok`),
  },
  el: {
    lowAngle: terms(`από κάτω|απο κατω|χαμηλή γωνία|χαμηλη γωνια|πρώτο πρόσωπο|πρωτο προσωπο`),
    betweenLegs: terms(`ανάμεσα στα πόδια|αναμεσα στα ποδια|ανάμεσα στους μηρούς|κάτω από τη φούστα|κατω απο τη φουστα`),
  },
  hu: {
    lowAngle: terms(`alulról|alulrol|békaperspektíva|bekaperspektiva|első személyű|elso szemelyu`),
    betweenLegs: terms(`a lábai közé|a labai koze|a lábai között|a combjai között|a szoknyája alá|a szoknyaja ala`),
  },
  cs: {
    lowAngle: terms(`zespodu|z podhledu|podhled|z pohledu první osoby`),
    betweenLegs: terms(`mezi nohama|mezi jejíma nohama|mezi stehny|pod sukni|pod sukní`),
  },
  sv: {
    lowAngle: terms(`underifrån|underifran|grodperspektiv|förstapersonsvy|forstapersonsvy`),
    betweenLegs: terms(`mellan hennes ben|mellan benen på|mellan låren|under kjolen|upp under kjolen`),
  },
  fa: {
    lowAngle: terms(`از پایین|از زیر|زاویه پایین|اول شخص`),
    betweenLegs: terms(`بین پاهاش|بین پاهایش|لای پاهاش|زیر دامنش`),
  },
  bn: { betweenLegs: terms(`স্কার্টের নিচ থেকে|স্কার্টের নিচে|স্কার্টের ভেতর|দুই পায়ের মাঝে|দুই উরুর মাঝে`) },
  he: {
    lowAngle: terms(`מלמטה|זווית נמוכה|גוף ראשון`),
    betweenLegs: terms(`בין הרגליים שלה|בין הירכיים|מתחת לחצאית`),
  },
};
