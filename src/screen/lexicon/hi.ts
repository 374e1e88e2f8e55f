import { terms, type Lexicon } from './types.ts';

// Romanised Hindi (Hinglish) as people type it, plus a few Devanagari forms.
export const hi: Lexicon = {
  remove: terms(
    `gayab*|gaayab*|ghayab*|गायब*|utaar*|utar*|utaro|hata*|hatao|nikaal*|nikal*|nikalo|khol*|kholo|mita*|mitao|remove kar*|delete kar*|saaf kar*|fad do|phaad do|faad do|neeche kar*|upar kar*|उतार*|हटा*`,
  ),
  removeWeak: terms(`bina|binaa|ke bina|baghair|begair`),
  undressVerb: terms(
    `nanga kar*|nangi kar*|nangi karo|nanga karo|kapde utaar*|kapde utar*|kapde utaro|kapde nikal*|kapde hata*|nagn kar*|vastra hata*|कपड़े उतार*|कपडे उतार*|नंगा कर*|नंगी कर*|towel gir jaye|towel gir jaaye|towel khisak*|towel neeche khisak*|तौलिया गिर*|तौलिया खिसक*`,
  ),
  clothing: terms(
    `सूट|सलवार सूट|salwar suit|कपड़ों|कपडों|कपड़ा|साड़ी|कुर्ती|ड्रेस|ब्रा|ब्लाउज़|kapde|kapda|kapdon|kapdo|kapre|kapra|kapdey|kapade|dress|saree|sari|kurti|kurta|salwar|shalwar|dupatta|blouse|choli|lehenga|ghagra|top|shirt|t shirt|jeans|pant|pants|skirt|shorts|bra|panty|chaddi|chaddhi|underwear|bikini|nighty|towel|tauliya|uniform|suit|कपड़े|कपडे|साड़ी|ब्लाउज`,
  ),
  nude: terms(
    `सिर्फ चादर में|केवल चादर में|सिर्फ चादर ओढ़े|तौलिया गिर|तौलिये के नीचे|तौलिए के नीचे|sirf chadar mein|towel gir|towel ke neeche|janam ke kapdon mein|janam ke kapdo me|जन्म के कपड़ों में|पूरी नंगी|puri nangi|kapde hi na|kapde na ho|kapde hi nahi|kapde hi na ho|kuch pehna hi na|kuch pehna hi nahi|kuch bhi na pehna|kuch na pehna|kuch nahi pehne|बिना कपड़ों|बिना कपड़े|बिना कपडों|बिना कपडे|कुछ नहीं पहना|nanga|nangi|nange|nangaa|bina kapdon|bina kapde|bina kapdo|bina kapde ke|binaa kapdon|nagn|nagna|nirvastra|kuch nahi pehna|kuch nahi pehne|kuch bhi nahi pehna|kapde pehenna bhool|kapde pehnna bhool|kapde pehna bhool|नंगा|नंगी|नग्न|निर्वस्त्र|नंगे|नंगे होकर`,
  ),
  reveal: terms(
    `गीला और चिपका|चिपका हुआ|चिपकी हुई|चिपके हुए|सब दिखे|सब कुछ दिखे|आर पार|अंदर का दिखे|andar ka dikhe|sab dikhe|aar paar|पारदर्शी|गीली|भीगी|आर पार|paardarshi|paar dikhne|aar paar|geela|geeli|geele|bheega|bheegi|bheege|andar ka dikhe|andar dikhe|andar sab dikhe|ud jaaye|ud jaye|ud jaae|udd jaaye|uda do|udaa do|hawa mein ud*`,
  ),
  reduce: terms(`chhota|chhoti|chota|choti|chhote|aur chhota|aur chhoti|kasa|kasi|deep neck|gehra gala|gala gehra|short kar*|डीप नेक|डीपनेक|बैकलेस|लो कट|गहरा गला|गहरे गले`),
  reduceAlone: terms(`zyada skin|jyada skin|zyada body dikhe|jyada body dikhe|kam kapde|kam kapdon|sexy kapde|adhi nangi|aadhi nangi|adha nanga`),
  skimpy: terms(
    `बिकिनी|ब्रा|पैंटी|अंडरवियर|लॉन्जरी|स्विमसूट|बिकनी|bikini|bra panty|bra|panty|chaddi|lingerie|underwear|andar ke kapde|undergarments|swimsuit|swimming costume|nighty|sirf towel|sirf tauliya|bra mein|panty mein|bikini mein|towel mein`,
  ),
  sexualAct: terms(
    `sex kar rahe|sex karte hue|sambhog|सेक्स कर रहे|संभोग|chudai|chodna|chudwa*|lund|chut|choot|gaand|randi|blue film|bf video|mms|hilana|jhadna|kaamuk|ashleel|sambhog|sex karo|sex karte|sex karti|tangein khol|taange khol|tange kholo|ghodi bana|सेक्स|चुदाई|अश्लील|मुठ मार*|muth maar*|muthi|चोदी|चोदा|चुदाई|बूब्स|peeche se chod*|पीछे से चोद*`,
  ),
  sexualBody: terms(`mamme|chuchi|chuche|chuchiyan|stanon|gand|nitamb|jaangh|bade boobs|bade stan|badi chhati|स्तन|क्लीवेज|क्लिवेज|cleavage`),
  suggestive: terms(
    `हॉट|हाट|hot dikhao|hot dikha|hot bana|हॉट दिखाओ|हॉट बनाओ|kaamuk|maadak|madak|uttejak|item girl|masaaledaar|sexy look|hot look|सेक्सी|कामुक|बोल्ड फोटोशूट|बोल्ड फ़ोटोशूट|बोल्ड बेडरूम|बेडरूम फोटोशूट|बेडरूम फ़ोटोशूट|बोल्ड शूट|बोल्ड सीन|बोल्ड अवतार|बोल्ड लुक|बोल्ड तस्वीर*|bold photoshoot|bold photo shoot|bold shoot|bold avatar|bold scene*`,
  ),
  minor: terms(
    `bachcha|bachche|bachchi|bachi|bacchi|baccha|bachha|bachhi|chhoti bachchi|choti bachi|nabalig|naabalig|kishor|kishori|school wali|school ki ladki|school jaane wali|chhoti ladki|choti ladki|munni|18 se kam|18 saal se kam|बच्ची|बच्चा|नाबालिग|बच्चे|बच्चों|बच्चियों|bachchon|bacchon|सातवीं क्लास|आठवीं क्लास|छठी क्लास|सातवीं कक्षा|आठवीं कक्षा|7th class|8th class|6th class|saatvi class|aathvi class`,
  ),
  minorWeak: terms(`ladki|ladkiyan|ladka|ladke|beti|beta|bhatiji|bhanji|chhatra|लड़की|लडकी`),
  person: terms(
    `isko|isse|usko|usne|uski|uska|iski|is ladki|is ladki ko|is aurat|is aurat ko|is aadmi|ye ladki|yeh ladki|ye aurat|meri biwi|meri wife|meri girlfriend|meri gf|meri behen|meri bahan|meri cousin|meri dost|uska body|uski body`,
  ),
  realRef: terms(`meri ex|purani girlfriend|meri classmate|class wali|meri colleague|office wali|padosan|padosi|meri teacher|meri boss|meri bhabhi|bhabhi|meri saali|roommate`),
  publicFigure: terms(`heroine|actress|bollywood|film star|singer|neta|influencer`),
  consent: terms(
    `usne haan bola|usne haan kaha|haan bola|wo maan gayi|woh maan gayi|maan gayi|raazi hai|razi hai|usse koi problem nahi|uski marzi|uski marzi se|marzi se|permission hai|permission di|usne permission|sehmati|sahmati|usne kaha theek hai|wo chahti hai|woh chahti hai`,
  ),
  adultClaim: terms(`baalig|balig|adult hai|18 saal ki|18 ki hai|18 se upar|badi hai`),
  benign: terms(
    `दाग|दाग़|धब्बा|धब्बे|धब्बों|प्राइस टैग|सिलवट|सिलवटें|गंदगी|daag|dhabba|dhabbe|चश्मा|चश्मे|बैकग्राउंड|ainak|aynak|daag|dhabba|dhabbe|जैकेट|टोपी|वॉटरमार्क|रंग|dori|button|reshe|silvat*|silwat*|salvat*|filter|background|piche ka|watermark|logo|likha|likhawat|chashma|chasma|topi|cap|helmet|mask|scarf|jacket|coat|joote|juta|chappal|jhumke|jhumka|necklace|kangan|anguthi|ghadi|daag|dhabba|jhurriyan|muhase|pimple|nishan|tattoo|parchhai|parchai|dhundhla|bheed|gaadi|gadi|board|cheez|cheezein|frame|baal|kutta|billi|bag|phone|cup|khidki|sheesha|paani|botal|chhata|lamp|deewar|aasman|aasmaan|baadal|mez|kursi|dabba|screen|putla|murti|gudiya|robot|print|design|jeb|colour|rang|piche wala aadmi|piche wale log|piche ka insaan`,
  ),
  negation: terms(`kam|thoda kam|nahi|mat|kabhi nahi|bachna|dhaka|dhaki|dhake|pura kapda|poore kapde`),
  replace: terms(
    `badal*|badlo|pehna*|pehnao|daal do|dhak*|dhako|cover kar*|add kar*|jod do|ki jagah|ke badle|replace kar*|पहना दो|पहना दे|पहनाओ|पहनाइए|पहना कर|पहनाकर|पहनाना|बदल दो|बदल दे|बदलो|बदलिए|की जगह|के बदले`,
  ),
  mask: terms(
    `नंगा पर्वत|नंगा परबत|nanga parbat|nanga parvat|nange pair|nange paon|nange paaon|nange paer|nange panv|nange pao|नंगे पैर|नंगे पाँव|upar left|upar right|upar wala text|chai garam|garam chai|choti baat|chhoti si baat|chhota sa change|choti si galti|geeli sadak|geele baal|स्तनपान|stanpan|chhoot|chhoot wala|sale chhoot|nanga parbat`,
  ),
  partialNude: terms(`बिना टॉप|बिना टॉप के|बिना ब्रा|bina top|bina top ke|bina bra|टॉपलेस|टपलेस|topless`),
  objectTarget: terms(`पुतले|पुतला|मैनिकिन|दीवारों|दीवार|दीवारें|तारों|तार|तारें|बिजली के तार|पेड़|पेड़ों`),
};
