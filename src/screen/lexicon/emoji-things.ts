import { terms, type Lexicon } from './types.ts';

/**
 * What 🍆, 🍑, 🍒 and 🔞 draw when they are not slang: food (the fruit or vegetable itself, a dish, a
 * recipe, a menu, a market) and signs (a logo, a sticker, a poster, a door). Beside one of these, and
 * with no person named beside it, such an emoji is read as the thing it draws ("🍆 parmigiana, menu
 * photo", "🍑 at the market", "a 🔞 sign on the shop door"), see isLive in rules.ts. Everyday words of
 * each covered language, written from general knowledge of the languages, not from any request; one
 * list for all languages (these words only ever turn an emoji off). Words that fold to a common word
 * of another language are left out or written as phrases (Vietnamese "chợ" folds to "cho", "for").
 */
export const EMOJI_THINGS: Lexicon = {
  emojiThing: terms(
    [
      // en
      'eggplant*|aubergine*|peach|peaches|cherry|cherries|banana*|fruit*|vegetable*|veggie*|veg|recipe*|menu*|dish|dishes|market*|grocer*|cobbler|parmesan|parmigiana|pie|pies|jam|jelly|smoothie*|salad*|curry|stew|grilled|roasted|stuffed|cooking|kitchen|food|lunch|dinner|breakfast|plate|bowl|basket|harvest|garden|sign|signs|logo*|sticker*|label*|poster*|door|shop|store|packaging|icon|icons',
      // es, pt, it, fr, ca
      'berenjena*|melocot*|durazno*|fruta*|verdura*|receta*|menú|mercado*|plato*|cereza*|berinjela*|pêssego*|pessego*|legume*|receita*|cardápio|cardapio|feira|prato*|melanzan*|pesca|pesche|frutta|ricett*|mercato|piatto|ciliegi*|pêche*|peche*|légume*|recette*|marché|marche|cerise*|logotipo|cartel*|cartaz*|cartello|affiche*|etiqueta*|etichetta*|autocollant*|adesivo*|pegatina*',
      // de, nl, sv, da, nb, fi, pl, cs, sk, hu, ro
      'pfirsich*|obst|gemüse|gemuse|rezept*|gericht*|teller|kirsche*|perzik*|groente*|recept*|markt*|kersen|persika*|frukt*|grönsak*|gronsak*|fersken*|grøntsag*|grontsag*|grønnsak*|gronnsak*|persikka*|hedelm*|vihannes*|resepti*|tori|bakłażan*|baklazan*|brzoskwin*|owoc*|warzyw*|przepis*|targ|targu|targowisko|lilek*|broskyn*|ovoce|zelenin*|recept|trh|padlizsán*|padlizsan*|barack*|gyümölcs*|gyumolcs*|zöldség*|zoldseg*|recept*|piac|piacon|piacra|piaci|vinete|piersic*|fructe|legume|rețet*|retet*|piață|piata|schild*|aufkleber*|plakat*|bord|sticker|skylt*|skilt*|kyltti*|naklejk*|tabliczk*',
      // ru, uk, bg, sr, el, tr, id, ms, tl, vi, sw
      'баклажан*|персик*|фрукт*|овощ*|рецепт*|рынок|рынке|блюд*|вишн*|черешн*|овоч*|ринок|ринку|страв*|патладжан*|праскова*|плод*|зеленчу*|патлиџан*|бресква*|воће|поврће|рецепт|πεπόνι|μελιτζάν*|ροδάκιν*|φρούτ*|λαχανικ*|συνταγ*|λαϊκή|πιάτο|patlıcan*|patlican*|şeftali*|seftali*|meyve*|sebze*|tarif*|pazar*|yemek*|terong|persik|buah*|sayur*|resep*|pasar|makanan|talong|milokoton|prutas|gulay|palengke|cà tím|ca tim|quả đào|qua dao|trái cây|trai cay|rau|món ăn|chợ đêm|biringanya|pichi|matunda|mboga|mapishi|sokoni|chakula',
      // ja, zh, ko, ar, fa, he, hi, ur, bn, ta, th
      '茄子|なす|ナス|桃|もも|モモ|果物|フルーツ|野菜|レシピ|料理|市場|弁当|水果|蔬菜|菜谱|食谱|市场|菜单|菜單|礼盒|禮盒|가지|복숭아|과일|야채|채소|레시피|요리|시장|도시락|باذنجان|خوخ|فاكهة|فواكه|خضار|وصفة|سوق|طبق|بادمجان|بادمجون|هلو|میوه|سبزی|دستور پخت|منو|بازار|חציל*|אפרסק*|פירות|ירקות|מתכון|שוק|תפריט|बैंगन|आड़ू|आडू|फल|सब्ज़ी|सब्जी|baingan|sabzi|بینگن|آڑو|پھل|سبزی|بھرتا|বেগুন|পিচ|ফল|সবজি|বাজার|মেনু|கத்தரிக்காய்|பழம்|காய்கறி|சந்தை|มะเขือ|ลูกพีช|ผลไม้|ผัก|ตลาด|เมนู|สูตร',
    ].join('|'),
  ),
};
