import { type Findings, QUESTION_MARK } from './findings.ts';
import type { Concept } from './lexicon/types.ts';
import { normalisedPattern as folded, wordsPattern } from './normalize.ts';

/**
 * "what brand is this swimsuit? I want to buy it", "¿de qué marca es este bikini?", "这件泳衣是什么牌子的？想买同款": a question
 * about where to buy a garment, its brand or its price asks about a product seen in the photo, not for the garment on the
 * person. It holds where the request asks (a question mark or a word of asking), names buying, a brand, a price or a shop,
 * and nothing in it dresses, swaps, transforms, reveals, undresses, poses or sexualises: then the swimwear or underwear
 * it names is not asked for (rules.ts, the swimwear rule), and the learned model alone blocks it only where the decision
 * layer would on its own, as for covered swimwear (prompt-screener.ts, decide). The words were written for this in each language from the
 * author's knowledge; none is taken from an evaluation set.
 */
export function shoppingQuestion(f: Findings): boolean {
  return f.once('shoppingQuestion', () => {
    if (BEYOND_SHOPPING.some((c) => f.has(c))) return false;
    const text = f.norm.text;
    if (!(SHOP_SPACED.test(text) || SHOP_UNSPACED.test(text))) return false;
    return QUESTION_MARK.test(f.text) || ASKING.test(text);
  });
}

/**
 * Concepts that undress, reveal or sexualise (read by this module and, as "beyond a caption", by rules.ts): with any of
 * them a garment named is more than what a photo shows.
 */
export const UNDRESSING_CONCEPTS: readonly Concept[] = [
  'reduce',
  'reduceAlone',
  'reveal',
  'remove',
  'removeWeak',
  'nude',
  'partialNude',
  'suggestive',
  'sexualBody',
  'sexualAct',
  'pose',
  'undressVerb',
  'enlarge',
];
/** Concepts that ask for more than a question about a product: those, and dressing, swapping or transforming. */
const BEYOND_SHOPPING: readonly Concept[] = [...UNDRESSING_CONCEPTS, 'replace', 'dressVerb', 'dressUp', 'transform', 'lessOn', 'thinFabric', 'garmentGone'];

/** Buying, a brand, a price, a shop or a link, in languages written with spaces (as normalised). */
const SHOP_SPACED = wordsPattern([
  'brand|brands|buy|buying|purchase|price|cost|how much|link|shop|store|where can i get|where to get|where can i find|same one',
  'marque|acheter|achete|prix|combien|lien|boutique|marca|comprar|compro|comprarlo|comprarla|precio|cuanto cuesta|enlace|tienda|comprare|comprarlo|prezzo|quanto costa|negozio|preco|quanto custa|loja',
  'marke|kaufen|kaufe|preis|was kostet|laden|merk|kopen|koop|prijs|winkel|märke|marke|köpa|kopa|köpa den|pris|butik|mærke|maerke|købe|kobe|kjøpe|kjope',
  'marki|marka|kupić|kupic|kupię|kupie|cena|sklep|фирмы|марки|купить|куплю|цена|сколько стоит|магазин|купити|ціна|markasi|markası|almak|alirim|alırım|fiyati|fiyatı|nereden',
  'merek|merk|beli|membeli|harga|toko|hang|hãng|mua|giá|gia bao nhieu|brand nya|chapa|nunua|bei gani|duka',
]);
/** The same in scripts written without spaces, or matched inside longer words. */
const SHOP_UNSPACED = folded(
  /牌子|品牌|同款|链接|鏈接|多少钱|多少錢|哪里买|哪裡買|想买|想買|ブランド|買いたい|買える|どこで買|値段|브랜드|사고 싶|살 수|어디서 사|가격|ماركة|ماركه|اشتري|أشتري|سعر|متجر|ब्रांड|खरीद|कीमत|برانڈ|خریدنا|قیمت/,
);
/** Words that ask, for a question written without its mark (as normalised). */
const ASKING = folded(
  /(?:^| )(?:what|which|where|who makes|quel|quelle|ou|donde|que|qual|welche|welcher|wo|welk|waar|vilket|var|hvilket|hvor|jaki|jakiej|где|какой|какая|hangi|nereden|apa|mana|gi|nao|wapi|gani)(?= |$)|什么|哪|どこ|何|어디|무슨|أي|وين|कौन|कहाँ|کون/,
);
