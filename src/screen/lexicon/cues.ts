import { terms, type Lexicon } from './types.ts';

/**
 * Two cues for the decision layer (see ../cues.ts), words and short phrases per language, written
 * from general knowledge of each language (no request's sentence):
 * - `coverCue`: covering, or making clothing less revealing: opaque, not see-through, cover (up),
 *   over it / underneath, a layer or lining, longer, a higher neckline, looser, a size bigger,
 *   buttoned up, a one-piece or full-coverage swimsuit, modest, hide (the strap).
 * - `layerCue`: under or over (underneath, por baixo, eronder): a layer when garments are beside it;
 * - `thing`: things that can be "naked", "bare" or "nude" without anyone being so: inanimate objects
 *   (walls, wires, cables, trees, branches, ice, a bulb, a table, a floor, an engine, a pocket), food
 *   (a cake, chicken, rice, fruit), colour and make-up words (colour, shade, tone, palette, lipstick,
 *   nail polish, heels) and abstract nouns (truth, facts, ambition). Never garments, body parts or people.
 * Matched by the lexicon's one term matcher, but kept apart from the concepts the rules read
 * (prompt-screener.ts, matchText): they change no rule, only what the decision layer is told.
 */
export const CUE_WORDS: Readonly<Record<string, Lexicon>> = {
  en: {
    coverCue: terms(
      `opaque|not see through|non see through|less see through|less transparent|less sheer|not transparent|not sheer|less revealing|more modest|modest|modestly|cover it|cover them|cover up|covered up|cover her up|cover him up|covering|add a layer|layer under|lining|lined|longer|full length|ankle length|knee length|floor length|higher neckline|raise the neckline|neckline higher|looser|loose fitting|baggier|a size bigger|one size bigger|size bigger|size up|bigger size|larger size|button up|button it up|buttoned up|button the|zip up|zip it up|zipped up|one piece|one-piece|full coverage|full-coverage|burkini|rash guard|long sleeves|long sleeved|thicker fabric|thicker|hide the strap|hide the bra strap|hide it|tuck it|tuck it in|tuck it under|tuck them|tuck them in|tuck the strap|conceal|tuck in|tucked in|fully clothed|more clothes|more coverage`,
    ),
    layerCue: terms(`under|underneath|beneath|under it|on top|over it`),
    thing: terms(
      `wall|walls|wire|wires|wiring|cable|cables|tree|trees|branch|branches|ice|truth|truths|fact|facts|bulb|bulbs|light bulb|lamp|table|tables|floor|floors|shelf|shelves|engine|motor|chassis|frame|pocket|pockets|room|rooms|house|apartment|concrete|brick|bricks|stone|rock|rocks|land|soil|earth|hill|hills|landscape|field|fields|branches|metal|steel|blade|sword|wood|plaster|canvas|colour|color|colours|colors|shade|shades|tone|tones|palette|lipstick|lip gloss|lip liner|nail polish|nail paint|nail varnish|nails|heels|pumps|shoes|sandals|foundation|eyeshadow|blush|makeup|make up|concealer|manicure|cake|cakes|cupcake|chicken|rice|pear|fruit|bread|salad|steak|ambition|aggression|greed|fear|emotion|eye shadow|beige|bike|car|bottle|perfume|ceiling|window|windows|branch|background|backdrop|back wall`,
    ),
  },
  fr: {
    coverCue: terms(
      `opaque|opaques|pas transparent*|moins transparent*|moins décolleté*|moins revelateur|plus couvrant*|couvre|couvrir|couvre la|couvre le|recouvre|recouvrir|une doublure|doublure|doublé|doublee|plus long|plus longue|plus longs|jusqu aux chevilles|remonte le décolleté|décolleté plus haut|plus ample|plus large|taille au dessus|une taille au dessus|une taille plus grande|boutonne|boutonné*|ferme la chemise|zippe|une pièce|une piece|maillot une pièce|maillot une piece|burkini|manches longues|plus épais|plus epais|tissu épais|cache la bretelle|cache le|cache la|cacher|pudique|plus sobre`,
    ),
    layerCue: terms(`sous|en dessous|par dessus|par-dessus`),
    thing: terms(
      `mur|murs|fils|câble*|cable*|arbre*|branche*|glace|vérité|verite|ampoule*|lampe|table|tables|plancher|étagère*|etagere*|moteur|poche*|chambre|maison|béton|beton|pierre*|roche*|terre|colline*|paysage|champ*|métal|metal|acier|lame|épée|epee|bois|toile|couleur*|teinte*|tons|palette|rouge à lèvres|rouge a levres|vernis|ongles|talons|escarpins|chaussures|fond de teint|fard*|maquillage|gâteau*|gateau*|poulet|poire*|fruit*|pain|salade|ambition|peur|bouteille|parfum|plafond|fenêtre*|voiture|vélo|velo|arrière-plan|arriere-plan|arrière plan|arriere plan|décor|decor`,
    ),
  },
  de: {
    coverCue: terms(
      `blickdicht*|undurchsichtig*|nicht durchsichtig|weniger durchsichtig|nicht transparent|weniger transparent|weniger freizügig|weniger freizugig|bedeckt*|bedecken|bedecke|verdecke*|zudecken|unterziehen|eine lage|futter|gefüttert|gefuttert|länger|langer|knöchellang*|knochellang*|bodenlang*|knielang*|höherer ausschnitt|hoherer ausschnitt|ausschnitt höher|ausschnitt hoher|lockerer|eine nummer größer|eine nummer grosser|eine größe größer|eine grosse grosser|größere größe|zuknöpfen|zuknopfen|zugeknöpft|zugeknopft|reißverschluss zu|einteiler|badeanzug|ganzkörper*|ganzkorper*|burkini|langarm*|langärm*|dicker*|dickerer stoff|verstecke*|verbergen|träger verstecken|trager verstecken|züchtig*|zuchtig*|sittsam*|dezent*|mehr kleidung`,
    ),
    layerCue: terms(`unter|darunter|drunter|darüber|daruber|drüber|druber`),
    thing: terms(
      `wand|wände|wande|mauer*|draht|drähte|drahte|kabel|baum|bäume|baume|äste|aste|zweig*|wahrheit|tatsache*|fakten|glühbirne*|gluhbirne*|birne|lampe|tisch|tische|boden|fußboden|fussboden|regal*|motor|tasche*|zimmer|raum|haus|wohnung|beton|ziegel*|stein*|fels*|erde|hügel|hugel|landschaft|feld*|metall|stahl|klinge|schwert|holz|leinwand|farbe*|farbton*|töne|tone|palette|farbpalette|lippenstift*|nagellack|nägel|nagel|absätze|absatze|pumps|schuhe|foundation|lidschatten|make up|makeup|kuchen|torte*|hähnchen|hahnchen|huhn|reis|birnen|obst|frucht|brot|salat|ehrgeiz|angst|flasche|parfüm|parfum|decke|fenster|auto|fahrrad|hintergrund|kulisse`,
    ),
  },
  es: {
    coverCue: terms(
      `opaco|opaca|opacos|opacas|que no transparente|que no se transparente|no transparente|menos transparente|menos escotad*|menos revelador*|tapa|tápalo|tapalo|tápala|tapala|tapar|cubre|cubrir|cubierto|cubierta|forro|forrado|forrada|una capa|más largo|mas largo|más larga|mas larga|hasta los tobillos|hasta el suelo|hasta la rodilla|sube el escote|escote más alto|escote mas alto|más holgad*|mas holgad*|más suelt*|mas suelt*|una talla más|una talla mas|talla más grande|talla mas grande|abrocha*|abotona*|cierra la camisa|sube la cremallera|una pieza|bañador entero|banador entero|traje de baño entero|burkini|manga larga|mangas largas|más grueso|mas grueso|tela gruesa|esconde*|oculta*|disimula*|recatad*|discreto|discreta`,
    ),
    layerCue: terms(`debajo|por debajo|bajo|encima|por encima`),
    thing: terms(
      `pared|paredes|muro|muros|cable|cables|alambre*|árbol*|arbol*|rama|ramas|hielo|verdad|hecho|hechos|bombilla*|foco|focos|lámpara|lampara|mesa|mesas|suelo|piso|estante*|motor|bolsillo*|habitación|habitacion|cuarto|casa|hormigón|hormigon|cemento|ladrillo*|piedra*|roca*|tierra|colina*|paisaje|campo*|metal|acero|hoja|espada|madera|lienzo|color|colores|tono|tonos|matiz|paleta|pintalabios|labial|barra de labios|esmalte|uñas|unas|tacones|zapatos|base de maquillaje|sombra de ojos|maquillaje|pastel|tarta|pollo|arroz|pera|fruta|ensalada|ambición|ambicion|miedo|botella|perfume|techo|ventana*|coche|carro|bicicleta|fondo`,
    ),
  },
  it: {
    coverCue: terms(
      `opaco|opaca|opachi|opache|non trasparente|meno trasparente|meno scollat*|meno rivelator*|copri|coprire|coprila|coprilo|coperto|coperta|una fodera|foderat*|uno strato|più lungo|piu lungo|più lunga|piu lunga|alla caviglia|fino ai piedi|al ginocchio|alza la scollatura|scollatura più alta|scollatura piu alta|più largo|piu largo|più larga|piu larga|una taglia in più|una taglia in piu|taglia più grande|taglia piu grande|abbottona*|chiudi la camicia|tira su la zip|costume intero|intero|burkini|maniche lunghe|più spesso|piu spesso|tessuto spesso|nascondi*|copri la spallina|sobri*|pudic*|coprente|coprenti|più coprente|piu coprente`,
    ),
    layerCue: terms(`sotto|sopra`),
    thing: terms(
      `muro|muri|parete|pareti|filo|fili|cavo|cavi|albero|alberi|ramo|rami|ghiaccio|verità|verita|fatti|lampadina*|lampada|tavolo|tavola|pavimento|mensola*|scaffal*|motore|tasca|tasche|stanza|camera|casa|cemento|mattone*|pietra*|roccia*|terra|collina*|paesaggio|campo*|metallo|acciaio|lama|spada|legno|tela|colore|colori|tonalità|tonalita|tono|tavolozza|palette|rossetto|smalto|unghie|tacchi|scarpe|fondotinta|ombretto|trucco|torta|pollo|riso|pera|frutta|pane|insalata|ambizione|paura|bottiglia|profumo|soffitto|finestra*|auto|macchina|bici|sfondo`,
    ),
  },
  pt: {
    coverCue: terms(
      `opaco|opaca|opacos|opacas|não transparente|nao transparente|menos transparente|menos decotad*|menos revelador*|cobre|cobrir|cobrindo|coberto|coberta|tapa|tapar|forro|forrado|forrada|uma camada|mais comprido|mais comprida|mais longo|mais longa|até o tornozelo|ate o tornozelo|até o chão|ate o chao|sobe o decote|decote mais alto|mais solto|mais solta|mais larg*|um número maior|um numero maior|tamanho maior|um tamanho acima|abotoa*|fecha a camisa|fecha o zíper|fecha o ziper|maiô|maio|inteiro|burkini|manga comprida|mangas compridas|mais grosso|tecido grosso|esconde*|disfarça*|disfarca*|recatad*|discreto|discreta`,
    ),
    layerCue: terms(`por baixo|embaixo|debaixo|por cima|em cima`),
    thing: terms(
      `cor|tom|parede|paredes|muro|muros|fios|cabo|cabos|árvore*|arvore*|galho*|ramo*|gelo|verdade|fato|fatos|lâmpada*|lampada*|luminária|mesa|mesas|chão|chao|piso|prateleira*|motor|bolso*|quarto|sala|casa|concreto|cimento|tijolo*|pedra*|rocha*|terra|colina*|morro*|paisagem|campo*|metal|lâmina|lamina|espada|madeira|tela|cores|tons|paleta|batom|esmalte|unhas|salto|saltos|sapato*|base|sombra|maquiagem|maquilhagem|bolo|frango|arroz|pera|fruta|salada|ambição|ambicao|medo|garrafa|perfume|teto|janela*|carro|bicicleta|fundo|cenário|cenario`,
    ),
  },
  nl: {
    coverCue: terms(
      `dekkend|niet doorschijnend|minder doorschijnend|niet transparant|minder transparant|minder bloot|bedek*|bedekt|toedekken|een laag|voering|gevoerd|langer|tot de enkels|tot de grond|tot de knie|hogere hals|halslijn hoger|ruimer|losser|een maat groter|maat groter|dichtknopen|dichtgeknoopt|rits dicht|badpak|uit één stuk|uit een stuk|burkini|lange mouwen|dikker*|verberg*|verstop*|zedig*|bescheiden|netjes`,
    ),
    layerCue: terms(`onder|eronder|eroverheen|erover|over`),
    thing: terms(
      `muur|muren|wand|wanden|draad|draden|kabel*|boom|bomen|takken|waarheid|feiten|gloeilamp*|peertje|lamp|tafel*|vloer*|plank*|motor|zakken|kamer|huis|beton|baksteen*|steen|stenen|rots*|aarde|heuvel*|landschap|veld*|metaal|staal|kling|zwaard|hout|doek|kleur*|tint*|toon|palet|lippenstift|nagellak|nagels|hakken|pumps|schoenen|foundation|oogschaduw|make up|makeup|taart|cake|rijst|peer|fruit|brood|salade|ambitie|angst|fles|parfum|plafond|raam|ramen|auto|fiets|achtergrond`,
    ),
  },
  pl: {
    coverCue: terms(
      `nieprześwitując*|nieprzeswitujac*|nieprzezroczyst*|mniej prześwitując*|mniej przeswitujac*|mniej przezroczyst*|mniej wydekoltowan*|mniej odsłaniając*|mniej odslaniajac*|zakryj*|zakryć|zakryc|przykryj*|okryj*|zasłoń|zaslon|podszewk*|warstw*|dłuższ*|dluzsz*|do kostek|do ziemi|do kolan|wyższy dekolt|wyzszy dekolt|podnieś dekolt|podnies dekolt|luźniejsz*|luzniejsz*|rozmiar większ*|rozmiar wieksz*|o rozmiar|zapnij*|zapięt*|zapiet*|jednoczęściow*|jednoczesciow*|burkini|długi rękaw|dlugi rekaw|długie rękawy|dlugie rekawy|grubsz*|ukryj*|schowaj|skromn*`,
    ),
    layerCue: terms(`pod|pod spód|pod spod|pod spodem|na wierzch`),
    thing: terms(
      `mur|ściana|sciana|ściany|sciany|ścianę|sciane|mury|drut|druty|kabel|kable|przewód|przewod|przewody|drzewo|drzewa|gałąź|galaz|gałęzie|galezie|prawda|prawdę|prawde|fakty|żarówka|zarowka|żarówki|zarowki|lampa|stół|stol|stołu|podłoga|podloga|półka|polka|silnik|kieszeń|kieszen|kieszenie|pokój|pokoj|beton|cegła|cegla|kamień|kamien|skała|skala|ziemia|wzgórze|wzgorze|krajobraz|pole|metal|stal|ostrze|miecz|drewno|płótno|plotno|kolor*|odcień|odcien|odcieni*|paleta|szminka|szminki|pomadka|lakier|paznokcie|szpilki|obcasy|buty|podkład|podklad|cienie|makijaż|makijaz|tort|ciasto|kurczak|gruszka|owoc*|chleb|sałatka|salatka|ambicja|strach|butelka|perfumy|sufit|okno|okna|samochód|samochod|auto|rower|tło|tlo|tle`,
    ),
  },
  ru: {
    coverCue: terms(
      `непрозрачн*|не просвечива*|менее прозрачн*|менее откровенн*|прикрой*|прикрыть|закрой*|закрыть|накрой*|укрой*|подклад*|слой|длиннее|до щиколоток|до пола|до колен|выше вырез|вырез выше|подними вырез|свободнее|посвободнее|на размер больше|размер больше|застегни*|застегнут*|слитный|слитн*|буркини|длинный рукав|длинными рукавами|длинные рукава|плотнее|плотн*|толще|спрячь|скрой|скромн*`,
    ),
    layerCue: terms(`под|снизу|сверху|поверх`),
    thing: terms(
      `стена|стены|стен|стену|стенах|провод|провода|проволок*|кабель|кабели|дерево|деревья|ветк*|ветви|льду|правда|правду|факты|лампочк*|лампа|стол|стола|полка|полки|двигател*|мотор|карман*|комната|бетон|кирпич*|камень|камни|скала|земля|холм*|пейзаж|поле|металл|сталь|клинок|дерев*|холст|цвет*|оттен*|палитр*|помада|помаду|ногти|каблук*|туфли|тональн*|тени|макияж|торт|пирог|курица|курицу|груша|фрукт*|хлеб|салат|амбици*|страх|бутылк*|духи|потолок|окно|окна|машин*|автомобил*|велосипед|фон|задний план`,
    ),
  },
  uk: {
    coverCue: terms(
      `непрозор*|не просвічу*|менш прозор*|менш відверт*|прикрий*|прикрити|закрий*|накрий*|підкладк*|шар|довш*|до щиколоток|до підлоги|до колін|вищий виріз|виріз вище|підніми виріз|вільніш*|на розмір більш*|розмір більш*|застебни*|застебнут*|суцільн*|буркіні|довгий рукав|довгі рукави|щільніш*|товщ*|сховай|приховай|скромн*`,
    ),
    layerCue: terms(`під|знизу|зверху|поверх`),
    thing: terms(
      `лід|стіна|стіни|стін|стіну|дріт|дроти|провід|проводи|кабель|кабелі|дерево|дерева|гілк*|льоду|правда|правду|факти|лампочк*|лампа|стіл|стола|підлога|полиця|двигун*|мотор|кишен*|кімната|будинок|бетон|цегл*|камінь|скеля|земля|пагорб*|пейзаж|поле|метал|сталь|лезо|дерев*|полотно|колір|кольор*|відтін*|палітр*|помада|нігті|підбор*|туфлі|макіяж|торт|пиріг|курк*|груша|фрукт*|хліб|салат|амбіці*|страх|пляшк*|парфуми|стеля|вікно|вікна|машин*|автомобіл*|велосипед|фон|тло`,
    ),
  },
  tr: {
    coverCue: terms(
      `opak|transparan olmayan|transparan olmasın|şeffaf olmayan|seffaf olmayan|daha az şeffaf|daha az seffaf|daha az açık|daha az acik|kapat|kapatsın|kapatsin|ört|ort|örtün|ortun|örtsün|astar*|bir kat|daha uzun|uzun|ayak bileğine kadar|yere kadar|diz boyu|yakayı yükselt|yakayi yukselt|daha yüksek yaka|daha bol|bol|bir beden büyük|bir beden buyuk|beden büyük|beden buyuk|ilikle|fermuarı kapat|fermuari kapat|tek parça|tek parca|mayo|haşema|hasema|uzun kollu|daha kalın|daha kalin|kalın kumaş|kalin kumas|gizle|sakla|tesettür*|tesettur*|kapalı|kapali|giyinik`,
    ),
    layerCue: terms(`altına|altina|altında|altinda|üstüne|ustune|üzerine|uzerine`),
    thing: terms(
      `ruj|oje|buz|duvar*|teller|kablo*|ağaç*|agac*|dallar|gerçek|gercek|gerçekler|gercekler|ampul*|lamba|masa|zemin|motor*|cepler|beton|tuğla|tugla|toprak|tepe*|manzara|tarla|metal|çelik|celik|bıçak|bicak|kılıç|kilic|tahta|ahşap|ahsap|tuval|renk|renkler|tonlar|palet|tırnak*|tirnak*|topuklu|ayakkabı*|ayakkabi*|fondöten|fondoten|makyaj|pasta|tavuk|pirinç|pirinc|pilav|armut|meyve|ekmek|salata|hırs|hirs|korku|şişe|sise|parfüm|parfum|tavan|pencere|araba|bisiklet|arka plan|arkaplan|fon`,
    ),
  },
  ja: {
    coverCue: terms(
      `透けない|透けないように|不透明|透け感をなく|隠して|隠す|覆って|覆う|羽織|重ね着|裏地|長く|丈を長く|ロング丈|くるぶし丈|膝丈|襟ぐりを上げ|首元を詰め|ゆったり|ワンサイズ大きく|サイズを大きく|ボタンを留め|ボタンを閉め|ファスナーを閉め|ワンピース水着|ラッシュガード|ブルキニ|長袖|厚手|厚く|控えめ|露出を減ら|露出を控え`,
    ),
    layerCue: terms(`下に|上から|の上に`),
    thing: terms(
      `電線|ワイヤー|ケーブル|木々|真実|事実|電球|ランプ|テーブル|エンジン|ポケット|部屋|コンクリート|レンガ|風景|景色|金属|木材|キャンバス|カラー|トーン|パレット|口紅|リップ|マニキュア|ネイル|ヒール|パンプス|ファンデーション|アイシャドウ|メイク|ケーキ|鶏肉|チキン|ご飯|果物|パン|サラダ|野心|ボトル|香水|天井|自転車|背景`,
    ),
  },
  zh: {
    coverCue: terms(
      `不透|不透明|不要透|别透|不那么透|遮住|遮挡|遮一下|盖住|盖上|披上|披一件|外面加|里面加|内搭|衬里|加一层|加长|长一点|长款|及踝|及地|及膝|领口高|领口提高|提高领口|宽松|大一码|大一号|尺码大|扣上|扣好|系上扣子|拉上拉链|连体泳衣|一件式|长袖|厚一点|加厚|厚实|藏起来|保守|端庄`,
    ),
    layerCue: terms(`下面|里面|外面|上面|外边`),
    thing: terms(
      `墙壁|电线|電線|电缆|電纜|树枝|樹枝|真相|事实|事實|灯泡|燈泡|桌子|地板|架子|发动机|發動機|引擎|口袋|房间|房間|房子|混凝土|水泥|石头|石頭|岩石|土地|山丘|风景|風景|金属|金屬|刀刃|木头|木頭|画布|颜色|顏色|色调|色調|色号|色號|色系|调色盘|調色盤|口红|口紅|唇膏|指甲油|美甲|高跟鞋|粉底|眼影|蛋糕|鸡肉|雞肉|米饭|米飯|水果|面包|麵包|沙拉|野心|瓶子|香水|天花板|窗户|窗戶|汽车|汽車|自行车|雕像|人台|模特架|背景`,
    ),
  },
  ko: {
    coverCue: terms(
      `안 비치|안비치|비치지 않|불투명|덜 비치|가려|가리|덮어|걸쳐|레이어드|안감|길게|길이를 늘|발목까지|무릎까지|네크라인을 올|목선을 올|넉넉하게|루즈하게|한 치수 크게|한 사이즈 크게|사이즈 크게|단추를 잠|단추 잠|지퍼를 올|원피스 수영복|래쉬가드|부르키니|긴팔|두껍게|두꺼운|숨겨|지워|단정하게|얌전하게`,
    ),
    layerCue: terms(`위에|위로`),
    thing: terms(
      `전선|케이블|나무|나뭇가지|가지|얼음|진실|사실|전구|램프|테이블|탁자|바닥|선반|엔진|주머니|콘크리트|벽돌|바위|언덕|풍경|금속|강철|칼날|목재|캔버스|색상|컬러|팔레트|립스틱|매니큐어|네일|구두|신발|파운데이션|아이섀도|화장|메이크업|케이크|닭고기|치킨|과일|샐러드|야망|향수|천장|창문|자동차|자전거|배경`,
    ),
  },
  ar: {
    coverCue: terms(
      `خبيها|خبّيها|خبيه|اخفيها|أخفيها|معتم|غير شفاف|مش شفاف|ما يبين|ما يشف|أقل شفافية|اقل شفافية|غطيها|غطيه|تغطية|استر|استرها|بطانة|مبطن|طبقة|أطول|اطول|طويل|لحد الكاحل|للأرض|لتحت الركبة|ارفع الفتحة|رقبة أعلى|أوسع|اوسع|فضفاض|مقاس أكبر|مقاس اكبر|مقاس أكبر|سكر الزرار|اقفل السحاب|قطعة واحدة|مايوه شرعي|بوركيني|كم طويل|أكمام طويلة|اكمام طويلة|سميك|أسمك|اسمك|أخفي|اخفي|محتشم*|محتشمة|ghatti|satir`,
    ),
    layerCue: terms(`تحت|فوق`),
    thing: terms(
      `جدار|جدران|حيطان|حائط|أسلاك|اسلاك|كابل|كابلات|شجرة|أشجار|اشجار|أغصان|اغصان|جليد|الحقيقة|حقيقة|حقائق|لمبة|مصباح|طاولة|ترابيزة|أرضية|ارضية|رفوف|محرك|موتور|جيوب|غرفة|منزل|خرسانة|تراب|منظر|معدن|فولاذ|قماش الرسم|ألوان|الوان|درجة لون|باليت|أحمر شفاه|احمر شفاه|طلاء أظافر|مناكير|حذاء|كريم أساس|ظلال|مكياج|كعكة|دجاج|فراخ|كمثرى|فاكهة|سلطة|طموح|زجاجة|نافذة|شباك|سيارة|عربية|دراجة|hait|sel|silk|lon|roj|خلفية|الخلفية|خلفيه|الخلفيه`,
    ),
  },
  hi: {
    coverCue: terms(
      `पारदर्शी नहीं|आर-पार न दिखे|ढक|ढको|ढक दो|ढकना|ढंक|अस्तर|परत|लंबा|लम्बा|लंबी|लम्बी|एड़ी तक|जमीन तक|घुटने तक|गला ऊंचा|गला ऊँचा|ढीला|ढीली|एक साइज बड़ा|साइज बड़ा|बटन बंद|बटन लगा|ज़िप बंद|वन पीस|पूरी बाजू|लंबी बाजू|मोटा कपड़ा|मोटा|छिपा|छुपा|शालीन|सभ्य|dhak|dhako|dhak do|dhank|lamba|lambi|dheela|dheeli|size bada|ek size bada|button band|full sleeve|full sleeves|mota|mote kapde|thick|chhupa|chupa|shalin|decent|cover wala|cover kar|opaque`,
    ),
    layerCue: terms(`नीचे|ऊपर|niche|neeche|upar`),
    thing: terms(
      `दीवार|दीवारें|तार|तारें|केबल|पेड़|पेड़ों|डाल|डाली|बर्फ|सच|सच्चाई|बल्ब|लैंप|मेज़|मेज|टेबल|फर्श|शेल्फ|इंजन|जेब|कमरा|घर|कंक्रीट|ईंट|पत्थर|चट्टान|मिट्टी|पहाड़ी|नज़ारा|खेत|धातु|इस्पात|तलवार|लकड़ी|रंग|शेड|टोन|पैलेट|लिपस्टिक|नेल पॉलिश|हील|जूते|फाउंडेशन|मेकअप|केक|चिकन|मुर्गा|चावल|नाशपाती|फल|रोटी|सलाद|बोतल|इत्र|छत|खिड़की|गाड़ी|कार|साइकिल|deewar|diwar|taar|sach|sachai|bulb|table|farsh|engine|kamra|ghar|rang|shade|tone|palette|lipstick|nail paint|nail polish|heels|makeup|cake|chicken|chawal|phal|bottle|gaadi|murti|पृष्ठभूमि|बैकग्राउंड`,
    ),
  },
  id: {
    coverCue: terms(
      `tidak tembus pandang|nggak tembus|gak tembus|ga tembus|tidak transparan|kurang transparan|buram|tutup|tutupi|ditutup|tertutup|menutupi|lapisan|dilapisi|furing|lebih panjang|panjang|sampai mata kaki|sampai lantai|selutut|kerah lebih tinggi|naikkan kerah|lebih longgar|longgar|satu ukuran lebih besar|ukuran lebih besar|naikin ukuran|kancingkan|kancing|tutup resleting|naikin resleting|baju renang muslimah|one piece|burkini|lengan panjang|lebih tebal|tebal|sembunyikan|hapus tali|sopan|syar i|syari`,
    ),
    layerCue: terms(`di bawah|di dalam|di atas|dalaman`),
    thing: terms(
      `dinding|tembok|kabel|kawat|pohon|dahan|ranting|fakta|bohlam|lampu|meja|lantai|mesin|motor|saku|kantong|kantung|kamar|ruangan|rumah|beton|bata|batu|tanah|bukit|pemandangan|sawah|ladang|logam|besi|baja|pedang|kayu|kanvas|warna|corak|nuansa|palet|lipstik|kutek|cat kuku|kuku|sepatu hak|hak tinggi|sepatu|alas bedak|bedak|riasan|makeup|ayam|nasi|beras|buah|roti|salad|ambisi|botol|parfum|langit langit|jendela|mobil|sepeda|latar|latar belakang`,
    ),
  },
  ms: {
    coverCue: terms(
      `tidak jarang|tak jarang|tidak telus|tak telus|legap|tutup|tutupi|menutup|bertutup|lapik|lapisan|berlapik|lebih panjang|labuh|sampai buku lali|paras lutut|leher lebih tinggi|lebih longgar|longgar|saiz lebih besar|satu saiz besar|butangkan|baju renang muslimah|sut renang penuh|burkini|lengan panjang|lebih tebal|tebal|sembunyikan|sopan|menutup aurat`,
    ),
    layerCue: terms(`di bawah|di dalam|di atas`),
    thing: terms(
      `dinding|tembok|wayar|kabel|dawai|pokok|dahan|ranting|fakta|mentol|lampu|meja|lantai|enjin|motor|poket|saku|bilik|rumah|konkrit|bata|batu|tanah|bukit|pemandangan|sawah|logam|besi|keluli|pedang|kayu|kanvas|warna|rona|palet|gincu|lipstik|pengilat kuku|kuku|kasut tumit tinggi|kasut|alas bedak|solekan|ayam|nasi|beras|pear|buah|roti|salad|cita cita|botol|minyak wangi|siling|tingkap|kereta|basikal|latar belakang`,
    ),
  },
  sv: {
    coverCue: terms(
      `ogenomskinlig*|inte genomskinlig*|mindre genomskinlig*|skyla|foder|fodrad|ett lager|längre|langre|ankellång*|ankellang*|fotsid*|knälång*|knalang*|högre halsringning|hogre halsringning|lösare|losare|ledigare|en storlek större|en storlek storre|större storlek|storre storlek|dra upp dragkedjan|baddräkt|baddrakt|hel baddräkt|burkini|långärmad|langarmad|långa ärmar|langa armar|tjockare|dölj|dolj|göm|gom|anständig*|anstandig*`,
    ),
    layerCue: terms(`under|över|over|ovanpå|ovanpa`),
    thing: terms(
      `vägg|vagg|väggar|vaggar|murar|sladd|sladdar|tråd|trad|trådar|kabel|kablar|träd|trad|träden|gren|grenar|isen|sanning*|fakta|glödlampa*|glodlampa*|lampa|bord|bordet|golv|golvet|hylla|hyllor|motor|motorn|ficka|fickor|betong|tegel|sten|stenar|klippa|jord|kulle|landskap|fält|falt|metall|stål|stal|klinga|svärd|svard|färg|farg|färger|farger|nyans*|palett|läppstift|lappstift|nagellack|naglar|klackar|skor|foundation|ögonskugga|ogonskugga|smink|tårta|tarta|kaka|kyckling|päron|paron|frukt|bröd|brod|sallad|ambition|flaska|parfym|fönster|fonster|cykel|bakgrund|bakgrunden`,
    ),
  },
  da: {
    coverCue: terms(
      `uigennemsigtig*|ikke gennemsigtig*|mindre gennemsigtig*|dækkende|daekkende|dæk|daek|tildæk|tildaek|foret|et lag|længere|laengere|ankellang*|fodsid*|knælang*|knaelang*|højere halsudskæring|hojere halsudskaering|løsere|losere|en størrelse større|en storrelse storre|større størrelse|knappet|lyn op|badedragt|heldragt|burkini|langærmet|langaermet|lange ærmer|lange aermer|tykkere|skjul|anstændig*|anstaendig*`,
    ),
    layerCue: terms(`under|indenunder|over|ovenpå|ovenpa`),
    thing: terms(
      `vaeg|vægge|vaegge|mure|ledning*|tråd|trad|kabel|kabler|trae|træer|traeer|gren|grene|isen|sandhed*|fakta|pære|paere|pærer|lampe|bord|gulv|hylde*|motor|lomme*|værelse|vaerelse|beton|mursten|sten|klippe|jord|bakke|landskab|mark|metal|stål|stal|klinge|sværd|svaerd|farve*|nuance*|tone|palet|læbestift|laebestift|neglelak|negle|hæle|haele|foundation|øjenskygge|makeup|kage|kylling|pære|frugt|brød|brod|salat|ambition|flaske|parfume|loft|vindue*|cykel|baggrund|baggrunden`,
    ),
  },
  nb: {
    coverCue: terms(
      `ugjennomsiktig*|ikke gjennomsiktig*|mindre gjennomsiktig*|dekkende|dekk|tildekk|foret|et lag|lengre|ankellang*|fotsid*|knelang*|høyere halsutringning|hoyere halsutringning|løsere|losere|en størrelse større|en storrelse storre|større størrelse|knapp|kneppet|glidelås opp|badedrakt|heldrakt|burkini|langermet|lange ermer|tykkere|skjul|anstendig*`,
    ),
    layerCue: terms(`under|innenfor|over|oppå|oppa`),
    thing: terms(
      `vegg|vegger|murer|ledning*|tråd|trad|kabel|kabler|trær|traer|gren|greiner|isen|sannhet*|fakta|lyspære|lyspaere|pære|lampe|bord|gulv|hylle*|motor|lomme*|betong|murstein|stein|fjell|jord|bakke|landskap|åker|aker|metall|stål|stal|blad|sverd|farge*|nyanse*|tone|palett|leppestift|neglelakk|negler|hæler|haeler|foundation|øyenskygge|sminke|kake|kylling|frukt|brød|brod|salat|ambisjon|flaske|parfyme|vindu*|sykkel|bakgrunn|bakgrunnen`,
    ),
  },
  fi: {
    coverCue: terms(
      `läpinäkymätön|lapinakymaton|ei läpinäkyvä|ei lapinakyva|vähemmän läpinäkyvä|vahemman lapinakyva|peitä|peita|peittävä|peittava|peitetty|vuori|vuorattu|kerros|pidempi|pidemmäksi|pidemmaksi|nilkkapituinen|lattiapituinen|polvipituinen|korkeampi pääntie|korkeampi paantie|väljempi|valjempi|löysempi|loysempi|kokoa isompi|koko isompi|isompi koko|nappaa kiinni|napita|vetoketju kiinni|uimapuku|yksiosainen|burkini|pitkähihainen|pitkahihainen|pitkät hihat|pitkat hihat|paksumpi|piilota|siveä|sivea|säädyllinen|saadyllinen`,
    ),
    layerCue: terms(`alle|alla|päälle|paalle`),
    thing: terms(
      `seinä*|seina*|muuri|johto|johdot|johdo*|lanka|langat|kaapeli*|puut|puita|oksa*|totuus|totuuden|fakta*|hehkulamppu*|lamppu|pöytä|poyta|lattia|hylly*|moottori*|tasku*|huone|talo|betoni|tiili|kivi|kallio|mäki|maki|maisema|pelto|metalli|teräs|teras|terä|tera|miekka|puuta|kangas|väri*|vari*|sävy*|savy*|paletti|huulipuna*|kynsilakka|kynnet|korot|kengät|kengat|meikkivoide|luomiväri|luomivari|meikki|kakku|kana|riisi|päärynä|paaryna|hedelmä*|hedelma*|leipä|leipa|salaatti|kunnianhimo|pullo|hajuvesi|katto|ikkuna*|auto|polkupyörä|tausta|taustan`,
    ),
  },
  cs: {
    coverCue: terms(
      `neprůhledn*|nepruhledn*|neprůsvitn*|neprusvitn*|méně průhledn*|mene pruhledn*|méně průsvitn*|mene prusvitn*|méně odhalen*|mene odhalen*|zakryj*|zakrýt|zakryt|přikryj*|prikryj*|podšívk*|podsivk*|vrstv*|delší|delsi|ke kotníkům|ke kotnikum|na zem|ke kolenům|vyšší výstřih|vyssi vystrih|volnější|volnejsi|o číslo větší|o cislo vetsi|větší velikost|vetsi velikost|zapni*|zapnut*|jednodíln*|jednodiln*|burkini|dlouhý rukáv|dlouhy rukav|dlouhé rukávy|dlouhe rukavy|silnější|silnejsi|tlustší|tlustsi|schovej|skryj|decentní|decentni|cudn*`,
    ),
    layerCue: terms(`pod|pod to|přes|pres|navrch`),
    thing: terms(
      `zeď|zed|zdi|stěna|stena|stěny|steny|drát|drat|dráty|draty|kabel|kabely|strom|stromy|větev|vetev|větve|vetve|pravda|pravdu|fakta|žárovka|zarovka|žárovky|zarovky|lampa|stůl|stul|podlaha|police|motor|kapsa|kapsy|pokoj|místnost|mistnost|beton|cihla|cihly|kámen|kamen|skála|skala|země|zeme|kopec|krajina|pole|ocel|čepel|cepel|dřevo|drevo|plátno|platno|barva|barvy|odstín*|odstin*|paleta|rtěnka|rtenka|lak na nehty|nehty|podpatky|boty|make up|líčení|liceni|dort|kuře|kure|rýže|ryze|hruška|hruska|ovoce|chléb|chleb|salát|salat|ambice|láhev|lahev|parfém|parfem|strop|okno|okna|auto|kolo|pozadí|pozadi`,
    ),
  },
  sk: {
    coverCue: terms(
      `nepriehľadn*|nepriehladn*|menej priehľadn*|menej priehladn*|zakry*|prikry*|podšívk*|podsivk*|vrstv*|dlhš*|dlhs*|po členky|po clenky|po zem|po kolená|po kolena|vyšší výstrih|vyssi vystrih|voľnejš*|volnejs*|o číslo väčš*|o cislo vacs*|väčšia veľkosť|vacsia velkost|zapni*|zapnut*|jednodieln*|burkini|dlhý rukáv|dlhy rukav|dlhé rukávy|dlhe rukavy|hrubš*|hrubs*|schovaj|skry|decentn*|cudn*`,
    ),
    thing: terms(
      `stena|steny|drôt|drot|drôty|droty|kábel|kabel|káble|kable|strom|stromy|konár*|konar*|pravda|pravdu|fakty|žiarovka|ziarovka|lampa|stôl|stol|podlaha|polica|motor|vrecko|vrecká|vrecka|izba|betón|beton|tehla|kameň|kamen|skala|kopec|krajina|pole|oceľ|ocel|čepeľ|cepel|drevo|plátno|platno|farba|farby|odtieň|odtien|odtiene|odtieni|paleta|lak na nechty|nechty|podpätky|podpatky|topánky|topanky|make up|mejkap|torta|koláč|kolac|kura|kuracie|ryža|ryza|hruška|hruska|ovocie|chlieb|šalát|salat|ambícia|ambicia|fľaša|flasa|parfum|strop|okno|okná|okna|auto|bicykel|pozadie`,
    ),
  },
  el: {
    coverCue: terms(
      `αδιαφαν*|μη διαφαν*|όχι διάφαν*|οχι διαφαν*|λιγότερο διάφαν*|λιγοτερο διαφαν*|κάλυψε|καλυψε|σκέπασε|σκεπασε|καλυμμέν*|καλυμμεν*|φόδρα|φοδρα|στρώση|στρωση|πιο μακρύ|πιο μακρυ|πιο μακριά|πιο μακρια|μακρύ|μακρυ|ως τον αστράγαλο|μέχρι το πάτωμα|ως το γόνατο|πιο κλειστό|πιο κλειστο|ψηλότερη λαιμόκοψη|ψηλοτερη λαιμοκοψη|πιο φαρδύ|πιο φαρδυ|ένα νούμερο μεγαλύτερο|ενα νουμερο μεγαλυτερο|κούμπωσε|κουμπωσε|κουμπωμέν*|κουμπωμεν*|ολόσωμο|ολοσωμο|μπουρκίνι|μπουρκινι|μακρυμάνικ*|μακρυμανικ*|μακριά μανίκια|πιο χοντρό|πιο χοντρο|κρύψε|κρυψε|σεμνό|σεμνο|σεμνή|σεμνη`,
    ),
    layerCue: terms(`από κάτω|απο κατω|κάτω από|κατω απο|πάνω από|πανω απο|από πάνω|απο πανω`),
    thing: terms(
      `τοίχος|τοιχος|τοίχοι|τοιχοι|τοίχους|τοιχους|σύρμα|συρμα|σύρματα|συρματα|καλώδι*|καλωδι*|δέντρο|δεντρο|δέντρα|δεντρα|κλαδί|κλαδι|κλαδιά|κλαδια|πάγος|παγος|αλήθεια|αληθεια|γεγονότα|γεγονοτα|λάμπα|λαμπα|λαμπτήρας|λαμπτηρας|τραπέζι|τραπεζι|πάτωμα|πατωμα|ράφι|ραφι|μηχανή|μηχανη|κινητήρας|κινητηρας|τσέπη|τσεπη|τσέπες|τσεπες|δωμάτιο|δωματιο|σπίτι|σπιτι|τσιμέντο|τσιμεντο|τούβλο|τουβλο|πέτρα|πετρα|βράχος|βραχος|χώμα|χωμα|λόφος|λοφος|τοπίο|τοπιο|χωράφι|χωραφι|μέταλλο|μεταλλο|ατσάλι|ατσαλι|λεπίδα|λεπιδα|σπαθί|σπαθι|ξύλο|ξυλο|καμβάς|καμβας|χρώμα|χρωμα|χρώματα|χρωματα|απόχρωση|αποχρωση|τόνος|τονος|παλέτα|παλετα|κραγιόν|κραγιον|βερνίκι νυχιών|βερνικι νυχιων|νύχια|νυχια|τακούνια|τακουνια|παπούτσια|παπουτσια|μακιγιάζ|μακιγιαζ|τούρτα|τουρτα|κέικ|κεικ|κοτόπουλο|κοτοπουλο|ρύζι|ρυζι|αχλάδι|αχλαδι|φρούτο|φρουτο|φρούτα|φρουτα|ψωμί|ψωμι|σαλάτα|σαλατα|φιλοδοξία|φιλοδοξια|μπουκάλι|μπουκαλι|άρωμα|αρωμα|ταβάνι|ταβανι|παράθυρο|παραθυρο|αυτοκίνητο|αυτοκινητο|ποδήλατο|ποδηλατο|φόντο|φοντο`,
    ),
  },
  ro: {
    coverCue: terms(
      `opac|opacă|opaca|netransparent*|mai puțin transparent*|mai putin transparent*|acoperă|acopera|acoperit*|ascunde|ascunde-o|ascunde o|căptușeal*|captuseal*|un strat|mai lung|mai lungă|mai lunga|până la glezne|pana la glezne|până la podea|pana la podea|până la genunchi|pana la genunchi|decolteu mai sus|ridică decolteul|ridica decolteul|mai larg|mai largă|mai larga|o mărime mai mare|o marime mai mare|mărime mai mare|marime mai mare|încheie|incheie|închide nasturii|inchide nasturii|fermoarul|costum de baie întreg|costum de baie intreg|întreg|intreg|dintr o bucată|dintr o bucata|burkini|mâneci lungi|maneci lungi|mai gros|mai groasă|mai groasa|decent*|cuviincios*`,
    ),
    layerCue: terms(`sub|dedesubt|peste|deasupra`),
    thing: terms(
      `zid|ruj|perete|pereți|pereti|ziduri|sârmă|sarma|fire|cablu|cabluri|copac|copaci|ramură|ramura|ramuri|gheață|gheata|adevăr|adevar|adevărul|adevarul|fapte|becuri|lampă|lampa|masă|masa|mese|podea|raft|rafturi|motor|buzunar|buzunare|buzunarele|cameră|camera|casă|casa|beton|cărămidă|caramida|piatră|piatra|stâncă|stanca|pământ|pamant|deal|dealuri|peisaj|metal|oțel|otel|lamă|lama|sabie|lemn|pânză|panza|culoare|culori|nuanță|nuanta|nuanțe|nuante|paletă|paleta|unghii|tocuri|pantofi|fond de ten|fard|machiaj|tort|prăjitură|prajitura|orez|pară|para|fructe|pâine|paine|salată|salata|ambiție|ambitie|sticlă|sticla|parfum|tavan|fereastră|fereastra|mașină|masina|bicicletă|bicicleta|fundal|fundalul`,
    ),
  },
  hu: {
    coverCue: terms(
      `átlátszatlan*|atlatszatlan*|nem átlátszó|nem atlatszo|kevésbé átlátszó|kevesbe atlatszo|takard*|takar*|fedd|fedje|eltakar*|bélés*|beles*|réteg|reteg|hosszabb|bokáig|bokaig|földig|foldig|térdig|terdig|kisebb dekoltázs|kisebb dekoltazs|magasabb nyakkivágás|magasabb nyakkivagas|bővebb|bovebb|lazább|lazabb|egy mérettel nagyobb|egy merettel nagyobb|nagyobb méret|nagyobb meret|begombol*|húzd fel a cipzárt|egyrészes|egyreszes|burkini|hosszú ujjú|hosszu ujju|vastagabb|rejtsd el|tüntesd el|tuntesd el|tüntesse el|szolid|illedelmes*`,
    ),
    layerCue: terms(`alá|ala|alatta|fölé|fole|fölötte|folotte`),
    thing: terms(
      `fal|falak|falat|drót|drot|drótok|drotok|vezeték*|vezetek*|kábel*|kabel*|ágak|agak|igazság|igazsag|tények|tenyek|villanykörte|villanykorte|izzó|izzo|lámpa|lampa|asztal|padló|padlo|polc|motor|zseb|zsebek|szoba|beton|tégla|tegla|szikla|föld|fold|domb|mező|mezo|acél|acel|penge|kard|faanyag|vászon|vaszon|szín|szin|színű|szinu|árnyalat*|arnyalat*|tónus|tonus|paletta|rúzs|ruzs|körömlakk|koromlakk|köröm|korom|sarkú cipő|sarku cipo|cipő|cipo|alapozó|alapozo|szemhéjfesték|smink|torta|sütemény|sutemeny|csirke|rizs|körte|korte|gyümölcs|gyumolcs|kenyér|kenyer|saláta|salata|becsvágy|becsvagy|üveg|uveg|parfüm|parfum|plafon|ablak|autó|auto|bicikli|háttér|hatter|hátteret|hatteret`,
    ),
  },
  sr: {
    coverCue: terms(
      `непровидн*|neprovidn*|мање провидн*|manje providn*|покриј*|pokrij*|прекриј*|prekrij*|сакриј*|sakrij*|постав*|слој|sloj|дуж*|duž*|duz*|до чланака|do članaka|do clanaka|до пода|do poda|до колена|do kolena|подигни деколте|podigni dekolte|виши деколте|viši dekolte|visi dekolte|број већ*|broj već*|broj vec*|закопчај|zakopčaj|zakopcaj|једноделн*|jednodeln*|буркини|burkini|дуги рукави|dugi rukavi|дуг рукав|dug rukav|дебљ*|deblj*|пристојн*|pristojn*`,
    ),
    thing: terms(
      `zid|зид|зидови|zidovi|жица|жице|žica|zica|žice|zice|кабл|каблови|kabl|kablovi|дрво|дрвеће|drvo|drveće|drvece|грана|гране|grana|grane|истина|istina|истину|istinu|чињенице|činjenice|cinjenice|сијалица|sijalica|лампа|lampa|полица|polica|мотор|motor|dzep|džep|џепови|džepovi|соба|soba|кућа|kuća|kuca|бетон|beton|цигла|cigla|камен|kamen|стена|stena|земља|zemlja|брдо|brdo|пејзаж|pejzaž|pejzaz|њива|njiva|метал|metal|челик|čelik|celik|сечиво|sečivo|платно|platno|боја|boja|боје|boje|нијанса|nijansa|палета|paleta|кармин|karmin|лак за нокте|lak za nokte|нокти|nokti|штикле|štikle|stikle|ципеле|cipele|шминка|šminka|sminka|торта|torta|колач|kolač|kolac|пилетина|piletina|пиле|pile|пиринач|pirinač|pirinac|крушка|kruška|kruska|воће|voće|voce|хлеб|hleb|салата|salata|амбиција|ambicija|флаша|flaša|flasa|парфем|parfem|плафон|plafon|прозор|prozor|ауто|auto|бицикл|bicikl|позадина|pozadina`,
    ),
  },
  bg: {
    coverCue: terms(
      `непрозрачн*|по-малко прозрачн*|покрий*|прикрий*|скрий*|подплат*|слой|по-дълг*|до глезените|до земята|до коляното|по-високо деколте|вдигни деколтето|по-широк*|по-свободн*|номер по-голям|размер по-голям|закопчай|закопчан*|цял бански|цели бански|буркини|дълъг ръкав|дълги ръкави|по-дебел*|скромн*|прилич*`,
    ),
    thing: terms(
      `стена|стени|стената|жица|жици|кабел|кабели|дърво|дървета|клон|клони|истина|истината|факти|крушка|лампа|маса|пода|рафт|двигател|мотор|джоб|джобове|стая|къща|бетон|тухла|камък|скала|земя|хълм|пейзаж|поле|метал|стомана|острие|платно|цвят|цветове|нюанс|палитра|червило|лак за нокти|нокти|токчета|обувки|фон дьо тен|сенки|грим|торта|сладкиш|пиле|пилешко|ориз|круша|плод|плодове|хляб|салата|амбиция|бутилка|парфюм|таван|прозорец|кола|колело|фон|фона`,
    ),
  },
  vi: {
    coverCue: terms(
      `không xuyên thấu|khong xuyen thau|đừng xuyên|dung xuyen|không trong suốt|khong trong suot|bớt xuyên|bot xuyen|kín|kín đáo|kin dao|che lại|che lai|che đi|che di|phủ|khoác|khoac|lót|lớp|dài hơn|dai hon|dài tới mắt cá|chấm gối|cổ cao|co cao|rộng hơn|rong hon|rộng rãi|rong rai|tăng size|tang size|một size lớn hơn|size lớn hơn|cài nút|cai nut|cài cúc|cai cuc|kéo khóa|keo khoa|đồ bơi một mảnh|do boi mot manh|một mảnh|mot manh|burkini|tay dài|tay dai|dày hơn|day hon|giấu|giau|xóa dây|xoa day|lịch sự|lich su`,
    ),
    layerCue: terms(`bên trong|ben trong|bên ngoài|ben ngoai|bên dưới|ben duoi`),
    thing: terms(
      `bức tường|dây điện|day dien|sự thật|su that|sự thực|bóng đèn|bong den|động cơ|dong co|phòng|phong|bê tông|be tong|gạch|gach|phong cảnh|phong canh|ruộng|ruong|kim loại|kim loai|thép|thep|kiếm|kiem|tông màu|tong mau|bảng màu|bang mau|son môi|son moi|sơn móng|son mong|giày cao gót|giay cao got|giay|kem nền|kem nen|trang điểm|trang diem|bánh kem|trái cây|trai cay|bánh mì|banh mi|salad|tham vọng|tham vong|nước hoa|nuoc hoa|trần nhà|tran nha|cửa sổ|cua so|xe đạp|xe dap|phông nền|phong nen|hậu cảnh|hau canh`,
    ),
  },
  he: {
    coverCue: terms(
      `אטום|אטומה|לא שקוף|לא שקופה|פחות שקוף|פחות שקופה|תכסה|תכסי|לכסות|מכוסה|בטנה|שכבה|ארוך יותר|ארוכה יותר|עד הקרסול|עד הרצפה|עד הברך|מחשוף גבוה|תעלה את המחשוף|רחב יותר|רחבה יותר|מידה אחת גדולה|מידה גדולה יותר|תכפתר|תכפתרי|מכופתר|תרכוס|בגד ים שלם|שלם|בורקיני|שרוול ארוך|שרוולים ארוכים|עבה יותר|תסתיר|תסתירי|צנוע|צנועה`,
    ),
    layerCue: terms(`מתחת|מעל`),
    thing: terms(
      `קיר|חוט|כבל|עץ|ענף|קרח|אמת|מדף|כיס|חדר|בית|אבן|סלע|נוף|שדה|להב|חרב|צבע|לק|עוף|אגס|פרי|לחם|סלט|קירות|חוטים|כבלים|עצים|ענפים|האמת|עובדות|נורה|נורות|מנורה|שולחן|רצפה|מנוע|כיסים|בטון|לבנה|אדמה|גבעה|מתכת|פלדה|קנבס|צבעים|גוון|גוונים|פלטה|שפתון|ציפורניים|עקבים|נעליים|מייקאפ|איפור|עוגה|אורז|פירות|שאפתנות|בקבוק|בושם|תקרה|חלון|מכונית|אופניים|רקע|הרקע`,
    ),
  },
  fa: {
    coverCue: terms(
      `غیر شفاف|شفاف نباشه|کمتر شفاف|پوشیده|بنداز|آستر|لایه|بلندتر|بلند|تا مچ پا|تا زمین|تا زانو|یقه بالاتر|یقه رو بالا|گشادتر|گشاد|یک سایز بزرگتر|سایز بزرگتر|دکمه ها رو ببند|زیپ رو ببند|مایو یکسره|یکسره|بورکینی|آستین بلند|ضخیم تر|ضخیم|قایم کن|مخفی کن|پاک کن|پوشیده تر|باحجاب|محجبه|lokht nabashe|pooshide`,
    ),
    layerCue: terms(`زیر|زیرش|زیرشون|روی|رویش`),
    thing: terms(
      `دیوار|دیوارها|دیوارا|سیم ها|کابل|درخت|درختان|درختا|شاخه|حقیقت|واقعیت|لامپ|چراغ|زمین|قفسه|موتور|اتاق|خانه|خونه|صخره|منظره|مزرعه|فولاد|تیغه|شمشیر|پالت|رژ لب|ناخن|پاشنه بلند|کرم پودر|سایه|آرایش|جوجه|برنج|گلابی|میوه|سالاد|جاه طلبی|بطری|پنجره|ماشین|دوچرخه|divar|divaraye|divara|sim|derakht|haghighat|lamp|miz|rang|پس زمینه|پس‌زمینه|بک گراند`,
    ),
  },
  ur: {
    coverCue: terms(
      `شفاف نہیں|آر پار نہ|ڈھانپ|ڈھک دو|استر|لمبا|لمبی|ٹخنوں تک|زمین تک|گھٹنوں تک|گلا اونچا|ڈھیلا|ڈھیلی|ایک سائز بڑا|سائز بڑا|بٹن بند|زپ بند|پوری آستین|لمبی آستین|موٹا|موٹی|چھپا|چھپاؤ|باپردہ|مہذب|dhak|dhanp|lamba|lambi|dheela|size bara|button band|poori aasteen|mota|chupa`,
    ),
    thing: terms(
      `دیوار|دیواریں|تاریں|کیبل|درخت|سچائی|حقیقت|لیمپ|شیلف|انجن|کمرہ|کنکریٹ|اینٹ|پتھر|چٹان|پہاڑی|منظر|کھیت|دھات|فولاد|تلوار|لکڑی|لپ اسٹک|نیل پالش|جوتے|میک اپ|مرغی|چاول|ناشپاتی|روٹی|سلاد|بوتل|کھڑکی|گاڑی|سائیکل|deewar|taar|darakht|sach|rang|jeb`,
    ),
  },
  bn: {
    coverCue: terms(
      `স্বচ্ছ না|অস্বচ্ছ|ঢেকে|ঢাকো|ঢাকা|লাইনিং|স্তর|লম্বা|গোড়ালি পর্যন্ত|মাটি পর্যন্ত|হাঁটু পর্যন্ত|গলা উঁচু|ঢিলে|ঢিলা|এক সাইজ বড়|সাইজ বড়|বোতাম লাগাও|চেন লাগাও|ওয়ান পিস|পুরো শরীর ঢাকা|ফুল-হাতা|ফুল হাতা|লম্বা হাতা|মোটা|লুকাও|শালীন|ভদ্র|কভার-আপ|কভার আপ`,
    ),
    thing: terms(
      `দেয়াল|দেওয়াল|তার|কেবল|গাছ|ডাল|বরফ|সত্য|সত্যি|বাস্তবতা|বাল্ব|বাতি|টেবিল|মেঝে|তাক|ইঞ্জিন|পকেট|ঘর|বাড়ি|কংক্রিট|ইট|পাথর|মাটি|পাহাড়|দৃশ্য|মাঠ|ধাতু|ইস্পাত|তলোয়ার|কাঠ|রং|রঙ|শেড|টোন|প্যালেট|লিপস্টিক|নেইলপলিশ|নেইল পলিশ|হিল|জুতা|মেকআপ|কেক|মুরগি|চিকেন|ভাত|চাল|নাশপাতি|ফল|রুটি|সালাদ|বোতল|সুগন্ধি|ছাদ|জানালা|গাড়ি|সাইকেল`,
    ),
  },
  ta: {
    coverCue: terms(`ஒளிபுகா|மறை|மறைத்து|மூடு|மூடி|லைனிங்|அடுக்கு|நீளமாக|நீளமான|கணுக்கால் வரை|முழங்கால் வரை|கழுத்து உயர|தளர்வாக|ஒரு அளவு பெரிய|பெரிய அளவு|பொத்தான் போடு|முழுக்கை|தடிமனான|தடிமனாக|கண்ணியமான|அடக்கமான`),
    thing: terms(
      `சுவர்|சுவர்கள்|கம்பி|கம்பிகள்|கேபிள்|மரம்|மரங்கள்|கிளை|பனிக்கட்டி|பனி|உண்மை|விளக்கு|பல்பு|மேசை|தரை|அலமாரி|இயந்திரம்|எஞ்சின்|பை|பாக்கெட்|அறை|வீடு|கான்கிரீட்|செங்கல்|கல்|பாறை|மண்|மலை|நிலப்பரப்பு|வயல்|உலோகம்|எஃகு|வாள்|மரக்கட்டை|நிறம்|வண்ணம்|ஷேட்|தட்டு|உதட்டுச்சாயம்|லிப்ஸ்டிக்|நகப்பூச்சு|ஹீல்ஸ்|காலணி|ஒப்பனை|மேக்கப்|கேக்|கோழி|சிக்கன்|சாதம்|அரிசி|பேரிக்காய்|பழம்|ரொட்டி|சாலட்|பாட்டில்|வாசனை திரவியம்|கூரை|ஜன்னல்|கார்|சைக்கிள்|செய்தித்தாள்|தலைப்பு`,
    ),
  },
  th: {
    coverCue: terms(
      `ทึบแสง|ไม่โปร่งใส|ไม่ให้โปร่ง|ไม่ซีทรู|ปกปิด|คลุม|ซับใน|เพิ่มชั้น|ยาวขึ้น|ยาวถึงข้อเท้า|ยาวถึงพื้น|ยาวถึงเข่า|คอสูง|หลวมขึ้น|หลวม|ใหญ่ขึ้นหนึ่งไซส์|ไซส์ใหญ่ขึ้น|ติดกระดุม|รูดซิป|ชุดว่ายน้ำวันพีซ|วันพีซ|แขนยาว|หนาขึ้น|ผ้าหนา|ซ่อน|สุภาพ|มิดชิด`,
    ),
    layerCue: terms(`ข้างใน|ด้านใน|ทับ`),
    thing: terms(
      `กำแพง|ผนัง|สายไฟ|สายเคเบิล|ต้นไม้|กิ่งไม้|กิ่ง|น้ำแข็ง|ความจริง|ข้อเท็จจริง|หลอดไฟ|โคมไฟ|โต๊ะ|พื้น|ชั้นวาง|เครื่องยนต์|กระเป๋า|ห้อง|บ้าน|คอนกรีต|เนินเขา|ทิวทัศน์|ทุ่ง|โลหะ|เหล็ก|ผ้าใบ|เฉดสี|โทนสี|พาเลท|ลิปสติก|ยาทาเล็บ|เล็บ|ส้นสูง|รองเท้า|รองพื้น|อายแชโดว์|แต่งหน้า|เค้ก|ข้าว|สาลี่|ผลไม้|ขนมปัง|สลัด|ความทะเยอทะยาน|น้ำหอม|เพดาน|หน้าต่าง|จักรยาน`,
    ),
  },
  sw: {
    coverCue: terms(
      `isiyoonyesha|isionekane ndani|funika|funikwa|mfunike|ifunike|bitana|tabaka|ndefu zaidi|ndefu|hadi kifundo cha mguu|hadi chini|hadi magotini|shingo ya juu|pana zaidi|legevu|saizi moja kubwa|saizi kubwa|funga vifungo|funga zipu|vazi la kuogelea kamili|kipande kimoja|burkini|mikono mirefu|nzito zaidi|nene|ficha|ifute|heshima|stara`,
    ),
    layerCue: terms(`chini ya|juu ya`),
    thing: terms(
      `ukuta|kuta|waya|nyaya|kebo|miti|tawi|matawi|barafu|ukweli|balbu|meza|sakafu|rafu|injini|mota|mfuko|mfukoni|chumba|nyumba|zege|tofali|jiwe|mawe|mwamba|udongo|kilima|mandhari|shamba|chuma|chuma cha pua|upanga|mbao|turubai|rangi|kivuli|palette|lipstiki|rangi ya kucha|kucha|viatu virefu|viatu|vipodozi|keki|kuku|wali|mchele|tunda|matunda|mkate|saladi|tamaa|chupa|manukato|dari|dirisha|gari|baiskeli|kifuniko|katuni`,
    ),
  },
  tl: {
    coverCue: terms(
      `hindi see through|di see through|hindi transparent|takpan|tinakpan|balutin|lining|patong|mas mahaba|mahaba|hanggang bukung bukong|hanggang sahig|hanggang tuhod|mas mataas na neckline|mas maluwag|maluwag|isang size na mas malaki|mas malaking size|ibutones|isara ang zipper|one piece|burkini|mahabang manggas|mas makapal|makapal|itago|disente|mahinhin`,
    ),
    layerCue: terms(`sa ilalim|sa ibabaw|ipatong`),
    thing: terms(
      `pader|dingding|kawad|kable|wire|puno|sanga|yelo|katotohanan|bumbilya|ilaw|lampara|mesa|lamesa|sahig|istante|makina|bulsa|kwarto|silid|bahay|semento|ladrilyo|bato|lupa|burol|tanawin|bukid|metal|bakal|talim|espada|kahoy|kanbas|kulay|shade|palette|lipstick|nail polish|kuko|takong|sapatos|makeup|keyk|cake|manok|kanin|bigas|peras|prutas|tinapay|salad|ambisyon|bote|pabango|kisame|bintana|kotse|sasakyan|bisikleta`,
    ),
  },
  am: {
    coverCue: terms(`የማያሳይ|ሸፍን|ሸፍኚ|ይሸፈን|እንድትሸፈን|ረዘም ያለ|ረጅም|እስከ ቁርጭምጭሚት|እስከ ጉልበት|ሰፋ ያለ|አንድ ቁጥር የሚበልጥ|ቁልፍ ዝጋ|ሙሉ የዋና ልብስ|ሙሉ|ረጅም እጅጌ|ወፍራም|ደብቅ|ጨዋ`),
    thing: terms(`ግድግዳ|ሽቦ|ኬብል|ዛፍ|ቅርንጫፍ|በረዶ|እውነት|አምፖል|መብራት|ጠረጴዛ|ወለል|መደርደሪያ|ሞተር|ኪስ|ክፍል|ቤት|ድንጋይ|አፈር|ኮረብታ|ብረት|ሰይፍ|እንጨት|ቀለም|ሊፕስቲክ|ጫማ|ኬክ|ዶሮ|ሩዝ|ፍራፍሬ|ዳቦ|ጠርሙስ|ሽቶ|ጣሪያ|መስኮት|መኪና|ብስክሌት`),
  },
  ha: {
    coverCue: terms(
      `rufe|a rufe|ta rufe|lulluɓe|lullube|lulluɓa|lulluba|mai tsawo|doguwa|dogo|mai faɗi|mai fadi|babba kaɗan|ɗaura maɓalli|daura maballi|hannu mai tsawo|mai kauri|ɓoye|boye|kamun kai|mayafi|hijabi`,
    ),
    thing: terms(
      `bango|waya|itace|bishiya|reshe|ƙanƙara|kankara|gaskiya|kwan fitila|fitila|tebur|ƙasa|kasa|injin|aljihu|ɗaki|daki|gida|dutse|tudu|ƙarfe|karfe|takobi|launi|jan baki|takalmi|kaza|shinkafa|'ya'yan itace|burodi|kwalba|turare|rufi|taga|mota|keke`,
    ),
  },
  yo: {
    coverCue: terms(`gùn jù|gun ju|fẹ̀ jù|fe ju|tóbi díẹ̀|tobi die|dé bọ́tìnnì|apá gígùn|apa gigun|nípọn|nipon|fi pamọ́|fi pamo|ọmọlúàbí|omoluabi|aṣọ ìbora|aso ibora`),
    thing: terms(`ògiri|ogiri|yìnyín|yinyin|òtítọ́|otito|gílóòbù|gilobu|fìtílà|fitila|tábìlì|tabili|òkúta|okuta|àkàrà òyìnbó|adìyẹ|adiye|ìrẹsì|iresi|búrẹ́dì|buredi|òrùlé|orule|fèrèsé|ferese`),
  },
  km: {
    coverCue: terms(`មិនថ្លា|គ្រប|វែងជាង|ធំជាង|ទូលាយ|ខ្ចប់|ដៃវែង|ក្រាស់|លាក់|សមរម្យ|អាវក្រៅ`),
    thing: terms(`ជញ្ជាំង|ខ្សែភ្លើង|ខ្សែ|ដើមឈើ|មែកឈើ|ទឹកកក|ការពិត|អំពូល|កម្រាល|ម៉ាស៊ីន|ហោប៉ៅ|បន្ទប់|ផ្ទះ|ភ្នំ|ក្រែមលាបមាត់|ស្បែកជើង|នំខេក|សាច់មាន់|មាន់|អង្ករ|ផ្លែឈើ|នំបុ័ង|ទឹកអប់|ពិដាន|បង្អួច`),
  },
  my: {
    coverCue: terms(`မမြင်ရ|ဖုံး|အုပ်|ရှည်ရှည်|ပိုရှည်|ချောင်ချောင်|တစ်ဆိုဒ်ကြီး|ကြယ်သီးတပ်|လက်ရှည်|ထူထူ|ဖျောက်|ယဉ်ကျေး`),
    thing: terms(`နံရံ|ဝါယာကြိုး|ကြိုး|သစ်ပင်|အကိုင်းအခက်|ရေခဲ|အမှန်တရား|မီးသီး|စားပွဲ|ကြမ်းပြင်|အိတ်ကပ်|အခန်း|အိမ်|ကျောက်|တောင်|သစ်သား|အရောင်|နှုတ်ခမ်းနီ|ဖိနပ်|ကိတ်မုန့်|ကြက်သား|ထမင်း|သစ်သီး|ပေါင်မုန့်|ပုလင်း|ရေမွှေး|မျက်နှာကျက်|ပြတင်းပေါက်|စက်ဘီး`),
  },
  ne: {
    coverCue: terms(`पारदर्शी नहोस्|ढाक|ढाक्नु|ढाकिदेऊ|लामो|खुट्टासम्म|घुँडासम्म|खुकुलो|एक साइज ठूलो|टाँक|पूरा बाहुला|बाक्लो|लुकाऊ|शालीन|सभ्य`),
    thing: terms(
      `भित्ता|पर्खाल|तार|केबल|रूख|हाँगा|बरफ|सत्य|सत्यता|बल्ब|बत्ती|टेबल|भुइँ|इन्जिन|खल्ती|कोठा|घर|ढुङ्गा|माटो|पहाड|धातु|फलाम|तरवार|काठ|रङ|लिपस्टिक|नेल पालिस|जुत्ता|मेकअप|केक|कुखुरा|चिकेन|भात|चामल|फलफूल|रोटी|बोतल|अत्तर|छत|झ्याल|गाडी|साइकल`,
    ),
  },
  mr: {
    coverCue: terms(`पारदर्शक नको|झाक|झाकून|झाका|अस्तर|थर|लांब|घोट्यापर्यंत|गुडघ्यापर्यंत|गळा उंच|सैल|एक साइज मोठा|साइज मोठा|बटण लाव|पूर्ण बाही|जाड|लपव|सभ्य|बाथरोब`),
    thing: terms(
      `भिंत|भिंती|तार|केबल|झाड|झाडे|फांदी|बर्फ|सत्य|बल्ब|दिवा|टेबल|मेज|जमीन|फरशी|इंजिन|खिसा|खोली|घर|दगड|माती|टेकडी|धातू|लोखंड|तलवार|लाकूड|रंग|लिपस्टिक|नेल पॉलिश|चप्पल|बूट|मेकअप|केक|कोंबडी|चिकन|भात|तांदूळ|फळ|पोळी|भाकरी|बाटली|अत्तर|छत|खिडकी|गाडी|सायकल`,
    ),
  },
  pa: {
    coverCue: terms(`ਪਾਰਦਰਸ਼ੀ ਨਾ|ਢੱਕ|ਢੱਕੋ|ਢੱਕ ਦਿਓ|ਲੰਮਾ|ਲੰਬਾ|ਲੰਮੀ|ਗਿੱਟਿਆਂ ਤੱਕ|ਢਿੱਲਾ|ਇੱਕ ਸਾਈਜ਼ ਵੱਡਾ|ਬਟਨ ਲਾ|ਪੂਰੀ ਬਾਂਹ|ਮੋਟਾ|ਮੋਟੇ|ਲੁਕਾ|ਸ਼ਰੀਫ਼|ਸਭਿਅਕ`),
    thing: terms(`ਕੰਧ|ਤਾਰ|ਕੇਬਲ|ਰੁੱਖ|ਟਾਹਣੀ|ਬਰਫ਼|ਸੱਚ|ਸੱਚਾਈ|ਬੱਲਬ|ਦੀਵਾ|ਮੇਜ਼|ਫ਼ਰਸ਼|ਇੰਜਣ|ਜੇਬ|ਕਮਰਾ|ਘਰ|ਪੱਥਰ|ਮਿੱਟੀ|ਪਹਾੜੀ|ਧਾਤ|ਲੋਹਾ|ਤਲਵਾਰ|ਲੱਕੜ|ਰੰਗ|ਲਿਪਸਟਿਕ|ਜੁੱਤੀ|ਮੇਕਅੱਪ|ਕੇਕ|ਮੁਰਗਾ|ਚਿਕਨ|ਚੌਲ|ਫਲ|ਰੋਟੀ|ਬੋਤਲ|ਇਤਰ|ਛੱਤ|ਖਿੜਕੀ|ਗੱਡੀ|ਸਾਈਕਲ`),
  },
  te: {
    coverCue: terms(`పారదర్శకం కాని|కప్పు|కప్పండి|కప్పి|లైనింగ్|పొడవుగా|పొడవైన|చీలమండల వరకు|మోకాళ్ల వరకు|వదులుగా|ఒక సైజు పెద్ద|బటన్ పెట్టు|పూర్తి చేతులు|మందంగా|మందపాటి|దాచు|మర్యాదగా`),
    thing: terms(
      `గోడ|గోడలు|తీగ|వైరు|కేబుల్|చెట్టు|చెట్లు|కొమ్మ|మంచు|నిజం|సత్యం|బల్బు|దీపం|బల్ల|టేబుల్|నేల|ఇంజిన్|జేబు|గది|ఇల్లు|రాయి|మట్టి|కొండ|లోహం|ఇనుము|కత్తి|చెక్క|రంగు|లిప్‌స్టిక్|చెప్పులు|మేకప్|కేక్|కోడి|చికెన్|అన్నం|బియ్యం|పండు|రొట్టె|సీసా|అత్తరు|పైకప్పు|కిటికీ|కారు|సైకిల్`,
    ),
  },
};
