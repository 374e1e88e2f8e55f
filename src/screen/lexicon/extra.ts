import { terms, type Lexicon } from './types.ts';

// Languages beyond the fifteen measured ones, with their most common terms only: Ukrainian,
// Indonesian/Malay, Swedish, Vietnamese, Czech.
export const uk: Lexicon = {
  remove: terms(`зніми*|зняти|прибери*|видали*|стягни*|зірви*|розстебни*`),
  removeWeak: terms(`без`),
  undressVerb: terms(`роздягни*|роздягнути|роздягай*|оголи*|зроби її голою`),
  clothing: terms(`одяг*|сукн*|сорочк*|футболк*|блузк*|спідниц*|штани|джинси|шорти|бюстгальтер*|ліфчик*|білизн*|трусики|труси|купальник*`),
  nude: terms(`гола|голу|голої|голий|голі|оголен*|роздягнен*|без одягу|ню`),
  skimpy: terms(`купальник*|бікіні|білизн*|трусики|ліфчик*|стрінги`),
  minor: terms(`дитин*|діти|дітей|дівчинк*|хлопчик*|підліт*|неповнолітн*|школярк*`),
  sexualAct: terms(`секс|порно*|еротичн*|оголене тіло`),
  person: terms(`її|вона|цю жінку|цю дівчину`),
};

export const id: Lexicon = {
  remove: terms(`lepasin|bukain|copotin|hapus|hapuskan|buka|bukak|bukakan|lepas|lepaskan|copot|copotkan|tanggalkan|hilangkan|singkirkan|tanpa`),
  removeWeak: terms(`tanpa`),
  undressVerb: terms(`telanjangin|bugilin|bogelin|telanjangi|telanjangkan|bugilkan|buka bajunya|lepas bajunya|buka pakaiannya`),
  clothing: terms(`pakaian|pakaiannya|baju|bajunya|kemeja|kaos|rok|roknya|celana|celananya|bh|beha|pakaian dalam|celana dalam|bikini|baju renang|gaun|jilbab|hijab`),
  nude: terms(`telanjang|bugil|tanpa busana|tanpa pakaian|tanpa baju|polos tanpa|nude`),
  skimpy: terms(`bikini|baju renang|pakaian dalam|celana dalam|bh|beha|lingerie|g string`),
  minor: terms(`anak|anak anak|anak kecil|bocah|remaja|abg|di bawah umur|siswi|anak sekolah|gadis kecil`),
  sexualAct: terms(`ngewe|ngewe|ewean|bercinta|seks|bersetubuh|ngentot|porno|cabul|mesum|payudara|toket|memek|kontol`),
  suggestive: terms(`seksi|sexy|menggoda|sensual`),
  person: terms(`dia|wanita ini|cewek ini|perempuan ini|orang ini|orang di foto`),
  consent: terms(`dia setuju|sudah setuju|dia mengizinkan|dengan izin`),
  benign: terms(`latar belakang|latar|tanda air|logo|teks|kacamata|topi|jaket|mantel|sepatu|noda|kerutan`),
};

export const sv: Lexicon = {
  remove: terms(`ta av|tar av|ta bort|tar bort|dra av|klä av|kla av|utan`),
  removeWeak: terms(`utan|av`),
  undressVerb: terms(`klä av|kla av|klä av henne|avklädd*|avkladd*`),
  clothing: terms(`kläder|klader|kläderna|kladerna|klänning*|klanning*|skjorta*|tröja*|troja*|kjol*|byxor*|jeans|shorts|behå|bh|underkläder|underklader|trosor|baddräkt*|baddrakt*|bikini`),
  nude: terms(`naken|nakna|nakenhet|utan kläder|utan klader|topless|helt naken`),
  skimpy: terms(`bikini|baddräkt*|baddrakt*|underkläder|underklader|trosor|behå|underkläderna|stringtrosor`),
  minor: terms(`barn|barnet|flicka|pojke|tonåring*|tonaring*|minderårig*|minderarig*|skolflicka`),
  sexualAct: terms(`sex|porr*|knulla|erotisk*`),
  suggestive: terms(`sexig*|förförisk*|forforisk*`),
  person: terms(`henne|hon|honom|personen|kvinnan|tjejen`),
  benign: terms(`bakgrund*|bakgrunden|vattenstämpel|logga|text|glasögon|glasogon|hatt|mössa|jacka|rock|skor`),
};

export const vi: Lexicon = {
  remove: terms(`cởi|coi bo|cởi bỏ|bỏ|xóa|gỡ|lột`),
  undressVerb: terms(`lột đồ|lot do|cởi đồ|coi do|cởi quần áo|coi quan ao|lột trần|lot tran`),
  clothing: terms(`quần áo|quan ao|áo|váy|quần|áo ngực|ao nguc|đồ lót|do lot|bikini|đồ bơi|do boi`),
  nude: terms(`khỏa thân|khoa than|trần truồng|tran truong|không mặc gì|khong mac gi|lõa thể|loa the`),
  skimpy: terms(`bikini|đồ bơi|do boi|đồ lót|do lot|nội y|noi y|áo ngực|ao nguc`),
  minor: terms(`trẻ em|tre em|bé gái|be gai|học sinh|hoc sinh|vị thành niên|vi thanh nien|thiếu nữ|thieu nu`),
  sexualAct: terms(`làm tình|lam tinh|đang làm tình|quan hệ tình dục|tình dục|tinh duc|khiêu dâm|khieu dam|sex`),
};

export const cs: Lexicon = {
  remove: terms(`sundej|sundat|svlékni|svlekni|odstraň|odstran|bez`),
  removeWeak: terms(`bez`),
  undressVerb: terms(`svlékni ji|svlekni ji|svleč|svlec|vysvlékni|vysvlekni|svléknout|svleknout`),
  clothing: terms(`oblečení|obleceni|šaty|saty|tričko|tricko|košili|kosili|sukni|sukně|kalhoty|podprsenk*|kalhotky|spodní prádlo|spodni pradlo|plavky`),
  nude: terms(`nahá|naha|nahou|nahý|nahy|nazí|bez oblečení|bez obleceni|nahota`),
  skimpy: terms(`plavky|bikiny|spodní prádlo|spodni pradlo|kalhotky|podprsenk*|tanga`),
  minor: terms(`dítě|dite|děti|deti|holčička|holcicka|nezletil*|školačka|skolacka|puberťačka`),
  sexualAct: terms(`sex|porno*|erotick*`),
};
