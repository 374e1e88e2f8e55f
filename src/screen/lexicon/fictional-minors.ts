import { terms, type Lexicon } from './types.ts';

/**
 * Well-known fictional characters who are minors (under 18) in their canon, so that a request such as
 * "Anya Forger in lingerie", "Nezuko bikini" or "Чибиуса секси" is read as sexualising a child character:
 * the names are `minor` terms, and the rules that join a minor to a sexual, nude or suggestive concept do the rest.
 *
 * Which characters: the ones most drawn in fan art and most often sexualised (anime and manga, games,
 * Western cartoons, children's books), each clearly under 18 in their main appearance: a child, or a
 * middle- or high-school student. Characters whose canon age is adult or disputed are left out (an ancient
 * vampire or dragon in a child's body, a teen who spends half the story as an adult, an idol whose age is
 * never given), as are animals, robots without a child's age and live-action roles known by the actor's name.
 * Two exceptions with no stated age are kept because their canon draws and describes them as children:
 * Touhou's fairies and its young shrine maiden and witch, and the destroyer girls of Azur Lane and KanColle
 * (these only with their game's name, since their names are ships, words and places).
 *
 * How they are written, since a false match blocks an innocent request:
 * - No bare first name that is also a common personal name or an ordinary word in some language ("anya"
 *   is Hungarian for mother and a common Russian name; "alice", "heidi", "ellie", "sakura", "hinata",
 *   "luna", "rem", "klee"): those come with a surname or their franchise ("anya forger", "hinata hyuga",
 *   "rem re zero", "klee genshin", "masha and the bear", "alice in wonderland").
 * - A single name only where it is nobody's ordinary name nor a word anywhere: "chibiusa", "nezuko",
 *   "nobita", "xuka", "wiske", "megumin", "cirno".
 * - Japanese, Chinese and Korean terms match anywhere in the text (no word spaces), so they are full names or
 *   names of three or more characters that are no ordinary word nor part of one (綾波 and 赫敏 are names
 *   only; 小兰, 大雄, 静香, 明日香, シロコ, 릴리에 are left out or given in full where they would collide: 大雄宝殿,
 *   シロコロ, 릴리에게).
 * - Latin script in lower case, with diacritics where fans write them and a plain-ASCII twin; Russian
 *   names that decline are given in the cases a request uses ("аню форджер"), or with `*` on a distinctive stem.
 * - Localised names (Vietnamese "Xuka", Dutch "Wiske", French "Fifi Brindacier", Brazilian "Wandinha") are
 *   listed under their language.
 *
 * Written for this round from the author's general knowledge of these franchises and of how fans spell the
 * names; none of it is taken from any evaluation set.
 */
