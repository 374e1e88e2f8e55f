import type { Match } from './findings.ts';

/**
 * Sexual slang words whose first sense is a thing: an animal ("cock" a rooster, "kozy" goats in Czech and Slovak,
 * "chatte" a she-cat, "polla" a pullet, "suso" a snail, "Muschi" a pet cat), a sport's player ("hooker" in rugby), a
 * pirate's plunder ("booty"), a tassel (Polish "kutasy"), catching a ball or a bus (Spanish "coger"). Each entry gives the word (as normalised: lower case, no diacritics), `context`: the words of the thing's
 * world that must stand in the same request where it names nobody ("a cock on the farm"), and `near`: the words that
 * name the thing's own kind ("rooster", "cat", "pirates", "scrum", "the ball") and read the sense even beside a person,
 * when they stand within a few words of the slang word with no person and no other sexual word between ("our cat is
 * called Pussy, she's asleep", "el niño va a coger la pelota"). A person owning the word ("her pussy", "sa chatte")
 * keeps the sexual reading, as does a person anywhere in a request with only the wider context ("a woman holding a cock
 * on a farm").
 */
const THING_SENSES: ReadonlyArray<{ word: RegExp; context: RegExp; near?: RegExp; unless?: RegExp }> = [
  {
    word: /^cocks?$/,
    context:
      /(?:^| )(?:roosters?|hens?|chickens?|chicks?|crow|crows|crowing|crowed|farm|farmyard|barn|barnyard|feathers?|plumage|poultry|coop|comb|wattles?|bantams?|breed|weather ?vane|cockerel|fowl|peck\w*)(?: |$)/,
    near: /(?:^| )(?:roosters?|hens|chickens?|chicks|crowing|crowed|feathers|plumage|poultry|coop|wattles?|bantams?|cockerels?|fowl|hay bale)(?: |$)/,
  },
  {
    word: /^pussy$/,
    context: /(?:^| )(?:cat|cats|kitten|kittens|kitty|willow|meow\w*|purr\w*|whiskers|paws?|tabby|litter)(?: |$)/,
    near: /(?:^| )(?:cat|cats|kitten|kittens|willow|tabby|tomcat)(?: |$)/,
  },
  { word: /^kozy$/, context: /(?:^| )(?:ovce|ovci|krav\w*|louk\w*|pastvin\w*|pasien\w*|farm\w*|stad\w*|seno|kozel|kozl\w*|kozu|koza|zvirat\w*|zvierat\w*)(?: |$)/ },
  // French "chatte" is a she-cat: with kittens, purring, a litter, or a cat's coat right after it ("une chatte tigrée"); not
  // someone else's ("sa chatte", "montre ta chatte"). The user's own ("ma chatte") is the cat where it sleeps:
  // "ma chatte dort sur le lit, rends la photo plus nette".
  {
    word: /^chattes?$/,
    context:
      /(?:^| )(?:chat|chats|chaton|chatons|minou|ronronn\w*|miaul\w*|moustaches|litiere|croquettes|chattes? (?:noire|noires|tigree|tigrees|grise|grises|blanche|blanches|rousse|rousses|siamoise|persane|angora|tricolore|ecaille\w*)|dort|dorment|endormie|endormies|sieste)(?: |$)/,
    unless: /(?:^| )(?:sa|ta|ses|tes|leur|votre|son|ton|vos|leurs) chattes?(?: |$)/,
  },
  // Catalan and Spanish "polla" is a pullet: with chicks, hens, a coop, a farmyard or eggs; "polla de agua" is a moorhen.
  {
    word: /^pollas?$/,
    context: /(?:^| )(?:pollets?|pollastr\w*|gallin\w*|gall|galls|galliner|gallinero|pollitos?|pollada|corral|granja|masia|ous|huevos|plomes|plumas|de agua)(?: |$)/,
    near: /(?:^| )(?:pollitos?|gallinas?|gallinero|de agua)(?: |$)/,
  },
  // Tagalog "suso" is also a freshwater snail: by a river, on a stone, in a rice field.
  { word: /^suso$/, context: /(?:^| )(?:ilog|bato|batis|sapa|lawa|palayan|kuhol|tubig|snail|shell)(?: |$)/ },
  // German "Muschi" is an old pet name for a cat ("unsere Katze Muschi").
  {
    word: /^muschi$/,
    context: /(?:^| )(?:katze|katzen|kater|katzchen|mieze|miezekatze|miau|schnurr\w*|pfoten?|schnurrhaare|katzenklo|katzenfutter|kratzbaum)(?: |$)/,
    near: /(?:^| )(?:katze|katzen|kater|katzchen|mieze|miezekatze|kratzbaum)(?: |$)/,
    unless: /(?:^| )(?:ihre|ihrer|deine|deiner|seine|eure|zeig|zeigt|zeigen) muschi(?: |$)/,
  },
  // English "hooker": the rugby forward who hooks the ball in the scrum.
  {
    word: /^hookers?$/,
    context: /(?:^| )(?:rugby|scrums?|line ?outs?|props?|flankers?|fly half|scrum half|tighthead|loosehead|forwards|try|tries|pitch|jersey|sevens)(?: |$)/,
    near: /(?:^| )(?:rugby|scrums?|line ?outs?|props?|flankers?|tighthead|loosehead|jersey|number 2)(?: |$)/,
  },
  // English "booty": what pirates carry off.
  {
    word: /^booty$/,
    context: /(?:^| )(?:pirates?|treasure|treasures|loot|plunder\w*|doubloons|buccaneers?|galleon|treasure chest|gold coins)(?: |$)/,
    near: /(?:^| )(?:pirates?|treasure|loot|plunder\w*|doubloons|buccaneers?|galleon)(?: |$)/,
  },
  // Polish "kutasy" are tassels: on a sash, a cushion, a curtain, a cap.
  {
    word: /^kutas\w*$/,
    context: /(?:^| )(?:pas\w*|kontusz\w*|poduszk\w*|zaslon\w*|firan\w*|czapk\w*|fredzl\w*|sznur\w*|chorag\w*|sztandar\w*|obrus\w*|stroj\w*)(?: |$)/,
    near: /(?:^| )(?:pas\w*|kontusz\w*|poduszk\w*|zaslon\w*|firan\w*|czapk\w*|fredzl\w*|sznur\w*|chorag\w*|sztandar\w*)(?: |$)/,
  },
  // Spanish "coger" is to catch or take: a ball, a bus, a train, a taxi, a plane.
  {
    word: /^(?:coger|coge|cogen|cogio|cogiendo|cogia|cogera)$/,
    context: /(?:^| )(?:pelota|balon|autobus|bus|tren|metro|taxi|avion|vuelo|ferry|barco|paraguas|telefono|llamada|fruta|flores|pez|peces)(?: |$)/,
    near: /(?:^| )(?:pelota|balon|autobus|bus|tren|metro|taxi|avion|vuelo|ferry|barco|paraguas|telefono|fruta|flores)(?: |$)/,
  },
];

