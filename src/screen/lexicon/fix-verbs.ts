import { terms, type Lexicon } from './types.ts';

/**
 * `fixVerb`: setting a thing right on a photo: fix it, sort it out, sistemalo, arréglalo, arruma, corrige, richte es,
 * popraw, исправь, düzelt, perbaiki, sửa, ayusin, rekebisha, 修一下, 直して, 고쳐. After underwear said to show
 * ("a bit of her bra shows under the top, fix it"), what is set right is the wardrobe slip: the garment is covered
 * again (../rules.ts, shownThroughCovered). Read by no other rule. Written from the author's knowledge of the languages;
 * merged into each language's lexicon with the scene words.
 */
export const FIX_VERBS: Readonly<Record<string, Lexicon>> = {
  en: { fixVerb: terms(`fix it|fix that|fix this|fix|sort it out|sort that out|tidy it up|tidy that up|correct it|correct that|retouch it|retouch that|put it back|put it right|set it right`) },
  de: { fixVerb: terms(`retuschier*|zurechtrück*|zurechtruck*|korrigier*|richte das|richte es|richt das|beheb*|bring das in ordnung|mach das weg|ausbessern|bessere das aus`) },
  fr: { fixVerb: terms(`corrige|corriger|arrange ça|arrange ca|arranger|répare|repare|réparer|reparer|rectifie`) },
  es: { fixVerb: terms(`arregla|arréglalo|arreglalo|arréglala|arreglala|arreglar|corrige|corrígelo|corrigelo|corregir|soluciona|solucionalo|solucionálo`) },
  it: { fixVerb: terms(`sistema|sistemalo|sistemala|sistemare|aggiusta|aggiustalo|aggiustala|aggiustare|correggi|correggilo|correggere|rimedia`) },
  pt: { fixVerb: terms(`arruma|arrume|arrumar|conserta|conserte|consertar|corrige|corrija|corrigir|ajeita|ajeite`) },
  nl: { fixVerb: terms(`fix|fixen|repareer|repareren|corrigeer|corrigeren|verhelp|herstel`) },
  pl: { fixVerb: terms(`popraw|popraw to|napraw|napraw to|poprawić|poprawic|naprawić|naprawic`) },
  cs: { fixVerb: terms(`oprav|oprav to|sprav|sprav to|opravit|spravit`) },
  sk: { fixVerb: terms(`oprav|oprav to|oprav mi to|opraviť|opravit`) },
  ru: { fixVerb: terms(`исправь|исправьте|поправь|поправьте|исправить|поправить|почини`) },
  uk: { fixVerb: terms(`виправ|виправте|поправ|поправте|виправити|поправити|полагодь`) },
  tr: { fixVerb: terms(`düzelt|duzelt|düzeltir misin|duzeltir misin|düzeltin|duzeltin|toparla`) },
  id: { fixVerb: terms(`perbaiki|benerin|betulkan|rapikan`) },
  ms: { fixVerb: terms(`betulkan|baiki|perbaiki|kemaskan`) },
  vi: { fixVerb: terms(`sửa|sửa lại|chỉnh lại|sua lai|chinh lai`) },
  tl: { fixVerb: terms(`ayusin|paki ayos|pakiayos|ayusin mo`) },
  sw: { fixVerb: terms(`rekebisha|irekebishe|nirekebishie|sahihisha`) },
  hu: { fixVerb: terms(`javítsd|javitsd|igazítsd|igazitsd|javítsd ki|javitsd ki|hozd rendbe`) },
  ro: { fixVerb: terms(`repară|repara|corectează|corecteaza|aranjează|aranjeaza|rezolvă|rezolva`) },
  el: { fixVerb: terms(`διόρθωσε|διορθωσε|διόρθωσέ το|διορθωσε το|φτιάξε το|φτιαξε το`) },
  sv: { fixVerb: terms(`fixa|fixa det|rätta till|ratta till|åtgärda|atgarda`) },
  da: { fixVerb: terms(`fiks|fiks det|ret det|ret op på|ret op pa`) },
  nb: { fixVerb: terms(`fiks|fiks det|rett opp|rett på|rett pa`) },
  fi: { fixVerb: terms(`korjaa|korjaa se|korjaisitko|korjatkaa`) },
  ar: { fixVerb: terms(`صلح|صلحها|صلحه|صححها|صححه|عدلها|عدله|اصلحها|أصلحها|اصلحه|أصلحه`) },
  fa: { fixVerb: terms(`درستش کن|درست کن|اصلاحش کن|اصلاح کن`) },
  ur: { fixVerb: terms(`ٹھیک کر دیں|ٹھیک کرو|ٹھیک کریں|درست کریں|درست کر دیں`) },
  hi: { fixVerb: terms(`ठीक करो|ठीक कर दो|ठीक कर दें|ठीक करें|theek karo|thik karo|theek kar do|thik kar do`) },
  bn: { fixVerb: terms(`ঠিক করো|ঠিক করে দাও|ঠিক করুন|ঠিক করে দিন`) },
  zh: { fixVerb: terms(`修一下|修好|修正|弄好|处理一下|處理一下|调整一下|調整一下`) },
  ja: { fixVerb: terms(`直して|なおして|修正して|整えて`) },
  ko: { fixVerb: terms(`고쳐|고쳐줘|고쳐 줘|수정해|수정해줘|수정해 줘|정리해줘|정리해 줘`) },
  th: { fixVerb: terms(`แก้ให้|แก้ไข|ช่วยแก้|ปรับให้`) },
  he: { fixVerb: terms(`תתקן|תקן|תקני|תסדר|סדר את זה`) },
};
