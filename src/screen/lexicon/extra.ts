import { terms, type Lexicon } from './types.ts';

// Languages beyond the fifteen measured ones, with their most common terms only: Ukrainian,
// Indonesian/Malay, Swedish, Vietnamese, Czech.
export const uk: Lexicon = {
  // A dress style: strapless, sleeveless ("сукня без бретельок"), not a garment taken off.
  mask: terms(`без бретельок|без бретелей|без рукавів|без рукава`),
  remove: terms(`зніми*|зняти|прибери*|видали*|стягни*|зірви*|розстебни*|зникн*|зник|зникли|невидим*`),
  removeWeak: terms(`без`),
  undressVerb: terms(`роздягни*|роздягнути|роздягай*|оголи*|зроби її голою`),
  clothing: terms(
    `з неї верх|з нього верх|її верх|його верх|свій верх|вдягнути верх|одягнути верх|вдягнула верх|одягнула верх|верх купальника|верх від купальника|верх бікіні|одяг*|сукн*|сорочк*|футболк*|блузк*|спідниц*|штани|джинси|шорти|бюстгальтер*|ліфчик*|білизн*|трусики|труси|купальник*`,
  ),
  nude: terms(
    `в чому мати народила|в костюмі єви|голяка|оголена|оголену|гола|голу|голої|голий|голі|його голим|ним голим|хлопця голим|чоловіка голим|зроби голим|зовсім голим|повністю голим|голого|голому|голими|голенького|оголен*|роздягнен*|без одягу|ню|костюм єви|костюмі єви|костюм адама|костюмі адама`,
  ),
  skimpy: terms(`купальник*|бікіні|білизн*|трусики|ліфчик*|стрінги`),
  minor: terms(
    `лолі|лоліт*|лолікон*|дитин*|діти|дітей|дівчинк*|хлопчик*|підліт*|неповнолітн*|школярк*|у п'ятому класі|у шостому класі|у сьомому класі|у восьмому класі|у дев'ятому класі|семикласниц*|восьмикласниц*`,
  ),
  sexualAct: terms(
    `займаються сексом|займається сексом|кохаються|трахаються|секс|порно*|еротичн*|оголене тіло|гаряча сцена|гарячу сцену|постільна сцена|постільну сцену|бере її ззаду|трахає її ззаду`,
  ),
  suggestive: terms(`сексі|сексуальн*|сексуально|спокуслив*|будуар*`),
  person: terms(`її|вона|цю жінку|цю дівчину`),
  reduce: terms(`зменш*|коротш*|вужч*|тісніш*|відвертіш*|глибше декольте|глибший виріз|міні|коротше|вкороти*|ледь прикривала|ледь прикриває|короткою|короткий|коротка|коротку|обтисл*|облягаюч*`),
  reduceAlone: terms(`менше одягу|менше тканини|більше шкіри`),
  reveal: terms(`прозор*|напівпрозор*|мокр*|рентген*`),
  benign: terms(`пляму|пляма|плями|плям|плямку|цінник*|бирк*|бруд|складки|катишк*`),
};

