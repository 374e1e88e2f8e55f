import { terms, type Lexicon } from './types.ts';

/**
 * Making a sexualised body part bigger (`enlarge` with a `bodyPart` near it: rules.ts, the body-enlarge rule) in
 * languages whose lexicons had neither word ("ఆమె ఛాతీ పెద్దగా చెయ్యి", "ಅವಳ ಎದೆ ದೊಡ್ಡದು ಮಾಡು", "მკერდი გაუდიდე",
 * "կուրծքը մեծացրու", "ጡቷን ትልቅ አድርግልኝ"), and forms the others lacked: Norwegian "puppene", Swahili "kikubwa zaidi",
 * the Tamil accusative "மார்பை", traditional Chinese "大一點", romanised Arabic ("kabber sedra") and Russian ("uvelich
 * ej grud"), and the Finnish illative "rintoihin" (into the breasts), which the body-zoom rule reads too. Either word
 * alone is ordinary (a bigger logo, a chest of drawers); the rule needs both. (The zooms and close-ups that rule reads
 * are `zoomVerb`, in photo-ops.ts.) Written for this
 * round from the author's knowledge of the languages; merged into each language's lexicon (index.ts).
 */
export const BODY_ENLARGE: Readonly<Record<string, Lexicon>> = {
  nb: { bodyPart: terms(`pupper|puppene|puppa|puppane|baken|rompa`) },
  da: { bodyPart: terms(`bryster|brysterne|patter|patterne|numse|numsen|røv|røven`), enlarge: terms(`større|forstør*|fyldigere`) },
  sw: { enlarge: terms(`kikubwa zaidi|makubwa zaidi|vikubwa zaidi|kubwa kuliko|ongeza ukubwa wa`) },
  ta: { bodyPart: terms(`மார்பை|மார்பகத்தை|மார்பகங்களை|பின்புறத்தை`) },
  te: { enlarge: terms(`పెద్దగా|పెద్దవి|పెద్దది|పెంచు*|ఇంకా పెద్ద*`), bodyPart: terms(`ఛాతీ|ఛాతిని|రొమ్ము*|స్తనాలు|స్తనాల*|పిరుదులు|పిరుదుల*`) },
  kn: { enlarge: terms(`ದೊಡ್ಡದು|ದೊಡ್ಡದಾಗಿ|ದೊಡ್ಡ|ಇನ್ನೂ ದೊಡ್ಡ*|ಹೆಚ್ಚಿಸು*`), bodyPart: terms(`ಎದೆ|ಎದೆಯನ್ನು|ಸ್ತನ*|ಮೊಲೆ*|ನಿತಂಬ*|ಕುಂಡಿ*`) },
  ml: { enlarge: terms(`വലുതാക്ക*|വലുതായി|വലിയതാക്ക*|കൂട്ടു*`), bodyPart: terms(`മാറിടം|മാറിടങ്ങൾ|മാറ്|സ്തനം|സ്തനങ്ങൾ|മുല*|നിതംബം|ചന്തി*`) },
  gu: { enlarge: terms(`મોટી|મોટા|મોટું|મોટો|વધારે મોટ*|વધાર*`), bodyPart: terms(`છાતી|સ્તન|સ્તનો|નિતંબ|કુલા`) },
  pa: { enlarge: terms(`ਵੱਡੀ|ਵੱਡਾ|ਵੱਡੇ|ਹੋਰ ਵੱਡ*|ਵਧਾ*`), bodyPart: terms(`ਛਾਤੀ|ਛਾਤੀਆਂ|ਸਤਨ|ਨਿਤੰਬ|ਚਿੱਤੜ`) },
  mr: { enlarge: terms(`मोठी|मोठे|मोठा|आणखी मोठ*|वाढव*`), bodyPart: terms(`छाती|स्तन|स्तनांना|नितंब|कुल्ले`) },
  ne: { enlarge: terms(`ठूलो|ठुलो|ठूला|ठुला|अझ ठूलो|बढाउ*`), bodyPart: terms(`छाती|स्तन|नितम्ब|चाक`) },
  ka: { enlarge: terms(`გაუდიდ*|გაადიდ*|გაზარდ*|უფრო დიდ*|დიდი გაუხადე`), bodyPart: terms(`მკერდი|მკერდს|მკერდის|ძუძუ*|უკანალი|უკანალს`) },
  hy: { enlarge: terms(`մեծացր*|մեծացնել|ավելի մեծ*|մեծ դարձր*`), bodyPart: terms(`կուրծք*|կրծքեր*|կրծքը|հետույք*`) },
  am: { enlarge: terms(`ትልቅ|ትልቅ አድርግ*|አሳድግ*|አተልቅ*`), bodyPart: terms(`ጡት|ጡቷን|ጡቶቿን|ጡቶች*|ቂጥ|ቂጧን|ዳሌ*`) },
  fi: { bodyPart: terms(`rintoihin|rintoihinsa|rinnoille|rintakehään|takapuoleen|pyllyyn`) },
  zh: { enlarge: terms(`大一點|大一些|大點|修大|變大一點|再大一點`) },
  ar: { enlarge: terms(`kabber|kabbar|kabberi|kabbri`), bodyPart: terms(`sedra|sidra|sedrha|sedraha|bzaz|bezaz|teezha|tizha`) },
  ru: { enlarge: terms(`uvelich*|uveli4*|pobolshe|bolshe`), bodyPart: terms(`grud|grudi|siski|sisechki|popu|zhopu|zhopa`) },
};
