import { terms, type Lexicon } from './types.ts';

export const fr: Lexicon = {
  coverUp: terms(`plus sobre|plus sobres|plus couvrante|plus couvrant|plus pudique|plus décente|plus decente|plus modeste`),
  remove: terms(
    `dégage|dégager|degage|degager|n existait pas|n existe pas|n existerait pas|n etait pas la|invisible|invisibles|disparaitre|disparait*|disparu*|enlève*|enleve*|enlever|retire|retires|retirez|retirer|retiré|retirée|retirés|retirées|retirant|retirons|retirera|retirerai|retirerais|retirerait|retirerez|retireriez|retiriez|ôte|ôtes|ôtez|ôte lui|ôte moi|ôte la|ôte le|ôte les|ôtant|ôté|ôtée|ote|otes|ôter|supprime*|efface*|débarrasse*|debarrasse*|fais tomber|fait tomber|défais|defais|déboutonne*|deboutonne*|dézippe*|dezippe*|baisse*|soulève*|souleve*|arrache*|fais lui enlever|fais-lui enlever|sans plus`,
  ),
  removeWeak: terms(`sans|pas de|plus de|sauf`),
  undressVerb: terms(
    `dshabille*|dezabille*|déshab|deshab|dshab|désape*|desape*|dessape*|dépouille la|depouille la|déshabille*|deshabille*|dévêt*|devet*|dénude*|denude*|mets la à poil|mets-la à poil|fous la à poil|foutre à poil|déloquer|deloque*|mettre nue|mets la nue|mets-la nue|rends la nue|rends-la nue|la serviette glisse|serviette qui glisse|fais tomber sa serviette|la serviette tombe|serviette tombe`,
  ),
  clothing: terms(
    `tissu|le tissu|les tissus|vêtement*|vetement*|habit*|fringue*|tenue*|robe|robes|chemise*|chemisier*|t shirt*|tee shirt*|haut|hauts|pull|pulls|sweat|jupe*|pantalon*|jean|jeans|short|shorts|soutien gorge*|soutif*|culotte*|sous vêtement*|sous vetement*|slip|slips|maillot*|bikini*|legging*|collant*|uniforme*|pyjama*|nuisette*|lingerie|débardeur*|debardeur*|caleçon*|calecon*|peignoir|serviette|tout ce qu elle porte|ce qu elle porte|combinaison|combinaisons|combi|combis|combinaison de plongée|combinaison de plongee|combinaison intégrale|combinaison integrale|combi de surf|maillot une pièce|maillot une piece|maillot 1 pièce`,
  ),
  nude: terms(
    `et rien dessous|et rien en dessous|rien en dessous|seulement un drap|juste un drap|enveloppée d un drap|sous la serviette|la serviette tombe|serviette qui tombe|la serviette glisse|rien ne la couvre|rien ne le couvre|rien ne les couvre|rien ne couvre son corps|rien ne couvre leurs corps|sans rien pour la couvrir|sans rien pour les couvrir|sans traces de bronzage|plage naturiste|comme ève au paradis|comme eve au paradis|sous la douche nue|rien que sa peau|sans un fil|comme sa mère l a faite|comme sa mere l a faite|comme au premier jour|tt nu|tt nue|tte nue|toute nu|tou nu|a poal|à oilp|a oilp|apwal|a pwal|nu comme un ver|nue comme un ver|ss vetements|ss vêtements|sans vetmt|sans vtmt|ne portait rien|ne porte rien|ne portant rien|ne porterait rien|ne portait plus rien|apoil|apoile|nue|nues|nudité|nudite|à poil|a poil|tout nu|toute nue|tous nus|toutes nues|dénudée*|denudee*|seins nus|torse nu|nu intégral|nu integral|en tenue d ève|en tenue d eve|en tenue d adam|plus rien sur elle|rien sur elle|rien sur le dos|sans rien sur|sans aucun vêtement|sans aucun vetement|sans vêtements|sans vetements|sans habits|oublié de s habiller|oublie de s habiller|oubliée de s habiller|peinture corporelle|peinture sur le corps|naturiste*|nudiste*|photo de nu|photos de nu|en petite tenue|corps nu|corps nus|homme nu|hommes nus|garçon nu|garcon nu|mec nu|mecs nus|gars nu|type nu|mari nu|copain nu|voisin nu|collègue nu|collegue nu|prof nu|patron nu|entièrement nu|entierement nu|complètement nu|completement nu|rends le nu|mets le nu|fais le nu|montre le nu|rends les nus|mets les nus|fais les nus|montre les nus|il est nu|ils sont nus|qu il soit nu|qu ils soient nus|à moitié nu|a moitie nu`,
  ),
  reveal: terms(
    `voie à travers|voir à travers|on voit à travers|qu on voie à travers|transparaître|transparaitre|en transparence|qu on voie tout|on voit tout|transparent*|translucide*|voir à travers|voir a travers|rayons x|rayon x|radiographie|mouillé*|mouille*|trempé*|trempe*|on voit à travers|on voit a travers|voir dessous|ce qu il y a dessous`,
  ),
  reduce: terms(`plus court*|raccourci*|plus petit*|minuscule*|échancré*|echancre*|décolleté plongeant|decollete plongeant|plus décolleté|plus decollete|moulant*|ultra court*|mini`),
  reduceAlone: terms(
    `moins de vêtements|moins de vetements|moins habillée|moins habillee|moins de tissu|plus de peau|montre plus de peau|montrer plus de peau|à moitié nue|a moitie nue|à demi nue|légèrement vêtue|legerement vetue|peu vêtue|peu vetue|tenue légère|tenue legere|bretelle qui tombe|fais tomber la bretelle|la bretelle tombe|bretelles qui tombent|fais glisser la bretelle`,
  ),
  skimpy: terms(
    `bikini*|maillot de bain|maillot deux pièces|maillot deux pieces|lingerie|sous vêtements|sous vetements|sous vêtement|sous vetement|culotte*|en string|soutien gorge*|soutif*|nuisette*|porte jarretelle*|porte-jarretelles|bas résille|bas resille|guêpière|guepiere|en serviette|juste une serviette|seulement une serviette|en slip|slip moulant|slip de bain`,
  ),
  sexualAct: terms(
    `coucher avec une femme|coucher avec un homme|coucher avec une fille|coucher avec elle|coucher avec lui|couche avec elle|couche avec lui|couchent ensemble|coucher ensemble|en train de coucher|en train de fourrer|se faire fourrer|se fait fourrer|fourre-la|fourre la|fourrer sa|fourrer une fille|fourrer une femme|baisent|baisant|qui baisent|en train de baiser|font l amour|faire l amour|sexe|sexuel*|sexuelle*|porno*|pornographi*|baiser avec|baise|baiser sa|fellation|pipe à|masturb*|orgasme*|érotique*|erotique*|chatte|bite|sodomie|partouze|coït|coit|obscène*|obscene*|à quatre pattes|a quatre pattes|jambes écartées|jambes ecartees|écarte les jambes|ecarte les jambes|écarter les jambes|pénis|penis|vagin*|couilles|branle*|sucer|suce|salope|salopes|pute|putain de|prostitu*|excitée|excitee|cochonne|cochonnes|cochonneri*|x rated|contenu adulte|film x|scène chaude|scene chaude|scène hot|scene hot|scène de sexe|plan à trois|plan a trois|tailler une pipe|fait une pipe|faire une pipe|pipe dans les toilettes|se branle|branlette|éjac faciale|ejac faciale|sperme sur le visage|baise|baisent|se fait baiser|la prend par derrière|la prend par derriere|la prendre par derrière|la prendre par derriere|la baise par derrière`,
  ),
  sexualBody: terms(`seins|poitrine*|tétons|tetons|téton|teton|mamelon*|fesses|décolleté|decollete|entrejambe|pubis|gros seins|plus gros seins|nichons|cul|plus de poitrine|poitrine plus grosse`),
  suggestive: terms(
    `sexy|séduisante*|seduisante*|aguicheu*|provocant*|provocante*|suggestif*|suggestive*|lascive*|lascif|sensuelle*|sensuel|coquine*|boudoir|pin up|pose lascive|sulfureuse*|torride*|affriolant*|sexualise*|sexualisé*|sexualisee*|bombe sexuelle|plus sexy`,
  ),
  minor: terms(
    `enfant*|gamin*|gosse*|fillette*|petite fille*|petit garçon*|petit garcon*|bébé*|bebes|nourrisson*|ado|ados|adolescent*|adolescente*|mineur|mineure*|mineurs|collégienne*|collegienne*|collégien*|collegien*|lycéenne*|lyceenne*|lycéen*|lyceen*|écolière*|ecoliere*|écolier*|ecolier*|préado*|preado*|pré ado*|pre ado*|gamine*|moins de 18 ans|pas majeure|pas encore majeure|en primaire|en sixième|en sixieme|en 6e|en 5e|en 4e|en 3e|en cinquième|en cinquieme|en quatrième|en quatrieme|collégienne|collegienne`,
  ),
  minorWeak: terms(`fille|filles|garçon|garcon|jeune fille|petite|étudiante|etudiante|élève|eleve|jeune|bebe`),
  person: terms(`elle|lui|cette femme|cette fille|ce mec|cet homme|la femme|la fille|l homme|ma femme|ma copine|ma meuf|ma sœur|ma soeur|ma cousine|mon amie|son corps|la meuf|cette meuf`),
  realRef: terms(
    `mon ex|ma ex|mon ex copine|ma collègue|ma collegue|mon collègue|mon collegue|ma camarade|camarade de classe|camarade de classe|ma voisine|la voisine|ma prof|ma professeure|ma patronne|ma cheffe|mon patron|ma coloc|ma belle sœur|ma belle soeur|une collègue|une collegue|fille de ma classe|une fille de ma classe|une camarade`,
  ),
  publicFigure: terms(`célébrité*|celebrite*|une star|actrice|chanteuse|influenceuse|youtubeuse|streameuse|présidente|presidente|ministre|députée|deputee|présentatrice|presentatrice`),
  consent: terms(
    `elle est d accord|elle a accepté|elle a accepte|elle est consentante|consentante|consentement|avec son accord|avec sa permission|avec son autorisation|elle m a donné son accord|elle m a donne son accord|elle veut bien|elle a dit oui|elle l a demandé|elle l a demande|ça la dérange pas|ca la derange pas|ça ne la dérange pas|elle est ok|elle est partante`,
  ),
  adultClaim: terms(`elle est majeure|majeure|majeur|elle a plus de 18 ans|plus de 18 ans|elle est adulte|adulte`),
  benign: terms(
    `peluche*|bouloche*|cordon*|bouton*|filtre*|plis|pli|froissure*|arrière plan|arriere plan|fond|filigrane*|logo*|texte|légende|legende|métadonnées|metadonnees|données exif|lunettes|chapeau|casquette|casque|masque|écharpe|echarpe|manteau|veste|blouson|gants|chaussures|bottes|chaussettes|boucle d oreille|boucles d oreilles|collier|bijou*|bracelet|bague|montre|tache*|ride|rides|bouton|boutons d acné|acné|acne|cicatrice*|tatouage*|yeux rouges|ombre*|reflet*|bruit|grain|flou|poussière|poussiere|rayure*|foule|touriste*|gens|voiture*|panneau*|objet*|étiquette*|etiquette*|autocollant*|cadre|bordure|cheveux|chien|chat|sac|téléphone|telephone|tasse|fenêtre|fenetre|verre|eau|bouteille|parapluie|lampe|mur|ciel|nuage*|table|chaise|boîte|boite|écran|ecran|statue*|poupée*|poupee*|robot*|motif|imprimé|imprime|marque|poche*|col|manche*|capuche|ceinture|couleur|la personne en arrière plan|la personne en arriere plan|personne derrière|personne derriere|le passant|les passants`,
  ),
  negation: terms(`pas|non|moins|jamais|sans|ne pas|pas trop|éviter|eviter|évite|evite|garde la|garde-la|habillée|habillee|habillé|habille|opaque|plus opaque`),
  replace: terms(
    `remplace*|change*|échange*|echange*|mets lui|mets-lui|met lui|habille*|couvre*|couvrir|ajoute*|au lieu de|à la place de|a la place de|transforme* en|mettre|mets leur|leur mettre|mets lui un|mettez lui|mettez leur|au lieu du|au lieu d|à la place du|a la place du`,
  ),
  mask: terms(
    `étudiante en médecine|etudiante en medecine|étudiante en droit|etudiante en droit|étudiante à l université|etudiante a l universite|étudiante universitaire|etudiante universitaire|étudiants universitaires|étudiante en master|doctorante|couleur nude|ton nude|rouge à lèvres nude|tons nude|sexe du bébé|sexe du bebe|révélation du sexe|revelation du sexe|le sexe de l enfant|sexe de leur bébé|sexe de leur bebe|déshabiller pierre pour habiller paul|deshabiller pierre pour habiller paul|pieds nus|bite d amarrage|bites d amarrage|bitte d amarrage|haut parleur|haut parleurs|maillot de foot|maillot de football|maillot jaune|maillot de l equipe|jeune femme|jeunes femmes|jeune homme|jeune mère|jeune mere|jeune maman|jeune couple|jeune mariée|jeune mariee|rouge à lèvres nude|rouge a levres nude|couleur nude|ton nude|tons nude|vernis nude|maquillage nude|poitrine de poulet|blanc de poulet|cancer du sein|en haut|haut de l image|le haut de|en haut à gauche|en haut a gauche|en haut à droite|en haut a droite|vers le haut|du haut|haut de gamme|fond d écran|fond d ecran|court métrage|court metrage|la mineur|mi mineur|ré mineur|re mineur|do mineur|sol mineur|fa mineur|si mineur|mineur détail|détail mineur|detail mineur|changement mineur|ajustement mineur|modification mineure|robe de chambre|mouille la pelouse|pull over|un nude|nude rosé|nude rose|à l œil nu|a l oeil nu|à l oeil nu|a l œil nu`,
  ),
};
