import { terms, type Lexicon } from './types.ts';

export const de: Lexicon = {
  remove: terms(
    `nicht da|nicht vorhanden|nicht existier*|nicht gäbe|unsichtbar*|verschwind*|verschwunden|entfern*|ausziehen|auszieh*|zieh ihr|zieh ihm|nimm weg|nimm ihr|wegnehm*|ablegen|abnehmen|runterziehen|herunterziehen|lösch|losch|lösche*|losche*|reiß ab|reiss ab|reiß ihr|reiss ihr|lüfte*|lufte*|hochziehen|hochheben|aufknöpf*|aufknopf*|öffne*|offne*|streif ab|abstreifen|zieh runter|zieh hoch|wegmach*|weg machen|mach weg|rausmach*|rausnehm*|wegretuschier*|rausretuschier*`,
  ),
  removeWeak: terms(`ohne|aus|weg|ab|kein|keine|keinen|runter`),
  undressVerb: terms(
    `hose runter|hosen runter|die hose runter|hose runterziehen|untenrum frei|untenrum nackt|rock hochziehen|rock hochheben|rock anheben|rock lüften|rock luften|rock hochgezogen|zieh ihren rock hoch|heb ihren rock hoch|heb ihr den rock|kleid hochziehen|kleid hochheben|rock weg|rock aus|rock runter|bh weg|bh aus|bh ab|höschen weg|hoschen weg|entkleid*|zieh sie aus|zieh ihn aus|ziehe sie aus|zieh sie ganz aus|mach sie nackt|mach ihn nackt|nackt machen|nackig machen|ausgezogen|auskleiden|auskleid*|handtuch rutscht|handtuch fällt|handtuch fallt|handtuch runterrutsch*|handtuch herunterrutsch*|rock hochweh*|rock hochgeweht`,
  ),
  clothing: terms(
    `dirndl|dirndlkleid|tracht|stoff|der stoff|kleidung|klamotten|klamotte|kleid|kleider|kleidchen|outfit*|hemd*|t shirt*|shirt|oberteil*|bluse*|pullover|pulli|hoodie|röcke|röckchen|minirock|hose|hosen|jeans|shorts|bh|bhs|unterwäsche|unterwasche|unterhose*|höschen|hoschen|slip|tanga|badeanzug*|bikini*|leggings|strumpfhose*|uniform*|bademantel|handtuch|schlafanzug|pyjama|dessous|top|trägerhemd*|tragerhemd*|kostüm*|kostum*|alles was sie anhat|was sie anhat|was sie trägt|was sie tragt`,
  ),
  nude: terms(
    `nur mit einem lächeln|nur ein lächeln an|nur mit einem laken|nur ein laken|unter dem handtuch|handtuch fällt|handtuch rutscht|und nichts drunter|nichts darunter|nichts bedeckt sie|nichts bedeckt ihn|nichts bedeckt ihren körper|nichts bedeckt ihren korper|nichts bedeckt seinen körper|nichts bedeckt ihre körper|nichts verhüllt sie|nichts verhullt sie|blutt|nackert|nackig|nakig|ohni chleider|ohne kleider|ohni chleid|ohne bräunungsstreifen|ohne braunungsstreifen|fkk strand|wie eva im paradies|unter der dusche nackt|nur haut|ohne einen faden|wie gott sie schuf|wie gott ihn schuf|im adamskostüm|im evakostüm|aktmodell|als akt|aktbild|akte malen|aktmalerei|nackt*|nackig*|splitternackt*|oben ohne|unten ohne|unbekleidet*|nacktheit|nudist*|fkk|ohne kleidung|ohne klamotten|ohne was an|nichts an|nichts anhaben|hat nichts an|im adamskostüm|im adamskostum|im evakostüm|im evakostum|vergessen sich anzuziehen|vergessen hat sich anzuziehen|vergaß sich anzuziehen|körperbemalung|korperbemalung|bodypainting|entblößt*|entblosst*|hüllenlos|hullenlos|freizügig nackt|aktfoto*|aktbild*|akt foto|adamskostüm|adamskostum|evaskostüm|evaskostum|im evaskostüm`,
  ),
  reveal: terms(
    `durchscheinen|durchscheint|durchscheinend|man alles sieht|alles sichtbar|durchsehen kann|durchgucken|durchsichtig*|transparent*|durchscheinend*|röntgen*|rontgen*|nass|nasse*|nassen|klatschnass*|durchnässt*|durchnasst*|man sieht durch`,
  ),
  reduce: terms(`kürzer*|kurzer*|knapper*|knapp*|enger*|freizügig*|freizugig*|tiefer ausschnitt|tief ausgeschnitten*|tiefer ausgeschnitten*|winzig*|bauchfrei|mini`),
  reduceAlone: terms(
    `mehr haut|mehr haut zeigen|weniger kleidung|weniger klamotten|weniger stoff|halbnackt*|halb nackt*|spärlich bekleidet|sparlich bekleidet|knapp bekleidet|leicht bekleidet|freizügiger|freizugiger|träger von ihrer schulter rutschen|trager von ihrer schulter rutschen|träger rutscht|träger rutschen|von der schulter rutschen|von den schultern rutschen`,
  ),
  skimpy: terms(
    `bikini*|badeanzug*|bademode|badehose|dessous|reizwäsche|reizwasche|unterwäsche|unterwasche|unterhose*|höschen|hoschen|tanga|tangas|string tanga|bh|negligé|negligee|korsett|strapse*|netzstrümpfe|netzstrumpfe|nur ein handtuch|nur im handtuch|in unterwäsche|in unterwasche`,
  ),
  sexualAct: terms(
    `poppen|beim poppen|poppt|gepoppt|poppe sie|poppt sie|haben sex|beim sex|sex haben|vögeln|vogeln|bumsen|treiben es|liebe machen|sex|sexuell*|porno*|pornografi*|ficken|fick*|vögeln|vogeln|blowjob|orgasmus|masturbier*|wichs*|erotisch*|erotik|geschlechtsverkehr|muschi|penis|vagina|intime|intimen|intimbereich|intimfoto*|intimrasur|obszön*|obszon*|beine gespreizt|gespreizte beine|spreiz die beine|auf allen vieren|versaut*|schlampe|nutte|hure|geil*|erregt|sexy pose nackt|heiße szene|heisse szene|sexszene|reitet ihn|reitet auf ihm|sperma im gesicht|holt sich einen runter|hol dir einen runter|wichst|wichsen|einen blasen|bläst ihm einen|blast ihm einen|gesichtsbesamung|nimmt sie von hinten|sie von hinten nehmen|fickt sie von hinten`,
  ),
  sexualBody: terms(`brüste|bruste|busen|titten|nippel|brustwarze*|hintern|arsch|dekolleté|dekollete|schamhaar*|größere brüste|grossere bruste|großer busen|grosser busen|oberweite|möpse|mopse`),
  suggestive: terms(`sexy|verführerisch*|verfuhrerisch*|aufreizend*|lasziv*|sinnlich*|anzüglich*|anzuglich*|pin up|boudoir|sexualisier*|kokett*|provokant*|provokativ*|heiß aussehen|heiss aussehen`),
  minor: terms(
    `kinder|kindern|kindes|ein kind|das kind|dem kind|kindlich*|kleinkind*|baby|babys|säugling*|saugling*|teenie*|teenager*|jugendlich*|minderjährig*|minderjahrig*|schulmädchen|schulmadchen|schüler|schuler|schülerin*|schulerin*|kleines mädchen|kleines madchen|junges mädchen|junges madchen|unter 18|grundschul*|mittelstufe|unter achtzehn|in der siebten klasse|in der 7. klasse|in der sechsten klasse|in der achten klasse|siebtklässlerin|siebtklasslerin|achtklässlerin|sechstklässlerin`,
  ),
  minorWeak: terms(`mädchen|madchen|junge|jungs|tochter|sohn|studentin|jung`),
  person: terms(
    `sie|ihr|ihn|ihm|diese frau|dieses mädchen|dieses madchen|dieser mann|der typ|die frau|das mädchen|das madchen|meine frau|meine freundin|meine schwester|meine cousine|ihren körper|ihren korper`,
  ),
  realRef: terms(
    `meine ex|meiner ex|mein ex|meine exfreundin|ex freundin|exfreundin|meine kollegin|kollegin|meine mitschülerin|mitschülerin|mitschulerin|klassenkameradin|meine nachbarin|nachbarin|meine lehrerin|lehrerin|meine chefin|chefin|meine mitbewohnerin|mitbewohnerin|meine schwägerin|meine schwagerin`,
  ),
  publicFigure: terms(`prominente*|promi|promis|schauspielerin|sängerin|sangerin|influencerin|politikerin|moderatorin|bundeskanzler*|ministerin`),
  consent: terms(
    `sie ist einverstanden|einverstanden|sie hat zugestimmt|zugestimmt|einwilligung|mit ihrer erlaubnis|mit erlaubnis|sie will das|sie hat ja gesagt|sie hat es erlaubt|sie erlaubt es|es ist einvernehmlich|einvernehmlich|sie mag das|sie hat nichts dagegen|mit ihrem einverständnis|mit ihrem einverstandnis`,
  ),
  adultClaim: terms(`sie ist volljährig|volljährig|volljahrig|erwachsen*|über 18|uber 18|sie ist 18`),
  benign: terms(
    `fleck|flecken|preisschild*|etikett*|knitter*|fussel*|flusen|knötchen|knotchen|kordel*|knopf|knöpfe|knopfe|hintergrund|wasserzeichen|logo|text|beschriftung|metadaten|exif|brille|sonnenbrille|hut|mütze|mutze|kappe|helm|maske|schal|mantel|jacke|handschuhe|schuhe|stiefel|socken|ohrring*|halskette|kette|schmuck|armband|ring|uhr|fleck*|falte*|pickel|akne|narbe*|tattoo*|tätowierung*|tatowierung*|rote augen|schatten|spiegelung*|rauschen|unschärfe|unscharfe|staub|kratzer|menschenmenge|touristen|leute|auto*|schild*|objekt*|etikett*|aufkleber|rahmen|rand|haare|hund|katze|tasche|rucksack|handy|tasse|fenster|glas|wasser|flasche|regenschirm|lampe|wand|himmel|wolke*|tisch|stuhl|kiste|bildschirm|puppe*|schaufensterpuppe*|statue*|roboter|muster|aufdruck|marke|kragen|ärmel|armel|kapuze|gürtel|gurtel|farbe|person im hintergrund|die person im hintergrund|passant*`,
  ),
  negation: terms(`nicht|kein|keine|keinen|nie|weniger|ohne|vermeide*|bleib*|angezogen|bekleidet|blickdicht|undurchsichtig*|nicht zu`),
  replace: terms(`ersetz*|tausch*|änder*|wechsel*|verwandel*|bedeck*|anziehen|zieh ihr|füge*|fuge*|hinzufüg*|hinzufug*|statt|anstatt|stattdessen`),
  mask: terms(
    `träger vom bh|trager vom bh|bh träger|bh trager|bh-träger|bh-trager|träger des bhs|trager des bhs|nackte füße|nackten füßen|nackte fusse|nackten fussen|nackte füsse|barfuß|barfuss|nacktkuchen*|nackttorte*|nacktschneck*|nacktmull*|nacktsamer*|nacktsamig*|junge frau|junge frauen|jungen frau|junger mann|junge mutter|nude farbe|nude töne|nude tone|nude lippenstift|hähnchenbrust|hahnchenbrust|brustkrebs|brustschwimmen|brusttasche|oben links|oben rechts|oben im bild|nach oben|rock musik|rockmusik|rock band|rockband|rockkonzert|rock konzert|aus dem bild|aus der ecke|aus dem hintergrund|sieht aus|sehen aus|aus holz|aus glas|aus stein|aus metall|aus papier|aus plastik|schalte aus|licht aus|nass geschwitzt|nasse straße|nasse strasse|nasser boden|intimsphäre|intimsphare|kinderleicht|hosentasche|bürste|burste|bürsten|bursten|haarbürste|haarburste|zahnbürste|zahnburste|kleiderbürste`,
  ),
  objectTarget: terms(`beton|betonwand|betonwände|mauer|mauerwerk|ziegel|backstein|wände|wande|esstisch|tisch|tische|tisches`),
};