/**
 * Words read around a slang word for its `near` sense, each side: four, or two where a person comes before the word
 * (the closer the person, the closer its thing must be named: "el niño va a coger la pelota", not "a woman sucking a
 * cock next to the hens"); and characters, for scripts without spaces.
 */
const NEAR_WORDS = 4;
const NEAR_WORDS_AFTER_PERSON = 2;
const NEAR_CHARS = 48;
/** Past this many persons and sexual words in a request the near sense is not read (a bound on the work per word). */
const MAX_GUARDS = 16;

/** Where the window of `words` words before offset `at` (a word's start) begins; at most NEAR_CHARS back. */
function windowStart(text: string, at: number, words: number): number {
  const floor = Math.max(0, at - NEAR_CHARS);
  let spaces = 0;
  for (let i = at - 1; i >= floor; i--) if (text.charCodeAt(i) === 32 && ++spaces > words) return i + 1;
  if (floor === 0) return 0;
  const next = text.indexOf(' ', floor);
  return next < 0 || next >= at ? floor : next + 1;
}

/** Where the window of `words` words after offset `at` (a word's end) ends; at most NEAR_CHARS on. */
function windowEnd(text: string, at: number, words: number): number {
  const ceiling = Math.min(text.length, at + NEAR_CHARS);
  let spaces = 0;
  for (let i = at; i < ceiling; i++) if (text.charCodeAt(i) === 32 && ++spaces > words) return i;
  if (ceiling === text.length) return ceiling;
  const last = text.lastIndexOf(' ', ceiling);
  return last <= at ? ceiling : last;
}

/**
 * A verb of a sexual act up to two words before the slang word keeps its sexual reading whatever is named around it
 * ("sucking a cock with hens around", "chupando la polla", "lutscht seinen Schwanz").
 */
const ACT_BEFORE =
  /(?:^| )(?:suck\w*|lick\w*|rid(?:e|es|ing)|strok\w*|jerk\w*|blow\w*|chup\w*|mamand\w*|lam(?:e|en|er|iendo)|suc(?:e|es|ent|er|ant)|lech\w*|lutsch\w*|blas\w*|leck\w*|wichs\w*|succhi\w*|lecc\w*|ssac|ssala|ssal|ssie|liz\w*|lize|сос\w*|лиз\w*|isep\w*|ngemut\w*|emut\w*|kulum\w*|jilat\w*|pijp\w*|lik(?:t|ken|kend))(?: |$)/;

