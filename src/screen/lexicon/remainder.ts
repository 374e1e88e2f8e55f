import { terms, type Lexicon } from './types.ts';

/**
 * What is left of what a person wears, said without naming it: "the rest", "what's left", "the last two pieces", "le
 * reste", "den Rest", "o resto", "الباقي", "baaki", "sisanya", "phần còn lại", "剩下的", "残り", "나머지" (`remainder`).
 * In an edit, the rest taken off ("take off the rest", "agora tira o resto", "剩下的也去掉") or said to go or to
 * follow too ("the rest goes", "now the rest too", "الحين الباقي كمان", `remainderToo`) carries on an undressing
 * the thread began (remainder.ts). The rest of a named thing ("the rest of the background") is that thing's.
 * Written from the author's knowledge of the languages; merged into each language's lexicon (index.ts).
 */
export const REMAINDER: Readonly<Record<string, Lexicon>> = {
  en: {
    remainder: terms(
      `the rest|the rest of it|rest of it|the rest of them|whatever s left|whatever is left|what s left|what is left|what remains|whatever remains|whatever else she s wearing|whatever else he s wearing|the last piece|the last two pieces|the last three pieces|the last pieces|the last garment|the last item|the final piece|the final pieces|the last bits|the last of it`,
    ),
    remainderToo: terms(
      `the rest too|the rest as well|the rest of it too|the rest of it as well|rest of it too|the rest goes|the rest go|the rest has to go|the rest must go|the rest comes off|the rest off|rest off too|the rest gone|the rest is gone|the rest disappears|the rest vanishes`,
    ),
  },
  fr: {
    keep: terms(`à part|a part|excepté|excepte|hormis`),
    remainder: terms(
      `le reste|tout le reste|ce qui reste|ce qu il reste|ce qui lui reste|les dernières pièces|les dernieres pieces|la dernière pièce|la derniere piece|le dernier vêtement|le dernier vetement`,
    ),
    remainderToo: terms(`le reste aussi|le reste avec|le reste part|le reste dégage|le reste degage|le reste disparaît|le reste disparait|tout le reste aussi`),
  },
  de: {
    keep: terms(`außer|ausser|bis auf`),
    remainder: terms(
      `den rest|der rest|das restliche|was übrig ist|was ubrig ist|was noch übrig ist|was noch ubrig ist|die letzten teile|das letzte teil|das letzte kleidungsstück|das letzte kleidungsstuck|die letzten kleidungsstücke`,
    ),
    remainderToo: terms(`den rest auch|der rest auch|der rest kommt weg|der rest muss weg|rest auch weg|der rest fällt|der rest verschwindet`),
  },
  es: {
    keep: terms(`excepto|salvo|aparte de|quitando a`),
    remainder: terms(`el resto|lo demás|lo demas|lo que queda|lo que le queda|las últimas prendas|las ultimas prendas|la última prenda|la ultima prenda|las últimas piezas|las ultimas piezas`),
    remainderToo: terms(`el resto también|el resto tambien|lo demás también|lo demas tambien|el resto fuera|el resto se va|el resto desaparece`),
  },
  it: {
    keep: terms(`tranne|eccetto|a parte`),
    remainder: terms(`il resto|tutto il resto|quel che resta|quello che resta|quello che le resta|l ultimo capo|gli ultimi capi|gli ultimi pezzi`),
    remainderToo: terms(`il resto pure|anche il resto|il resto via|il resto sparisce|il resto se ne va`),
  },
  pt: {
    keep: terms(`exceto|além de|alem de|a não ser|a nao ser`),
    remainder: terms(`o resto|tudo o resto|o que sobrou|o que resta|o que restou|as últimas peças|as ultimas pecas|a última peça|a ultima peca`),
    remainderToo: terms(`o resto também|o resto tambem|o resto fora|o resto some|o resto sai|o resto vai embora`),
  },
  nl: {
    keep: terms(`behalve`),
    remainder: terms(`de rest|wat er nog over is|wat over is|het laatste kledingstuk|de laatste kledingstukken|de laatste stukken`),
    remainderToo: terms(`de rest ook|de rest moet weg|de rest gaat weg|de rest eraf`),
  },
  pl: {
    keep: terms(`oprócz|oprocz|poza mną|poza mna`),
    remainder: terms(`resztę|reszte|reszta|to co zostało|to co zostalo|ostatnią część garderoby|ostatnia czesc garderoby|ostatnie części|ostatnie czesci`),
    remainderToo: terms(`resztę też|reszte tez|reszta też|reszta tez|reszta znika|reszta precz`),
  },
  ru: {
    keep: terms(`кроме`),
    remainder: terms(`остальное|всё остальное|все остальное|оставшееся|что осталось|последнее что осталось|последние вещи`),
    remainderToo: terms(`остальное тоже|и остальное|остальное долой|остальное прочь|остальное исчезает`),
  },
  uk: {
    keep: terms(`крім|окрім`),
    remainder: terms(`решту|решта|все інше|що залишилось|що лишилось|останні речі`),
    remainderToo: terms(`решту теж|і решту|решта теж|решта геть`),
  },
  tr: {
    keep: terms(`hariç|haric|dışında|disinda|benden başka|benden baska`),
    remainder: terms(`gerisini|geri kalanını|geri kalanini|geri kalanları|geri kalanlari|kalanını|kalanini|kalanları|kalanlari|son parçayı|son parcayi|son parçaları|son parcalari`),
    remainderToo: terms(`gerisini de|geri kalanını da|geri kalanini da|kalanını da|kalanini da|gerisi de gitsin`),
  },
  ar: {
    keep: terms(`غيري|ماعدا|ما عدا|عدا|سواي|إلا انا|الا انا`),
    remainder: terms(`الباقي|الباقى|البقية|البقيه|ما تبقى|اللي باقي|اللي فاضل|آخر قطعة|اخر قطعة|آخر قطعتين|اخر قطعتين`),
    remainderToo: terms(`الباقي كمان|الباقى كمان|الباقي كذلك|الباقي برضو|الباقي برضه|الباقي أيضا|الباقي ايضا|البقية كمان|البقية أيضا|البقية ايضا|والباقي كمان`),
  },
  fa: {
    keep: terms(`به جز|بجز|جز من|غیر از`),
    remainder: terms(`بقیه|بقیه‌اش|بقیه اش|باقی‌مانده|باقیمانده`),
    remainderToo: terms(`بقیه هم|بقیه‌اش هم|بقیه اش هم`),
  },
  hi: {
    keep: terms(`अलावा|के सिवा|छोड़कर|alawa|chhodkar`),
    remainder: terms(`बाकी|बाक़ी|बाकी सब|बचा हुआ|baaki|baki sab|baaki sab|bacha hua|bache hue`),
    remainderToo: terms(`बाकी भी|बाक़ी भी|baaki bhi|baki bhi|baaki sab bhi|baki sab bhi`),
  },
  ur: {
    keep: terms(`علاوہ|کے سوا|چھوڑ کر`),
    remainder: terms(`باقی|باقی سب|بچا ہوا`),
    remainderToo: terms(`باقی بھی|باقی سب بھی`),
  },
  id: {
    keep: terms(`selain|kecuali`),
    remainder: terms(`sisanya|yang tersisa|sisa pakaiannya|potongan terakhir`),
    remainderToo: terms(`sisanya juga|sisanya sekalian|yang tersisa juga`),
  },
  ms: {
    keep: terms(`selain|kecuali`),
    remainder: terms(`selebihnya|bakinya|yang tinggal`),
    remainderToo: terms(`selebihnya juga|bakinya juga`),
  },
  vi: {
    keep: terms(`ngoài tôi|trừ tôi|ngoại trừ|ngoai tru`),
    remainder: terms(`phần còn lại|phan con lai|chỗ còn lại|cho con lai|cái còn lại|những gì còn lại|món cuối cùng`),
    remainderToo: terms(`phần còn lại luôn|phần còn lại nữa|nốt phần còn lại|not phan con lai`),
  },
  tl: {
    keep: terms(`maliban sa|bukod sa`),
    remainder: terms(`natitira|ang natitira|yung natitira|iba pa`),
    remainderToo: terms(`yung natitira din|ang natitira rin|natitira na rin`),
  },
  th: {
    keep: terms(`ยกเว้น|นอกจาก`),
    remainder: terms(`ที่เหลือ|ส่วนที่เหลือ`),
    remainderToo: terms(`ที่เหลือด้วย|ส่วนที่เหลือด้วย`),
  },
  zh: {
    keep: terms(`除了|以外|之外`),
    remainder: terms(`剩下的|剩余的|剩下那件|最后一件|最后两件|最後一件|最後兩件|剩下嘅`),
    remainderToo: terms(`剩下的也|剩下的都|剩下嘅都`),
  },
  ja: {
    keep: terms(`以外`),
    remainder: terms(`残り|残りの|残ってる分|最後の一枚|最後の1枚|最後の二枚`),
    remainderToo: terms(`残りも|残りの分も|最後の一枚も|最後の1枚も`),
  },
  ko: {
    keep: terms(`빼고|말고|제외하고`),
    remainder: terms(`나머지|남은 거|남은 것|마지막 한 장|마지막 하나`),
    remainderToo: terms(`나머지도|남은 것도|남은 거도|마지막 하나도`),
  },
  sv: {
    keep: terms(`förutom|forutom|utom`),
    remainder: terms(`resten|det som är kvar|det som ar kvar|det sista plagget|de sista plaggen|sista plagget`),
    remainderToo: terms(`resten också|resten ocksa|resten åker|resten aker|resten med`),
  },
  nb: {
    keep: terms(`unntatt|bortsett fra|utenom`),
    remainder: terms(`resten|det som er igjen|det siste plagget|de siste plaggene`),
    remainderToo: terms(`resten også|resten ogsa|resten òg`),
  },
  da: {
    keep: terms(`undtagen|bortset fra`),
    remainder: terms(`resten|det der er tilbage|det sidste stykke tøj|det sidste stykke toj`),
    remainderToo: terms(`resten også|resten ogsa|resten med`),
  },
  fi: {
    keep: terms(`paitsi`),
    remainder: terms(`loput|lopun|loputkin|viimeisen vaatteen|viimeiset vaatteet`),
    remainderToo: terms(`loputkin|loput myös|loput myos|lopunkin`),
  },
  hu: {
    keep: terms(`kivéve|kiveve|rajtam kívül`),
    remainder: terms(`az egészet|az egeszet|meg az egészet|meg az egeszet|a többit|a tobbit|a maradékot|a maradekot|a maradék|a maradek|az utolsó ruhadarabot|az utolso ruhadarabot|az utolsó darabot`),
    remainderToo: terms(`a többit is|a tobbit is|a maradékot is|a maradekot is`),
  },
  cs: {
    keep: terms(`kromě|krome|až na`),
    remainder: terms(`zbytek|ten zbytek|to co zbylo|poslední kus|posledni kus`),
    remainderToo: terms(`i zbytek|zbytek taky|zbytek pryč|zbytek pryc`),
  },
  ro: {
    keep: terms(`în afară de|in afara de|cu excepția|cu exceptia`),
    remainder: terms(`restul|ce a mai rămas|ce a mai ramas|ultima piesă|ultima piesa`),
    remainderToo: terms(`și restul|si restul|restul la fel`),
  },
  el: {
    keep: terms(`εκτός από|εκτος απο`),
    remainder: terms(`τα υπόλοιπα|τα υπολοιπα|ό,τι έμεινε|οτι εμεινε`),
    remainderToo: terms(`και τα υπόλοιπα|και τα υπολοιπα`),
  },
};
