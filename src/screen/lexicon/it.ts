import { terms, type Lexicon } from './types.ts';

export const it: Lexicon = {
  // "e" ("and"), a conjunction only where Italian is plausible.
  conjunction: terms(`e`),
  remove: terms(
    `non esistesse|non ci fosse|non esiste|invisibil*|sparire|sparisc*|scompar*|togli*|togliere|toglile|leva|levare|levate|levale|levagli|levatele|rimuovi*|rimuovere|elimina*|cancella*|sfila*|sfilale|sbottona*|abbassa*|alza*|solleva*|strappa*`,
  ),
  removeWeak: terms(`senza|via|niente`),
  undressVerb: terms(
    `spoglia*|svesti*|denuda*|mettila nuda|rendila nuda|falla nuda|falla spogliare|toglile i vestiti|togli i vestiti|scivolare l asciugamano|asciugamano scivol*|cade l asciugamano|cadere l asciugamano|lenzuolo che scivola`,
  ),
  clothing: terms(
    `pezzo di sopra|pezzo di sotto|pezzo sopra|pezzo sotto|tessuto|stoffa|vestiti|vestito|vestitino|abiti|abito|indumenti|indumento|abbigliamento|camicia*|camicetta*|maglietta*|maglia*|t shirt*|top|felpa*|maglione*|gonna*|gonne|gonnellina|pantaloni|jeans|shorts|pantaloncini|reggiseno*|mutande|mutandine|perizoma|costume|costume da bagno|bikini*|leggings|collant|divisa*|uniforme*|outfit*|accappatoio|asciugamano|pigiama*|lingerie|intimo|biancheria intima|tutto quello che indossa|quello che indossa`,
  ),
  nude: terms(
    `solo un lenzuolo|solo con un lenzuolo|coperta solo da un lenzuolo|sotto l asciugamano|cade l asciugamano|le cade l asciugamano|e niente sotto|senza niente sotto|niente la copre|nulla la copre|niente lo copre|niente li copre|nulla li copre|niente copre il suo corpo|niente copre i loro corpi|senza niente a coprirla|senza nulla a coprirla|senza segni del costume|spiaggia nudista|come eva nel paradiso|sotto la doccia nuda|solo pelle|senza un filo|come mamma l ha fatta|come mamma l ha fatto|nuda come un verme|nuda|nude|nudo|nudi|nudità|nudita|svestit*|spogliat*|senza vestiti|senza niente addosso|niente addosso|in topless|topless|come mamma l ha fatta|dimenticato di vestirsi|dimenticata di vestirsi|pittura sul corpo|body painting|nudista*|naturista*|a seno nudo|seminuda`,
  ),
  reveal: terms(
    `si veda attraverso|vedere attraverso|in trasparenza|si veda tutto|che si veda tutto|trasparent*|trasparenza|vedo non vedo|semitrasparent*|raggi x|bagnat*|fradici*|vedere attraverso|si vede attraverso`,
  ),
  reduce: terms(`più cort*|piu cort*|accorcia*|più piccol*|piu piccol*|minuscol*|attillat*|scollat*|più scollat*|piu scollat*|rivelator*|succint*|micro|mini`),
  reduceAlone: terms(
    `vestire meno|vestire un po meno|vestirla un po meno|vestita un po meno|vestirla meno|vestita meno|vestito meno|meno vestita|meno vestito|meno vestiti addosso|più pelle|piu pelle|mostra più pelle|mostra piu pelle|meno vestiti|meno stoffa|mezza nuda|semi nuda|poco vestita|scarsamente vestita|vestita poco|spallina che scende|fai scendere la spallina|falle scendere la spallina`,
  ),
  skimpy: terms(
    `il costume|in costume|col costume|costumino|i costumi|in costumi|costumini|costumi da bagno|costume intero|bikini*|costume da bagno|costume intero|due pezzi|lingerie|intimo|biancheria intima|mutandine|mutande|perizoma|tanga|reggiseno*|reggicalze|calze a rete|corsetto|babydoll|solo un asciugamano|in asciugamano|in intimo|in mutande`,
  ),
  sexualAct: terms(
    `feticism*|feticist*|fetish|fare l amore|fanno l amore|fanno sesso|scopare|sesso|sessual*|porno*|pornografic*|scopare|scopata|pompino|masturba*|orgasmo*|erotic*|esplicit*|figa|cazzo|pene|vagina|gambe aperte|a gambe aperte|a quattro zampe|osceno*|oscena*|troia|puttana|prostitut*|eccitat*|arrapat*|porca|scena hot|scena bollente|scena di sesso|lo cavalca|cavalcarlo|leccano la fica|leccare la fica|fica|sborra|sborrata|pompino|si fa una sega|scopata|scopano|la prende da dietro|la prende da dietro|la scopa da dietro`,
  ),
  sexualBody: terms(`seno|seni|tette|tettona|capezzol*|sedere|culo|chiappe|scollatura|inguine|pube|seno più grande|seno piu grande|tette più grandi|tette piu grandi`),
  suggestive: terms(`sexy|sensual*|seducent*|provocant*|ammiccant*|maliziosa*|sensuale|sessualizza*|pin up|boudoir|audace|osé|più sexy|piu sexy`),
  minor: terms(
    `bambin*|bambina|bambine|bimba*|bimbo|bimbi|ragazzina*|ragazzino*|neonat*|infante*|adolescent*|minorenne*|liceale*|scolaretta*|scuola media|scuola elementare|alle elementari|preadolescent*|sotto i 18|meno di 18|in prima media|in seconda media|in terza media`,
  ),
  minorWeak: terms(`ragazza|ragazze|ragazzo|ragazzi|figlia|figlio|nipote|giovane|studentessa|studente|alunna|minore|minori`),
  person: terms(`lei|lui|questa donna|questa ragazza|questo ragazzo|quest uomo|questo uomo|la donna|la ragazza|l uomo|mia moglie|la mia ragazza|mia sorella|mia cugina|la mia amica|il suo corpo`),
  realRef: terms(
    `la mia ex|mia ex|la mia collega|collega|compagna di classe|la mia compagna di classe|la mia vicina|vicina di casa|la mia prof|professoressa|la mia capa|la mia coinquilina|mia cognata`,
  ),
  publicFigure: terms(`famosa|celebrità|celebrita|attrice|cantante|influencer|conduttrice|politica|deputata|presidente del consiglio|ministra`),
  consent: terms(
    `lei è d accordo|e d accordo|è d accordo|d accordo|ha acconsentito|acconsentito|consenso|consensuale|con il suo permesso|con permesso|lei vuole|ha detto di sì|ha detto di si|le sta bene|non le dispiace|me l ha chiesto lei`,
  ),
  adultClaim: terms(`è maggiorenne|e maggiorenne|maggiorenne|maggiorenni|adulta|è adulta|più di 18|piu di 18`),
  benign: terms(
    `pelucchi*|cartellin*|laccio|lacci|bottone|bottoni|pieghe|piega|grinze|grinza|filtri|filtro|sfondo|filigrana|logo*|testo|didascalia|sottotitol*|metadati|exif|occhiali|cappello|berretto|casco|maschera|mascherina|sciarpa|cappotto|giacca|giubbotto|guanti|scarpe|stivali|calzini|orecchin*|collana|gioiell*|braccialetto|anello|orologio|macchia*|rughe|ruga|brufol*|acne|cicatric*|tatuagg*|occhi rossi|ombra|ombre|riflesso*|riflessi|rumore|grana|sfocatura|polvere|graffio*|folla|turisti|gente|persone|auto|macchina|cartello*|oggetto*|etichetta*|adesivo*|cornice|bordo|capelli|cane|gatto|borsa|zaino|telefono|cellulare|tazza|finestra|vetro|acqua|bottiglia|ombrello|lampada|muro|parete|cielo|nuvol*|tavolo|sedia|scatola|schermo|manichino*|statua*|bambola*|robot|fantasia|stampa|disegno|tasca*|colletto|manica|maniche|cappuccio|cintura|colore|la persona sullo sfondo|persona sullo sfondo|persona dietro`,
  ),
  negation: terms(`non|no|meno|mai|senza|niente|nessuna|nessun|evita*|mantieni|vestita|opaco*|opaca*|non troppo`),
  replace: terms(
    `mettila in|mettilo in|mettile|mettigli|vestila con|vestila in|sostituisci*|sostituire|cambia*|scambia*|mettile|metti|copri*|coprire|aggiungi*|invece di|al posto di|trasforma* in|mettergli|mettile|mettigli|metti loro|mettere`,
  ),
  mask: terms(
    `costume da carnevale|costumi da carnevale|costume di carnevale|costumi di carnevale|costume di halloween|costumi di halloween|costume da supereroe|costumi da supereroe|costume da principessa|costume da pirata|costume di scena|costumi di scena|costume tradizionale|costumi tradizionali|in costume da carnevale|in costume di carnevale|in costume di halloween|in costume da supereroe|in costume da principessa|in costume da pirata|in costume di scena|in costume tradizionale|in costumi da carnevale|in costumi di halloween|in costumi tradizionali|studentessa universitaria|studentesse universitarie|studente universitario|studentessa di medicina|studentessa di giurisprudenza|dottoranda|colore nude|tono nude|rossetto nude|toni nude|piedi nudi|a piedi nudi|occhio nudo|a occhio nudo|parete nuda|pareti nude|muro nudo|verità nuda|la nuda verità|nuda verità|giovane donna|giovani donne|donna giovane|giovane uomo|giovane madre|petto di pollo|cancro al seno|tumore al seno|in alto a sinistra|in alto a destra|colore nude|tono nude|rossetto nude|strada bagnata|pavimento bagnato|capelli bagnati|sfondo trasparente|vetro trasparente|un po|cioccolata bollente|acqua bollente|tè bollente|te bollente|brodo bollente`,
  ),
  someone: terms(`tizio|tizia|tipo|tipa|signore|passante|passanti|turisti|turista`),
  partialNude: terms(`senza il pezzo di sopra|senza il pezzo sopra|senza la parte di sopra|senza il sopra|senza reggiseno`),
};
