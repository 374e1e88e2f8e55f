import { terms, type Lexicon } from './types.ts';

/**
 * `waterPlay`: children's play by the water, and the lessons and places of it: a sandcastle, a swimming lesson, a
 * lifeguard, splashing, a sprinkler, a water park or slide, a paddling pool, armbands and swim rings, a beach ball,
 * learning to swim. In a generated scene of children that names their swimwear and nothing that dresses, poses, reveals
 * or sexualises (rules.ts, childrenAtPlay), the swimwear is what children at play wear, not a depiction asked of them.
 * Written for this round from the author's knowledge of the languages, no request's sentence; merged into each
 * language's lexicon (index.ts).
 */
export const WATER_PLAY: Readonly<Record<string, Lexicon>> = {
  en: {
    waterPlay: terms(
      `sandcastle|sandcastles|sand castle|sand castles|swimming lesson|swimming lessons|swim lesson|swim lessons|swimming class|swim class|swim team|swim meet|swimming gala|lifeguard|lifeguards|splashing|splash pad|sprinkler|sprinklers|water park|waterpark|water slide|waterslide|paddling pool|kiddie pool|wading pool|floaties|arm floaties|water wings|swim ring|rubber ring|inflatable ring|pool noodle|pool noodles|beach ball|learning to swim|learn to swim|playing in the sand|playing in the waves|bucket and spade|snorkeling|snorkelling`,
    ),
  },
  fr: {
    waterPlay: terms(
      `château de sable|châteaux de sable|chateau de sable|chateaux de sable|cours de natation|leçon de natation|lecon de natation|leçons de natation|maître nageur|maitre nageur|maîtres nageurs|éclaboussent|eclaboussent|arroseur|parc aquatique|toboggan aquatique|pataugeoire|brassards|bouée|bouee|ballon de plage|apprendre à nager|apprendre a nager|apprennent à nager|jouent dans le sable|jouent dans les vagues|pelle et seau`,
    ),
  },
  de: {
    waterPlay: terms(
      `sandburg|sandburgen|schwimmkurs|schwimmunterricht|schwimmstunde|bademeister|rettungsschwimmer|planschen|planscht|plantschen|rasensprenger|wasserpark|spaßbad|spassbad|wasserrutsche|planschbecken|schwimmflügel|schwimmfluegel|schwimmring|schwimmreifen|strandball|schwimmen lernen|lernen schwimmen|im sand spielen|spielen im sand|in den wellen`,
    ),
  },
  es: {
    waterPlay: terms(
      `castillo de arena|castillos de arena|clase de natación|clases de natación|clase de natacion|clases de natacion|socorrista|socorristas|chapotean|chapoteando|aspersor|parque acuático|parque acuatico|tobogán acuático|tobogan acuatico|piscina inflable|manguitos|flotador|flotadores|pelota de playa|aprender a nadar|aprenden a nadar|jugando en la arena|jugando en las olas`,
    ),
  },
  it: {
    waterPlay: terms(
      `castello di sabbia|castelli di sabbia|corso di nuoto|lezione di nuoto|lezioni di nuoto|bagnino|bagnina|schizzano|irrigatore|parco acquatico|acquapark|scivolo d acqua|scivoli d acqua|piscina gonfiabile|braccioli|salvagente|pallone da spiaggia|imparare a nuotare|imparano a nuotare|giocano nella sabbia|giocano tra le onde|paletta e secchiello`,
    ),
  },
  pt: {
    waterPlay: terms(
      `castelo de areia|castelos de areia|aula de natação|aulas de natação|aula de natacao|aulas de natacao|salva vidas|guarda vidas|nadador salvador|brincando na água|brincando na agua|parque aquático|parque aquatico|toboágua|toboagua|piscina inflável|piscina inflavel|boias de braço|boias de braco|bola de praia|aprender a nadar|aprendendo a nadar|brincando na areia`,
    ),
  },
  nl: {
    waterPlay: terms(
      `zandkasteel|zandkastelen|zwemles|zwemlessen|badmeester|strandwacht|spetteren|sproeier|zwemparadijs|waterglijbaan|opblaasbad|zwembandjes|strandbal|leren zwemmen|spelen in het zand|zwemdiploma`,
    ),
  },
  pl: {
    waterPlay: terms(
      `zamek z piasku|zamki z piasku|lekcja pływania|lekcje pływania|lekcja plywania|lekcje plywania|nauka pływania|nauka plywania|ratownik|ratownicy|chlapią|chlapia|chlapanie|zraszacz|park wodny|aquapark|zjeżdżalnia wodna|zjezdzalnia wodna|dmuchany basen|rękawki|rekawki|koło do pływania|piłka plażowa|pilka plazowa|bawią się w piasku|bawia sie w piasku`,
    ),
  },
  ru: {
    waterPlay: terms(
      `замок из песка|замки из песка|песочный замок|урок плавания|уроки плавания|обучение плаванию|спасатель|спасатели|брызгаются|разбрызгиватель|аквапарк|водная горка|водные горки|надувной бассейн|нарукавники|надувной круг|пляжный мяч|учатся плавать|играют в песке|куличики`,
    ),
  },
  uk: {
    waterPlay: terms(`замок з піску|урок плавання|уроки плавання|рятувальник|бризкаються|аквапарк|водна гірка|надувний басейн|нарукавники|надувне коло|пляжний м'яч|вчаться плавати|граються в піску`),
  },
  tr: {
    waterPlay: terms(
      `kumdan kale|kumdan kaleler|yüzme dersi|yuzme dersi|yüzme kursu|yuzme kursu|cankurtaran|su parkı|su parki|aquapark|su kaydırağı|su kaydiragi|şişme havuz|sisme havuz|kolluk|plaj topu|yüzmeyi öğreniyor|yuzmeyi ogreniyor|kumda oynuyor|kumda oynayan`,
    ),
  },
  sv: {
    waterPlay: terms(
      `sandslott|simskola|simlektion|badvakt|livräddare|livraddare|plaskar|vattenspridare|vattenpark|badland|vattenrutschbana|plaskpool|armpuffar|badring|badboll|lär sig simma|lar sig simma|leker i sanden`,
    ),
  },
  da: {
    waterPlay: terms(
      `sandslot|svømmeundervisning|svommeundervisning|svømmehold|livredder|plasker|vandspreder|vandland|vandrutsjebane|soppebassin|svømmevinger|badebold|lærer at svømme|leger i sandet`,
    ),
  },
  nb: {
    waterPlay: terms(`sandslott|svømmeopplæring|svømmekurs|svommekurs|badevakt|livredder|plasker|vannspreder|badeland|vannsklie|plaskebasseng|badeball|lærer å svømme|leker i sanden`),
  },
  fi: {
    waterPlay: terms(
      `hiekkalinna|uimakoulu|uimatunti|hengenpelastaja|uimavalvoja|loiskivat|vesipuisto|vesiliukumäki|vesiliukumaki|kahluuallas|uimasiivet|uimarengas|rantapallo|oppii uimaan|opettelevat uimaan|leikkivät hiekalla`,
    ),
  },
  cs: {
    waterPlay: terms(
      `hrad z písku|hrady z písku|hrad z pisku|plavecký kurz|plavecky kurz|kurz plavání|plavčík|plavcik|cákají|cakaji|postřikovač|aquapark|nafukovací bazén|nafukovaci bazen|rukávky|plavací kruh|učí se plavat|uci se plavat|hrají si v písku`,
    ),
  },
  ro: {
    waterPlay: terms(
      `castel de nisip|castele de nisip|lecții de înot|lectii de inot|curs de înot|curs de inot|salvamar|se stropesc|parc acvatic|piscină gonflabilă|piscina gonflabila|aripioare|colac de înot|minge de plajă|minge de plaja|învață să înoate|invata sa inoate|se joacă în nisip|se joaca in nisip`,
    ),
  },
  hu: {
    waterPlay: terms(
      `homokvár|homokvar|úszásoktatás|uszasoktatas|úszóedzés|vízimentő|vizimento|pancsolnak|élményfürdő|elmenyfurdo|felfújható medence|karúszó|karuszo|úszógumi|uszogumi|strandlabda|úszni tanul|homokoznak`,
    ),
  },
  el: {
    waterPlay: terms(
      `κάστρο στην άμμο|κάστρα στην άμμο|μαθήματα κολύμβησης|μάθημα κολύμβησης|μαθήματα κολύμπι|ναυαγοσώστης|πιτσιλίζονται|νεροτσουλήθρα|φουσκωτή πισίνα|μπρατσάκια|μπάλα παραλίας|μαθαίνουν κολύμπι|παίζουν στην άμμο`,
    ),
  },
  ar: {
    waterPlay: terms(`قلعة رملية|قلاع رملية|درس سباحة|دروس سباحة|دروس السباحة|منقذ|حديقة مائية|منتزه مائي|زحليقة مائية|مسبح قابل للنفخ|عوامة|عوامات|كرة شاطئ|يتعلمون السباحة|يلعبون في الرمل`),
  },
  hi: {
    waterPlay: terms(`रेत का महल|रेत के महल|तैराकी कक्षा|तैराकी सीख|लाइफगार्ड|वाटर पार्क|पानी में खेल|रेत में खेल`),
  },
  id: {
    waterPlay: terms(
      `istana pasir|kelas renang|les renang|belajar berenang|belajar renang|penjaga pantai|bermain air|main air|taman air|perosotan air|kolam tiup|pelampung|bola pantai|main pasir|bermain pasir`,
    ),
  },
  vi: {
    waterPlay: terms(`lâu đài cát|học bơi|lớp bơi|cứu hộ|té nước|nghịch nước|công viên nước|cầu trượt nước|bể bơi phao|phao bơi|bóng bãi biển|chơi cát`),
  },
  ja: {
    waterPlay: terms(
      `砂の城|砂遊び|水泳教室|スイミングスクール|ライフガード|監視員|水遊び|スプリンクラー|ウォーターパーク|ウォータースライダー|ビニールプール|浮き輪|うきわ|ビーチボール|泳ぎの練習|プール遊び`,
    ),
  },
  zh: {
    waterPlay: terms(`沙堡|堆沙堡|游泳课|游泳課|救生员|救生員|戏水|戲水|玩水|洒水器|灑水器|水上乐园|水上樂園|滑水道|充气泳池|充氣泳池|游泳圈|沙滩球|沙灘球|学游泳|學游泳|玩沙`),
  },
  ko: {
    waterPlay: terms(`모래성|수영 강습|수영강습|수영 수업|안전요원|인명구조원|물놀이|스프링클러|워터파크|워터 슬라이드|간이 수영장|비치볼|수영 배우|모래놀이`),
  },
};
