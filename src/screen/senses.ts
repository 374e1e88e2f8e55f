import type { Match } from './findings.ts';

/**
 * Sexual slang words that are first of all the names of animals ("cock" a rooster, "kozy" goats in
 * Czech and Slovak, "chatte" a she-cat, "polla" a pullet, "suso" a snail): in a request about that animal, and about no person, the word is the animal.
 * Each entry gives the word (as normalised: lower case, no diacritics) and the words of the animal's
 * world that must stand in the same request. A person anywhere in the request ("a woman holding a
 * cock on a farm") keeps the sexual reading: the sense is read only where nobody could be meant.
 */
const ANIMAL_SENSES: ReadonlyArray<{ word: RegExp; context: RegExp; unless?: RegExp }> = [
  {
    word: /^cocks?$/,
    context:
      /(?:^| )(?:roosters?|hens?|chickens?|chicks?|crow|crows|crowing|crowed|farm|farmyard|barn|barnyard|feathers?|plumage|poultry|coop|comb|wattles?|bantams?|breed|weather ?vane|cockerel|fowl|peck\w*)(?: |$)/,
  },
  { word: /^pussy$/, context: /(?:^| )(?:cat|cats|kitten|kittens|kitty|willow|meow\w*|purr\w*|whiskers|paws?|tabby|litter)(?: |$)/ },
  { word: /^kozy$/, context: /(?:^| )(?:ovce|ovci|krav\w*|louk\w*|pastvin\w*|pasien\w*|farm\w*|stad\w*|seno|kozel|kozl\w*|kozu|koza|zvirat\w*|zvierat\w*)(?: |$)/ },
  // French "chatte" is a she-cat: with kittens, purring, a litter, or a cat's coat right after it ("une chatte tigrée"); not
  // someone's ("sa chatte", "montre ta chatte").
  {
    word: /^chattes?$/,
    context:
      /(?:^| )(?:chat|chats|chaton|chatons|minou|ronronn\w*|miaul\w*|moustaches|litiere|croquettes|chattes? (?:noire|noires|tigree|tigrees|grise|grises|blanche|blanches|rousse|rousses|siamoise|persane|angora|tricolore|ecaille\w*))(?: |$)/,
    unless: /(?:^| )(?:sa|ta|ma|ses|tes|mes|leur|votre|son|ton|mon) chattes?(?: |$)/,
  },
  // Catalan and Spanish "polla" is a pullet: with chicks, hens, a coop, a farmyard or eggs.
  { word: /^pollas?$/, context: /(?:^| )(?:pollets?|pollastr\w*|gallin\w*|gall|galls|galliner|gallinero|pollitos?|pollada|corral|granja|masia|ous|huevos|plomes|plumas)(?: |$)/ },
  // Tagalog "suso" is also a freshwater snail: by a river, on a stone, in a rice field.
  { word: /^suso$/, context: /(?:^| )(?:ilog|bato|batis|sapa|lawa|palayan|kuhol|tubig|snail|shell)(?: |$)/ },
];

/**
 * For one request: whether a match is an animal's name in a request about that animal (see ANIMAL_SENSES).
 * Each sense's context is looked for in the text once, when a match first needs it.
 */
export function animalSenses(text: string): (m: Match) => boolean {
  const inContext: Array<boolean | undefined> = [];
  return (m) => {
    const surface = text.slice(m.start, m.end);
    return ANIMAL_SENSES.some((sense, i) => sense.word.test(surface) && (inContext[i] ??= sense.context.test(text) && !sense.unless?.test(text)));
  };
}

/**
 * Slang for "horny" that also says "great" of a thing (German "geil", "geiler"): in a request about a car, a bike, a
 * house, a party or a song, and about no person, it praises the thing ("mach das Auto geiler: tiefergelegt").
 * A picture itself ("mach das Bild geiler") is no such thing: the picture may be of someone.
 */
const PRAISE_WORD = /^(?:geil|geile|geiler|geiles|geilen|geilste|richtig geil|noch geiler)$/;
const PRAISE_CONTEXT =
  /(?:^| )(?:auto|autos|wagen|karre|felgen|reifen|motorrad|moped|roller|fahrrad|bike|boot|haus|wohnung|garten|kuche|party|song|lied|musik|beat|sound|aussicht|logo|schrift|design|tattoo|sneaker|schuhe|tiefergelegt|lackierung|spoiler|auspuff|motor|tuning)(?: |$)/;

/** For one request: whether a match is slang praise of a thing (see PRAISE_WORD); the context is looked for once. */
export function praiseSenses(text: string): (m: Match) => boolean {
  let inContext: boolean | undefined;
  return (m) => PRAISE_WORD.test(text.slice(m.start, m.end)) && (inContext ??= PRAISE_CONTEXT.test(text));
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
  /(?:^| )(?:food|dish|dishes|meal|plate|recipe|menu|taco|tacos|burrito|pizza|burger|curry|soup|stew|noodles?|ramen|pasta|salsa|sauce|chili|chilli|pepper|peppers|wings|steak|bbq|barbecue|kebab|sushi|biryani|rendang|sambal|nasi|mie|satay|sate|dal|daal|sabzi|paneer|chole|achar|pickle|comida|plato|platillo|receta|sopa|cibo|piatto|ricetta|essen|gericht|suppe|rezept|plat|nourriture|soupe|recette|prato|receita|makanan|masakan|hidangan|resep|khana|खाना|अचार|बिरयानी|करी|danie|zupa|jedzenie|еда|блюдо|суп|yemek|corba|料理|菜|饭|飯|面|麵|火锅|火鍋|ラーメン|カレー|음식|요리|떡볶이|라면|طعام|أكل|اكل|طبق|mon an|อาหาร|ต้มยำ)(?:nya|s|es)?(?: |$)/;

/** For one request: whether a match is a food word in a request about food (see FOOD_WORD); the context is looked for once. */
export function foodSenses(text: string): (m: Match) => boolean {
  let inContext: boolean | undefined;
  return (m) => FOOD_WORD.test(text.slice(m.start, m.end)) && (inContext ??= FOOD_CONTEXT.test(text));
}

/** Whether a request (normalised) names a food, a dish or a recipe (see FOOD_CONTEXT): "make the curry hotter" is its taste. */
export function aboutFood(text: string): boolean {
  return FOOD_CONTEXT.test(text);
}

/** Concepts that mean a person is in the request: then no slang word is read as an animal. */
export const PERSON_CONCEPTS = new Set(['person', 'someone', 'minor', 'minorWeak', 'realRef', 'publicFigure']);