export const id: Lexicon = {
  mask: terms(
    `tanpa lengan|baju tanpa lengan|kaos tanpa lengan|atasan tanpa lengan|gaun tanpa lengan|tangannya|mata telanjang|dengan mata telanjang|dg mata telanjang|telanjang kaki|bertelanjang kaki|kaki telanjang`,
  ),
  remove: terms(
    `lepasin|bukain|copotin|hapus|hapuskan|buka|bukak|bukakan|lepas|lepaskan|copot|copotkan|tanggalkan|hilangkan|singkirkan|tanpa|hilang|menghilang|tak terlihat|tidak terlihat|gaib|buka kancing*|buka resleting`,
  ),
  removeWeak: terms(`tanpa`),
  undressVerb: terms(`telanjangin|bugilin|bogelin|telanjangi|telanjangkan|bugilkan|buka bajunya|lepas bajunya|buka pakaiannya|handuk melorot|handuknya melorot|handuk jatuh|handuknya jatuh`),
  clothing: terms(`pakaian|pakaiannya|baju|bajunya|kemeja|kaos|rok|roknya|celana|celananya|bh|beha|pakaian dalam|celana dalam|bikini|baju renang|gaun|jilbab|hijab`),
  nude: terms(`seperti baru lahir|polos tanpa apa apa|tanpa sehelai benang|telanjang|bugil|tanpa busana|tanpa pakaian|tanpa baju|polos tanpa|nude`),
  skimpy: terms(`daleman|dalaman|cd dan bh|bh dan cd|bikini|baju renang|pakaian dalam|celana dalam|bh|beha|lingerie|g string`),
  minor: terms(
    `anak|anak anak|anak kecil|bocah|remaja|abg|di bawah umur|siswi|anak sekolah|gadis kecil|kelas 6|kelas 7|kelas 8|kelas 9|kelas 7 smp|anak smp|anak sd|siswi smp|siswi sd|anak sma|siswi sma|siswa sma|cewek sma|cewe sma|cowok sma|murid sma|pelajar sma|cewek smp|cewe smp|cowok smp|murid smp|pelajar smp|murid sd|anak esde`,
  ),
  sexualAct: terms(
    `lagi ngeseks|berhubungan seks|bercinta|ngewe|ngewe|ewean|bercinta|seks|bersetubuh|ngentot|porno|cabul|mesum|toket|memek|kontol|menyetubuhinya dari belakang|ngewe dari belakang|doggy dari belakang`,
  ),
  sexualBody: terms(`payudara|buah dada|puting`),
  suggestive: terms(`seksi|sexy|menggoda|sensual`),
  person: terms(`dia|wanita ini|cewek ini|perempuan ini|orang ini|orang di foto`),
  consent: terms(`dia setuju|sudah setuju|dia mengizinkan|dengan izin`),
  benign: terms(
    `label harga|tanda harga|tag harga|lengan baju|kotoran|lipatan|noda|latar belakang|latar|tanda air|logo|teks|kacamata|topi|jaket|mantel|sepatu|noda|kerutan|bayangan|jerawat|bintik|kusut|lipatan`,
  ),
  reduce: terms(`lebih kecil|lebih pendek|lebih ketat|lebih terbuka|lebih seksi|mini|sangat pendek|terlalu pendek|pendekin|dipendekkan|sangat ketat|ketatin`),
  reduceAlone: terms(`lebih sedikit kain|kurangi bajunya|kurangin bajunya|bajunya dikurangi|bajunya dikurangin|bajunya dikurangin aja|lebih banyak kulit`),
  reveal: terms(`transparan|tembus pandang|basah|rontgen|nerawang|menerawang`),
  pose: terms(`nungging di kasur|posisi nungging|nungging di ranjang`),
  partialNude: terms(`tanpa atasan|tanpa bagian atas|tanpa bra|gak pake bra|ga pake bra|kelihatan dadanya|terlihat dadanya|keliatan dadanya|dadanya kelihatan|kelihatan payudaranya|puting kelihatan`),
};