export const FICTIONAL_MINORS: Readonly<Record<string, Lexicon>> = {
  /** Latin script: English names, romaji in both name orders, pinyin, common fan spellings. */
  en: {
    minor: [
      // Spy x Family
      ...terms(`anya forger|forger anya|anya from spy x family|anya spy x family|anya spy family|spy x family anya|becky blackbell|damian desmond`),
      // Naruto, Boruto
      ...terms(
        `hinata hyuga|hinata hyuuga|hinata hyūga|hyuga hinata|hyuuga hinata|hinata from naruto|sakura haruno|haruno sakura|ino yamanaka|yamanaka ino|naruto uzumaki|uzumaki naruto|sasuke uchiha|uchiha sasuke|sarada uchiha|uchiha sarada|himawari uzumaki|uzumaki himawari|boruto uzumaki|uzumaki boruto`,
      ),
      // Neon Genesis Evangelion
      ...terms(
        `rei ayanami|ayanami rei|asuka langley|asuka langley soryu|asuka langley sohryu|asuka langley shikinami|asuka soryu|soryu asuka|souryuu asuka|asuka shikinami|shikinami asuka|asuka from evangelion|asuka evangelion|shinji ikari|ikari shinji|hikari horaki`,
      ),
      // Sailor Moon (the Inner and Outer Senshi are 14 to 16; Chibiusa a child)
      ...terms(
        `sailor moon|sailor mercury|sailor mars|sailor jupiter|sailor venus|sailor saturn|sailor uranus|sailor neptune|sailor chibi moon|sailor chibimoon|chibiusa|chibi usa|chibi-usa|chibimoon|chibi moon|rini tsukino|usagi tsukino|tsukino usagi|serena tsukino|ami mizuno|mizuno ami|amy mizuno|rei hino|hino rei|raye hino|makoto kino|kino makoto|lita kino|minako aino|aino minako|mina aino|hotaru tomoe|tomoe hotaru|haruka tenoh|haruka tenou|tenoh haruka|amara tenoh|michiru kaioh|michiru kaiou|kaioh michiru`,
      ),
      // Demon Slayer (Kimetsu no Yaiba)
      ...terms(
        `nezuko|nezuko kamado|kamado nezuko|tanjiro|tanjirou|tanjiro kamado|kamado tanjiro|zenitsu|zenitsu agatsuma|agatsuma zenitsu|inosuke|inosuke hashibira|hashibira inosuke|kanao tsuyuri|tsuyuri kanao|aoi kanzaki|kanzaki aoi|muichiro tokito|muichirou tokitou|tokito muichiro|genya shinazugawa`,
      ),
      // Jujutsu Kaisen
      ...terms(
        `yuji itadori|itadori yuji|megumi fushiguro|fushiguro megumi|nobara kugisaki|kugisaki nobara|maki zenin|maki zen'in|zenin maki|zen'in maki|mai zenin|mai zen'in|toge inumaki|inumaki toge|yuta okkotsu|okkotsu yuta|rika orimoto|kasumi miwa|momo nishimiya`,
      ),
      // My Hero Academia
      ...terms(
        `izuku midoriya|midoriya izuku|midoriya|katsuki bakugo|katsuki bakugou|bakugo katsuki|bakugou katsuki|bakugo|bakugou|shoto todoroki|shouto todoroki|todoroki shoto|todoroki shouto|ochaco uraraka|ochako uraraka|uraraka ochaco|uraraka ochako|ochaco|ochako|uraraka|uravity|tsuyu asui|asui tsuyu|froppy|momo yaoyorozu|yaoyorozu momo|yaoyorozu|yaomomo|kyoka jiro|kyouka jirou|jiro kyoka|jirou kyouka|toru hagakure|mina ashido|ashido mina|himiko toga|toga himiko|mei hatsume|itsuka kendo|kendo itsuka|tenya iida|eijiro kirishima|denki kaminari|eri from my hero academia`,
      ),
      // Pokémon (the anime's and games' trainers are ten to eleven)
      ...terms(
        `ash ketchum|misty from pokemon|misty pokemon|pokemon misty|misty from pokémon|pokémon misty|may from pokemon|pokemon may|may from pokémon|dawn from pokemon|dawn pokemon|pokemon dawn|dawn from pokémon|pokémon dawn|serena from pokemon|serena pokemon|pokemon serena|serena from pokémon|pokémon serena|lillie pokemon|pokemon lillie|lillie from pokemon|lillie pokémon|pokémon lillie|bonnie from pokemon|bonnie pokemon|pokemon bonnie`,
      ),
      // Doraemon
      ...terms(`nobita|nobita nobi|nobi nobita|shizuka minamoto|minamoto shizuka|shizuka from doraemon|shizuka doraemon|doraemon shizuka|suneo|suneo honekawa`),
      // Detective Conan (Case Closed)
      ...terms(
        `ran mouri|mouri ran|ran mori|mori ran|ran mōri|rachel moore|sonoko suzuki|suzuki sonoko|kazuha toyama|toyama kazuha|ayumi yoshida|yoshida ayumi|conan edogawa|edogawa conan|shinichi kudo|shinichi kudou|kudo shinichi|jimmy kudo`,
      ),
      // Miss Kobayashi's Dragon Maid
      ...terms(`kanna kamui|kamui kanna|kanna from dragon maid|kanna dragon maid|riko saikawa|saikawa riko`),
      // Made in Abyss
      ...terms(`riko from made in abyss|riko made in abyss|made in abyss riko|prushka`),
      // K-On!
      ...terms(
        `yui hirasawa|hirasawa yui|mio akiyama|akiyama mio|ritsu tainaka|tainaka ritsu|tsumugi kotobuki|kotobuki tsumugi|mugi kotobuki|azusa nakano|nakano azusa|azunyan|ui hirasawa|hirasawa ui`,
      ),
      // Love Live! (μ's and Aqours, high-school students)
      ...terms(
        `honoka kosaka|honoka kousaka|kosaka honoka|kousaka honoka|eli ayase|ayase eli|kotori minami|minami kotori|umi sonoda|sonoda umi|rin hoshizora|hoshizora rin|maki nishikino|nishikino maki|nozomi tojo|nozomi toujou|tojo nozomi|toujou nozomi|hanayo koizumi|koizumi hanayo|nico yazawa|niko yazawa|yazawa nico|chika takami|takami chika|riko sakurauchi|sakurauchi riko|kanan matsuura|matsuura kanan|dia kurosawa|kurosawa dia|ruby kurosawa|kurosawa ruby|you watanabe|watanabe you|yoshiko tsushima|tsushima yoshiko|yohane love live|hanamaru kunikida|kunikida hanamaru|mari ohara|ohara mari`,
      ),
      // The Idolmaster, Cinderella Girls
      ...terms(
        `haruka amami|amami haruka|chihaya kisaragi|kisaragi chihaya|iori minase|minase iori|yayoi takatsuki|takatsuki yayoi|ami futami|futami ami|mami futami|futami mami|miki hoshii|hoshii miki|yukiho hagiwara|hagiwara yukiho|hibiki ganaha|ganaha hibiki|uzuki shimamura|shimamura uzuki|rin shibuya|shibuya rin|mio honda|honda mio|anzu futaba|futaba anzu|chieri ogata|ogata chieri|rika jougasaki|rika jogasaki|jougasaki rika|miria akagi|akagi miria|kaoru ryuzaki|kaoru ryuuzaki|ryuzaki kaoru|momoka sakurai|sakurai momoka|arisu tachibana|tachibana arisu|koume shirasaka|shirasaka koume|sachiko koshimizu|koshimizu sachiko|ranko kanzaki|kanzaki ranko|kirari moroboshi|moroboshi kirari`,
      ),
      // Blue Archive (the students of Kivotos)
      ...terms(
        `shiroko|shiroko sunaookami|sunaookami shiroko|hoshino takanashi|takanashi hoshino|nonomi izayoi|izayoi nonomi|serika kuromi|kuromi serika|ayane okusora|okusora ayane|aru rikuhachima|rikuhachima aru|mutsuki asagi|asagi mutsuki|kayoko onikata|onikata kayoko|haruka igusa|igusa haruka|hina sorasaki|sorasaki hina|iori shiromi|shiromi iori|ako amau|amau ako|yuuka hayase|yuka hayase|hayase yuuka|hayase yuka|noa ushio|ushio noa|alice tendou|alice tendo|arisu tendou|tendou alice|tendou arisu|momoi saiba|saiba momoi|midori saiba|saiba midori|yuzu hanaoka|hanaoka yuzu|mika misono|misono mika|nagisa kirifuji|kirifuji nagisa|seia yurizono|yurizono seia|hifumi ajitani|ajitani hifumi|azusa shirasu|shirasu azusa|hanako urawa|urawa hanako|koharu shimoe|shimoe koharu|hasumi hanekawa|toki asuma|asuma toki|neru mikamo|mikamo neru|asuna ichinose|ichinose asuna|karin kakudate|kakudate karin`,
      ),
      // Genshin Impact, Honkai: Star Rail (child characters)
      ...terms(
        `klee genshin|genshin klee|klee from genshin|klee genshin impact|genshin impact klee|diona genshin|genshin diona|diona from genshin|yaoyao genshin|genshin yaoyao|yaoyao from genshin|clara star rail|clara honkai|clara from star rail|star rail clara`,
      ),
      // Azur Lane and KanColle destroyer girls, named with their game
      ...terms(
        `laffey azur lane|azur lane laffey|javelin azur lane|azur lane javelin|ayanami azur lane|azur lane ayanami|z23 azur lane|azur lane z23|unicorn azur lane|azur lane unicorn|akatsuki kancolle|kancolle akatsuki|hibiki kancolle|kancolle hibiki|ikazuchi kancolle|kancolle ikazuchi|inazuma kancolle|kancolle inazuma|shimakaze kancolle|kancolle shimakaze|fubuki kancolle|kancolle fubuki|yuudachi kancolle|kancolle yuudachi|desdiv6|desdiv 6`,
      ),
      // Touhou Project (its fairies, and the human shrine maiden and witch)
      ...terms(`cirno|clownpiece|three fairies of light|reimu|reimu hakurei|hakurei reimu|marisa kirisame|kirisame marisa`),
      // Re:Zero
      ...terms(
        `rem re zero|rem re:zero|rem rezero|rem from re zero|rem from re:zero|rem from rezero|ram re zero|ram re:zero|ram rezero|ram from re zero|ram from re:zero|rem and ram|ram and rem|petra leyte`,
      ),
      // Oshi no Ko
      ...terms(`ruby hoshino|hoshino ruby|aqua hoshino|hoshino aqua|kana arima|arima kana|akane kurokawa|kurokawa akane`),
      // Bocchi the Rock!
      ...terms(`bocchi|hitori gotoh|hitori goto|gotoh hitori|goto hitori|nijika ijichi|ijichi nijika|ikuyo kita|kita ikuyo`),
      // Lucky Star
      ...terms(`konata|konata izumi|izumi konata|kagami hiiragi|hiiragi kagami|tsukasa hiiragi|hiiragi tsukasa|miyuki takara|takara miyuki|yutaka kobayakawa|minami iwasaki`),
      // Cardcaptor Sakura
      ...terms(`sakura kinomoto|kinomoto sakura|cardcaptor sakura|card captor sakura|sakura avalon|tomoyo daidouji|tomoyo daidoji|daidouji tomoyo|meiling li|li meiling|syaoran|syaoran li|li syaoran`),
      // Puella Magi Madoka Magica
      ...terms(
        `madoka magica|madoka kaname|kaname madoka|homura akemi|akemi homura|sayaka miki|miki sayaka|kyoko sakura|kyouko sakura|sakura kyoko|sakura kyouko|mami tomoe|tomoe mami|nagisa momoe|momoe nagisa`,
      ),
      // One Piece (its teenage princesses)
      ...terms(
        `shirahoshi|princess shirahoshi|nefertari vivi|vivi nefertari|princess vivi|charlotte pudding|pudding charlotte|rebecca one piece|rebecca from one piece|carrot one piece|carrot from one piece`,
      ),
      // Hunter x Hunter
      ...terms(`gon freecss|gon freecs|killua|killua zoldyck|alluka zoldyck`),
      // Fullmetal Alchemist
      ...terms(`winry rockbell|edward elric`),
      // Bleach
      ...terms(`orihime inoue|inoue orihime|yuzu kurosaki|karin kurosaki|tatsuki arisawa`),
      // Kill la Kill
      ...terms(`ryuko matoi|ryuuko matoi|matoi ryuko|mako mankanshoku`),
      // Toradora!, Kaguya-sama, Komi Can't Communicate, My Dress-Up Darling, Nagatoro, Takagi-san
      ...terms(
        `taiga aisaka|aisaka taiga|kaguya shinomiya|shinomiya kaguya|chika fujiwara|fujiwara chika|ai hayasaka|hayasaka ai|shoko komi|shouko komi|komi shoko|komi shouko|komi-san|komi san|marin kitagawa|kitagawa marin|hayase nagatoro|nagatoro hayase|nagatoro-san|nagatoro san|miss nagatoro|teasing master takagi|karakai jouzu no takagi|karakai jozu no takagi`,
      ),
      // The Quintessential Quintuplets
      ...terms(`ichika nakano|nakano ichika|nino nakano|nakano nino|miku nakano|nakano miku|yotsuba nakano|nakano yotsuba|itsuki nakano|nakano itsuki`),
      // Sword Art Online
      ...terms(
        `asuna yuuki|yuuki asuna|asuna yuki|yuki asuna|asuna sao|sao asuna|asuna from sword art online|silica sao|keiko ayano|leafa|suguha kirigaya|kirigaya suguha|sinon sao|shino asada|asada shino|kirito|kazuto kirigaya`,
      ),
      // Girls und Panzer
      ...terms(`miho nishizumi|nishizumi miho|alice shimada|shimada alice`),
      // KonoSuba, No Game No Life
      ...terms(`megumin|yunyun|shiro no game no life|shiro from no game no life`),
      // Fate (Prisma Illya, Fate/Grand Order)
      ...terms(
        `illyasviel|illyasviel von einzbern|illya von einzbern|illya einzbern|prisma illya|illya prisma|chloe von einzbern|kuro von einzbern|miyu edelfelt|abigail williams fgo|abigail fgo|abigail williams fate`,
      ),
      // Lycoris Recoil
      ...terms(`chisato nishikigi|nishikigi chisato|takina inoue|inoue takina`),
      // Kodomo no Jikan, Non Non Biyori, Azumanga Daioh
      ...terms(`rin kokonoe|kokonoe rin|renge miyauchi|miyauchi renge|renchon|chiyo mihama|mihama chiyo`),
      // Hyouka, The Melancholy of Haruhi Suzumiya
      ...terms(`eru chitanda|chitanda eru|chitanda|haruhi suzumiya|suzumiya haruhi`),
      // Monogatari
      ...terms(`mayoi hachikuji|hachikuji mayoi|hachikuji|nadeko sengoku|sengoku nadeko|tsukihi araragi|araragi tsukihi|karen araragi|araragi karen`),
      // To Love-Ru, High School DxD, Kakegurui
      ...terms(
        `lala deviluke|lala satalin deviluke|momo deviluke|momo belia deviluke|nana deviluke|nana astar deviluke|mikan yuuki|yuuki mikan|mikan yuki|koneko toujou|toujou koneko|koneko tojo|tojo koneko|yumeko jabami|jabami yumeko`,
      ),
      // Magical girls: Tokyo Mew Mew, Ojamajo Doremi, Pretty Cure (the Cure names themselves in Japanese only: "cure white", "cure blossom" are English phrases)
      ...terms(`ichigo momomiya|momomiya ichigo|mew ichigo|tokyo mew mew|doremi harukaze|harukaze doremi|ojamajo doremi|precure|pretty cure`),
      // Crayon Shin-chan, Chibi Maruko-chan
      ...terms(`crayon shin-chan|crayon shinchan|shin-chan|shinchan|shin chan|shinnosuke nohara|nohara shinnosuke|himawari nohara|chibi maruko|chibi maruko-chan|maruko-chan|maruko chan`),
      // Vocaloid (official ages: Miku 16, Rin and Len 14, Luo Tianyi 15)
      ...terms(`hatsune miku|miku hatsune|kagamine rin|rin kagamine|kagamine len|len kagamine|luo tianyi`),
      // Persona 3, 4 and 5
      ...terms(
        `nanako dojima|dojima nanako|rise kujikawa|kujikawa rise|chie satonaka|satonaka chie|yukiko amagi|amagi yukiko|naoto shirogane|futaba sakura|sakura futaba|ann takamaki|takamaki ann|yukari takeba|takeba yukari|fuuka yamagishi`,
      ),
      // Other games: The Last of Us (Part I), The Walking Dead, Undertale
      ...terms(
        `ellie from the last of us|ellie the last of us|ellie last of us|ellie from tlou|ellie tlou|tlou ellie|clementine walking dead|clementine from the walking dead|clementine twd|frisk undertale|chara undertale`,
      ),
      // The Simpsons, The Loud House
      ...terms(`lisa simpson|bart simpson|maggie simpson|lincoln loud|lori loud|leni loud|luna loud|luan loud|lynn loud|lucy loud|lana loud|lola loud|lisa loud|lily loud`),
      // Masha and the Bear, Heidi, Pippi Longstocking, Alice in Wonderland, Dora the Explorer, Anne of Green Gables
      ...terms(
        `masha and the bear|masha from masha and the bear|heidi from the alps|heidi of the alps|heidi girl of the alps|pippi longstocking|pippi longstockings|pippi långstrump|pippi langstrump|alice in wonderland|alice from alice in wonderland|alice through the looking glass|alice liddell|dora the explorer|dora marquez|dora márquez|anne of green gables`,
      ),
      // The Addams Family, Suske en Wiske (Spike and Suzy), Lolita, Peter Pan, Matilda, Annie, Coraline
      ...terms(`wednesday addams|wednesday adams|suske and wiske|spike and suzy|dolores haze|wendy darling|matilda wormwood|little orphan annie|coraline jones`),
      // Totally Spies!, Kim Possible, Sabrina the Teenage Witch, Winx Club, Miraculous
      ...terms(
        `totally spies|clover from totally spies|sam from totally spies|alex from totally spies|clover totally spies|sam totally spies|alex totally spies|kim possible|ron stoppable|sabrina spellman|winx club|bloom winx|bloom from winx|stella winx|flora winx|musa winx|tecna winx|aisha winx|layla winx|marinette dupain-cheng|marinette dupain cheng|miraculous ladybug|ladybug miraculous|adrien agreste|chat noir miraculous`,
      ),
      // Avatar: The Last Airbender, Legend of Korra
      ...terms(
        `avatar aang|aang avatar|toph|toph beifong|katara avatar|avatar katara|katara from avatar|katara from the last airbender|sokka avatar|prince zuko|zuko avatar|princess azula|azula|ty lee avatar|jinora`,
      ),
      // Stranger Things, Harry Potter (Hogwarts students)
      ...terms(`eleven from stranger things|eleven stranger things|stranger things eleven|max mayfield|hermione granger|ginny weasley|luna lovegood|cho chang|gabrielle delacour`),
      // Steven Universe, Gravity Falls, Star vs the Forces of Evil, The Owl House, Amphibia, Ben 10
      ...terms(`steven universe|connie maheswaran|mabel pines|dipper pines|wendy corduroy|star butterfly|luz noceda|amity blight|anne boonchuy|marcy wu|sasha waybright|gwen tennyson`),
      // Danny Phantom, Jimmy Neutron, Hey Arnold!, The Proud Family, Rugrats, The Powerpuff Girls
      ...terms(`sam manson|danny fenton|jazz fenton|cindy vortex|helga pataki|penny proud|angelica pickles|powerpuff girls|powerpuff girl|blossom bubbles and buttercup`),
      // Disney and Pixar (Ariel 16, Moana 16, Violet 14, Lilo 6, Riley, Mei, Mirabel), Despicable Me
      ...terms(
        `ariel the little mermaid|ariel from the little mermaid|ariel little mermaid|little mermaid ariel|princess ariel|moana waialiki|disney moana|moana disney|violet parr|violet from the incredibles|violet incredibles|lilo pelekai|lilo and stitch|lilo & stitch|riley andersen|mei lee turning red|meilin lee|mirabel madrigal|agnes gru|margo gru|edith gru`,
      ),
      // Russian children's science fiction (Guest from the Future)
      ...terms(`alisa selezneva|alisa seleznyova`),
    ],
  },

  /** Japanese script. */
  ja: {
    minor: [
      // Spy x Family
      ...terms(`アーニャ・フォージャー|アーニャフォージャー|アーニャ フォージャー|アーニャちゃん|ベッキー・ブラックベル|ダミアン・デズモンド`),
      // Naruto, Boruto
      ...terms(`日向ヒナタ|春野サクラ|山中いの|うずまきナルト|うちはサスケ|うちはサラダ|うずまきヒマワリ|うずまきボルト`),
      // Neon Genesis Evangelion
      ...terms(`綾波レイ|綾波|惣流・アスカ・ラングレー|式波・アスカ・ラングレー|アスカ・ラングレー|アスカラングレー|惣流アスカ|式波アスカ|碇シンジ|洞木ヒカリ`),
      // Sailor Moon
      ...terms(
        `セーラームーン|セーラーマーキュリー|セーラーマーズ|セーラージュピター|セーラーヴィーナス|セーラーサターン|セーラーウラヌス|セーラーネプチューン|セーラーちびムーン|ちびうさ|ちびムーン|月野うさぎ|水野亜美|火野レイ|木野まこと|愛野美奈子|土萠ほたる|天王はるか|海王みちる`,
      ),
      // Demon Slayer
      ...terms(`竈門禰豆子|禰豆子|祢豆子|ねずこ|ネズコ|竈門炭治郎|炭治郎|我妻善逸|嘴平伊之助|栗花落カナヲ|時透無一郎|神崎アオイ|不死川玄弥`),
      // Jujutsu Kaisen
      ...terms(`虎杖悠仁|伏黒恵|釘崎野薔薇|禪院真希|禅院真希|禪院真依|禅院真依|狗巻棘|乙骨憂太|祈本里香|三輪霞|西宮桃`),
      // My Hero Academia
      ...terms(`緑谷出久|爆豪勝己|轟焦凍|麗日お茶子|蛙吹梅雨|八百万百|耳郎響香|葉隠透|芦戸三奈|トガヒミコ|渡我被身子|発目明|拳藤一佳|飯田天哉|切島鋭児郎|上鳴電気`),
      // Pokémon, Doraemon
      ...terms(`リーリエ|野比のび太|のび太|源静香|源しずか|骨川スネ夫|スネ夫`),
      // Detective Conan
      ...terms(`毛利蘭|鈴木園子|遠山和葉|吉田歩美|江戸川コナン|工藤新一`),
      // Miss Kobayashi's Dragon Maid, Made in Abyss
      ...terms(`カンナカムイ|カンナ・カムイ|才川リコ|プルシュカ`),
      // K-On!
      ...terms(`平沢唯|秋山澪|田井中律|琴吹紬|中野梓|平沢憂|あずにゃん`),
      // Love Live!
      ...terms(`高坂穂乃果|絢瀬絵里|南ことり|園田海未|星空凛|西木野真姫|東條希|小泉花陽|矢澤にこ|矢沢にこ|高海千歌|桜内梨子|松浦果南|黒澤ダイヤ|渡辺曜|津島善子|国木田花丸|小原鞠莉|黒澤ルビィ`),
      // The Idolmaster
      ...terms(
        `天海春香|如月千早|水瀬伊織|高槻やよい|双海亜美|双海真美|星井美希|萩原雪歩|我那覇響|島村卯月|渋谷凛|本田未央|双葉杏|緒方智絵里|城ヶ崎莉嘉|赤城みりあ|龍崎薫|櫻井桃華|橘ありす|白坂小梅|輿水幸子|神崎蘭子|諸星きらり`,
      ),
      // Blue Archive
      ...terms(
        `砂狼シロコ|小鳥遊ホシノ|十六夜ノノミ|黒見セリカ|奥空アヤネ|陸八魔アル|浅黄ムツキ|鬼方カヨコ|伊草ハルカ|空崎ヒナ|銀鏡イオリ|天雨アコ|早瀬ユウカ|生塩ノア|天童アリス|才羽モモイ|才羽ミドリ|花岡ユズ|聖園ミカ|桐藤ナギサ|百合園セイア|阿慈谷ヒフミ|白洲アズサ|浦和ハナコ|下江コハル|羽川ハスミ|飛鳥馬トキ|美甘ネル|一之瀬アスナ|角楯カリン`,
      ),
      // Genshin Impact, KanColle
      ...terms(`ディオナ|ヤオヤオ|第六駆逐隊`),
      // Touhou Project
      ...terms(`チルノ|クラウンピース|光の三妖精|博麗霊夢|霧雨魔理沙`),
      // Re:Zero
      ...terms(`レムとラム|ラムとレム|リゼロのレム|リゼロのラム|ペトラ・レイテ`),
      // Oshi no Ko, Bocchi the Rock!
      ...terms(`星野ルビー|星野アクア|有馬かな|黒川あかね|後藤ひとり|ぼっちちゃん|伊地知虹夏|山田リョウ|喜多郁代`),
      // Lucky Star, Cardcaptor Sakura, Madoka Magica
      ...terms(
        `泉こなた|柊かがみ|柊つかさ|高良みゆき|小早川ゆたか|岩崎みなみ|木之本桜|カードキャプターさくら|大道寺知世|李苺鈴|李小狼|鹿目まどか|暁美ほむら|美樹さやか|佐倉杏子|巴マミ|百江なぎさ|まどマギ`,
      ),
      // One Piece, Hunter x Hunter, Fullmetal Alchemist, Bleach
      ...terms(
        `しらほし姫|しらほし|ネフェルタリ・ビビ|ビビ王女|シャーロット・プリン|ゴン＝フリークス|ゴン・フリークス|キルア|キルア＝ゾルディック|アルカ＝ゾルディック|ウィンリィ|ウィンリィ・ロックベル|エドワード・エルリック|井上織姫|黒崎遊子|黒崎夏梨|有沢竜貴`,
      ),
      // Kill la Kill, Toradora!, Kaguya-sama, Komi-san, Dress-Up Darling, Nagatoro, Takagi-san
      ...terms(`纏流子|満艦飾マコ|逢坂大河|四宮かぐや|藤原千花|早坂愛|古見硝子|喜多川海夢|長瀞早瀬|長瀞さん|からかい上手の高木さん`),
      // The Quintessential Quintuplets, Sword Art Online, Girls und Panzer
      ...terms(`中野一花|中野二乃|中野三玖|中野四葉|中野五月|結城明日奈|リーファ|桐ヶ谷直葉|シノン|朝田詩乃|綾野珪子|西住みほ|島田愛里寿`),
      // KonoSuba, Fate, Lycoris Recoil
      ...terms(`めぐみん|イリヤスフィール|クロエ・フォン・アインツベルン|美遊・エーデルフェルト|アビゲイル・ウィリアムズ|錦木千束|井ノ上たきな`),
      // Kodomo no Jikan, Non Non Biyori, Azumanga Daioh, Hyouka, Haruhi Suzumiya, Monogatari
      ...terms(`九重りん|宮内れんげ|れんちょん|美浜ちよ|千反田える|涼宮ハルヒ|八九寺真宵|千石撫子|阿良々木月火|阿良々木火憐`),
      // To Love-Ru, High School DxD, Kakegurui
      ...terms(`ララ・サタリン・デビルーク|モモ・ベリア・デビルーク|ナナ・アスタ・デビルーク|結城美柑|塔城小猫|蛇喰夢子`),
      // Tokyo Mew Mew, Ojamajo Doremi, Pretty Cure
      ...terms(
        `桃宮いちご|東京ミュウミュウ|春風どれみ|おジャ魔女どれみ|プリキュア|キュアブラック|キュアホワイト|キュアブルーム|キュアイーグレット|キュアピーチ|キュアブロッサム|キュアマリン|キュアメロディ|キュアリズム|キュアミラクル|キュアマジカル|キュアホイップ|キュアプレシャス|キュアプリズム`,
      ),
      // Crayon Shin-chan, Chibi Maruko-chan, Vocaloid
      ...terms(`野原しんのすけ|クレヨンしんちゃん|野原ひまわり|ちびまる子ちゃん|ちびまる子|初音ミク|鏡音リン|鏡音レン|洛天依`),
      // Persona
      ...terms(`堂島菜々子|久慈川りせ|里中千枝|天城雪子|白鐘直斗|佐倉双葉|高巻杏|岳羽ゆかり|山岸風花`),
      // Western characters as Japanese fans write them
      ...terms(
        `リサ・シンプソン|ウェンズデー・アダムス|長くつ下のピッピ|不思議の国のアリス|アルプスの少女ハイジ|マーシャと熊|赤毛のアン|ハーマイオニー|ハーマイオニー・グレンジャー|ジニー・ウィーズリー|ルーナ・ラブグッド|キム・ポッシブル|パワーパフガールズ`,
      ),
    ],
  },

  /** Chinese, Simplified and Traditional: the names Chinese fans use. */
  zh: {
    minor: [
      // Spy x Family
      ...terms(`阿尼亚|阿尼亞|安妮亚|安妮亞|安妮亚·福杰|安妮亞·佛傑|贝琪·布莱克贝尔|达米安·戴斯蒙德`),
      // Naruto, Boruto
      ...terms(`日向雏田|日向雛田|雏田|雛田|春野樱|春野櫻|山中井野|漩涡鸣人|漩渦鳴人|宇智波佐助|宇智波莎拉娜|宇智波佐良娜|漩涡向日葵|漩渦向日葵|漩涡博人|漩渦博人`),
      // Neon Genesis Evangelion
      ...terms(`绫波丽|綾波麗|绫波零|綾波零|绫波|綾波|惣流·明日香·兰格雷|式波·明日香·兰格雷|明日香·兰格雷|明日香兰格雷|明日香·蘭格雷|明日香蘭格雷|碇真嗣|洞木光`),
      // Sailor Moon
      ...terms(`美少女战士|美少女戰士|水冰月|水兵月|月野兔|水野亚美|水野亞美|火野丽|火野麗|木野真琴|爱野美奈子|愛野美奈子|土萌萤|土萌螢|海王满|海王滿`),
      // Demon Slayer
      ...terms(`祢豆子|禰豆子|弥豆子|灶门祢豆子|灶門禰豆子|炭治郎|灶门炭治郎|灶門炭治郎|我妻善逸|嘴平伊之助|栗花落香奈乎|时透无一郎|時透無一郎|不死川玄弥|不死川玄彌`),
      // Jujutsu Kaisen
      ...terms(`虎杖悠仁|伏黑惠|伏黒恵|钉崎野蔷薇|釘崎野薔薇|禅院真希|禪院真希|禅院真依|禪院真依|狗卷棘|狗捲棘|乙骨忧太|乙骨憂太|祈本里香|三轮霞|三輪霞`),
      // My Hero Academia
      ...terms(`绿谷出久|綠谷出久|爆豪胜己|爆豪勝己|轰焦冻|轟焦凍|丽日御茶子|麗日御茶子|蛙吹梅雨|耳郎响香|耳郎響香|渡我被身子|被身子|发目明|發目明|拳藤一佳|饭田天哉|飯田天哉|切岛锐儿郎|上鸣电气`),
      // Pokémon, Doraemon
      ...terms(`莉莉艾|野比大雄|源静香|源靜香|骨川小夫`),
      // Detective Conan
      ...terms(`毛利兰|毛利蘭|铃木园子|鈴木園子|远山和叶|遠山和葉|吉田步美|江户川柯南|江戶川柯南|工藤新一`),
      // Miss Kobayashi's Dragon Maid, Made in Abyss
      ...terms(`康娜|康娜卡姆依|康娜·卡姆依|才川莉子|普鲁修卡|普魯修卡`),
      // K-On!
      ...terms(`平泽唯|平澤唯|秋山澪|田井中律|琴吹紬|琴吹䌷|中野梓|平泽忧|平澤憂|梓喵`),
      // Love Live!
      ...terms(
        `高坂穗乃果|高坂穂乃果|绚濑绘里|絢瀨繪里|南小鸟|南小鳥|园田海未|園田海未|星空凛|西木野真姬|东条希|東條希|小泉花阳|小泉花陽|矢泽妮可|矢澤妮可|高海千歌|樱内梨子|櫻內梨子|松浦果南|黑泽黛雅|黑澤黛雅|渡边曜|渡邊曜|津岛善子|津島善子|国木田花丸|國木田花丸|小原鞠莉|黑泽露比|黑澤露比`,
      ),
      // The Idolmaster
      ...terms(
        `天海春香|如月千早|水濑伊织|水瀨伊織|高槻弥生|高槻彌生|双海亚美|雙海亞美|双海真美|雙海真美|星井美希|萩原雪步|萩原雪歩|我那霸响|岛村卯月|島村卯月|涩谷凛|澀谷凜|本田未央|双叶杏|雙葉杏|绪方智绘里|城崎莉嘉|城之崎莉嘉|赤城米莉亚|龙崎薰|樱井桃华|櫻井桃華|橘爱丽丝|橘愛麗絲|白坂小梅|舆水幸子|輿水幸子|神崎兰子|神崎蘭子|诸星琪拉莉`,
      ),
      // Blue Archive
      ...terms(
        `砂狼白子|小鸟游星野|小鳥遊星野|十六夜野宫|黑见芹香|奥空绫音|陆八魔爱露|陸八魔愛露|浅黄睦月|鬼方佳代子|伊草遥香|空崎日奈|银镜伊织|天雨亚子|早濑优香|早瀨優香|生盐诺亚|天童爱丽丝|天童愛麗絲|才羽桃井|才羽绿|才羽綠|花冈柚子|圣园未花|聖園未花|桐藤渚|百合园圣娅|阿慈谷日富美|白洲梓|浦和花子|下江小春|一之濑明日奈`,
      ),
      // Genshin Impact, Azur Lane and KanColle
      ...terms(`可莉|迪奥娜|迪奧娜|第六驱逐队|第六驅逐隊`),
      // Touhou Project
      ...terms(`琪露诺|琪露諾|克劳恩皮丝|博丽灵梦|博麗靈夢|雾雨魔理沙|霧雨魔理沙`),
      // Re:Zero, Oshi no Ko, Bocchi the Rock!
      ...terms(`蕾姆|星野露比|星野瑠美衣|星野爱久爱海|星野愛久愛海|有马加奈|有馬加奈|黑川茜|后藤一里|後藤一里|后藤独|後藤獨|伊地知虹夏|山田凉|山田涼|喜多郁代`),
      // Lucky Star, Cardcaptor Sakura, Madoka Magica
      ...terms(
        `泉此方|柊镜|柊鏡|高良美幸|木之本樱|木之本櫻|百变小樱|百變小櫻|魔卡少女樱|魔卡少女櫻|库洛魔法使|庫洛魔法使|大道寺知世|李莓铃|李苺鈴|李小狼|鹿目圆|鹿目圓|鹿目圆香|晓美焰|曉美焰|美树沙耶加|美樹沙耶加|佐仓杏子|佐倉杏子|巴麻美|百江渚`,
      ),
      // One Piece, Hunter x Hunter, Fullmetal Alchemist, Bleach
      ...terms(`白星公主|薇薇公主|奈菲鲁塔利·薇薇|夏洛特·布丁|奇犽|奇伢|杰·富力士|傑·富力士|温莉·洛克贝尔|爱德华·艾尔利克|井上织姬|井上織姬|黑崎游子|黑崎夏梨`),
      // Kill la Kill, Toradora!, Kaguya-sama, Komi-san, Dress-Up Darling, Nagatoro
      ...terms(`缠流子|纏流子|满舰饰真子|逢坂大河|四宫辉夜|四宮輝夜|藤原千花|早坂爱|早坂愛|古见硝子|古見硝子|喜多川海梦|喜多川海夢|长瀞同学|長瀞同學`),
      // The Quintessential Quintuplets, Sword Art Online, Girls und Panzer
      ...terms(`中野一花|中野二乃|中野三玖|中野四叶|中野四葉|中野五月|亚丝娜|亞絲娜|结城明日奈|結城明日奈|西莉卡|桐谷直叶|朝田诗乃|西住美穗|岛田爱里寿`),
      // Fate, Lycoris Recoil, Non Non Biyori, Azumanga Daioh, Hyouka, Haruhi
      ...terms(`伊莉雅|伊莉亚|伊莉雅斯菲尔|伊莉雅丝菲尔|美游·艾德费尔特|锦木千束|錦木千束|井之上泷奈|井之上瀧奈|宫内莲华|宮內蓮華|美浜千代|美滨千代|千反田爱瑠|千反田愛瑠|凉宫春日|涼宮春日`),
      // Monogatari, To Love-Ru, High School DxD, Kakegurui
      ...terms(`八九寺真宵|千石抚子|千石撫子|阿良良木月火|阿良良木火怜|结城美柑|結城美柑|梦梦·贝莉雅·戴比路克|娜娜·阿斯塔·戴比路克|塔城小猫|塔城小貓|蛇喰梦子|蛇喰夢子`),
      // Tokyo Mew Mew, Ojamajo Doremi, Pretty Cure, Crayon Shin-chan, Chibi Maruko-chan
      ...terms(`桃宫草莓|东京喵喵|東京喵喵|小魔女doremi|光之美少女|蜡笔小新|蠟筆小新|野原新之助|野原向日葵|樱桃小丸子|櫻桃小丸子`),
      // Vocaloid, Persona
      ...terms(`初音未来|初音未來|镜音铃|鏡音鈴|镜音连|鏡音連|洛天依|堂岛菜菜子|久慈川理世|佐仓双叶|佐倉雙葉|高卷杏`),
      // Western characters as Chinese fans write them
      ...terms(
        `丽莎·辛普森|麗莎·辛普森|星期三·亚当斯|星期三·亞當斯|长袜子皮皮|長襪子皮皮|爱丽丝梦游仙境|愛麗絲夢遊仙境|阿尔卑斯山的少女|玛莎与熊|瑪莎與熊|爱探险的朵拉|愛探險的朵拉|赫敏|金妮·韦斯莱|卢娜·洛夫古德|飞天小女警|飛天小女警|瓢虫少女|瓢蟲少女`,
      ),
    ],
  },

  /** Korean (Hangul). */
  ko: {
    minor: [
      // Spy x Family
      ...terms(`아냐 포저|아냐포저|아냐 포져`),
      // Naruto, Boruto
      ...terms(`휴우가 히나타|휴가 히나타|히나타 휴가|하루노 사쿠라|야마나카 이노|우즈마키 나루토|우치하 사스케|우치하 사라다|우즈마키 히마와리|우즈마키 보루토`),
      // Neon Genesis Evangelion
      ...terms(`아야나미 레이|소류 아스카 랑그레이|시키나미 아스카 랑그레이|아스카 랑그레이|아스카랑그레이|이카리 신지`),
      // Sailor Moon
      ...terms(`세일러문|세일러 머큐리|세일러 마스|세일러 주피터|세일러 비너스|세일러 새턴|치비우사|꼬마 세일러문|츠키노 우사기`),
      // Demon Slayer
      ...terms(`네즈코|카마도 네즈코|탄지로|카마도 탄지로|젠이츠|아가츠마 젠이츠|이노스케|하시비라 이노스케|츠유리 카나오|토키토 무이치로`),
      // Jujutsu Kaisen
      ...terms(`이타도리 유지|후시구로 메구미|쿠기사키 노바라|젠인 마키|젠인 마이|이누마키 토게|옷코츠 유타`),
      // My Hero Academia
      ...terms(`미도리야 이즈쿠|바쿠고 카츠키|토도로키 쇼토|우라라카 오차코|아스이 츠유|야오요로즈 모모|야오모모|지로 쿄카|토가 히미코`),
      // Doraemon, Detective Conan, Miss Kobayashi's Dragon Maid
      ...terms(`노진구|에도가와 코난|쿠도 신이치|칸나 카무이|칸나카무이`),
      // K-On!
      ...terms(`히라사와 유이|아키야마 미오|타이나카 리츠|코토부키 츠무기|나카노 아즈사`),
      // Love Live!
      ...terms(
        `코사카 호노카|아야세 에리|미나미 코토리|소노다 우미|호시조라 린|니시키노 마키|토조 노조미|코이즈미 하나요|야자와 니코|타카미 치카|사쿠라우치 리코|츠시마 요시코|쿠로사와 루비|쿠로사와 다이아|쿠니키다 하나마루|오하라 마리|마츠우라 카난`,
      ),
      // The Idolmaster
      ...terms(`아마미 하루카|키사라기 치하야|미나세 이오리|타카츠키 야요이|호시이 미키|시마무라 우즈키|시부야 린|혼다 미오|후타바 안즈|타치바나 아리스|사쿠라이 모모카|아카기 미리아`),
      // Blue Archive
      ...terms(`스나오오카미 시로코|타카나시 호시노|소라사키 히나|하야세 유우카|미소노 미카|텐도 아리스|우라와 하나코|시모에 코하루|아지타니 히후미|시라스 아즈사|리쿠하치마 아루|아사기 무츠키`),
      // Touhou Project, Oshi no Ko, Bocchi the Rock!, Lucky Star
      ...terms(
        `치르노|하쿠레이 레이무|키리사메 마리사|호시노 루비|호시노 아쿠아|아리마 카나|쿠로카와 아카네|봇치 더 록|봇치짱|고토 히토리|이지치 니지카|키타 이쿠요|이즈미 코나타|히이라기 카가미|히이라기 츠카사`,
      ),
      // Cardcaptor Sakura, Madoka Magica, One Piece, Hunter x Hunter, Bleach
      ...terms(
        `키노모토 사쿠라|카드캡터 사쿠라|카드캡터 체리|다이도지 토모요|리 샤오랑|카나메 마도카|아케미 호무라|미키 사야카|사쿠라 쿄코|토모에 마미|시라호시|네펠타리 비비|곤 프릭스|키르아|키르아 조르딕|이노우에 오리히메`,
      ),
      // Toradora!, Kaguya-sama, Komi-san, Dress-Up Darling, Nagatoro, The Quintessential Quintuplets
      ...terms(`아이사카 타이가|시노미야 카구야|후지와라 치카|코미 쇼코|키타가와 마린|나가토로 하야세|하야세 나가토로|나가토로|나카노 이치카|나카노 니노|나카노 미쿠|나카노 요츠바|나카노 이츠키`),
      // Sword Art Online, KonoSuba, Fate, Vocaloid, Persona
      ...terms(
        `유우키 아스나|유키 아스나|키리가야 스구하|아사다 시노|키리토|메구밍|이리야스필|일리야스필|클로에 폰 아인츠베른|미유 에델펠트|하츠네 미쿠|카가미네 린|카가미네 렌|뤄톈이|도지마 나나코|쿠지카와 리세|사쿠라 후타바`,
      ),
      // Crayon Shin-chan, Chibi Maruko-chan, Pretty Cure
      ...terms(`짱구는 못말려|노하라 신노스케|마루코는 아홉살|프리큐어`),
      // Western characters as Korean fans write them
      ...terms(
        `리사 심슨|웬즈데이 아담스|웬즈데이 애덤스|말괄량이 삐삐|이상한 나라의 앨리스|알프스 소녀 하이디|마샤와 곰|탐험가 도라|빨강머리 앤|빨간 머리 앤|헤르미온느|지니 위즐리|루나 러브굿|파워퍼프걸|미라큘러스 레이디버그|마리네뜨|킴 파서블`,
      ),
    ],
  },

  /** Russian (Cyrillic), with the cases a request uses for names that decline. */
  ru: {
    minor: [
      // Spy x Family
      ...terms(`аня форджер|аню форджер|ани форджер|аней форджер|беки блэкбелл|дэмиан десмонд`),
      // Naruto, Boruto
      ...terms(`хината хьюга|хинату хьюгу|хинаты хьюги|сакура харуно|сакуру харуно|ино яманака|наруто узумаки|наруто удзумаки|саске учиха|сарада учиха|химавари узумаки|боруто узумаки`),
      // Neon Genesis Evangelion
      ...terms(
        `рей аянами|рэй аянами|аянами рей|аска лэнгли|аску лэнгли|аска ленгли|аску ленгли|аска лэнгли сорью|аска сорью|аску сорью|аска сикинами|аска из евангелиона|аску из евангелиона|синдзи икари`,
      ),
      // Sailor Moon
      ...terms(
        `сейлор мун|сэйлор мун|сейлор меркурий|сейлор марс|сейлор юпитер|сейлор венера|сейлор сатурн|сейлор уран|сейлор нептун|сейлор чиби мун|чибиус*|чиби-уса|чиби уса|усаги цукино|ами мидзуно|рей хино|макото кино|минако айно|хотару томоэ`,
      ),
      // Demon Slayer
      ...terms(`незуко|нэзуко|нэдзуко|незуко камадо|нэдзуко камадо|танджиро|тандзиро|танджиро камадо|тандзиро камадо|зеницу|иноске|канао цуюри|муичиро токито`),
      // Jujutsu Kaisen
      ...terms(`юдзи итадори|юджи итадори|итадори юдзи|мегуми фусигуро|мегуми фушигуро|нобара кугисаки|маки зенин|юта оккоцу`),
      // My Hero Academia
      ...terms(`изуку мидория|мидория|кацуки бакуго|бакуго|шото тодороки|сёто тодороки|очако урарака|урарака|цую асуи|момо яойорозу|яойорозу|кёка дзиро|химико тога|тога химико`),
      // Pokémon, Doraemon, Detective Conan
      ...terms(
        `эш кетчум|мисти из покемонов|серена из покемонов|нобит*|сидзука минамото|шизука минамото|сидзука из дораэмона|ран мори|ран моури|конан эдогава|синити кудо|шиничи кудо|аюми ёсида|соноко судзуки`,
      ),
      // Miss Kobayashi's Dragon Maid, Made in Abyss, K-On!
      ...terms(`канна камуи|канну камуи|прушка|юи хирасава|мио акияма|рицу тайнака|цумуги котобуки|муги котобуки|адзуса накано|азуса накано`),
      // Love Live!, The Idolmaster, Blue Archive
      ...terms(`хонока косака|нико ядзава|нико язава|маки нисикино|эли аясэ|нозоми тодзё|харука амами|сироко|хосино таканаси|хина сорасаки`),
      // Genshin Impact, Touhou Project, Re:Zero
      ...terms(`кли из геншина|кли геншин|сырно|чирно|рейму|рейму хакурей|мариса кирисамэ|мариса кирисаме|рем и рам|рам и рем|рем из ре:зеро|рем из re:zero|рем из ре зеро|рем ре зеро`),
      // Oshi no Ko, Bocchi the Rock!, Lucky Star
      ...terms(`руби хосино|кана арима|аканэ курокава|хитори гото|нидзика идзити|икуё кита|коната|коната идзуми|кагами хиираги|цукаса хиираги`),
      // Cardcaptor Sakura, Madoka Magica
      ...terms(
        `сакура киномото|сакуру киномото|сакура собирательница карт|томоё дайдодзи|ли сяолан|мадока канамэ|мадока канаме|мадоку канамэ|хомура акэми|хомура акеми|саяка мики|кёко сакура|мами томоэ|мадока магика`,
      ),
      // One Piece, Hunter x Hunter, Fullmetal Alchemist, Bleach
      ...terms(`сирахоси|нефертари виви|шарлотта пудинг|гон фрикс|киллуа|киллуа золдик|уинри рокбелл|винри рокбелл|эдвард элрик|орихимэ иноуэ|орихиме иноуэ`),
      // Toradora!, Dress-Up Darling, Komi-san, Nagatoro, Sword Art Online, KonoSuba, Fate
      ...terms(
        `тайга айсака|айсака тайга|марин китагава|сёко коми|шоко коми|коми-сан|нагаторо|хаясэ нагаторо|асуна|асуну|асуны|асуна юки|асуна юуки|кирито|мегумин*|иллиясфиль|иллиясфиль фон айнцберн|иллия фон айнцберн|хлоя фон айнцберн`,
      ),
      // Vocaloid, Persona
      ...terms(`хацунэ мику|хацуне мику|хатсуне мику|мику хацунэ|кагамине рин|кагаминэ рин|кагамине лен|ло тяньи|нанако додзима|футаба сакура|энн такамаки`),
      // The Simpsons, Masha and the Bear, The Addams Family, Pippi, Alice, Heidi, Dora, Guest from the Future
      ...terms(
        `лиза симпсон|лизу симпсон|барт симпсон|мэгги симпсон|маша и медведь|машу из маши и медведя|маша из маши и медведя|уэнсдэй|уэнсдей|венсдей|уэнсдэй аддамс|уэнсдей аддамс|венсдей аддамс|пеппи длинныйчулок|пеппи длинный чулок|алиса в стране чудес|алиса из страны чудес|алису из страны чудес|алиса в зазеркалье|хайди из альп|хайди девочка из альп|даша-путешественница|даша путешественница|алиса селезнёва|алиса селезнева|алису селезнёву|алису селезневу`,
      ),
      // Powerpuff Girls, Kim Possible, Totally Spies!, Winx, Miraculous, Steven Universe, Gravity Falls
      ...terms(
        `суперкрошки|ким пять-с-плюсом|ким пять с плюсом|ким поссибл|тотали спайс|тоталли спайс|клуб винкс|винкс|маринетт|маринетт дюпен-чен|леди баг|стивен юниверс|мэйбл пайнс|мейбл пайнс|диппер пайнс|венди кордрой`,
      ),
      // Harry Potter, The Last of Us, Stranger Things, Avatar, Lilo & Stitch, The Incredibles
      ...terms(
        `гермион*|джинни уизли|полумна лавгуд|луна лавгуд|чжоу чанг|чо чанг|элли из the last of us|элли из одни из нас|одиннадцать из очень странных дел|оди из очень странных дел|макс мэйфилд|аанг|тоф бейфонг|катара из аватара|лило и стич|лило пелекаи|вайолет парр|фиалка парр`,
      ),
    ],
  },

  /** Ukrainian, where its spelling differs from Russian. */
  uk: {
    minor: terms(
      `маша і ведмідь|маша та ведмідь|аліса в країні чудес|алісу з країни чудес|пеппі довгапанчоха|венздей|венздей аддамс|уенздей|герміон*|даша-мандрівниця|даша мандрівниця|ліза сімпсон|незуко|чібіус*`,
    ),
  },

  /** Spanish localisations. */
  es: {
    minor: terms(
      `masha y el oso|pipi calzaslargas|pippi calzaslargas|pippi mediaslargas|merlina addams|merlina adams|miércoles addams|miercoles addams|alicia en el país de las maravillas|alicia en el pais de las maravillas|dora la exploradora|las chicas superpoderosas|chicas superpoderosas|la chilindrina|chilindrina|sakura cazadora de cartas|heidi la niña de los alpes|heidi la nina de los alpes|ana de las tejas verdes|ariel la sirenita|la sirenita ariel`,
    ),
  },

  /** French localisations. */
  fr: {
    minor: terms(
      `fifi brindacier|mercredi addams|alice au pays des merveilles|dora l'exploratrice|dora l’exploratrice|masha et michka|les super nanas|super nanas|bob et bobette|titeuf|sakura chasseuse de cartes|bunny rivière|bunny riviere|anne la maison aux pignons verts`,
    ),
  },

  /** German localisations. */
  de: {
    minor: terms(`pippi langstrumpf|alice im wunderland|mascha und der bär|mascha und der baer|suske und wiske|wiske|bibi blocksberg|bibi und tina|bunny tsukino`),
  },

  /** Italian localisations. */
  it: {
    minor: terms(
      `pippi calzelunghe|mercoledì addams|mercoledi addams|alice nel paese delle meraviglie|masha e orso|dora l'esploratrice|dora l’esploratrice|le superchicche|superchicche|bunny tsukino`,
    ),
  },

  /** Portuguese localisations (Brazil and Portugal). */
  pt: {
    minor: terms(
      `píppi meialonga|pippi meialonga|pippi meia-longa|pippi das meias altas|pipi das meias altas|wandinha|vandinha|wandinha addams|vandinha addams|alice no país das maravilhas|alice no pais das maravilhas|masha e o urso|dora a aventureira|meninas superpoderosas|as meninas superpoderosas|turma da mônica|turma da monica`,
    ),
  },

  /** Dutch localisations. */
  nl: {
    minor: terms(`wiske|suske en wiske|pippi langkous|masha en de beer|dora de verkenner`),
  },

  /** Polish localisations. */
  pl: {
    minor: terms(`pippi pończoszanka|pippi ponczoszanka|masza i niedźwiedź|masza i niedzwiedz|alicja w krainie czarów|alicja w krainie czarow|dora poznaje świat|dora poznaje swiat|atomówki|atomowki`),
  },

  /** Turkish localisations. */
  tr: {
    minor: terms(
      `maşa ile koca ayı|masa ile koca ayi|pippi uzunçorap|pippi uzuncorap|alis harikalar diyarında|alice harikalar diyarında|alis harikalar diyarinda|alice harikalar diyarinda|kaşif dora|kasif dora`,
    ),
  },

  /** Swedish, Danish and Finnish: Pippi's and Alice's own names there. */
  sv: {
    minor: terms(`pippi långstrump|pippi langstrump|alice i underlandet|masha och björnen|masha och bjornen`),
  },
  da: {
    minor: terms(`pippi langstrømpe|pippi langstrompe|alice i eventyrland|masha og bjørnen`),
  },
  fi: {
    minor: terms(`peppi pitkätossu|peppi pitkatossu|liisa ihmemaassa|masha ja karhu`),
  },

  /** Vietnamese localisations (Doraemon's Vietnamese names, titles as released there). */
  vi: {
    minor: terms(
      `xuka|xêkô|xeko|chaien|masha và bạn gấu|masha va ban gau|alice ở xứ sở thần tiên|alice o xu so than tien|thủy thủ mặt trăng|thuy thu mat trang|cậu bé bút chì|cau be but chi|nhóc maruko|nhoc maruko`,
    ),
  },

  /** Thai. */
  th: {
    minor: terms(`อาเนีย ฟอร์เจอร์|อาเนียฟอร์เจอร์|เนซึโกะ|โนบิตะ|มาช่ากับหมี|เซเลอร์มูน|ฮัตสึเนะ มิกุ|ลิซ่า ซิมป์สัน`),
  },

  /** Arabic (names as dubbed and as fans write them). */
  ar: {
    minor: terms(`ماشا والدب|أليس في بلاد العجائب|اليس في بلاد العجائب|دورا المستكشفة|نوبيتا|ليزا سيمبسون|وينزداي آدامز|وينزداي أدامز|نيزوكو|أنيا فورجر|انيا فورجر`),
  },
};
