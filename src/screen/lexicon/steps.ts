import { terms, type Lexicon } from './types.ts';

/**
 * The words of undressing given as a list of edits or in steps (../garment-steps.ts, rules.ts swappedOut):
 * - `remainder` (with remainder.ts's words for it): the rest, everything else, all the rest ("зніми куртку, потім
 *   светр, потім усе інше", "całą resztę ubrań", "tout le reste", "sauran duka"): after garments taken off one by one,
 *   what is left on the person;
 * - `completely`: completely, entirely, altogether (del todo, complètement, полностью, gaba ɗaya, పూర్తిగా, მთლიანად,
 *   butunlay): said of a removal, the whole of what it takes;
 * - the words of the low-resource lexicons that lists and steps showed missing, as whole concepts: "instead of"
 *   (`replace`: dípò, maimakon, esikhundleni, kama), dressing someone (`replace`: gqokisa), the imperfect forms of the
 *   Arabic removing verbs a polite request uses ("ممكن تشيل", can you remove), the Czech, Tamil and Telugu garment
 *   forms, and shortening (`reduce`: უფრო მოკლე, qisqaroq, rage tsawo).
 * Written for this round from the author's knowledge of the languages, not from any request's sentence; merged like
 * the scene words (index.ts). `remainder` and `completely` fire nothing alone here.
 */
