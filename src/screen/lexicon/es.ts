import { terms, type Lexicon } from './types.ts';

export const es: Lexicon = {
  // "y" ("and"), a conjunction only where Spanish is plausible.
  conjunction: terms(`y`),
  remove: terms(
    `kitale|kitala|kitarle|kitenle|desaparezca*|desaparez*|no existiera|no existe|no estuviera|invisible|invisibles|desaparec*|quita*|quitar|quítale|quitale|sácale|sacale|saca*|elimina*|borra*|remueve*|retira*|desabrocha*|desabotona*|bájale|bajale|baja*|levanta*|levántale|subida|subidas|arranca*|sin nada de`,
  ),
  removeWeak: terms(`sin|fuera`),
  undressVerb: terms(
    `desviste*|desvestir*|desvístela|desvistela|encuera*|empelota*|déjala en pelotas|dejala en pelotas|déjala desnuda|dejala desnuda|ponla desnuda|desnúdala|desnudala|desnudar*|se le cae la toalla|la toalla se cae|que se caiga la toalla|toalla resbal*|se le resbala la toalla`,
  ),
  clothing: terms(
    `tela|la tela|ropa|prenda*|vestido*|camisa*|camiseta*|blusa*|top|suéter|sueter|jersey|sudadera*|falda*|pantalón*|pantalon*|pantalones|vaqueros|jeans|short|shorts|sostén|sosten|sujetador*|brasier|bra|bragas|bombacha|bombachas|bombachita|bombachitas|calzones|calzón|calzon|tanga|tangas|ropa interior|bikini*|traje de baño|traje de bano|bañador|banador|leggings|mallas|uniforme*|atuendo*|outfit*|bata|toalla|pijama*|lencería|lenceria|conjunto|parte de arriba|parte de abajo|todo lo que lleva|lo que lleva puesto`,
  ),
  nude: terms(
    `se vería sin nada|se veria sin nada|se vea sin nada|se viera sin nada|verla sin nada|verlo sin nada|sin nada encima|solo una sábana|solo con una sábana|cubierta solo por una sábana|debajo de la toalla|se le cae la toalla|se cae la toalla|y nada debajo|sin nada debajo|nada la cubre|nada lo cubre|nada los cubre|nada las cubre|nada cubre su cuerpo|nada cubre sus cuerpos|sin nada que la cubra|sin nada que los cubra|sin nada que lo cubra|desnudita|desnudito|encueradita|encueradito|peladita|sin marcas de bronceado|playa nudista|como eva en el paraíso|como eva en el paraiso|en la ducha desnuda|solo piel|sin un hilo|como dios la trajo al mundo|como vino al mundo|como su madre la trajo al mundo|en cueros|en pelotas|en bolas|no llevara nada|no lleva nada|no llevaba nada|no llevase nada|no tuviera nada puesto|no tiene nada puesto|olvidado vestirse|olvidado de vestirse|hubiera olvidado vestirse|olvidó ponerse ropa|olvido ponerse ropa|desnud*|en pelotas|en bolas|encuerad*|sin ropa|sin nada de ropa|sin nada puesto|nada puesto|en cueros|en topless|topless|como dios la trajo al mundo|olvidó vestirse|olvido vestirse|se olvidó de vestirse|se olvido de vestirse|se le olvidó vestirse|se le olvido vestirse|pintura corporal|nudista*|nudismo|al natural|sin prendas|sin ninguna prenda|en paños menores|en panos menores`,
  ),
  reveal: terms(
    `se vea a través|se vea a traves|ver a través|ver a traves|se transparente|transparentar|se vea todo|que se vea todo|transparente*|traslúcid*|traslucid*|rayos x|rayo x|mojad*|empapad*|ver a través|ver a traves|que se vea todo|que se transparente`,
  ),
  // A top raised "above the navel" is shortened: "súbele la blusa por encima del ombligo".
  reduce: terms(`por encima del ombligo|más corto*|mas corto*|más corta*|mas corta*|acorta*|más pequeñ*|mas pequen*|diminut*|ajustad*|escotad*|más escote|mas escote|revelador*|micro|mini`),
  reduceAlone: terms(
    `más piel|mas piel|enseñe más piel|ensene mas piel|menos ropa|menos tela|medio desnud*|semidesnud*|ligera de ropa|poca ropa|con poca ropa|ligerita de ropa|que se le caiga el tirante|se le cae el tirante|bájale el tirante|bajale el tirante|que se le caigan los tirantes`,
  ),
  skimpy: terms(
    `calzoncillo*|gayumbos|tanguita*|braguita*|calzoncito*|bikinito|bikinicito|sostencito|bikini*|traje de baño|traje de bano|bañador|banador|lencería|lenceria|ropa interior|bragas|bombacha|bombachas|bombachita|bombachitas|tanga|tangas|hilo dental|sostén|sosten|sujetador*|brasier|calzones|braguitas|ligueros|medias de red|corsé|corse|babydoll|solo una toalla|sólo una toalla|en toalla|en ropa interior`,
  ),
  sexualAct: terms(
    `haciendo el amor|hacen el amor|teniendo sexo|tienen sexo|follando|follan|sexo|sexual*|porno*|pornográfic*|pornografic*|follar|follando|follada|mamada|felación|felacion|masturba*|orgasmo*|erótic*|erotic*|explícit*|explicit*|coño|polla|pene|vagina|cachond*|piernas abiertas|abre las piernas|ábrele las piernas|a cuatro patas|en cuatro|obscen*|puta|prostitut*|guarra|guarro|cogiendo con|chingar|verga|culear|culeando|escena caliente|escena de sexo|follant|follar|lo cabalga|cabalgándolo|cabalgandolo|corrida en la cara|haciéndose una paja|haciendose una paja|hacerse una paja|pajote|chupándosela|chupandosela|comiéndole el coño|comiendole el cono|la toma por detrás|la toma por detras|la coge por detrás|la coge por detras|se la coge por detrás|se la folla por detrás`,
  ),
  sexualBody: terms(
    `senos|pechos|tetas|teta|pezón|pezon|pezones|nalgas|trasero|culo|escote|entrepierna|vello púbico|vello pubico|pechos más grandes|pechos mas grandes|tetas más grandes|tetas mas grandes|más busto|mas busto|chichis`,
  ),
  suggestive: terms(
    `portada de interviú|portada de interviu|portada de playboy|sexy|sensual*|seductor*|seductora*|provocativ*|provocador*|sugerente*|atrevid*|sexualiza*|insinuante*|coqueta*|pin up|boudoir|caliente y|muy caliente|más sexy|mas sexy`,
  ),
  minor: terms(
    `niño*|nino|ninos|niña*|nina|ninas|nene*|nena*|menor de edad|menores de edad|adolescente*|colegiala*|colegial*|escolar*|infantil|infante*|bebé|bebés|criatura*|chiquill*|crío*|crio|crios|cría|jovencita*|chavalita*|chamaca*|preadolescente*|púber|puber|de primaria|menos de 18|lolita*|en sexto|en primero de secundaria|en séptimo|en septimo`,
  ),
  minorWeak: terms(`chica|chicas|chico|chicos|muchacha*|muchacho*|hija|hijo|sobrina|joven|jovenes|jóvenes|estudiante*|alumna*|bebe|menor|menores`),
  person: terms(`ella|esta mujer|esta chica|este chico|este hombre|este tipo|la mujer|la chica|el hombre|mi esposa|mi mujer|mi novia|mi hermana|mi prima|mi amiga|su cuerpo`),
  realRef: terms(
    `mi ex|ex novia|mi exnovia|mi compañera|mi companera|compañera de clase|companera de clase|compañera de trabajo|companera de trabajo|mi compañero|mi vecina|vecina|mi profesora|profesora|mi maestra|maestra|mi jefa|jefa|mi cuñada|mi cunada|mi compañera de piso`,
  ),
  publicFigure: terms(`famosa|famosas|celebridad*|actriz|cantante|influencer|presentadora|política|politica|diputada|presidenta|youtuber`),
  consent: terms(
    `ella está de acuerdo|esta de acuerdo|está de acuerdo|ella aceptó|ella acepto|aceptó|consintió|consintio|consentimiento|consensuado|consensual|con su permiso|con permiso|ella quiere|ella dijo que sí|dijo que si|le parece bien|no le importa|ella lo pidió|ella lo pidio|ella me dejó|ella me dejo|me dio permiso`,
  ),
  adultClaim: terms(`es mayor de edad|mayor de edad|mayores de edad|es adulta|adulta|mayor de 18|tiene 18|más de 18|mas de 18`),
  benign: terms(
    `pelusa*|cordon*|cordón*|boton*|botón*|fondo|marca de agua|logo*|logotipo|texto|subtítulo*|subtitulo*|metadatos|exif|gafas|lentes|anteojos|sombrero|gorra|casco|máscara|mascara|mascarilla|bufanda|abrigo|chaqueta|chamarra|guantes|zapatos|botas|calcetines|pendientes|aretes|collar|joya*|pulsera|anillo|reloj|mancha*|arruga*|grano*|acné|acne|cicatriz*|tatuaje*|ojos rojos|sombra*|reflejo*|ruido|desenfoque|polvo|rayón|multitud|turistas|gente|coche*|carro*|señal*|senal*|letrero*|objeto*|etiqueta*|pegatina*|marco|borde|pelo|cabello|perro|gato|bolso|mochila|teléfono|telefono|celular|taza|ventana|vidrio|cristal|agua|botella|paraguas|lámpara|lampara|pared|cielo|nube*|mesa|silla|caja|pantalla|maniquí|maniqui|estatua*|muñeca*|muneca*|robot*|estampado|diseño|diseno|bolsillo*|cuello|manga*|capucha|cinturón|cinturon|color|la persona del fondo|persona del fondo|persona de atrás|persona de atras|marca|marcas|marquita`,
  ),
  negation: terms(`no|nada|menos|nunca|sin|evita*|mantén|manten|mantener|vestida|opaco*|opaca*|no tan`),
  replace: terms(`reemplaza*|cambia*|sustituye*|intercambia*|ponle|viste|vístela|vistela|cubre*|cubrir|tapa*|añade*|anade*|agrega*|en lugar de|en vez de|conviert*|transforma* en`),
  mask: terms(
    `estudiante universitaria|estudiantes universitarias|estudiante universitario|estudiantes universitarios|estudiante de medicina|estudiante de derecho|estudiante de enfermería|estudiante de enfermeria|estudiante de doctorado|se vería sin nada de|se veria sin nada de|se vería sin nada en|se veria sin nada en|se vea sin nada de|se viera sin nada de|verla sin nada de|verlo sin nada de|sin nada encima de|uno nude|una nude|tono nude|color nude|labial nude|tonos nude|polla mundialista|polla futbolera|la polla del mundial|polla de la oficina|polla gol|ojo desnudo|a ojo desnudo|simple vista|levantando pesas|levanta pesas|levantar pesas|levantamiento de pesas|mujer joven|mujeres jóvenes|mujeres jovenes|joven mujer|hombre joven|joven madre|pecho de pollo|pechuga|cáncer de mama|cancer de mama|color nude|tono nude|labial nude|arriba a la izquierda|arriba a la derecha|cambio menor|al por menor|menor tamaño|menor tamano|mal menor|en menor medida|menor cantidad|menor calidad|menor precio|menor detalle|agua caliente|café caliente|cafe caliente|sin fondo|sin marca de agua|sin texto|sin logo|comida picante|calle mojada|suelo mojado|piso mojado|pelo mojado|cabello mojado|fondo transparente|vaso transparente|conjunto de|nina ricci|la pelada|pelada del domingo|pelada de los domingos|pelada con los amigos|partido de pelada|bikini de jamón|bikini de jamon|bikini de jamón y queso|bikini mixto|sándwich bikini|sandwich bikini|bikini de york|barriga desnuda|panza desnuda|vientre desnudo|pies desnudos|pies descalzos|verga del barco|vergas del barco|verga del mástil`,
  ),
  partialNude: terms(`se le vea el pecho|se vea el pecho|se le vean los pechos|se le vea un pecho|se le vean las tetas|se le vea el pezón`),
};
