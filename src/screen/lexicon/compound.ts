import { terms, type Lexicon } from './types.ts';

/**
 * Garments at the end of a compound noun, in the languages that write compounds as one word: German
 * "Sommerkleid", "Spitzenunterwäsche", "Arbeitshose"; Dutch "zomerjurk", "zwembroek"; Swedish "sommarklänning",
 * "spetstrosor"; Danish "sommerkjole"; Norwegian "ullgenser". A leading `*` opens the word's start, so the
 * garment matches as the compound's last part ("trek haar zomerjurk uit" undresses as "trek haar jurk uit").
 * Only heads that are garments whatever comes before them (not sweaters: "Strickpullover", "munktröja" are outer layers), and never a head shorter than four letters or one
 * that ends ordinary words ("rock": Hardrock; "top": Laptop; "hose": Windhose, a waterspout; "slip": payslip, slip-on; "tanga": Cebuano tangtanga, remove: every language is matched at once; "kleidung": Wandverkleidung, wall cladding; "wäsche":
 * Bettwäsche). Written for this round from the author's knowledge of the languages; merged into each
 * language's lexicon (index.ts).
 */
export const COMPOUND_HEADS: Readonly<Record<string, Lexicon>> = {
  de: {
    clothing: terms(
      `*kleid|*kleider|*kleidchen|*hemd|*hemden|*hemdchen|*bluse|*blusen|*jogginghose|*jogginghosen|*arbeitshose|*latzhose|*lederhose|*anzughose|*stoffhose|*sporthose|*schlafhose|*unterhose|*unterhosen|*höschen|*hoschen|*jeans|*shorts|*shirt|*shirts|*röckchen|*rockchen|*minirock|*unterwäsche|*unterwasche|*dessous|*bikini|*bikinis|*badeanzug|*badeanzüge|*badeanzuge|*strumpfhose|*leggings|*oberteil|*oberteile`,
    ),
    skimpy: terms(`*unterwäsche|*unterwasche|*dessous|*bikini|*bikinis|*badeanzug|*badeanzüge|*badeanzuge|*höschen|*hoschen|*badehose|*reizwäsche|*reizwasche`),
  },
  nl: {
    clothing: terms(`*jurk|*jurkje|*jurken|*broek|*broekje|*shirt|*shirtje|*bloes|*blouse|*hemd|*hemdje|*badpak|*bikini|*slipje|*ondergoed|*lingerie|*beha|*legging`),
    skimpy: terms(`*badpak|*bikini|*slipje|*ondergoed|*lingerie|*beha|*zwembroek|*onderbroek`),
  },
  sv: {
    clothing: terms(`*klänning|*klanning|*kjol|*kjolen|*byxor|*byxorna|*skjorta|*skjortan|*blus|*blusen|*bikini|*baddräkt|*baddrakt|*underkläder|*underklader|*trosor|*kalsonger|*behå|*beha`),
    skimpy: terms(`*bikini|*baddräkt|*baddrakt|*underkläder|*underklader|*trosor|*kalsonger|*behå|*beha|*badbyxor`),
  },
  da: {
    clothing: terms(`*kjole|*kjolen|*nederdel|*bukser|*bukserne|*skjorte|*skjorten|*bluse|*blusen|*bikini|*badedragt|*undertøj|*undertoj|*trusser`),
    skimpy: terms(`*bikini|*badedragt|*undertøj|*undertoj|*trusser|*badebukser`),
  },
  nb: {
    clothing: terms(`*kjole|*kjolen|*skjørt|*skjort|*bukse|*bukser|*skjorte|*skjorten|*bluse|*bikini|*badedrakt|*undertøy|*undertoy|*truse|*truser`),
    skimpy: terms(`*bikini|*badedrakt|*undertøy|*undertoy|*truse|*truser|*badebukse`),
  },
};
