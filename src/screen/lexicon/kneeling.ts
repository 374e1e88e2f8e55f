import { terms, type Lexicon } from './types.ts';

/**
 * Oral sex said by its posture (plain-acts.ts): kneeling before someone (`kneelBefore`) with the mouth open or the
 * tongue out (`openMouth`) in the same sentence: "make her kneel in front of him with her mouth open", "mujer de
 * rodillas frente a un hombre, boca abierta", "à genoux devant lui, la bouche ouverte", "kniet vor ihm mit offenem
 * Mund". Each is ordinary alone (a proposal on one knee, a singer's open mouth, a child kneeling in front of the cake).
 * Written for this round from the author's knowledge of the languages; merged into each language's lexicon (index.ts).
 */
export const KNEELING: Readonly<Record<string, Lexicon>> = {
  en: {
    kneelBefore: terms(
      `kneel in front of him|kneels in front of him|kneeling in front of him|knelt in front of him|kneel before him|kneels before him|kneeling before him|kneel in front of the guy|kneel in front of the man|kneeling in front of the guy|kneeling in front of the man|kneeling in front of a man|kneels in front of a man|kneeling in front of you|kneels in front of you|kneel in front of you|kneeling before you|on her knees in front of him|on her knees before him|on her knees in front of you|on her knees in front of the guy|on her knees in front of a man|kneeling between his legs|kneels between his legs`,
    ),
    openMouth: terms(`mouth open|mouth wide open|open mouth|mouth slightly open|tongue out|with her tongue out|sticking her tongue out|her mouth open|lips parted around`),
  },
  es: {
    kneelBefore: terms(
      `de rodillas frente a él|de rodillas frente a el|de rodillas delante de él|de rodillas delante de el|de rodillas frente a un hombre|de rodillas delante de un hombre|arrodillada frente a él|arrodillada frente a el|arrodillada delante de él|arrodillada delante de el|arrodillada frente a un hombre|de rodillas ante él|de rodillas ante el`,
    ),
    openMouth: terms(`boca abierta|la boca abierta|con la boca abierta|lengua afuera|sacando la lengua`),
  },
  fr: {
    kneelBefore: terms(
      `à genoux devant lui|a genoux devant lui|à genoux devant un homme|a genoux devant un homme|agenouillée devant lui|agenouillee devant lui|agenouillée devant un homme|agenouillee devant un homme`,
    ),
    openMouth: terms(`bouche ouverte|la bouche ouverte|langue sortie|tire la langue`),
  },
  de: {
    kneelBefore: terms(`kniet vor ihm|kniend vor ihm|kniet vor einem mann|kniend vor einem mann|auf den knien vor ihm|auf knien vor ihm|vor ihm kniend|vor ihm auf den knien`),
    openMouth: terms(`mund offen|offenem mund|offener mund|mit offenem mund|zunge raus|herausgestreckter zunge`),
  },
  it: {
    kneelBefore: terms(`in ginocchio davanti a lui|inginocchiata davanti a lui|in ginocchio davanti a un uomo|inginocchiata davanti a un uomo`),
    openMouth: terms(`bocca aperta|la bocca aperta|con la bocca aperta|lingua fuori`),
  },
  pt: {
    kneelBefore: terms(`de joelhos na frente dele|de joelhos diante dele|ajoelhada na frente dele|ajoelhada diante dele|de joelhos na frente de um homem|ajoelhada na frente de um homem`),
    openMouth: terms(`boca aberta|a boca aberta|com a boca aberta|língua de fora|lingua de fora`),
  },
  ru: {
    kneelBefore: terms(`на коленях перед ним|стоит на коленях перед ним|встала на колени перед ним|на коленях перед мужчиной|стоит на коленях перед мужчиной`),
    openMouth: terms(`открытым ртом|с открытым ртом|рот открыт|открыла рот|высунутым языком|с высунутым языком`),
  },
};