export const STEPS: Readonly<Record<string, Lexicon>> = {
  en: {
    remainder: terms(`the rest|all the rest|everything else|all else|whatever else|whatever is left|whatever s left|what s left|what is left`),
    completely: terms(`completely|entirely|totally|altogether|fully|all the way|for good`),
  },
  fr: {
    remainder: terms(`le reste|tout le reste|tout ce qui reste|le restant|tout le restant`),
    completely: terms(`complètement|completement|entièrement|entierement|totalement|en entier|tout à fait|tout a fait`),
  },
  de: {
    remainder: terms(`den rest|der rest|alles andere|alles übrige|alles ubrige|den ganzen rest|was übrig ist|was ubrig ist`),
    completely: terms(`komplett|vollständig|vollstandig|völlig|vollig|gänzlich|ganzlich|restlos|ganz und gar`),
  },
  es: {
    remainder: terms(`el resto|todo lo demás|todo lo demas|lo demás|lo demas|lo que queda|todo lo que queda|lo que le queda`),
    completely: terms(`del todo|por completo|completamente|totalmente|enteramente`),
    // "instead of" contracted with the article ("en vez del abrigo").
    replace: terms(`en vez del|en lugar del`),
  },
  it: {
    remainder: terms(`il resto|tutto il resto|quel che resta|quello che resta|ciò che resta|cio che resta|tutto quanto il resto`),
    completely: terms(`del tutto|completamente|totalmente|interamente|per intero`),
    replace: terms(`invece del|invece della|invece dello|invece dei|invece delle|al posto del|al posto della|al posto dello|al posto dei|al posto delle`),
  },
  pt: {
    remainder: terms(`o resto|tudo o resto|todo o resto|o que sobrar|o que sobra|o que resta|tudo mais`),
    completely: terms(`de vez|por completo|completamente|totalmente|inteiramente|de todo`),
    replace: terms(`em vez do|em vez da|em vez dos|em vez das|no lugar do|no lugar da|no lugar dos|no lugar das`),
  },
  nl: {
    remainder: terms(`de rest|al de rest|alles anders|al het andere|wat er over is|wat overblijft`),
    completely: terms(`helemaal|volledig|compleet|geheel|totaal`),
  },
  pl: {
    remainder: terms(`resztę|reszte|całą resztę|cala reszte|całą resztą|wszystko inne|wszystko pozostałe|wszystko pozostale|co zostało|co zostalo`),
    completely: terms(`całkiem|calkiem|całkowicie|calkowicie|zupełnie|zupelnie|w całości|w calosci|do końca|do konca`),
  },
  ru: {
    remainder: terms(`остальное|всё остальное|все остальное|всё прочее|все прочее|всё, что осталось|все что осталось`),
    completely: terms(`полностью|совсем|целиком|до конца|напрочь`),
  },
  uk: {
    remainder: terms(`решту|усю решту|всю решту|усе інше|все інше|решта|усе, що лишилось|все що залишилось`),
    completely: terms(`повністю|зовсім|цілком|геть|до кінця`),
  },
  cs: {
    remainder: terms(`zbytek|všechno ostatní|vsechno ostatni|celý zbytek|cely zbytek|co zbylo`),
    completely: terms(`úplně|uplne|zcela|docista|načisto|nacisto`),
    // The genitive plural "bikin" only after its preposition or adjective: alone it is Indonesian "make".
    clothing: terms(`šatech|satech|šatama|satama|do bikin|malých bikin|malych bikin|malinkých bikin|malinkych bikin|bikinách|bikinach|bikinami`),
    skimpy: terms(`do bikin|malých bikin|malych bikin|malinkých bikin|malinkych bikin|bikinách|bikinach|bikinami`),
  },
  sk: {
    remainder: terms(`zvyšok|zvysok|všetko ostatné|vsetko ostatne|celý zvyšok|cely zvysok`),
    completely: terms(`úplne|uplne|celkom|načisto|nacisto`),
  },
  tr: {
    remainder: terms(`geri kalan*|gerisini|gerisi|kalan her şey*|kalan her sey*|diğer her şey*|diger her sey*|kalanını|kalanini`),
    completely: terms(`tamamen|tümüyle|tumuyle|büsbütün|busbutun|tamamıyla|tamamiyla|hepten`),
    // "… poz veriyor gibi yap" (make it as if she poses …): the verb-final "make it look like".
    transform: terms(`gibi yap|gibi göster|gibi goster|gibi görünsün|gibi gorunsun|gibi görünsun|haline getir|olarak göster|olarak goster`),
  },
  ro: {
    remainder: terms(`restul|tot restul|toate celelalte|tot ce a rămas|tot ce a ramas`),
    completely: terms(`complet|cu totul|în întregime|in intregime|de tot`),
  },
  hu: {
    remainder: terms(`a többit|a tobbit|minden mást|minden mast|az összes többit|az osszes tobbit|ami maradt`),
    completely: terms(`teljesen|egészen|egeszen|végleg|vegleg`),
  },
  sv: { remainder: terms(`resten|allt annat|allt det andra`), completely: terms(`helt|helt och hållet|helt och hallet|fullständigt|fullstandigt`) },
  da: { remainder: terms(`resten|alt andet|alt det andet`), completely: terms(`helt|fuldstændig|fuldstaendig|fuldstændigt|fuldstaendigt`) },
  nb: { remainder: terms(`resten|alt annet|alt det andre`), completely: terms(`helt|fullstendig|fullstendig`) },
  fi: { remainder: terms(`loput|kaikki muu|kaiken muun|muut vaatteet`), completely: terms(`kokonaan|täysin|taysin`) },
  el: {
    remainder: terms(`τα υπόλοιπα|τα υπολοιπα|όλα τα άλλα|ολα τα αλλα|το υπόλοιπο|το υπολοιπο`),
    completely: terms(`εντελώς|εντελως|τελείως|τελειως|ολοκληρωτικά|ολοκληρωτικα`),
  },
  bg: { remainder: terms(`останалото|всичко останало|всичко друго`), completely: terms(`напълно|изцяло|съвсем`) },
  sr: {
    remainder: terms(`ostalo|sve ostalo|остало|све остало`),
    completely: terms(`potpuno|skroz|sasvim|потпуно|скроз|сасвим`),
    // The cases of "underwear" ("svuci je do donjeg veša", "u donjem rublju"), beside the nominative the lexicon has.
    skimpy: terms(`donjeg veša|donjeg vesa|donjem vešu|donjem vesu|donje rublje|donjeg rublja|donjem rublju|доњег веша|доњем вешу|доње рубље|доњег рубља`),
    clothing: terms(`donjeg veša|donjeg vesa|donjem vešu|donjem vesu|donje rublje|donjeg rublja|donjem rublju|доњег веша|доњем вешу|доње рубље|доњег рубља`),
  },
  ar: {
    remainder: terms(`الباقي|الباقى|كل الباقي|البقيه|كل شي ثاني|كل شيء آخر|كل شي غيره|باقي الملابس|باقي هدومها|باقي ملابسها`),
    completely: terms(`تماما|تماماً|بالكامل|كليا|كلياً|خالص|نهائيا|نهائياً`),
    // "ممكن تشيل …", "بدي ياك تشلحها": a polite request says the removing verbs in the imperfect.
    remove: terms(`تشيل|تشيلي|تشيلها|تشيله|تشيلهم|بتشيل|يشيل|نشيل|تخلع|تخلعي|تخلعها|تنزع|تنزعي|تنزعها|تزيل|تزيلي|تزيلها|تقلع|تقلعي|تقلعها`),
    undressVerb: terms(`تشلح|تشلحها|تشلحيها|يشلحها|تعريها|تقلعها هدومها|تشيل هدومها|تشيل ملابسها|تشيلي ملابسها`),
  },
  fa: {
    remainder: terms(`بقیه|بقیشو|بقیه‌اش|بقیه اش|باقیش|باقیشو|همه چیز دیگه|بقیه لباساش|بقیه لباس‌هاش`),
    completely: terms(`کاملا|کاملاً|به کل|کلا|کلاً|تماما|تماماً`),
  },
  he: { remainder: terms(`כל השאר|את השאר|את כל השאר|השאר`), completely: terms(`לגמרי|לחלוטין|במלואו`) },
  hi: {
    remainder: terms(`बाकी सब|बाक़ी सब|बाकी सब कुछ|बाक़ी सब कुछ|बाकी कपड़े|बाक़ी कपड़े|baaki sab|baki sab|baki sab kuch|baaki kapde|baki kapde`),
    completely: terms(`पूरी तरह|पूरी तरह से|बिल्कुल|पूरा का पूरा|poori tarah|puri tarah|bilkul`),
  },
  ur: { remainder: terms(`باقی سب|باقی سب کچھ|باقی کپڑے`), completely: terms(`مکمل طور پر|پوری طرح|بالکل`) },
  bn: { remainder: terms(`বাকি সব|বাকিগুলো|বাকি সবকিছু|বাকি জামা`), completely: terms(`পুরোপুরি|সম্পূর্ণভাবে|একেবারে`) },
  ta: {
    remainder: terms(`மீதி எல்லாம்|மீதியை|மற்ற எல்லாம்|மற்றதை|மீதி உடை*|மத்தது எல்லாம்`),
    completely: terms(`முழுவதும்|முழுசா|முழுவதுமாக|முழுமையாக|முழுக்க|மொத்தமா`),
    // "டிரஸ்ஸை கழற்றுங்க": the English loanwords for a dress or clothes, in Tamil script.
    clothing: terms(`டிரஸ்*|ட்ரஸ்*|ட்ரெஸ்*|டிரெஸ்*|ஸ்கர்ட்*|ஜீன்ஸ்*|டாப்ஸ்*|நைட்டி*`),
  },
  te: {
    remainder: terms(`మిగతావి|మిగతా అన్నీ|మిగిలినవి|మిగతాది|మిగిలిన బట్టలు`),
    completely: terms(`పూర్తిగా|మొత్తంగా|మొత్తం`),
    clothing: terms(`స్కర్ట్*|స్కర్టు*|లంగా*|జీన్స్*|ప్యాంటు*|ప్యాంట్*|నైటీ*`),
    remove: terms(`తీసేయండి|తీసెయ్యండి|తీసేయండ*|తీసేసి*|విప్పండి|విప్పేయండి`),
  },
  ml: {
    // The formal imperative in "-ുക" ("വസ്ത്രം അഴിക്കുക", take off the clothes), beside the forms the lexicon has.
    remove: terms(`അഴിക്കുക|അഴിക്കണം|അഴിക്കു*|ഊരുക|ഊരി*|ഊരിമാറ്റുക|നീക്കുക|നീക്കം ചെയ്യുക|മായ്ക്കുക|എടുത്തുമാറ്റുക|എടുത്തു മാറ്റുക`),
    undressVerb: terms(`വസ്ത്രം അഴിക്കുക|വസ്ത്രങ്ങൾ അഴിക്കുക|തുണി അഴിക്കുക|വസ്ത്രം ഊരുക`),
    remainder: terms(`ബാക്കി എല്ലാം|ബാക്കിയുള്ളത്|ബാക്കി`),
    completely: terms(`പൂർണ്ണമായും|മുഴുവനും|മുഴുവനായി`),
  },
  ja: { remainder: terms(`残り|残りも|残りの服|他の全部|ほかの全部|ほかのも全部|他のも全部`), completely: terms(`完全に|すっかり|まるごと|丸ごと`) },
  zh: { remainder: terms(`剩下的|其余的|其餘的|其他的也|其他衣服|剩下的衣服`), completely: terms(`完全|彻底|徹底|整个|整個`) },
  ko: { remainder: terms(`나머지|나머지도|나머지 옷|나머지 다|다른 것도 다`), completely: terms(`완전히|아예|통째로`) },
  vi: { remainder: terms(`phần còn lại|phan con lai|còn lại|con lai|mọi thứ khác|moi thu khac`), completely: terms(`hoàn toàn|hoan toan|toàn bộ|toan bo`) },
  th: { remainder: terms(`ที่เหลือ|ที่เหลือทั้งหมด|อย่างอื่นทั้งหมด`), completely: terms(`ทั้งหมด|หมดเลย|จนหมด`) },
  id: {
    remainder: terms(`sisanya|selebihnya|semua yang lain|yang lainnya|sisa pakaian|sisa bajunya`),
    completely: terms(`sepenuhnya|sama sekali|seluruhnya|semuanya|habis`),
    // Culottes ("celana kulot"), not the Turkish "külot" (knickers) the word looks like.
    mask: terms(`celana kulot|rok kulot|kulot panjang`),
  },
  ms: {
    remainder: terms(`selebihnya|yang lain semua|semua yang lain|baki pakaian|selebihnya semua`),
    completely: terms(`sepenuhnya|sama sekali|seluruhnya|habis`),
    mask: terms(`seluar kulot|skirt kulot|kulot panjang`),
  },
  tl: { remainder: terms(`ang iba|lahat ng iba|natitira|ang natitira`), completely: terms(`tuluyan|nang buo|ganap|lahat`) },
  sw: { remainder: terms(`vilivyobaki|vingine vyote|yaliyobaki|kilichobaki|nguo zilizobaki`), completely: terms(`kabisa|zote kabisa`) },
  ha: {
    remainder: terms(`sauran|sauran duka|sauran kayan|duk sauran|ragowar|ragowar kayan`),
    completely: terms(`gaba ɗaya|gaba daya|gabaɗaya|gabadaya|kwata kwata|baki ɗaya|baki daya|duka`),
    replace: terms(`maimakon|a maimakon|a madadin|madadin`),
    // "cire mata kayanta": taking her clothes off, with the clothes' possessive forms.
    undressVerb: terms(`cire mata kaya*|cire masa kaya*|cire kayanta|cire tufafinta|tuɓe mata kaya*|tube mata kaya*`),
    reduce: terms(`rage tsawo*|rage tsawon|ragewa|ƙara ragewa|kara ragewa|gajarta|gajarce|ya fi gajarta`),
  },
  yo: {
    remainder: terms(`ìyókù|iyoku|gbogbo ìyókù|gbogbo iyoku|èyí tó kù|eyi to ku|àwọn tó kù|awon to ku`),
    completely: terms(`pátápátá|patapata|látòkèdélẹ̀|latokedele`),
    replace: terms(`dípò|dipo|ní ipò|ni ipo|rọ́pò|ropo|pààrọ̀|paaro`),
  },
  ig: {
    remainder: terms(`ndị ọzọ niile|ndi ozo niile|ihe ndị ọzọ niile|ihe ndi ozo niile|nke fọdụrụ|nke foduru`),
    completely: terms(`kpamkpam|niile`),
    replace: terms(`kama|n'ọnọdụ|n'onodu|dochie|dochie anya`),
  },
  zu: {
    remainder: terms(`okunye konke|okusele|konke okunye|ezinye zonke|ezisele|okusele konke`),
    completely: terms(`ngokuphelele|ngokuphele|nya`),
    replace: terms(`esikhundleni|esikhundleni se*|umgqokise|umgqokisa|mgqokisa|yimgqokise|yigqokise|ugqokise`),
    clothing: terms(`sengubo|sezingubo|zengubo|yengubo|lengubo`),
  },
  ka: {
    remainder: terms(`დანარჩენი*|ყველაფერი დანარჩენი|სხვა ყველაფერი`),
    completely: terms(`მთლიანად|სრულად|საერთოდ|ბოლომდე`),
    reduce: terms(`უფრო მოკლე*|მოკლე გახადე*|დაამოკლე*|შეამოკლე*|უფრო პატარა*`),
  },
  uz: {
    remainder: terms(`qolganini|qolgan hammasini|qolganlarini|boshqa hammasini|қолганини|қолган ҳаммасини|қолганларини`),
    completely: terms(`butunlay|to'liq|toʻliq|batamom|butkul|бутунлай|тўлиқ|батамом|бутқул`),
    reduce: terms(`qisqaroq|qisqartir*|qisqaroq qil*|kaltaroq|қисқароқ|қисқартир*|калтароқ`),
  },
  kk: { remainder: terms(`қалғанын|қалғанының бәрін|басқасының бәрін`), completely: terms(`толығымен|мүлдем|түгел`) },
  az: { remainder: terms(`qalanını|qalanini|qalan hər şeyi|qalan her seyi|qalanlarını|qalanlarini`), completely: terms(`tamamilə|tamamile|büsbütün|busbutun`) },
  am: { remainder: terms(`የቀረውን|ሌላውን ሁሉ|የቀሩትን`), completely: terms(`ሙሉ በሙሉ|ሙሉ ለሙሉ`) },
  hy: { remainder: terms(`մնացածը|մնացած ամեն ինչ|մնացածն էլ`), completely: terms(`ամբողջությամբ|լրիվ|ամբողջովին`) },
};