function actBefore(text: string, m: Match): boolean {
  return ACT_BEFORE.test(text.slice(windowStart(text, m.start, 2), m.start));
}

/** Whether at most one word stands between two offsets: a person's word there owns the next ("her pussy", "her wet pussy"). */
function owns(text: string, from: number, to: number): boolean {
  let spaces = 0;
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 32 && ++spaces > 2) return false;
  return true;
}

/**
 * The words around a slang match that may name its thing's kind (see NEAR_WORDS), cut at a person; none where a
 * person owns the word or another sexual word stands in the window.
 */
function neighbourhood(text: string, m: Match, persons: readonly Match[], harms: readonly Match[]): string | undefined {
  const words = persons.some((p) => p.end <= m.start) ? NEAR_WORDS_AFTER_PERSON : NEAR_WORDS;
  let from = windowStart(text, m.start, words);
  let to = windowEnd(text, m.end, words);
  for (const h of harms) if (h.end > from && h.start < to && !(h.start < m.end && m.start < h.end)) return undefined;
  for (const p of persons) {
    if (p.end <= m.start) {
      if (p.end < from) continue;
      if (owns(text, p.end, m.start)) return undefined;
      from = p.end;
    } else if (p.start >= m.end) {
      if (p.start < to) to = p.start;
    } else return undefined;
  }
  return text.slice(from, to);
}

/** Any sense's word: one test rejects the many matches that are none (every word is anchored at both ends). */
const ANY_SENSE_WORD = new RegExp(THING_SENSES.map((sense) => `(?:${sense.word.source})`).join('|'));

/**
 * For one request: whether a match is a slang word in its thing's sense (see THING_SENSES); undefined where no match
 * can be. `persons` are the request's person matches, `harmsOf` gives its sexual and nudity matches (asked for only
 * beside at most MAX_GUARDS persons). Each sense's context is looked for in the text once, when a match first needs it.
 */
export function thingSenses(text: string, persons: readonly Match[], harmsOf: () => readonly Match[]): ((m: Match) => boolean) | undefined {
  const inContext: Array<boolean | undefined> = [];
  let harms: readonly Match[] = [];
  if (persons.length > 0) {
    // Beside a person only the near sense is read, and past MAX_GUARDS not that: no match is a thing.
    if (persons.length > MAX_GUARDS) return undefined;
    harms = harmsOf();
    if (persons.length + harms.length > MAX_GUARDS) return undefined;
  }
  return (m) => {
    const surface = text.slice(m.start, m.end);
    if (!ANY_SENSE_WORD.test(surface)) return false;
    return THING_SENSES.some((sense, i) => {
      if (!sense.word.test(surface)) return false;
      if (actBefore(text, m)) return false;
      if (persons.length === 0) return (inContext[i] ??= sense.context.test(text) && !sense.unless?.test(text));
      if (!sense.near) return false;
      const around = neighbourhood(text, m, persons, harms);
      return around !== undefined && sense.near.test(around) && !sense.unless?.test(around);
    });
  };
}

/**
 * Slang for "horny" or for the sex that also says "great" or "cool" of a thing (German "geil", "geiler", Italian
 * "figa", "figo"): in a request about a car, a bike, a house, a party, a song or a match, and about no person, it
 * praises the thing ("mach das Auto geiler: tiefergelegt", "rendi la mia moto più figa", "ein geiles Foto vom
 * Pokalfinale"). A picture itself ("mach das Bild geiler") is no such thing: the picture may be of someone.
 */
const PRAISE_WORD = /^(?:geil|geile|geiler|geiles|geilen|geilste|richtig geil|noch geiler|figa|figo|fighe|fighi|fighissim[ao])$/;
const PRAISE_CONTEXT =
  /(?:^| )(?:auto|autos|wagen|karre|felgen|reifen|motorrad|moped|roller|fahrrad|bike|boot|haus|wohnung|garten|kuche|party|song|lied|musik|beat|sound|aussicht|logo|schrift|design|tattoo|sneaker|schuhe|tiefergelegt|lackierung|spoiler|auspuff|motor|tuning|spiel|finale|pokalfinale|endspiel|derby|turnier|stadion|konzert|festival|moto|macchina|macchinina|bici|bicicletta|vespa|motorino|cerchi|cerchioni|casa|giardino|cucina|festa|canzone|scarpe|tatuaggio|partita|concerto|stadio)(?: |$)/;

/** Italian "figa", "figo" praise a thing only right after it ("la mia moto più figa"), not in "rendila più figa sulla moto". */
const PRAISE_AFTER_THING = /^fig/;