export const sv: Lexicon = {
  remove: terms(`knäpp upp|knappa upp|knäppa upp|knäpper upp|knäppt upp|knappt upp|ta av|tar av|ta bort|tar bort|dra av|klä av|kla av|utan|försvinn*|forsvinn*|osynlig*`),
  removeWeak: terms(`utan|av`),
  undressVerb: terms(`klä av|kla av|klä av henne|avklädd*|avkladd*`),
  clothing: terms(
    `handduk|handduken|nattlinne*|morgonrock*|pyjamas|kläder|klader|kläderna|kladerna|klänning*|klanning*|skjorta*|tröja*|troja*|kjol*|byxor*|jeans|shorts|behå|bh|underkläder|underklader|trosor|baddräkt*|baddrakt*|bikini|badbyx*|badkläder|badklader`,
  ),
  nude: terms(
    `som gud skapade henne|som gud skapade honom|spritt språngande naken|i adamskostym|i evakostym|naken|nakna|nakenhet|utan kläder|utan klader|topless|helt naken|evas dräkt|evas drakt|adams dräkt|adams drakt|evadräkt|adamsdräkt`,
  ),
  skimpy: terms(`bikini|baddräkt*|baddrakt*|underkläder|underklader|trosor|behå|underkläderna|stringtrosor|*underkläder|*underklader|spetstrosor|stringtrosor`),
  minor: terms(
    `barn|barnet|flicka|pojke|tonåring*|tonaring*|tonårstjej*|tonarstjej*|tonårskill*|tonarskill*|tonårsflick*|tonarsflick*|minderårig*|minderarig*|skolflicka|lilla flickan|liten flicka|liten pojke|flickor|går i sjuan|gar i sjuan|i sexan|i åttan|i attan`,
  ),
  sexualAct: terms(
    `har sex|knullar|älskar med varandra|alskar med varandra|sex|porr*|knulla|erotisk*|ligga med varandra|ligger med varandra|ligga med honom|ligga med henne|knullar|knulla|rider honom|rider på honom|runkar|runka|suger av|avsugning|tar henne bakifrån|tar henne bakifran|knullar henne bakifrån`,
  ),
  suggestive: terms(`sexig*|förförisk*|forforisk*|utmanande|sexig|sexiga|sexigt|boudoirstil|boudoirstilen`),
  person: terms(`henne|hon|honom|personen|kvinnan|tjejen`),
  benign: terms(
    `fläck*|flack*|prislapp*|skrynkl*|bakgrund*|bakgrunden|vattenstämpel|logga|text|glasögon|glasogon|hatt|mössa|jacka|rock|skor|fläck*|flack*|skugg*|rynk*|skrynkl*|fläckar|fläcken|bikiniranden|bikinirand|randen|ränder|fläck|skrynklor|veck`,
  ),
  reduce: terms(`mindre|kortare|tajtare|snävare|djupare urringning|mer urringad|mini|avslöjande|avslojande`),
  reduceAlone: terms(`mindre tyg|mindre kläder|mindre klader|mer hud|mer avslöjande|mer avslojande`),
  reveal: terms(`genomskinlig*|transparent*|våt|vat|blöt|blot|röntgen*`),
  objectTarget: terms(`träd|träden|traden|trad|väggar*|vaggar*|skyltdock*`),
  partialNude: terms(`utan överdel|utan overdel|utan bikiniöverdel|utan bh`),
  replace: terms(`istället för|sätt henne i|sätt honom i|sätt på henne|sätt på honom|klä henne i|klä honom i|ge henne|ge honom`),
};

