import { terms, type Lexicon } from './types.ts';

// Latin-script languages found unscreened by probe sets 15 and 17 (2026-12-02): Albanian, Lithuanian,
// Latvian, Slovene, Estonian, Icelandic, Afrikaans, Welsh, Irish and Azerbaijani. A request in one of them
// named no term and had too few words to be marked "not covered", so "Zhvishe gruan në foto" (undress the
// woman in the photo) was allowed in silence. General vocabulary only, written from the author's
// knowledge of the languages (not native): undressing, nudity, underwear and swimwear, sexual words,
// children, garments, removers and the person pronouns. Their common words are in language.ts, so a
// request in them counts as covered and their short words count only where the language is evidenced.

export const sq: Lexicon = {
  remove: terms(`hiq|hiqi|hiqja|hiqe`),
  undressVerb: terms(`zhvish*|zhveshe|zhvesh|zhvishe`),
  clothing: terms(`rrobat|rroba|rrobave|këmishë|kemishe|këmishën|kemishen|fustan*|bluz*`),
  benign: terms(`xhaket*|pallto*|kapel*|syze*|syzet`),
  keep: terms(`të mbetet|te mbetet|lëre|lere`),
  objectTarget: terms(`karrig*|muri|muret|mure|tela|telat|pem*`),
  nude: terms(`lakuriq|lakuriqe|e zhveshur|i zhveshur|pa rroba|nudo`),
  skimpy: terms(`të brendshme|te brendshme|të brendshmet|rroba banje|mbathje|sytjena|sytjen*|bikini`),
  sexualAct: terms(`seks|pornografi*|porno`),
  minor: terms(`fëmij*|femij*|vajzë e vogël|vajze e vogel|vogëlush*|vogelush*`),
  person: terms(`ajo|atë|asaj|gruan|vajzën|vajzen`),
};

export const lt: Lexicon = {
  remove: terms(`nuimk|nuvilk*|pašalink|pasalink`),
  undressVerb: terms(`nurenk*|nurengti|nuogink*`),
  clothing: terms(`drabužiai|drabužius|drabuzius|drabuziai|suknelė|suknel*|marškinėl*|marskinel*`),
  nude: terms(`nuoga|nuogas|nuogą|nuogi|nuogų|nuogu|be drabužių|be drabuziu`),
  skimpy: terms(`apatiniai|apatinius|apatinis|apatiniais|maudymosi kostiumėl*|maudymosi kostiumel*|liemenėl*|liemenel*|bikinis|bikini`),
  sexualAct: terms(`seksas|sekso|porno*`),
  minor: terms(`vaikas|vaiką|vaika|mergaitė|mergaite|mergaitę|paauglė|paaugle`),
  person: terms(`ją|jos`),
};

export const lv: Lexicon = {
  remove: terms(`noņem|nonem|novelc`),
  undressVerb: terms(`izģērb*|izgerb*|noģērb*|nogerb*`),
  clothing: terms(`drēbes|drebes|kleit*|krekl*`),
  nude: terms(`kaila|kails|kailu|kailā|bez drēbēm|bez drebem`),
  skimpy: terms(`apakšveļ*|apaksvel*|peldkostīm*|peldkostim*|krūšturi*|krusturi*|bikini`),
  sexualAct: terms(`sekss|seksu|porno*`),
  minor: terms(`bērns|berns|bērnu|bernu|meitene|meiteni|meitenīt*|pusaudz*`),
  person: terms(`viņa|vina|viņu|vinu|viņas`),
  benign: terms(`traips*|traipu|plankum*|cepur*|brill*|fons|fonu|fonā|logo*|teksts|tekstu|ūdenszīm*|udenszim*|jaka|jaku|mētel*|metel*`),
};

export const sl: Lexicon = {
  remove: terms(`odstrani|snemi`),
  undressVerb: terms(`sleči|sleci|sleci jo|sleči jo|razgali*`),
  clothing: terms(`oblačila|oblacila|obleko|obleka|majico|majica|srajc*`),
  nude: terms(`gola|golo|gole|naga|nago|brez oblačil|brez oblacil`),
  skimpy: terms(`kopalke|kopalkah|spodnje perilo|spodnjem perilu|perilo|perilu|modrček|modrcek|bikini`),
  sexualAct: terms(`seks|porno*`),
  suggestive: terms(`zapeljiv*|seksi`),
  minor: terms(`otrok|otroka|deklica|deklico|deklic*|hči|hci|najstnic*`),
  person: terms(`njo|njej`),
  someone: terms(`ženska|zenska|ženske|zenske|žensko|zensko|moški|moski|moškega|moskega`),
};

