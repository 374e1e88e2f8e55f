import { terms, type Lexicon } from './types.ts';

/**
 * A garment made so thin that everything under it shows (rules.ts, thinSeeAll): "a top so thin you can see
 * everything underneath", "сделай платье настолько тонким, чтобы было видно всё под ним", "ผู้หญิงใส่เสื้อบาง
 * จนเห็นทุกอย่างข้างใน". Four concepts, each ordinary alone ("thin crust", "I can see everything", "inside the
 * shop"); the rule pairs a thin word with a garment, then a seeing word after it with "everything" or
 * "underneath / inside" beside it:
 * - `thinFabric`: thin, flimsy, paper-thin (of cloth: "fino", "dünn", "тонкий", "ince", "薄い", "얇게", "mỏng");
 * - `seen`: being seen or showing (see, visible, shows, on voit, sichtbar, se ve, видно, görünsün, 見え, 보이);
 * - `whole`: everything, all of it (tout, alles, todo, всё, her şey, 全部, 전부, ทุกอย่าง);
 * - `within`: underneath, inside, through (dessous, darunter, debajo, под ним, altındaki, 里面, 속, ข้างใน).
 * Written for this round from the author's knowledge of the languages; merged into each language's lexicon (index.ts).
 */
export const SEE_ALL: Readonly<Record<string, Lexicon>> = {
  en: {
    thinFabric: terms(`thin|thinner|so thin|too thin|paper thin|paper-thin|wafer thin|flimsy|threadbare`),
    seen: terms(`see|seen|sees|visible|shows|show|showing|shown|make out|on display`),
    whole: terms(`everything|all of it|it all|every detail|every inch|whatever s|what s`),
    within: terms(`underneath|under it|under there|beneath|beneath it|inside|through it|below it`),
  },
  fr: {
    thinFabric: terms(`fin|fine|fins|fines|si fin|si fine|mince|minces|très fin|très fine|tres fin|tres fine|ultra fin|ultra fine`),
    seen: terms(`voit|voir|voie|visible|visibles|apparaît|apparait|transparaît|transparait|devine|se voit`),
    whole: terms(`tout|absolument tout|tout ce qu il y a`),
    within: terms(`dessous|en dessous|par en dessous|à travers|a travers|dedans|à l intérieur|a l interieur`),
  },
  de: {
    thinFabric: terms(`dünn|dunn|dünne|dunne|dünnes|dunnes|dünnen|dunnen|dünner|dunner|hauchdünn*|hauchdunn*|so dünn|so dunn`),
    seen: terms(`sieht|sehen|sichtbar|sichtbar ist|erkennt|erkennen|durchscheint|zu sehen|zeigt sich|sieht man`),
    whole: terms(`alles|einfach alles`),
    within: terms(`darunter|drunter|durch|hindurch|innen|drinnen`),
  },
  es: {
    thinFabric: terms(`fino|fina|finos|finas|finísim*|finisim*|delgad*|tan fino|tan fina`),
    seen: terms(`ve|vea|ver|vean|se ve|se vea|visible|visibles|se nota|se note|se transparente`),
    whole: terms(`todo|toda|todito|absolutamente todo`),
    within: terms(`debajo|por debajo|abajo|por dentro|dentro|a través|a traves`),
  },
  it: {
    thinFabric: terms(`sottile|sottili|sottilissim*|fino|fina|fini|fine|finissim*|così sottile|cosi sottile`),
    seen: terms(`vede|veda|vedere|vedano|visibile|visibili|si intravede|intravede|si vede|trasparire`),
    whole: terms(`tutto|tutta|proprio tutto`),
    within: terms(`sotto|là sotto|la sotto|dentro|attraverso`),
  },
  pt: {
    thinFabric: terms(`fino|fina|finos|finas|finíssim*|finissim*|tão fino|tao fino|tão fina|tao fina`),
    seen: terms(`ver|vê|ve|veja|vejam|dá pra ver|da pra ver|dá para ver|visível|visivel|visíveis|aparece|aparecer|apareça|aparecam`),
    whole: terms(`tudo|tudinho`),
    within: terms(`por baixo|embaixo|debaixo|dentro|por dentro|através|atraves`),
  },
  nl: {
    thinFabric: terms(`dun|dunne|dunner|flinterdun*|zo dun`),
    seen: terms(`ziet|zien|zie|zichtbaar|doorschijnt|te zien`),
    whole: terms(`alles|echt alles`),
    within: terms(`eronder|onder|erdoorheen|doorheen|binnenin`),
  },
  pl: {
    thinFabric: terms(`cienk*|cieniutk*|tak cienk*`),
    seen: terms(`widać|widac|widoczn*|zobaczyć|zobaczyc|prześwit*|przeswit*|było widać|bylo widac`),
    whole: terms(`wszystko|absolutnie wszystko`),
    within: terms(`pod spodem|pod nią|pod nia|pod nim|przez nią|przez nia|przez nie|w środku|w srodku`),
  },
  ru: {
    thinFabric: terms(`тонк*|тоненьк*|настолько тонк*|такой тонк*|такое тонк*`),
    seen: terms(`видно|видны|виден|видна|видеть|увидеть|просвечива*|разглядеть|проглядыва*`),
    whole: terms(`всё|все|абсолютно всё`),
    within: terms(`под ним|под ней|под ними|под ним всё|насквозь|внутри|сквозь`),
  },
  uk: {
    thinFabric: terms(`тонк*|тоненьк*`),
    seen: terms(`видно|видн*|бачити|побачити|просвічу*|просвічува*`),
    whole: terms(`все|усе|геть усе`),
    within: terms(`під ним|під нею|під ними|наскрізь|всередині|крізь`),
  },
  tr: {
    thinFabric: terms(`ince|incecik|ince ince|o kadar ince|çok ince|cok ince`),
    seen: terms(`görün*|gorun*|gözük*|gozuk*|görülsün|gorulsun|görmek|gormek|görebil*|gorebil*`),
    whole: terms(`her şey*|her sey*|hepsi|her yeri`),
    within: terms(`altı|alti|altındaki|altindaki|içi|ici|içindeki|icindeki|içinden|icinden`),
  },
  ar: {
    thinFabric: terms(`رقيق|رقيقة|رقيقه|خفيف جدا|خفيفة جدا|خفيفه جدا|ناعم جدا`),
    seen: terms(`باين|باينة|باينه|ظاهر|ظاهرة|ظاهره|يظهر|تظهر|يبان|تبان|يبين|نشوف|نرى|يُرى|يرى|مرئي|ينشاف|يشف`),
    whole: terms(`كل شي|كل شيء|كلشي|كل حاجة|كل حاجه|كل ما|كله`),
    within: terms(`تحته|تحتها|من تحت|من خلاله|من خلالها|داخله|جواه|اللي تحت`),
  },
  fa: {
    thinFabric: terms(`نازک|خیلی نازک|انقدر نازک|اونقدر نازک`),
    seen: terms(`معلوم|دیده|پیدا باشه|پیدا بشه|ببینی|ببینیم|ببینن|دیده بشه`),
    whole: terms(`همه چی|همه چیز|همه‌چی|همه‌چیز|همشو|همه جا`),
    within: terms(`زیرش|زیرشو|زیرش رو|داخلش|توش`),
  },
  he: {
    thinFabric: terms(`דק|דקה|דקיק|דקיקה|כל כך דק|כל כך דקה`),
    seen: terms(`רואים|ייראה|תיראה|נראה|לראות|שקוף`),
    whole: terms(`הכל|הכול|את הכל|את הכול`),
    within: terms(`מתחת|מתחתיו|מתחתיה|מבעד|בפנים|דרכו|דרכה`),
  },
  hi: {
    thinFabric: terms(`पतला|पतली|पतले|झीना|झीनी|झीने|इतना पतला|इतनी पतली|patla|patli|patle|jheena|jheeni|itna patla|itni patli`),
    seen: terms(`दिख*|दिखाई|नज़र आए|नजर आए|dikhe|dikhne|dikhai|dikhta|dikhti|dikhega|dikhegi|dikh jaye|dikh jaaye|nazar aaye`),
    whole: terms(`सब|सबकुछ|सब कुछ|sab|sabkuch|sab kuch|sab kuchh`),
    within: terms(`अंदर|अन्दर|भीतर|नीचे का|andar|andar ka|neeche ka|niche ka`),
  },
  mr: {
    thinFabric: terms(`पातळ|इतका पातळ|इतकी पातळ`),
    seen: terms(`दिसेल|दिसे|दिसत|दिसू|दिसावे|दिसायला`),
    whole: terms(`सगळं|सगळे|सगळ|सर्व|सारं|सगळंच`),
    within: terms(`आतलं|आतले|आत|आतील|खालचं|खालचे`),
  },
  bn: {
    thinFabric: terms(`পাতলা|এত পাতলা`),
    seen: terms(`দেখা যায়|দেখা যাবে|দেখা যাক|দেখা যায়|দেখা যাবে|দেখা যাক`),
    whole: terms(`সব|সবকিছু|সব কিছু`),
    within: terms(`ভেতরের|ভেতর|ভিতরের|ভিতর|নিচের`),
  },
  ur: {
    thinFabric: terms(`پتلا|پتلی|پتلے|باریک|اتنا پتلا|اتنی باریک`),
    seen: terms(`نظر آئے|نظر آۓ|دکھائی|دکھے|دکھ جائے`),
    whole: terms(`سب کچھ|سب`),
    within: terms(`اندر|اندر کا|نیچے کا`),
  },
  ja: {
    thinFabric: terms(`薄い|薄く|薄手|薄っぺら|薄すぎ|極薄|ペラペラ`),
    seen: terms(`見え*|見える|透けて|透ける|丸見え`),
    whole: terms(`全部|全て|すべて|何もかも|丸見え`),
    within: terms(`中まで|中身|中が|下まで|下が|の下`),
  },
  zh: {
    thinFabric: terms(`薄|很薄|超薄|薄到|薄得|薄薄`),
    seen: terms(`看到|看得到|看得见|看得見|看见|看見|看清|看透|可见|可見|睇到|睇晒|睇得到|見到|见到`),
    whole: terms(`全部|一切|所有|什么都|什麼都|都看|晒|哂|全都`),
    within: terms(`里面|裡面|入面|下面|底下|里边|裡邊|内里|內裡`),
  },
  ko: {
    thinFabric: terms(`얇게|얇은|얇아|얇아서|얇아져|얇디얇은|너무 얇`),
    seen: terms(`보이게|보이도록|보일|보여|보이는|비치게|비쳐|비치는|다 보이`),
    whole: terms(`전부|모두|다 보이|모든 게|모든게|속이 다|다 비치`),
    within: terms(`속이|속살|안쪽|안이|속까지`),
  },
  vi: {
    thinFabric: terms(`mỏng|mong|mỏng tang|mỏng dính|mong tang`),
    seen: terms(`thấy|thay|nhìn thấy|nhin thay|lộ|lo ra|lộ ra|xuyên thấu|xuyen thau`),
    whole: terms(`hết|het|tất cả|tat ca|mọi thứ|moi thu|toàn bộ|toan bo`),
    within: terms(`bên trong|ben trong|bên dưới|ben duoi|phía trong|phia trong`),
  },
  th: {
    thinFabric: terms(`บาง|บางมาก|บางจน|บางๆ`),
    seen: terms(`เห็น|มองเห็น|มองทะลุ|ทะลุ|โผล่`),
    whole: terms(`ทุกอย่าง|หมด|ทั้งหมด|หมดเลย`),
    within: terms(`ข้างใน|ด้านใน|ข้างล่าง|ข้างใต้`),
  },
  id: {
    thinFabric: terms(`tipis|tipis banget|sangat tipis|terlalu tipis|nerawang`),
    seen: terms(`kelihatan|keliatan|terlihat|nampak|tampak|kelihatan semua|bisa dilihat`),
    whole: terms(`semua|semuanya|segalanya|seluruhnya`),
    within: terms(`di dalam|dalamnya|di baliknya|baliknya|bawahnya|di bawahnya|tembus`),
  },
  ms: {
    thinFabric: terms(`nipis|nipis sangat|sangat nipis|terlalu nipis|jarang`),
    seen: terms(`nampak|kelihatan|terlihat|boleh nampak`),
    whole: terms(`semua|semuanya|segalanya`),
    within: terms(`di dalam|dalamnya|di sebaliknya|bawahnya|tembus`),
  },
  tl: {
    thinFabric: terms(`manipis|sobrang nipis|ang nipis|nipis`),
    seen: terms(`kita|makita|nakikita|makikita|tanaw|bakat`),
    whole: terms(`lahat|lahat lahat|lahat-lahat`),
    within: terms(`sa loob|loob|ilalim|sa ilalim`),
  },
  sw: {
    thinFabric: terms(`nyembamba|jembamba|nyepesi sana`),
    seen: terms(`onekana|ionekane|vionekane|kuona|inaonekana|vinaonekana|uone`),
    whole: terms(`kila kitu|vyote|yote`),
    within: terms(`ndani|ndani yake|chini yake`),
  },
  el: {
    thinFabric: terms(`λεπτ*|τόσο λεπτ*|τοσο λεπτ*|ψιλ*`),
    seen: terms(`φαίνε*|φαινε*|φαίνονται|φαινονται|βλέπεις|βλεπεις|βλέπουμε|βλεπουμε|διακρίνε*|διακρινε*|να φαίνονται|ορατ*`),
    whole: terms(`όλα|ολα|τα πάντα|τα παντα`),
    within: terms(`από μέσα|απο μεσα|μέσα|μεσα|από κάτω|απο κατω|από μέσα της|απο μεσα της`),
  },
  ro: {
    thinFabric: terms(`subțir*|subtir*|atât de subțir*|atat de subtir*`),
    seen: terms(`vadă|vada|vede|vizibil*|văd|vad|se vede|să se vadă|sa se vada`),
    whole: terms(`tot|totul|absolut tot`),
    within: terms(`dedesubt|pe dedesubt|sub ea|sub el|prin ea|prin el|înăuntru|inauntru`),
  },
  hu: {
    thinFabric: terms(`vékony*|vekony*|olyan vékony*|olyan vekony*|hajszálvékony*|hajszalvekony*`),
    seen: terms(`látszik|latszik|átlátszik|atlatszik|látszódjon|latszodjon|látszón|latszon|látni|latni|látható|lathato|lássék|lassek|kilátszik|kilatszik`),
    whole: terms(`minden|mindent|minden látszik|minden latszik`),
    within: terms(`alatta|alatta lévő|alatta levo|rajta|rajta át|rajta at|belül|belul`),
  },
  cs: {
    thinFabric: terms(`tenk*|tenoučk*|tak tenk*`),
    seen: terms(`vidět|videt|je vidět|je videt|viditeln*|prosvítá|prosvita|prosvítat|prosvitat|vidíš|vidis`),
    whole: terms(`všechno|vsechno|vše|vse|úplně všechno|uplne vsechno`),
    within: terms(`pod tím|pod tim|pod ním|pod nim|pod ní|pod ni|skrz|skrz něj|skrz nej|vespod`),
  },
  sk: {
    thinFabric: terms(`tenk*|tenučk*|tenucky|tak tenk*`),
    seen: terms(`vidieť|vidiet|vidno|viditeľn*|viditeln*|presvitá|presvita|presvitať|presvitat`),
    whole: terms(`všetko|vsetko|úplne všetko|uplne vsetko`),
    within: terms(`pod tým|pod tym|pod ním|pod nim|cez ne|cez neho|cez ňu|cez nu|vespod`),
  },
  sv: {
    thinFabric: terms(`tunn|tunna|tunt|tunnare|genomtunn*|så tunn|sa tunn|så tunt|sa tunt`),
    seen: terms(`syns|synas|se|ser|synlig*|skymta|skymtar`),
    whole: terms(`allt|precis allt`),
    within: terms(`under|därunder|darunder|igenom|innanför|innanfor`),
  },
  da: {
    thinFabric: terms(`tynd|tynde|tyndt|så tynd|sa tynd|så tyndt|sa tyndt`),
    seen: terms(`ses|se|ser|synlig*|skinner igennem`),
    whole: terms(`alt|det hele`),
    within: terms(`under|nedenunder|indenunder|igennem`),
  },
  nb: {
    thinFabric: terms(`tynn|tynne|tynt|så tynn|sa tynn|så tynt|sa tynt`),
    seen: terms(`synes|se|ser|synlig*|skinner gjennom`),
    whole: terms(`alt|alt sammen`),
    within: terms(`under|innenfor|gjennom`),
  },
  fi: {
    thinFabric: terms(`ohut|ohuen|ohuet|ohuesta|ohueksi|niin ohut|läpikuultav*|lapikuultav*`),
    seen: terms(`näkyy|nakyy|näkyvät|nakyvat|näkee|nakee|näkyvissä|nakyvissa|nähdä|nahda|näkisi|nakisi`),
    whole: terms(`kaikki|kaiken|ihan kaikki`),
    within: terms(`alta|läpi|lapi|sisältä|sisalta|alla oleva|alla olevan`),
  },
};
