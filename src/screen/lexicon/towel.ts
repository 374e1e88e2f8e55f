import { terms, type Lexicon } from './types.ts';

/**
 * The towel that is not there after a bath (`noTowel`, with a word of bathing: "hasn't grabbed a towel yet", "сүлгісіз",
 * "a bath-house" `bathing`), the towel that is gone or falls from its wearer (`nude`, as "towel slips" already was:
 * "the towel's gone", "a törölköző sincs rajta"), and what a worn garment does when it falls from its wearer in the
 * languages whose garment-gone words lacked it (`garmentGone`: Albanian "i bie", Hungarian "sincs rajta"). Written for
 * this round from the author's knowledge of the languages; merged into each language's lexicon (index.ts).
 */
export const TOWEL: Readonly<Record<string, Lexicon>> = {
  en: {
    noTowel: terms(
      `hasn t grabbed a towel|hasn t grabbed her towel|hasn t grabbed his towel|hasn t got a towel|before grabbing a towel|before she grabs a towel|before he grabs a towel|without grabbing a towel|forgot her towel|forgot his towel|forgot the towel|forgot a towel|no towel in sight|towel out of reach|no towel around her|no towel around him`,
    ),
    nude: terms(`the towel s gone|the towel is gone|towel s gone|her towel s gone|his towel s gone|the towel has gone|towel falls away|towel fell away`),
  },
  fr: {
    noTowel: terms(`sans avoir pris de serviette|avant de prendre sa serviette|a oublié sa serviette|a oublie sa serviette`),
    nude: terms(`la serviette a disparu|sa serviette tombe|sa serviette glisse`),
  },
  de: {
    noTowel: terms(`bevor sie ein handtuch|ohne sich ein handtuch|handtuch vergessen`),
    nude: terms(`das handtuch ist weg|handtuch ist weg|das handtuch fällt|das handtuch fallt|handtuch fiel`),
  },
  es: {
    noTowel: terms(`sin agarrar la toalla|sin coger la toalla|antes de agarrar la toalla|olvidó la toalla|olvido la toalla`),
    nude: terms(`la toalla ya no está|la toalla ya no esta|la toalla desapareció|la toalla desaparecio`),
  },
  it: { nude: terms(`l asciugamano è sparito|l asciugamano e sparito|l asciugamano cade|l asciugamano scivola`) },
  pt: { nude: terms(`a toalha sumiu|a toalha caiu|a toalha cai|a toalha escorrega`) },
  nl: { nude: terms(`de handdoek is weg|de handdoek valt|handdoek glijdt`) },
  pl: { nude: terms(`ręcznik zniknął|recznik zniknal|ręcznik spada|recznik spada|ręcznik zsuwa się|recznik zsuwa sie`) },
  ru: { nude: terms(`полотенце упало|полотенце падает|полотенце сползает|полотенца больше нет|полотенце исчезло`) },
  uk: {
    nude: terms(`рушник упав|рушник падає|рушник сповзає|рушника вже немає|рушник зник`),
    skimpy: terms(`тільки рушник|лише рушник|тільки в рушнику|лише в рушнику|тільки рушником|лише рушником`),
  },
  tr: { nude: terms(`havlu düştü|havlu dustu|havlu düşüyor|havlu dusuyor|havlu kaydı|havlu kaydi|havlu da yok`) },
  hu: {
    nude: terms(`a törölköző sincs|a torolkozo sincs|törölköző sincs|torolkozo sincs|a törölköző sincs rajta|a törölköző már nincs rajta|a törölköző lecsúszik|a törölköző leesik`),
    garmentGone: terms(`sincs rajta|már nincs rajta|mar nincs rajta`),
  },
  sq: {
    garmentGone: terms(`i bie|po i bie|i ra|i rrëshqet|i rreshqet|po i rrëshqet|i ka rënë|i ka rene`),
    clothing: terms(`peshqir*`),
  },
  kk: {
    noTowel: terms(`сүлгісіз|сүлгі жоқ|сүлгісі жоқ`),
    bathing: terms(`монша*|душ*|ваннадан|ваннада|ванна*`),
  },
  ky: { noTowel: terms(`сүлгүсүз|сүлгү жок`) },
  uz: { noTowel: terms(`sochiqsiz|sochiq yo q|sochiq yoq`) },
  id: { nude: terms(`handuknya jatuh|handuknya melorot|handuknya lepas|handuknya hilang`) },
  vi: { nude: terms(`khăn tắm tuột|khan tam tuot|khăn tắm rơi|khan tam roi|khăn tuột ra|rơi mất khăn`) },
  zh: { nude: terms(`浴巾掉了|浴巾滑落|浴巾不见了|毛巾掉了|浴巾掉下来`) },
  ja: { nude: terms(`タオルが落ち|タオルがはだけ|タオルがずり落ち|タオルが外れ`) },
  ko: { nude: terms(`수건이 떨어|수건이 흘러내|수건이 풀려|수건이 없어`) },
};