export const et: Lexicon = {
  undressVerb: terms(`riietu lahti|võta riided seljast|vota riided seljast|võta ta riided|vota ta riided`),
  clothing: terms(`riided|riideid|kleit|kleidi|särk|sark|särgi|sargi`),
  nude: terms(`alasti|ilma riieteta`),
  skimpy: terms(`aluspesu|aluspesus|bikiinid|bikiinides|ujumisriided|ujumisriietes|rinnahoidja*|bikini`),
  sexualAct: terms(`seks|porno*`),
  minor: terms(`lapse|lapsi|tüdruk|tudruk|tüdrukut|tudrukut|teismeli*`),
  person: terms(`teda|tema`),
};

export const is: Lexicon = {
  undressVerb: terms(`afklæð*|afklaed*|klæddu hana úr|klaeddu hana ur`),
  clothing: terms(`föt|fot|fötin|fotin|kjól*|kjol*|skyrt*`),
  nude: terms(`allsber*|nakta`),
  skimpy: terms(`nærföt|naerfot|nærfötum|naerfotum|bikiní|sundföt|sundfot|brjóstahaldar*|brjostahaldar*|bikini`),
  sexualAct: terms(`kynlíf|kynlif|klám|klam`),
  minor: terms(`barnið|barnid|stelpa|stelpu|unglingur|unglingsstelp*`),
  person: terms(`hún|hana|hann`),
};

export const af: Lexicon = {
  remove: terms(`haal af|trek af|verwyder`),
  undressVerb: terms(`trek haar uit|trek hom uit|ontklee*|trek haar klere uit`),
  clothing: terms(`klere|rok|rokkie|hemp|bloes*`),
  nude: terms(`kaal|kaalgat|nakend|sonder klere`),
  skimpy: terms(`onderklere|swembroek|swemklere|bikini|lingerie`),
  sexualAct: terms(`seks|porno*`),
  minor: terms(`kind|kindjie|dogtertjie|meisietjie|tiener*`),
  person: terms(`haar|hom`),
};

export const cy: Lexicon = {
  remove: terms(`tynnu|tynna|tynnwch`),
  undressVerb: terms(`dadwisg*|tynnu ei dillad|tynna ei dillad`),
  clothing: terms(`dillad|ffrog|crys`),
  nude: terms(`noeth|noethlymun|heb ddillad`),
  skimpy: terms(`dillad isaf|bicini|gwisg nofio|bikini`),
  sexualAct: terms(`rhyw|porn*`),
  minor: terms(`plentyn|merch fach|arddegau|plant`),
  person: terms(`hon`),
};

export const ga: Lexicon = {
  remove: terms(`bain|bain de|bain di`),
  undressVerb: terms(`bain na héadaí di|bain na headai di|bain a cuid éadaí|bain a cuid eadai`),
  clothing: terms(`éadaí|eadai|gúna|guna|léine|leine`),
  nude: terms(`nocht|nochtaithe|lomnocht|gan éadaí|gan eadai`),
  skimpy: terms(`fo-éadaí|fo eadai|fo-eadai|bicíní|bicini|bikini`),
  sexualAct: terms(`gnéas|gneas|porn*`),
  minor: terms(`páiste|paiste|cailín beag|cailin beag|déagóir|deagoir`),
};

export const az: Lexicon = {
  remove: terms(`çıxar|cixar|çıxart|cixart`),
  undressVerb: terms(`soyundur*|soyun`),
  clothing: terms(`paltar*|köynək|koynek|don|donu`),
  benign: terms(`gödəkçə*|godekce*|papaq*|eynək*|eynek*`),
  keep: terms(`qalsın|qalsin`),
  objectTarget: terms(`naqil*|divar*|ağac*|agac*`),
  nude: terms(`dəsmalın altında|desmalin altinda|dəsmal düşdü|çılpaq|cilpaq|lüt|lut|paltarsız|paltarsiz`),
  skimpy: terms(`alt paltar*|çimərlik paltar*|cimerlik paltar*|büstqalter*|bustqalter*|bikini`),
  sexualAct: terms(`seks|porno*`),
  suggestive: terms(`seksual*|cazibədar|cazibedar|ehtiraslı|ehtirasli|seksual poza*`),
  minor: terms(`uşaq|usaq|qız uşağı|qiz usagi|qızcığaz|qizcigaz|yeniyetmə|yeniyetme`),
  person: terms(`onu|ona`),
  someone: terms(`qadın|qadin|qadını|qadini|kişi|kisi`),
};