export const vi: Lexicon = {
  // "nữ sinh viên": a woman student of a university, an adult ("nữ sinh" alone is a schoolgirl).
  mask: terms(`màu nude|mau nude|tông nude|tong nude|nữ sinh viên|nu sinh vien|nam sinh viên|nam sinh vien`),
  remove: terms(`cởi|coi bo|cởi bỏ|bỏ|xóa|gỡ|lột|biến mất|bien mat|vô hình|vo hinh|tàng hình|tang hinh|cởi cúc|coi cuc|cởi nút|coi nut|mở cúc|mo cuc|kéo khóa|keo khoa`),
  undressVerb: terms(
    `cởi hết đồ|coi het do|cởi sạch đồ|coi sach do|cởi hết quần áo|coi het quan ao|cởi đồ ra|coi do ra|lột sạch|lot sach|lột hết|lot het|lột đồ|lot do|cởi đồ|coi do|cởi quần áo|coi quan ao|lột trần|lot tran|khăn tắm tuột|khan tam tuot|tuột khăn|tuot khan`,
  ),
  clothing: terms(`quần áo|quan ao|áo|váy|quần|áo ngực|ao nguc|đồ lót|do lot|bikini|đồ bơi|do boi|đồ tắm|do tam`),
  nude: terms(
    `không mảnh vải che thân|khong manh vai che than|khăn tắm rơi|khan tam roi|khăn rơi xuống|khan roi xuong|tuột khăn|tuot khan|bỏ khăn tắm|bo khan tam|khăn tắm tuột|khan tam tuot|như lúc mới sinh|nhu luc moi sinh|trần như nhộng|tran nhu nhong|khỏa thân|khoa than|trần truồng|tran truong|không mặc gì|khong mac gi|lõa thể|loa the`,
  ),
  skimpy: terms(`bikini|đồ bơi|do boi|đồ tắm|do tam|đồ lót|do lot|nội y|noi y|áo ngực|ao nguc`),
  // "các con tôi", "con gái tôi": my children, my daughter, of any age.
  minorWeak: terms(`các con tôi|cac con toi|các con|con tôi|con gái tôi|con gai toi|con trai tôi|con trai toi|các cháu|cac chau`),
  minor: terms(
    `nữ sinh|nu sinh|nam sinh|các bé|cac be|em bé|em be|bé trai|be trai|bọn trẻ|bon tre|trẻ con|tre con|trẻ em|tre em|bé gái|be gai|học sinh|hoc sinh|vị thành niên|vi thanh nien|thiếu nữ|thieu nu|lớp 1|lớp 2|lớp 3|lớp 4|lớp 5|lớp 6|lớp 7|lớp 8|lớp 9|lop 1|lop 2|lop 3|lop 4|lop 5|lop 6|lop 7|lop 8|lop 9|học lớp 6|học lớp 7|học lớp 8|học lớp 9|hoc lop 7|lớp 7|lớp 8|lớp 6|lớp 9|học sinh cấp 2|hoc sinh cap 2|cấp hai|cap hai|cấp 2|cap 2|cấp ba|cap ba|cấp 3|cap 3|trung học cơ sở|trung hoc co so|nữ sinh trung học|nu sinh trung hoc`,
  ),
  sexualAct: terms(
    `đang làm tình|dang lam tinh|quan he tinh duc|làm tình|lam tinh|đang làm tình|quan hệ tình dục|tình dục|tinh duc|khiêu dâm|khieu dam|sex|bú cu|bú cặc|bu cac|đang bú|dang bu|địt|dit nhau|vếu to|veu to|quan hệ qua đường hậu môn|hậu môn|hau mon|thủ dâm|thu dam|xuất tinh|xuat tinh|làm từ phía sau|lam tu phia sau|địt từ phía sau|dit tu phia sau`,
  ),
  reduce: terms(`ngắn lên|ngan len|ngắn lại|ngan lai|xẻ sâu hơn|xe sau hon|nhỏ hơn|nho hon|ngắn hơn|ngan hon|bó hơn|bo hon|hở hơn|ho hon|khoét sâu|khoet sau`),
  reduceAlone: terms(`ít vải hơn|it vai hon|hở hang hơn|ho hang hon`),
  reveal: terms(`nhìn xuyên|nhin xuyen|lộ hết|lo het|thấy hết bên trong|thay het ben trong|trong suốt|trong suot|xuyên thấu|xuyen thau|ướt|uot`),
  benign: terms(`nhãn giá|nhan gia|vết bẩn|vet ban|vết ố|vet o|nếp nhăn|nep nhan|vết bẩn|vết ố|vết dơ|vết nhăn|nếp nhăn|bụi bẩn`),
  suggestive: terms(`gợi cảm|goi cam|khêu gợi|khieu goi|hở hang|ho hang|gợi dục|goi duc|gợi tình|goi tinh`),
  coverUp: terms(`nâng cổ áo|nang co ao|nâng lên|nang len|kéo lên|keo len|kín hơn|kin hon`),
  pose: terms(`ngồi lên người anh|ngoi len nguoi anh|cưỡi lên người|cuoi len nguoi`),
  partialNude: terms(`không mặc áo trên|không mặc áo|ko mặc áo|không áo ngực|không mặc áo ngực`),
};

