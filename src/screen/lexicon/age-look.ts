import { terms, type Lexicon } from './types.ts';

/**
 * The occasions of a change of age that is no sexual request (probe44), read as `everyday` (everyday.ts): the
 * classifier reads "how would my daughter of 3 look at 15" or "make me look younger" as sexual, and beside a
 * child the minor floor would keep that reading although the lexicon finds nothing harmful:
 * - age progression: how a child will look when grown ("what will he look like at 18", "cómo se vería a los 15",
 *   "come sarà a 18 anni", "como vai ficar com", "كيف سيبدو", "长大后的样子");
 * - one's own portrait made younger ("make me look younger", "rajeunis-moi", "hazme parecer más joven", "让我看起来年轻").
 * With any undressing, nudity, sexual, suggestive or swimwear word in the request the occasion counts for nothing
 * (everydayScene). Written from the author's knowledge of the languages; merged into each language's lexicon.
 */
export const AGE_LOOK: Readonly<Record<string, Lexicon>> = {
  en: {
    everyday: terms(
      `age progression|age progressed|age the photo|what would he look like at|what would she look like at|what will he look like at|what will she look like at|what they would look like at|might look like at|would look like at|look like as a teenager|look like as an adult|when he grows up|when she grows up|make me look younger|make me younger|de age me|look younger in my|look like i did in my`,
    ),
  },
  es: {
    everyday: terms(
      `cómo se vería|como se veria|cómo se verá|como se vera|cómo será de mayor|como sera de mayor|cuando sea mayor|cuando crezca|progresión de edad|progresion de edad|hazme parecer más joven|hazme parecer mas joven|hazme más joven|hazme mas joven`,
    ),
  },
  pt: {
    everyday: terms(
      `como vai ficar com|vai ficar com|vai ficar quando|como ficaria com|como vai ser com|quando crescer|quando for adulto|quando for adulta|progressão de idade|progressao de idade|me deixa mais jovem|me deixe mais jovem|me deixa mais novo|me deixa mais nova|deixa me mais jovem`,
    ),
  },
  it: {
    everyday: terms(
      `come sarà a|come sara a|come sarà mio|come sara mio|come sarà mia|come sara mia|come sarà da grande|come sara da grande|quando sarà grande|quando sara grande|progressione dell età|fammi sembrare più giovane|fammi sembrare piu giovane|ringiovaniscimi`,
    ),
  },
  fr: {
    everyday: terms(
      `à quoi il ressemblera|a quoi il ressemblera|à quoi elle ressemblera|a quoi elle ressemblera|quand il sera grand|quand elle sera grande|vieillis la photo|rajeunis moi|fais moi paraître plus jeune|fais moi paraitre plus jeune`,
    ),
  },
  de: {
    everyday: terms(
      `wie sieht mein sohn mit|wie sieht meine tochter mit|wie wird er mit|wie wird sie mit|altersprogression|lass mich jünger aussehen|lass mich junger aussehen|mach mich jünger|mach mich junger`,
    ),
  },
  ar: {
    everyday: terms(`كيف سيبدو|كيف ستبدو|عندما يكبر|عندما تكبر|خليني أبان أصغر|اجعلني أصغر|اجعلني ابدو اصغر`),
  },
  he: {
    everyday: terms(`איך הוא ייראה|איך היא תיראה|כשיגדל|כשתגדל|להיראות צעיר יותר|להיראות צעירה יותר|תצעיר אותי`),
  },
  fa: {
    everyday: terms(`وقتی بزرگ شد|جوون‌تر نشون|جوونتر نشون|جوان‌تر نشان|جوانتر نشان|وقتی بزرگ بشه|منو جوون‌تر|منو جوونتر|منو جوان‌تر|منو جوانتر|مرا جوان‌تر`),
  },
  ru: {
    everyday: terms(`как будет выглядеть|как он будет выглядеть|как она будет выглядеть|когда вырастет|сделай меня моложе|омолоди меня`),
  },
  zh: {
    everyday: terms(`长大后的样子|長大後的樣子|长大以后|长到|让我看起来年轻|讓我看起來年輕|把我修得年轻|修得年轻一点|我的证件照修得年轻`),
  },
  ja: {
    everyday: terms(`になったらどうなる|大人になったら|成長したら|私を若く|若く見えるように`),
  },
  ko: {
    everyday: terms(`커서 어떻게|크면 어떻게|어른이 되면|나 어려 보이게|더 어려 보이게|젊어 보이게`),
  },
  tr: {
    everyday: terms(`büyüyünce nasıl|buyuyunce nasil|beni daha genç göster|beni daha genc goster|beni gençleştir|beni genclestir`),
  },
};
