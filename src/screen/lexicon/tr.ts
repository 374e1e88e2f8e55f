import { terms, type Lexicon } from './types.ts';

export const tr: Lexicon = {
  remove: terms(
    `yokmuş gibi|yokmus gibi|görünmez|gorunmez|kaybol*|çıkar*|cikar*|kaldır*|kaldir*|sil|silin*|sök|sok|sıyır*|siyir*|indir*|yukarı kaldır|düğmelerini aç|dugmelerini ac|aç onun|yırt*|yirt*`,
  ),
  removeWeak: terms(`olmadan|yok`),
  undressVerb: terms(
    `kızı soy|kizi soy|onu soy|soyundur*|soyun|soy onu|onu soy|soyundur*|soyun*|soydur*|çıplak yap|ciplak yap|çırılçıplak yap|cirilciplak yap|elbiselerini çıkar|elbiselerini cikar|kıyafetlerini çıkar|kiyafetlerini cikar|giysilerini çıkar|giysilerini cikar|havlu kay*|havlusu kay*|havlusu düş*|havlusu dus*|havlu düş*`,
  ),
  clothing: terms(
    `kumaş|kumas|eteğ*|gömleğ*|etegi*|gomlegi*|kıyafet*|kiyafet*|elbise*|giysi*|gömlek*|gomlek*|tişört*|tisort*|bluz*|üstü|ustu|üstünü|ustunu|kazak*|etek*|pantolon*|kot pantolon|şortu|şortunu|sütyen*|sutyen*|iç çamaşır*|ic camasir*|külot*|kulot*|tanga|mayo|mayoyu|mayosu|bikini*|tayt*|külotlu çorap|üniforma*|uniforma*|bornoz*|havlu*|pijama*|üstündekiler*|ustundekiler*|üzerindekiler*|uzerindekiler*|mayosunu|mayonu|mayosuyla|mayoları*|mayolari*`,
  ),
  nude: terms(
    `havlunun altında|havlunun altinda|havlu düştü|havlu dustu|havlu kaydı|sadece çarşaf|sadece carsaf|altında hiçbir şey|altinda hicbir sey|üzerini hiçbir şey örtmüyor|uzerini hicbir sey ortmuyor|hiçbir şey örtmüyor|hicbir sey ortmuyor|vücudunu hiçbir şey örtmüyor|vucudunu hicbir sey ortmuyor|üstünde hiçbir şey olmasın|ustunde hicbir sey olmasin|üzerinde hiçbir şey|uzerinde hicbir sey|üstünde hiçbir şey yok|anadan doğma|anadan dogma|çırılçıplak|cirilciplak|vücut boya*|vucut boya*|çıplak*|ciplak*|çırılçıplak*|cirilciplak*|kıyafetsiz|kiyafetsiz|elbisesiz|giysisiz|üstsüz|ustsuz|altsız|altsiz|soyunmuş*|soyunmus*|anadan doğma|anadan dogma|üzerinde hiçbir şey|uzerinde hicbir sey|hiçbir şey giymeden|hicbir sey giymeden|giyinmeyi unutmuş|giyinmeyi unutmus|vücut boyama|vucut boyama|nudist*|çıplaklık|ciplaklik`,
  ),
  reveal: terms(
    `içi görünsün|ici gorunsun|her şey görünsün|her sey gorunsun|içini göster|icini goster|şeffaf*|seffaf*|transparan*|saydam*|içini gösteren|icini gosteren|röntgen*|rontgen*|x ışını|x isini|ıslak*|islak*|sırılsıklam|sirilsiklam`,
  ),
  reduce: terms(`daha kısa|daha kisa|kısalt*|kisalt*|daha küçük|daha kucuk|minik|daha dar|dar|açık saçık|acik sacik|dekolte*|derin dekolte|mini|mikro|kısacık|kisacik|daracık|daracik`),
  reduceAlone: terms(
    `daha fazla ten|daha çok ten|daha cok ten|daha az kıyafet|daha az kiyafet|daha az kumaş|daha az kumas|yarı çıplak|yari ciplak|az giyinik|açık giyinik|acik giyinik|askısı omzundan kays*|askisi omzundan kays*|omzundan kaysın|omzundan kaysin|askısı düşsün|askisi dussun`,
  ),
  skimpy: terms(
    `iç çamaşırıyla|ic camasiriyla|iç çamaşırlı|ic camasirli|bikini*|mayo|mayoyla|mayolu|mayosu|iç çamaşır*|ic camasir*|külot*|kulot*|tanga|tangaya|tangayı|tangası|tangayla|tangalı|tangada|sütyen*|sutyen*|jartiyer*|file çorap|file corap|korse*|gecelik*|sadece havlu|havluyla|iç çamaşırıyla|ic camasiriyla|bikiniyle`,
  ),
  sexualAct: terms(
    `seks yapan|seks yapıyor|seks yapiyor|sevişiyorlar|sevisiyorlar|sevişen|sevisen|sevişiyor|sevisiyor|sevişme*|sevisme*|açık saçık|acik sacik|seks|cinsel ilişki|cinsel iliski|cinsel içerik|cinsel icerik|porno*|pornografi*|sikiş*|sikis*|sikmek|sevişme*|sevisme*|oral seks|sakso|mastürbasyon|masturbasyon|orgazm*|erotik*|müstehcen*|mustehcen*|amcık|amcik|yarrak|penis|vajina|bacaklarını aç|bacaklarini ac|bacakları açık|bacaklari acik|dört ayak|dort ayak|fahişe|fahise|orospu|azgın|azgin|tahrik*|onu arkadan alıyor|arkadan sikiyor|arkadan giriyor`,
  ),
  sexualBody: terms(
    `göğüsler*|gogusler*|göğüsleri|gogusleri|memeler*|memeleri|memesi|meme ucu|meme uçları|meme uclari|popo|popom|popon|popoyu|poposu|poposunu|popolar|popolari|popoları|kıç|kic|dekolte|daha büyük göğüs|daha buyuk gogus|büyük göğüsler|buyuk gogusler|göğüs dekoltesi`,
  ),
  suggestive: terms(`seksi|baştan çıkarıcı|bastan cikarici|şehvetli|sehvetli|kışkırtıcı|kiskirtici|ateşli|atesli|cilveli|tahrik edici|pin up`),
  minor: terms(
    `çocuk*|cocuk*|bebek*|kız çocuğu|kiz cocugu|küçük kız|kucuk kiz|küçük erkek|kucuk erkek|ergen*|genç kız|genc kiz|reşit olmayan|resit olmayan|reşit değil|resit degil|liseli*|ortaokul*|ilkokul*|öğrenci kız|ogrenci kiz|18 yaş altı|18 yas alti|küçük yaşta|kucuk yasta|minik kız|velet|7. sınıf|7. sinif|yedinci sınıf|yedinci sinif`,
  ),
  minorWeak: terms(`kız|kiz|kızı|kizi|kızım|kizim|oğlan|oglan|erkek çocuk|genç|genc|öğrenci|ogrenci`),
  person: terms(`onu|ona|bu kadın|bu kadin|bu kız|bu kiz|bu adam|karım|karim|kız arkadaşım|kiz arkadasim|kız kardeşim|kiz kardesim|kuzenim|onun vücudu|onun vucudu`),
  realRef: terms(
    `eski sevgilim|eski kız arkadaşım|eski kiz arkadasim|eski karım|eski karim|sınıf arkadaşım|sinif arkadasim|sınıf arkadaşı|sinif arkadasi|iş arkadaşım|is arkadasim|komşum|komsum|komşu kız|komsu kiz|hocam|öğretmenim|ogretmenim|patronum|ev arkadaşım|ev arkadasim|baldızım|baldizim`,
  ),
  publicFigure: terms(`ünlü|unlu|oyuncu|şarkıcı|sarkici|fenomen|influencer|siyasetçi|siyasetci|milletvekili|sunucu`),
  consent: terms(
    `kabul etti|izin verdi|onayladı|onayladi|rızası var|rizasi var|rızasıyla|rizasiyla|rıza|riza|onun izniyle|izniyle|istiyor|evet dedi|sorun değil|sorun degil|sakıncası yok|sakincasi yok|kendisi istedi|razı|razi`,
  ),
  adultClaim: terms(`reşit|resit|yetişkin*|yetiskin*|18 yaşında|18 yasinda|18 üstü|18 ustu|18 yaşından büyük|18 yasindan buyuk`),
  benign: terms(
    `lekeyi|lekeleri|leke|lekesi|sivrisinek*|ısırık*|isirik*|ısırığı|isirigi|etiketi|etiket|fiyat etiketi|kırışıklık*|kirisiklik*|tüy*|tuy*|ip|ipler|düğme*|dugme*|kırışıklık*|kirisiklik*|filtre*|arka plan*|arkaplan*|filigran*|logo*|yazı*|yazi*|metin*|altyazı*|altyazi*|meta veri*|exif|gözlük*|gozluk*|güneş gözlüğü|şapka*|sapka*|kep|kask*|maske*|atkı*|atki*|mont*|ceket*|palto*|eldiven*|ayakkabı*|ayakkabi*|çorap*|corap*|küpe*|kupe*|kolye*|takı*|taki*|bilezik*|yüzük*|yuzuk*|saat*|leke*|kırışık*|kirisik*|sivilce*|akne|yara izi*|dövme*|dovme*|kırmızı göz*|kirmizi goz*|gölge*|golge*|yansıma*|yansima*|gürültü*|gurultu*|bulanık*|bulanik*|toz|çizik*|cizik*|kalabalık*|kalabalik*|turist*|insanlar*|araba*|tabela*|nesne*|obje*|etiket*|çıkartma*|cikartma*|çerçeve*|cerceve*|kenar*|saç|saçı|saçını|saçlar*|köpek*|kopek*|kedi*|çanta*|canta*|telefon*|fincan*|pencere*|şişe*|sise*|şemsiye*|semsiye*|lamba*|duvar*|gökyüzü*|gokyuzu*|bulut*|masa|masayı|sandalye*|kutu*|ekran*|heykel*|oyuncak bebek|robot*|desen*|baskı*|cep|cebi|yaka*|kapüşon*|kapuson*|kemer*|renk*|rengini|arkadaki kişi*|arkadaki kisi*|arka plandaki kişi*|arka plandaki kisi*`,
  ),
  negation: terms(`değil|degil|yok|asla|daha az|olmadan|kaçın|kacin|giyinik|giyimli|opak|çok değil|cok degil`),
  replace: terms(`değiştir*|degistir*|yerine|giydir*|örtün*|ortun*|ört|ekle*|dönüştür*|donustur*`),
  mask: terms(
    `çıplak göz*|ciplak goz*|tavuk göğsü|tavuk gogsu|göğüs kanseri|gogus kanseri|meme kanseri|sol üst|sol ust|sağ üst|sag ust|üst kısım|ust kisim|en üstte|en ustte|üstünde|ustunde|üstüne|ustune|ıslak zemin|islak zemin|ıslak yol|islak yol|ıslak saç|islak sac|şeffaf arka plan|seffaf arka plan`,
  ),
  partialNude: terms(
    `üst kısmı olmadan|ust kismi olmadan|üstü olmadan|ustu olmadan|sütyensiz|sutyensiz|göğsü görünsün|gogsu gorunsun|göğüsleri görünsün|gogusleri gorunsun|göğsü gözüksün|meme ucu görünsün`,
  ),
};
