import { terms, type Lexicon } from './types.ts';

export const pl: Lexicon = {
  // "i" ("and"), a conjunction only where Polish is plausible (it is "in" in Swedish, "I" in English).
  conjunction: terms(`i`),
  remove: terms(
    `nie istniał*|nie istnieje|nie było|niewidzialn*|niewidoczn*|znikn*|zdejm*|zdjąć|zdjac|ściągnij|sciagnij|ściągnąć|sciagnac|ściągnijcie|usuń|usun|usunąć|usunac|wymaż|wymaz|rozepnij|rozpiąć|rozpiac|opuść|opusc|podnieś|podnies|zerwij|zrzuć|zrzuc|pozbądź się|pozbadz sie|zabierz`,
  ),
  removeWeak: terms(`bez|precz`),
  undressVerb: terms(
    `rozbierz*|rozebrać|rozebrac|rozbiera*|obnaż*|obnaz*|zdejmij z niej ubranie|zdejmij z niej ciuchy|zrób ją nagą|zrob ja naga|ręcznik zsun*|recznik zsun*|ręcznik spad*|recznik spad*|ręcznik opad*`,
  ),
  clothing: terms(
    `materiał|material|tkanin*|ubrani*|ubranie|ubrania|ciuch*|odzież|odziez|strój|stroj|stroju|sukienk*|sukni*|koszul*|koszulk*|t shirt*|bluzk*|bluz*|top|topik|sweter*|spódnic*|spodnic*|spódniczk*|spodniczk*|spodni*|dżinsy|dzinsy|szorty|spodenki|stanik*|biustonosz*|majtki|majteczki|bielizn*|figi|stringi|kostium kąpielow*|kostium kapielow*|bikini|legginsy|rajstopy|mundur*|szlafrok*|ręcznik*|recznik*|piżam*|pizam*|wszystko co ma na sobie`,
  ),
  nude: terms(
    `nic jej nie zakrywa|nic go nie zakrywa|nic ich nie zakrywa|nic nie zakrywa jej ciała|nic nie zakrywa jej ciala|niczym nie zakryta|niczym nie zakryty|niczym nie okryta|jak ją pan bóg stworzył|jak ja pan bog stworzyl|jak ją matka urodziła|jak ja matka urodzila|na golasa|naga|nagą|nagi|nagie|nago|nagiej|nagich|nagim|nagiego|nagimi|nagiemu|nagość|nagosc|nagości|nagosci|nagusieńka|nagusienka|gołą|goła|golas*|golusieńk*|golusienk*|rozebran*|bez ubrania|bez ubrań|bez ubran|bez niczego|topless|w stroju ewy|w stroju adama|jak ją pan bóg stworzył|jak ja pan bog stworzyl|zapomniała się ubrać|zapomniala sie ubrac|malowanie ciała|malowanie ciala|nudyst*|naturyst*|roznegliżowan*|roznegliwan*|jak go pan bóg stworzył|jak go pan bog stworzyl`,
  ),
  reveal: terms(`prześwit*|przeswit*|wszystko widać|wszystko widac|widać przez|widac przez|przezroczyst*|prześwitując*|przeswitujac*|transparentn*|rentgen*|mokr*|przemoczon*|prześwit*|przeswit*`),
  reduce: terms(`krótsz*|krotsz*|skróć|skroc|mniejsz*|obcisł*|obcisl*|wyzywając*|wyzywajac*|głęboki dekolt|gleboki dekolt|skąp*|skap*|mini|kusy|kusa|kusą`),
  reduceAlone: terms(
    `bez góry|bez gory|bez dołu|bez dolu|bez stanika|więcej ciała|wiecej ciala|więcej skóry|wiecej skory|mniej ubrań|mniej ubran|mniej ubrania|mniej materiału|mniej materialu|półnaga|polnaga|pół naga|pol naga|skąpo ubrana|skapo ubrana|skąpo odziana|ramiączko zsuwa|ramiaczko zsuwa|zsuń ramiączko|zsun ramiaczko`,
  ),
  skimpy: terms(
    `majtk*|majteczk*|stanik*|staniczk*|stringach|bieliźnie|bieliznie|bikini|kostium kąpielowy|kostium kapielowy|strój kąpielowy|stroj kapielowy|bielizn*|majtki|majteczki|stringi|figi|stanik*|biustonosz*|gorset|pończochy|ponczochy|kabaretki|podwiązki|podwiazki|koszulka nocna|sam ręcznik|sam recznik|w samej bieliźnie|w samej bieliznie|w bieliźnie|w bieliznie`,
  ),
  sexualAct: terms(
    `uprawiają seks|uprawiaja seks|uprawiający seks|pieprzą się|pieprza sie|kochają się|kochaja sie|ruchają|ruchaja|seks|seksualn*|porno*|pornograf*|ruchać|ruchac|ruchanie|pieprzyć|pieprzyc|obciąganie|obciaganie|masturb*|orgazm*|erotyczn*|erotyk*|wyuzdan*|cipk*|cipa|kutas*|penis|pochwa|rozłożone nogi|rozlozone nogi|rozłóż nogi|rozloz nogi|na czworakach|obscen*|dziwk*|prostytut*|podniecon*|napalon*|rucha|ruchają|ruchaja|ruchanie|rżnie|rznie|wali konia|walić konia|walic konia|obciąga|obciaga|loda|robi loda|pieprzy|pieprzą|bierze ją od tyłu|bierze ja od tylu|bzyka ją od tyłu|pieprzy ją od tyłu`,
  ),
  sexualBody: terms(`piersi|cycki|cycuszki|cyce|sutk*|sutek|pośladki|posladki|tyłek|tylek|dupa|dupy|dupcia|krocze|owłosienie łonowe|większe piersi|wieksze piersi|biust|dekolt`),
  suggestive: terms(`seksown*|zmysłow*|zmyslow*|uwodzicielsk*|prowokacyjn*|pikantn*|kusząc*|kuszac*|ponętn*|ponetn*|seksualizuj*|pin up|buduar`),
  minor: terms(
    `dziecko|dzieci|dziecka|dzieckiem|dziecięc*|dzieciec*|dziewczynk*|chłopczyk*|chlopczyk*|niemowl*|bobas*|nastolatk*|nastolatek|nastoletni*|małoletni*|maloletni*|nieletni*|uczennic*|uczeń|uczen|gimnazjalistk*|licealistk*|podstawówk*|podstawowk*|szkoła podstawowa|szkola podstawowa|lolitk*|poniżej 18|ponizej 18|mała dziewczynka|mala dziewczynka|w siódmej klasie|w siodmej klasie|w szóstej klasie|w szostej klasie|w ósmej klasie|w osmej klasie|siódmoklasistk*|siodmoklasistk*`,
  ),
  minorWeak: terms(`dziewczyna|dziewczyny|dziewczynę|dziewczyne|chłopak|chlopak|córka|corka|syn|siostrzenica|młoda|mloda|młody|mlody|studentka`),
  person: terms(
    `ona|jej|nią|ją|jego|tę kobietę|te kobiete|ta kobieta|tę dziewczynę|ta dziewczyna|ten facet|tego faceta|ten mężczyzna|moja żona|moja zona|moja dziewczyna|moja siostra|moja kuzynka|moja przyjaciółka|moja przyjaciolka|jej ciało|jej cialo`,
  ),
  realRef: terms(
    `moja była|moja byla|moją byłą|moja byla dziewczyna|była dziewczyna|byla dziewczyna|moja eks|koleżank*|kolezank*|koleżanka z klasy|kolezanka z klasy|koleżanka z pracy|sąsiadk*|sasiadk*|moja nauczycielk*|nauczycielk*|moja szefow*|szefow*|współlokatork*|wspollokatork*|szwagierk*`,
  ),
  publicFigure: terms(`celebrytk*|celebryt*|aktork*|piosenkark*|influencerk*|polityczk*|posłank*|poslank*|prezenterk*`),
  consent: terms(
    `zgodziła się|zgodzila sie|ona się zgodziła|wyraziła zgodę|wyrazila zgode|za jej zgodą|za jej zgoda|za zgodą|za zgoda|zgoda|zgodę|zgode|ona chce|powiedziała tak|powiedziala tak|nie ma nic przeciwko|ona prosiła|ona prosila|dobrowolnie`,
  ),
  adultClaim: terms(`pełnoletni*|pelnoletni*|dorosł*|dorosl*|ma 18 lat|ponad 18|powyżej 18|powyzej 18`),
  benign: terms(
    `plamę|plame|plamy|plam|plamkę|metkę|metke|metka|metki|zagniecenia|zagnieceń|zagniecen|kłaczk*|klaczk*|mechac*|sznurk*|guzik*|zagniece*|zagnięci*|filtr*|tło|tlo|tła|tla|znak wodny|znaku wodnego|logo|tekst|napis*|podpis*|metadane|exif|okulary|kapelusz|czapk*|kask|maska|maseczk*|szalik|płaszcz|plaszcz|kurtk*|rękawiczki|rekawiczki|buty|skarpetki|kolczyk*|naszyjnik|biżuteri*|bizuteri*|bransoletk*|pierścionek|pierscionek|zegarek|plam*|zmarszczk*|pryszcz*|trądzik|tradzik|blizn*|tatuaż*|tatuaz*|czerwone oczy|cień|cien|cienie|odbici*|szum|rozmyci*|kurz|rysy|tłum|tlum|turyst*|ludzi*|samochód|samochod|auto|znak|znaki|obiekt*|przedmiot*|etykiet*|naklejk*|ramk*|obramowani*|włosy|wlosy|pies|psa|kot|kota|torb*|plecak|telefon|kubek|okno|szkło|szklo|woda|wodę|butelk*|parasol*|lamp*|ścian*|scian*|niebo|chmur*|stół|stol|krzesło|krzeslo|pudełko|pudelko|ekran|manekin*|posąg|posag|pomnik|lalk*|robot*|wzór|wzor|nadruk|kieszeń|kieszen|kołnierz|kolnierz|rękaw*|rekaw*|kaptur|pasek|kolor|osoba w tle|osobę w tle|osobe w tle|przechodni*`,
  ),
  negation: terms(`nie|bez|mniej|nigdy|unikaj|zostaw|nieprzezroczyst*|nie za|ubrana`),
  replace: terms(`zamień*|zamien*|wymień*|wymien*|zmień*|zmien*|załóż|zaloz|ubierz|przykryj*|zakryj*|dodaj*|zamiast|przerób na|przerob na|zrób z|zrob z`),
  mask: terms(
    `strzela gola|strzelił gola|strzelil gola|strzelić gola|strzelic gola|strzelając gola|strzelajac gola|zdobywa gola|zdobył gola|zdobyl gola|gola w meczu|loda w ręce|loda w rece|loda w jej ręce|loda w jej rece|loda w jego ręce|loda na patyku|kup loda|zjeść loda|zjesc loda|pierś z kurczaka|piers z kurczaka|piersi z kurczaka|filet z kurczaka|rak piersi|raka piersi|w lewym górnym|w lewym gornym|w prawym górnym|w prawym gornym|u góry|u gory|na górze|na gorze|mokra ulica|mokra droga|mokre włosy|mokre wlosy|przezroczyste tło|przezroczyste tlo`,
  ),
  partialNude: terms(`bez góry|bez gory|bez góry od bikini|bez stanika|widać pierś|widac piers|widać piersi|widac piersi|było widać pierś|bylo widac piers|widać sutek|widac sutek`),
};
