import type { Match } from './findings.ts';

/**
 * Sexual slang words that are first of all the names of animals ("cock" a rooster, "kozy" goats in
 * Czech and Slovak): in a request about that animal, and about no person, the word is the animal.
 * Each entry gives the word (as normalised: lower case, no diacritics) and the words of the animal's
 * world that must stand in the same request. A person anywhere in the request ("a woman holding a
 * cock on a farm") keeps the sexual reading: the sense is read only where nobody could be meant.
 */
const ANIMAL_SENSES: ReadonlyArray<{ word: RegExp; context: RegExp }> = [
  {
    word: /^cocks?$/,
    context:
      /(?:^| )(?:roosters?|hens?|chickens?|chicks?|crow|crows|crowing|crowed|farm|farmyard|barn|barnyard|feathers?|plumage|poultry|coop|comb|wattles?|bantams?|breed|weather ?vane|cockerel|fowl|peck\w*)(?: |$)/,
  },
  { word: /^pussy$/, context: /(?:^| )(?:cat|cats|kitten|kittens|kitty|willow|meow\w*|purr\w*|whiskers|paws?|tabby|litter)(?: |$)/ },
  { word: /^kozy$/, context: /(?:^| )(?:ovce|ovci|krav\w*|louk\w*|pastvin\w*|pasienk\w*|farm\w*|stad\w*|seno|kozel|kozl\w*|kozu|koza|zvirat\w*|zvierat\w*)(?: |$)/ },
];

/**
 * For one request: whether a match is an animal's name in a request about that animal (see ANIMAL_SENSES).
 * Each sense's context is looked for in the text once, when a match first needs it.
 */
export function animalSenses(text: string): (m: Match) => boolean {
  const inContext: Array<boolean | undefined> = [];
  return (m) => {
    const surface = text.slice(m.start, m.end);
    return ANIMAL_SENSES.some((sense, i) => sense.word.test(surface) && (inContext[i] ??= sense.context.test(text)));
  };
}

/** Concepts that mean a person is in the request: then no slang word is read as an animal. */
export const PERSON_CONCEPTS = new Set(['person', 'someone', 'minor', 'minorWeak', 'realRef', 'publicFigure']);