export const cs: Lexicon = {
  // "a" ("and"), a conjunction only where Czech is plausible (it is an article in English, "to" in Spanish).
  conjunction: terms(`a`),
  remove: terms(`sundej|sundat|svlékni|svlekni|odstraň|odstran|bez|zmiz*|neviditeln*`),
  removeWeak: terms(`bez`),
  undressVerb: terms(
    `svlékni|svlekni|svlékněte|svleknete|svleč|svlec|svléká|svleka|svlékne|svlekne|svlékající se|svlekajici se|svlékni ženu|svlekni zenu|svlékni paní|svlekni pani|svlékni slečnu|svlekni slecnu|svlékni modelku|svlekni modelku|svlékni ženskou|svlekni zenskou|svlékni herečku|svlekni herecku|svlékni ji|svlekni ji|svlékni tu|svlekni tu|svlékni tuhle|svlekni tuhle|svlékni holku|svlekni holku|svlékni dívku|svlekni divku|svlékni ho|svlekni ho|svlékni je|svlekni je|svleč|svlec|vysvlékni|vysvlekni|svléknout|svleknout|ručník sklouzne|rucnik sklouzne|ručník spadne|rucnik spadne|ručník sjede|rucnik sjede`,
  ),
  clothing: terms(`oblečení|obleceni|šaty|saty|tričko|tricko|košili|kosili|sukni|sukně|kalhoty|podprsenk*|kalhotky|spodní prádlo|spodni pradlo|plavky`),
  nude: terms(
    `jak ji pánbůh stvořil|jak ji panbuh stvoril|nahatá|nahata|na adama|nahá|naha|nahou|nahý|nahy|nahého|naheho|nahém|nahem|nahým|nahym|nahými|nahymi|nahých|nahych|nahé|nazí|bez oblečení|bez obleceni|nahota`,
  ),
  skimpy: terms(
    `plavk*|plavek|bikiny|spodní prádlo|spodni pradlo|kalhotky|podprsenk*|tanga|krajkové prádlo|krajkove pradlo|krajkovém prádle|krajkovem pradle|spodním prádle|spodnim pradle|v prádle|v pradle|spodního prádla|spodniho pradla`,
  ),
  minorWeak: terms(`holka|holku|holky|holce|dívka|divka|dívku|divku|dívky|divky|kluk|kluka|kluci`),
  minor: terms(`dítě|dite|děti|deti|holčička|holcicka|nezletil*|školačka|skolacka|puberťačka|sedmé třídy|sedme tridy|osmé třídy|osme tridy|šesté třídy|seste tridy|sedmačka|sedmacka|osmačka|osmacka`),
  sexualAct: terms(
    `kouří mu|kouřit mu|kouřila mu|kouri mu|kourit mu|kourila mu|ať mu to kouří|at mu to kouri|vykouří mu|vykouri mu|mají sex|maji sex|šukají|sukaji|souloží|soulozi|milují se|miluji se|sex|porno*|erotick*|kouří ptáka|kouri ptaka|kouří mu|honí si ho|honi si ho|šukají|šuká ji zezadu|suka ji zezadu|bere ji zezadu|bere ji odzadu`,
  ),
  reduce: terms(`menší|mensi|kratší|kratsi|těsnější|tesnejsi|hlubší výstřih|hlubsi vystrih|odhalující|odhalujici|mini`),
  reduceAlone: terms(`méně látky|mene latky|méně oblečení|mene obleceni|víc kůže|vic kuze|stáhni jí ramínko|stahni ji raminko|ramínko z ramene|raminko z ramene`),
  reveal: terms(`průhledn*|pruhledn*|průsvitn*|prusvitn*|mokr*|rentgen*`),
  benign: terms(`skvrn*|flek|fleky|fleku|flekem|cenovk*|visačk*|visack*|žmolk*|zmolk*|šmouh*|smouh*`),
  replace: terms(`místo|obleč ji do|obleč jí|obleč ho do|dej jí|dej ji`),
};
