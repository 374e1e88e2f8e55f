import { terms, type Lexicon } from './types.ts';

export const nl: Lexicon = {
  // "en" is "and" in Dutch and "in" in Spanish and French ("la chica en bikini"), "a"/"one" in Swedish: a
  // conjunction only where Dutch is plausible.
  conjunction: terms(`en`),
  remove: terms(
    `er niet is|er niet zijn|er niet was|niet bestaat|niet bestond|onzichtbaar|verdwijn*|verwijder*|weghalen|haal weg|haal de|uittrekken|uittrek*|trek uit|doe uit|uitdoen|wissen|wis|knoop open|losknopen|naar beneden trekken|omhoog trekken|afdoen|afhalen|scheur*|trek haar|wegwerken|weggummen|eruit halen`,
  ),
  removeWeak: terms(`zonder|uit|weg|af|geen`),
  undressVerb: terms(
    `uitkleden|kleed uit|kleed haar uit|kleed hem uit|ontkleed*|ontbloot*|naakt maken|maak haar naakt|maak hem naakt|trek haar kleren uit|trek haar kleding uit|handdoek valt|handdoek glijdt|handdoek laten vallen|handdoek afglijdt`,
  ),
  clothing: terms(
    `de stof|kleren|kleding|kledij|jurk*|overhemd*|shirt*|t shirt*|bloes*|blouse*|topje|top|trui*|hoodie|rok|rokje|broek*|spijkerbroek|jeans|short|korte broek|bh|beha|ondergoed|onderbroek*|slipje|string|badpak*|bikini*|legging|panty|uniform*|outfit*|badjas|handdoek|pyjama|lingerie|alles wat ze aanheeft|wat ze aanheeft|hemd|hemdje|hemdjes`,
  ),
  nude: terms(
    `niets bedekt haar|niets bedekt hem|niets bedekt hen|niets bedekt haar lichaam|zonder iets dat haar bedekt|nakie|in haar nakie|in zijn nakie|in z n nakie|in je nakie|in adamskostuum|in evakostuum|spiernaakt|poedelnaakt|vergeten is zich aan te kleden|vergeten aan te kleden|vergat zich aan te kleden|naakt*|bloot|blote|topless|ontbloot*|zonder kleren|zonder kleding|niks aan|niets aan|helemaal niks aan|in adamskostuum|in evakostuum|vergeten zich aan te kleden|lichaamsverf|nudist*|naturist*|poedelnaakt|spiernaakt|moedernaakt`,
  ),
  reveal: terms(`doorschijn*|alles zichtbaar|je alles ziet|je er doorheen ziet|doorkijk*|doorzichtig*|transparant*|doorschijnend*|röntgen*|rontgen*|nat|natte|doorweekt|kletsnat|doorheen kijken`),
  reduce: terms(`korter*|inkorten|kleiner*|strakker*|strak|uitdagend*|laag uitgesneden|diep decolleté|diep decollete|piepklein*|micro|mini`),
  reduceAlone: terms(`meer huid|meer huid laten zien|minder kleding|minder kleren|minder stof|halfnaakt|half naakt|schaars gekleed|luchtig gekleed`),
  skimpy: terms(
    `lingerie*|kanten setje|bikini*|bikini*|badpak*|badkleding|zwemkleding|lingerie|ondergoed|onderbroek*|slipje*|string|tanga|bh|beha|jarretel*|netkousen|korset|negligé|negligee|alleen een handdoek|in ondergoed|in lingerie|onderbroek*|*ondergoed`,
  ),
  sexualAct: terms(
    `seks hebben|hebben seks|neuken|neukt|vrijen|vrijt|seks|seksueel|seksuele|porno*|neuken|neukend|pijpen|pijpbeurt|aftrekken|masturb*|orgasme*|erotisch*|erotiek|expliciet*|kut|lul|pik|benen wijd|wijdbeens|op handen en knieën|op handen en knieen|obsceen|hoer|slet|geile|opgewonden|seksfoto*|seksvideo*|seksscene*|seksplaatje*|neemt haar van achteren|neukt haar van achteren`,
  ),
  sexualBody: terms(`borsten|tieten|tepel*|billen|kont|reet|decolleté|decollete|schaamhaar|grotere borsten|grotere tieten|boezem`),
  suggestive: terms(`sexy|sensueel|sensuele|verleidelijk*|uitdagend*|pikant*|gewaagd*|seksualiseer*|pin up|boudoir|flirterig|geiler|sexier`),
  minor: terms(
    `kinderen|kindje*|een kind|het kind|dit kind|kleuter*|peuter*|baby|babys|zuigeling|tiener*|puber*|minderjarig*|schoolmeisje*|schooljongen*|scholier*|basisschool|middelbare school|brugklas*|jong meisje|klein meisje|onder de 18|jonger dan 18`,
  ),
  minorWeak: terms(`meisje|meisjes|jongen|jongens|dochter|zoon|nichtje|jong|studente|leerling*`),
  person: terms(`zij|haar|hem|hij|ze|deze vrouw|dit meisje|deze man|deze jongen|de vrouw|het meisje|de man|mijn vrouw|mijn vriendin|mijn zus|mijn nicht|haar lichaam`),
  realRef: terms(
    `mijn ex|ex vriendin|exvriendin|mijn klasgenote|klasgenote|klasgenoot|mijn collega|collega|mijn buurvrouw|buurvrouw|mijn lerares|lerares|juf|mijn baas|mijn huisgenote|mijn schoonzus`,
  ),
  publicFigure: terms(`beroemdheid|bekende nederlander|actrice|zangeres|influencer|presentatrice|politica|minister`),
  consent: terms(
    `ze vindt het goed|ze is akkoord|akkoord|ze heeft toestemming gegeven|toestemming|met haar toestemming|met toestemming|instemming|ze wil het|ze zei ja|ze vindt het niet erg|ze vroeg erom|met wederzijdse instemming`,
  ),
  adultClaim: terms(`ze is volwassen|volwassen|ze is meerderjarig|meerderjarig|boven de 18|ouder dan 18|ze is 18`),
  benign: terms(
    `vlek|vlekken|vlekje|prijskaartje*|kreukel*|kreuk|kreuken|pluisje*|pluis|koord*|knoop|knopen|kreukels|kreukel|vouwen|plooien|filters|achtergrond|watermerk|logo|tekst|bijschrift|ondertitel*|metadata|exif|bril|zonnebril|hoed|pet|helm|masker|sjaal|jas|jasje|handschoenen|schoenen|laarzen|sokken|oorbel*|ketting|sieraad|sieraden|armband|ring|horloge|vlek*|rimpel*|puistje*|acne|litteken*|tatoeage*|tattoo|rode ogen|schaduw*|reflectie*|ruis|onscherpte|kras*|menigte|toeristen|mensen|auto*|bord*|object*|etiket*|sticker*|lijst|rand|haren|hond|kat|tas|rugzak|telefoon|kopje|raam|glas|water|fles|paraplu|lamp|muur|lucht|wolk*|tafel|stoel|doos|scherm|paspop*|standbeeld*|pop|robot|patroon|print|kraag|mouw*|capuchon|riem|kleur|de persoon op de achtergrond|persoon op de achtergrond|voorbijganger*|vlek|vlekken|koffievlek*|kreuk|kreuken|pluisjes`,
  ),
  negation: terms(`niet|geen|nooit|minder|zonder|vermijd*|houd|hou|aangekleed|gekleed|ondoorzichtig*|niet te`),
  replace: terms(
    `ipv|i p v|doe haar in|doe hem in|trek haar|trek hem|vervang*|verwissel*|verander*|ruil*|trek aan|aantrekken|bedek*|voeg*|toevoegen|in plaats van|veranderen in|geef hem|geef haar|geef ze|doe hem|doe haar`,
  ),
  mask: terms(
    `blote voetjes|blote voeten|op blote voeten|blote oog|met het blote oog|blote ogen|naaktslak*|naaktzadig*|kipfilet|borstkanker|schoolbord|linksboven|rechtsboven|bovenaan|nude kleur|nude tinten|blote voeten|uit de foto|uit het beeld|uit de achtergrond|ziet er uit|natte weg|natte straat|natte vloer|nat haar|natte haren|transparante achtergrond`,
  ),
  partialNude: terms(`zonder topje|zonder bovenstukje|zonder bovenkant|zonder bh`),
};