/** For one request: whether a match is slang praise of a thing (see PRAISE_WORD); the context is looked for once. */
export function praiseSenses(text: string): (m: Match) => boolean {
  let inContext: boolean | undefined;
  return (m) => {
    const surface = text.slice(m.start, m.end);
    if (!PRAISE_WORD.test(surface)) return false;
    if (PRAISE_AFTER_THING.test(surface)) return PRAISE_CONTEXT.test(text.slice(windowStart(text, m.start, 3), m.start));
    return (inContext ??= PRAISE_CONTEXT.test(text));
  };
}

/**
 * Words that make a person sexy and a dish appetising ("hazme el taco más spicy y jugoso", "biryani ko aur spicy
 * dikhao", "bikin rendangnya lebih menggoda"): in a request about food, and about no person, they describe the food.
 * The word as normalised (folded: no accents), and the food words (dishes, sauces, "food", "dish", "recipe" in the languages measured) that
 * must stand in the same request.
 */
const FOOD_WORD =
  /^(?:spicy|spicier|spiciest|juicy|juicier|hot|hotter|tempting|sizzling|mouthwatering|picante|mas picante|jugoso|jugosa|piccante|appetitoso|appetitosa|epice|epicee|releve|scharf|scharfer|saftig|apimentado|apimentada|suculento|suculenta|menggoda|pedas|lebih pedas|masaledaar|masaledar|chatpata|teekha|मसालेदार|तीखा|चटपटा|पिरो|ostry|ostrzejszy|острый|острее|сочный|aci|辣|更辣|辛い|辛く|매운|더 맵게|حار|حارة|sexy|hot and spicy|cay|เผ็ด)$/;
const FOOD_CONTEXT =
  /(?:^| )(?:food|dish|dishes|meal|plate|recipe|menu|taco|tacos|burrito|pizza|burger|curry|soup|stew|noodles?|ramen|pasta|salsa|sauce|chili|chilli|chile|mole|enchilada|tamal|tamales|pozole|pepper|peppers|wings|steak|bbq|barbecue|kebab|sushi|biryani|pakode|pakore|pakoda|pakora|pakoras|samosa|samose|samosas|chai|chaat|bhaji|bhajiya|rendang|sambal|nasi|mie|satay|sate|dal|daal|sabzi|paneer|chole|achar|pickle|comida|plato|platillo|receta|sopa|cibo|piatto|ricetta|essen|gericht|suppe|rezept|plat|nourriture|soupe|recette|prato|receita|makanan|masakan|hidangan|resep|khana|खाना|अचार|बिरयानी|करी|danie|zupa|jedzenie|еда|блюдо|блюда|суп|соус|соуса|пицца|пиццы|бургер|борщ|борщу|борща|страва|страви|їжа|їжі|соусу|piza|langos|etel|etelt|leves|szosz|sos|sosu|sosem|yemek|corba|料理|菜|饭|飯|面|麵|火锅|火鍋|ラーメン|カレー|음식|요리|떡볶이|라면|طعام|أكل|اكل|طبق|mon an|อาหาร|ต้มยำ)(?:nya|s|es)?(?: |$)/;

/** For one request: whether a match is a food word in a request about food (see FOOD_WORD); the context is looked for once. */
export function foodSenses(text: string): (m: Match) => boolean {
  let inContext: boolean | undefined;
  return (m) => FOOD_WORD.test(text.slice(m.start, m.end)) && (inContext ??= FOOD_CONTEXT.test(text));
}

/** Words that join two words of taste ("hot and spicy"). */
const TASTE_JOIN = /^(?:and|n|or|aur|y|e|et|und|en|i|и|ve|dan|at|va)$/;
/**
 * For one request with people in it: whether a match is a food word said of a dish named within the next three words
 * ("Tanjiro and Zenitsu eating hot and spicy pakode"): the dish's taste, whoever eats it. Bounded: three words read.
 */
export function dishRightAfter(text: string): (m: Match) => boolean {
  return (m) => {
    if (!FOOD_WORD.test(text.slice(m.start, m.end))) return false;
    // The words after it, up to the dish: only other words of taste and "and" may come between ("hot and spicy pakode").
    let at = m.end;
    for (let k = 0; k < 3 && at < text.length; k++) {
      const next = text.indexOf(' ', at + 1);
      const word = text.slice(at + 1, next < 0 ? text.length : next);
      if (FOOD_CONTEXT.test(` ${word}`)) return true;
      if (!FOOD_WORD.test(word) && !TASTE_JOIN.test(word)) return false;
      if (next < 0) return false;
      at = next;
    }
    return false;
  };
}

/** Whether a request (normalised) names a food, a dish or a recipe (see FOOD_CONTEXT): "make the curry hotter" is its taste. */
export function aboutFood(text: string): boolean {
  return FOOD_CONTEXT.test(text);
}

/** Concepts that mean a person is in the request: then no slang word is read as an animal. */
export const PERSON_CONCEPTS = new Set(['person', 'someone', 'minor', 'minorWeak', 'realRef', 'publicFigure']);
