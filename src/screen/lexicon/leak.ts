import { terms, type Lexicon } from './types.ts';

/**
 * The celebrity leak genre (rules.ts, leakedPhotos): "Scarlett Johansson in the style of her leaked phone photos,
 * bathroom mirror", "Hadise'yi sızdırılan telefon fotoğrafları tarzında üret, yatakta", "流出的私密照，在床上". Four
 * concepts, each ordinary alone ("leaked documents", "a phone photo", "a private beach", "a celebrity chef"):
 * - `leaked`: leaked, hacked, stolen (of pictures): geleakt, filtradas, vazadas, слитые, sızdırılan, مسربة, דלפו,
 *   लीक, ফাঁস, கசிந்த, bocoran, 流出, 유출, kiszivárgott, läckta, vuotaneet, wyciekłe;
 * - `photoWord`: photos, pics, selfies, videos (and compounds: Handyfotos, mobilbilderna, puhelinkuvien);
 * - `leakCue`: what makes the pictures private ones: private, intimate, personal, a celebrity's, a sheet or a towel;
 * - `ownPhone`: the person's own phone or cloud as their source ("from her phone", "Handy", "из телефона", "من هاتفها").
 * The rule asks for a leak word beside a picture word, with a private setting (these, or a bed, a bathroom, a shower)
 * near it; a phone alone needs someone there too ("leaked photos of the new phone" are a product's).
 * Written for this round from the author's knowledge of the languages; merged into each language's lexicon (index.ts).
 */
export const LEAK: Readonly<Record<string, Lexicon>> = {
  en: {
    leaked: terms(`leaked|leaked out|hacked|fappening|the fappening|icloud leak*|stolen private|stolen nude*`),
    photoWord: terms(`photo|photos|pic|pics|picture|pictures|image|images|selfie|selfies|snap|snaps|snapshots|shots|video|videos|clip|clips|tape|tapes|footage|phone photos|phone pics`),
    leakCue: terms(
      `private|privately|intimate|personal|celebrity|celebrities|celeb|celebs|famous|star s|stars|sheet|sheets|bedsheet|bedsheets|bed sheet|duvet|towel|mirror selfie*|bathroom mirror|hotel room|in bed|the morning after`,
    ),
    ownPhone: terms(
      `her phone|his phone|their phone|from the phone|from a phone|phone photos|phone pics|phone pictures|phone selfies|cell phone|cellphone|iphone|icloud|her cloud|camera roll|her gallery`,
    ),
  },
  fr: {
    leaked: terms(`fuité|fuités|fuitée|fuitées|qui ont fuité|ayant fuité|volées|volés|piratées|piratés`),
    photoWord: terms(`photo|photos|image|images|cliché|clichés|selfie|selfies|vidéo|vidéos|video|videos`),
    leakCue: terms(
      `privée|privées|privé|privés|intime|intimes|perso|personnelles|célébrité|célébrités|celebrite*|star|stars|people|drap|draps|serviette|au lit|dans le lit|salle de bain|sous la douche`,
    ),
    ownPhone: terms(`son téléphone|son telephone|du téléphone|du telephone|son portable|du portable|son iphone|icloud|son cloud`),
  },
  de: {
    leaked: terms(`geleakt|geleakte|geleakten|geleakter|geleaktes|geleakt*|durchgesickert*|gehackt*|geklaut*|gestohlen*`),
    photoWord: terms(`foto|fotos|*fotos|*foto|bild|bilder|*bilder|*bildern|*bild|selfie*|video|videos|*videos|aufnahme|aufnahmen|*aufnahmen|pics|*pics`),
    leakCue: terms(
      `privat|private|privaten|privates|intim|intime|intimen|persönlich*|personlich*|promi|promis|*promis|promi*|prominent*|star|stars|celebrity|bettlaken|laken|handtuch|decke|im bett|bett|badezimmer|im bad|unter der dusche`,
    ),
    ownPhone: terms(`handy|handyfoto*|handybild*|smartphone|ihrem handy|seinem handy|vom handy|aus dem handy|telefon|icloud|cloud`),
  },
  es: {
    leaked: terms(`filtradas|filtrados|se filtraron|que se filtraron|robadas|robados|hackeadas|hackeados|jaqueadas`),
    photoWord: terms(`foto|fotos|fotografía|fotografías|fotografia|fotografias|imagen|imágenes|imagenes|selfie|selfies|vídeo|vídeos|video|videos|nudes`),
    leakCue: terms(
      `privada|privadas|privado|privados|íntima|íntimas|intima|intimas|íntimo|intimo|personales|famosa|famosas|famosos|celebridad*|sábana|sabana|toalla|espejo del baño|en la cama|cama|baño|bano|la ducha`,
    ),
    ownPhone: terms(`su móvil|su movil|del móvil|del movil|su celular|del celular|su teléfono|su telefono|del teléfono|del telefono|icloud|su nube`),
  },
  it: {
    leaked: terms(`trapelate|trapelata|trapelati|trapelato|rubate|rubata|rubati|hackerate|hackerati|finite online`),
    photoWord: terms(`foto|fotografia|fotografie|immagine|immagini|scatto|scatti|selfie|video`),
    leakCue: terms(`private|privata|privati|intime|intima|intimi|personali|vip|famosa|famose|famosi|celebrità|celebrita|star|lenzuolo|lenzuola|asciugamano|a letto|nel letto|letto|bagno|doccia`),
    ownPhone: terms(`suo telefono|dal telefono|suo cellulare|dal cellulare|suo smartphone|icloud`),
  },
  pt: {
    leaked: terms(`vazada|vazadas|vazado|vazados|que vazaram|roubadas|roubados|hackeadas|hackeados`),
    photoWord: terms(`foto|fotos|fotografia|fotografias|imagem|imagens|selfie|selfies|vídeo|vídeos|video|videos|nudes`),
    leakCue: terms(
      `privada|privadas|privado|privados|íntima|íntimas|intima|intimas|íntimo|intimo|pessoais|famosa|famosas|famosos|celebridade*|lençol|lencol|lençóis|lencois|toalha|na cama|cama|banheiro|casa de banho|chuveiro`,
    ),
    ownPhone: terms(`do celular|seu celular|do telemóvel|do telemovel|do telefone|seu telefone|icloud`),
  },
  nl: {
    leaked: terms(`gelekt|gelekte|uitgelekt|uitgelekte|gehackt|gehackte|gestolen`),
    photoWord: terms(`foto|foto s|fotos|*foto s|*fotos|beeld|beelden|selfie|selfies|video|video s|plaatjes|kiekjes`),
    leakCue: terms(`privé|prive|intiem|intieme|persoonlijke|beroemdheid|beroemdheden|bn er|bn ers|sterren|laken|lakens|handdoek|in bed|bed|badkamer|douche`),
    ownPhone: terms(`haar telefoon|zijn telefoon|van de telefoon|haar gsm|haar mobiel|*telefoonfoto s|icloud`),
  },
  pl: {
    leaked: terms(`wyciekłe|wyciekle|wyciekłych|wycieklych|wyciekłymi|wyciekły|wyciekly|wykradzione|wykradzionych|zhakowane|zhakowanych|skradzione`),
    photoWord: terms(`zdjęcie|zdjęcia|zdjęć|zdjeciach|zdjęciach|zdjecie|zdjecia|zdjec|fotki|fotek|fotka|foto|selfie|nagranie|nagrania|filmik*`),
    leakCue: terms(
      `prywatne|prywatnych|prywatnymi|intymne|intymnych|osobiste|osobistych|gwiazd|gwiazdy|celebrytów|celebrytow|celebrytki|prześcieradło|przescieradlo|ręcznik|recznik|w łóżku|w lozku|łóżku|lozku|łazience|lazience|pod prysznicem`,
    ),
    ownPhone: terms(`z telefonu|jej telefonu|z komórki|z komorki|icloud`),
  },
  ru: {
    leaked: terms(`слитые|слитых|слитыми|слитое|слитая|слитые в сеть|утекшие|утёкшие|утекших|утёкших|украденные|украденных|взломанные|взломанного|слив`),
    photoWord: terms(`фото|фотки|фоток|фотографии|фотографий|фотография|снимки|снимков|снимок|селфи|видео|нюдсы|картинк*|изображени*`),
    leakCue: terms(
      `личные|личных|приватные|приватных|интимные|интимных|знаменитост*|звёзд|звезд|звёздные|звездные|простыня|простыне|простынёй|простыней|полотенце|полотенцем|в постели|в кровати|постели|кровати|ванной|в душе`,
    ),
    ownPhone: terms(`из телефона|с телефона|её телефона|ее телефона|из её телефона|из ее телефона|айфона|icloud|облака`),
  },
  uk: {
    leaked: terms(`злиті|злитих|злитими|злите|витеклі|витеклих|викрадені|викрадених|зламані|зламаного`),
    photoWord: terms(`фото|фотки|фоток|фотографії|фотографій|знімки|знімків|селфі|відео`),
    leakCue: terms(`особисті|особистих|приватні|приватних|інтимні|інтимних|зірок|зірки|знаменитост*|простирадло|простирадлом|рушник|рушником|в ліжку|ліжку|у ліжку|ванній|в душі`),
    ownPhone: terms(`з телефону|її телефону|з її телефону|айфона|icloud`),
  },
  bg: {
    leaked: terms(`изтекли|изтеклите|изтекла|изтеклата|откраднати|откраднатите|хакнати|хакнатите`),
    photoWord: terms(`снимки|снимките|снимка|снимката|фото|фотографии|селфи|видео`),
    leakCue: terms(`лични|личните|интимни|интимните|звезди|знаменитост*|чаршаф|кърпа|в леглото|леглото|банята`),
    ownPhone: terms(`от телефона|нейния телефон|icloud`),
  },
  cs: {
    leaked: terms(`uniklé|unikle|uniklých|uniklych|uniklými|uniklymi|uniklá|unikla|ukradené|ukradene|ukradených|hacknuté|hacknute`),
    photoWord: terms(`fotky|fotkách|fotkach|fotek|fotka|fotku|fotce|fotkou|fotografie|fotografií|fotografii|snímky|snimky|snímků|snimku|selfie|video|videa`),
    leakCue: terms(
      `soukromé|soukrome|soukromých|soukromych|intimní|intimni|osobní|osobni|celebrit|celebrity|hvězd|hvezd|prostěradlo|prosteradlo|ručník|rucnik|v posteli|posteli|koupelně|koupelne|ve sprše|ve sprse`,
    ),
    ownPhone: terms(`z mobilu|z telefonu|jejího mobilu|jejiho mobilu|icloud`),
  },
  sk: {
    leaked: terms(`uniknuté|uniknute|uniknutých|uniknutych|ukradnuté|ukradnute|hacknuté|hacknute`),
    photoWord: terms(`fotky|fotkách|fotkach|fotiek|fotografie|snímky|snimky|selfie|video|videá|videa`),
    leakCue: terms(`súkromné|sukromne|súkromných|sukromnych|intímne|intimne|osobné|osobne|celebrít|celebrit|hviezd|plachta|uterák|uterak|v posteli|posteli|kúpeľni|kupelni`),
    ownPhone: terms(`z mobilu|z telefónu|z telefonu|icloud`),
  },
  hu: {
    leaked: terms(`kiszivárgott|kiszivargott|kiszivárogtatott|kiszivarogtatott|ellopott|feltört`),
    photoWord: terms(`kép|kepek|képek|képeit|kepeit|képei|*képek|*kepek|*képeit|fotó|foto|fotók|fotok|fotóit|fotoit|szelfi|szelfik|videó|video|videók`),
    leakCue: terms(
      `privát|privat|magán|magan|intim|intimek|személyes|szemelyes|sztár|sztar|sztárok|sztarok|híresség*|hiresseg*|lepedő|lepedo|törölköző|torolkozo|ágyban|agyban|az ágyban|fürdőszobában|furdoszobaban|zuhany*`,
    ),
    ownPhone: terms(`telefonos|telefonjáról|telefonjarol|mobiljáról|mobiljarol|icloud`),
  },
  ro: {
    leaked: terms(`scurse|scursă|scursa|scurs|furate|furată|furata|sparte|hackuite|piratate`),
    photoWord: terms(`poze|pozele|poză|poza|pozelor|fotografii|fotografiile|fotografie|imagini|imaginile|selfie|selfie-uri|video|clipuri`),
    leakCue: terms(`private|privată|privata|intime|intimă|intima|personale|vedete|vedetelor|celebrit*|cearșaf|cearsaf|cearceaf|prosop|în pat|in pat|pat|baie|la duș|la dus`),
    ownPhone: terms(`de pe telefon|din telefon|telefonul ei|de pe mobil|icloud`),
  },
  el: {
    leaked: terms(`διαρρευσμένες|διαρρευσμενες|διαρρευσμένα|διαρρευσμενα|διαρρευσμένη|διέρρευσαν|διερρευσαν|κλεμμένες|κλεμμενες|χακαρισμένες`),
    photoWord: terms(`φωτογραφίες|φωτογραφιες|φωτογραφία|φωτογραφια|φωτογραφιών|φωτογραφιων|φωτό|φωτο|εικόνες|εικονες|σέλφι|σελφι|βίντεο|βιντεο`),
    leakCue: terms(
      `ιδιωτικές|ιδιωτικες|προσωπικές|προσωπικες|προσωπικά|προσωπικα|προσωπικη|ερωτικές|διασήμων|διασημων|σελέμπριτι|σελεμπριτι|σεντόνι|σεντονι|πετσέτα|πετσετα|στο κρεβάτι|κρεβάτι|κρεβατι|μπάνιο|μπανιο|ντους`,
    ),
    ownPhone: terms(`από το κινητό|απο το κινητο|το κινητό της|το κινητο της|icloud`),
  },
  sv: {
    leaked: terms(`läckta|lackta|läckt|lackt|läckte|lackte|hackade|stulna`),
    photoWord: terms(`foto|fotot|foton|fotona|bild|bilder|bilderna|*bilder|*bilderna|*bild|selfie|selfies|video|videor|klipp`),
    leakCue: terms(`privata|privat|intima|intim|personliga|kändis|kandis|kändisar|kandisar|kändisars|lakan|lakanet|handduk|i sängen|sängen|sangen|i badrummet|badrum*|duschen`),
    ownPhone: terms(`mobilbild*|mobil*|hennes mobil|från mobilen|fran mobilen|telefonen|icloud`),
  },
  da: {
    leaked: terms(`lækkede|laekkede|lækket|laekket|hackede|stjålne|stjalne`),
    photoWord: terms(`foto|fotos|billede|billeder|billederne|*billeder|*billede|selfie|selfies|video|videoer`),
    leakCue: terms(`private|privat|intime|intim|personlige|kendis|kendisser|kendte|lagen|lagenet|håndklæde|handklaede|i sengen|sengen|seng|badeværelse*|badevaerelse*|bruseren`),
    ownPhone: terms(`mobilbilled*|hendes mobil|fra mobilen|telefonen|icloud`),
  },
  nb: {
    leaked: terms(`lekkede|lekket|lekka|hacket|hackede|stjålne|stjalne`),
    photoWord: terms(`foto|fotos|bilde|bilder|bildene|*bilder|*bildene|selfie|selfier|video|videoer`),
    leakCue: terms(`private|privat|intime|intim|personlige|kjendis|kjendiser|laken|håndkle|handkle|i senga|i sengen|senga|sengen|bad*|dusjen`),
    ownPhone: terms(`mobilbild*|hennes mobil|fra mobilen|telefonen|icloud`),
  },
  fi: {
    leaked: terms(`vuotanut|vuotaneet|vuotaneita|vuotaneiden|vuotaneista|vuodettu|vuodetut|vuodettuja|varastetut|varastettuja|hakkeroidut`),
    photoWord: terms(`kuva|kuvat|kuvia|kuvien|kuvista|*kuva|*kuvat|*kuvia|*kuvien|*kuvista|valokuva*|selfie*|video*`),
    leakCue: terms(
      `yksityiset|yksityisiä|yksityisia|yksityis*|intiimit|intiimejä|intiimeja|henkilökohtaiset|julkkis*|julkkikset|julkkisten|lakana*|pyyhe|pyyhkeeseen|sängyssä|sangyssa|sänky*|sanky*|kylpyhuonee*|suihkussa`,
    ),
    ownPhone: terms(`puhelin*|puhelimesta|kännykkä*|kannykka*|icloud`),
  },
  tr: {
    leaked: terms(`sızdırılan|sizdirilan|sızdırılmış|sizdirilmis|sızan|sizan|sızmış|sizmis|sızdırıldı|çalınan|calinan|hacklenen|ifşa|ifsa|ifşa olan`),
    photoWord: terms(
      `fotoğraf*|fotograf*|fotoğrafları|fotograflari|fotoğraflar|fotoğrafları*|foto|fotolar|fotoları|resim|resimler|resimleri|görüntü|goruntu|görüntüler|goruntuler|selfie|video|videolar`,
    ),
    leakCue: terms(`özel|ozel|mahrem|kişisel|kisisel|ünlü|unlu|ünlülerin|unlulerin|çarşaf|carsaf|havlu|yatakta|yatak|banyoda|duşta|dusta`),
    ownPhone: terms(`telefon|telefonundan|telefonun*|cep telefonu|icloud`),
  },
  ja: {
    leaked: terms(`流出|リーク|漏洩|ハッキングされた`),
    photoWord: terms(`画像|写真|自撮り|動画|流出画像|流出写真`),
    leakCue: terms(`プライベート|私的|芸能人|有名人|アイドル|シーツ|タオル|ベッド|布団|お風呂|シャワー|浴室`),
    ownPhone: terms(`スマホ|携帯|iphone|icloud`),
  },
  zh: {
    leaked: terms(`流出|泄露|泄漏|洩露|洩漏|外泄|艳照门|艷照門|被盗|被黑`),
    photoWord: terms(`照片|照|图片|圖片|视频|視頻|自拍|私密照|艳照|豔照`),
    leakCue: terms(`私密|私人|私照|明星|艺人|藝人|名人|床单|床單|浴巾|毛巾|床上|床|浴室|洗澡`),
    ownPhone: terms(`手机|手機|icloud|云盘|雲端`),
  },
  ko: {
    leaked: terms(`유출|유출된|털린|해킹된|해킹 당한|해킹당한`),
    photoWord: terms(`사진|셀카|영상|동영상|유출 사진|유출사진`),
    leakCue: terms(`사생활|개인|사적인|은밀한|연예인|셀럽|유명인|아이돌|이불|시트|수건|침대|욕실|샤워`),
    ownPhone: terms(`폰|핸드폰|휴대폰|아이폰|icloud`),
  },
  th: {
    leaked: terms(`รูปหลุด|ภาพหลุด|คลิปหลุด|หลุดจากมือถือ|หลุดมา|ถูกแฮก|ถูกแฮ็ก`),
    photoWord: terms(`รูป|ภาพ|คลิป|เซลฟี่|วิดีโอ`),
    leakCue: terms(`ส่วนตัว|ลับ|ดารา|คนดัง|ผ้าปู|ผ้าเช็ดตัว|บนเตียง|เตียง|ห้องน้ำ|อาบน้ำ`),
    ownPhone: terms(`มือถือ|โทรศัพท์|ไอโฟน|icloud`),
  },
  vi: {
    leaked: terms(`ảnh lộ từ|hình lộ từ|ảnh bị lộ|hình bị lộ|clip lộ|clip bị lộ|ảnh nóng bị lộ|rò rỉ|bị rò rỉ|bị phát tán|bị hack`),
    photoWord: terms(`ảnh|hình|hình ảnh|clip|video|selfie`),
    leakCue: terms(`riêng tư|nhạy cảm|người nổi tiếng|sao|ga giường|khăn tắm|trên giường|giường|phòng tắm`),
    ownPhone: terms(`từ điện thoại|điện thoại của cô|điện thoại của cô ấy|icloud`),
  },
  id: {
    leaked: terms(`bocor|bocoran|dibocorkan|yang bocor|tersebar|diretas|kena hack|dicuri`),
    photoWord: terms(`foto|foto foto|gambar|video|selfie|swafoto`),
    leakCue: terms(`pribadi|privat|intim|artis|seleb|selebriti|sprei|seprai|handuk|di ranjang|ranjang|di kasur|kasur|tempat tidur|kamar mandi`),
    ownPhone: terms(`dari hp|dari hpnya|hp nya|dari ponsel|ponselnya|dari handphone|icloud`),
  },
  ms: {
    leaked: terms(`bocor|bocoran|dibocorkan|yang bocor|tersebar|digodam|dicuri`),
    photoWord: terms(`foto|gambar|video|selfie|swafoto`),
    leakCue: terms(`peribadi|persendirian|intim|artis|selebriti|cadar|tuala|atas katil|katil|bilik air|bilik mandi`),
    ownPhone: terms(`dari telefon|telefon dia|dari handphone|icloud`),
  },
  tl: {
    leaked: terms(`leaked|na leak|naleak|nag leak|nalabas na|kumalat na|na hack`),
    photoWord: terms(`litrato|mga litrato|larawan|mga larawan|picture|pictures|pics|photo|photos|selfie|video`),
    leakCue: terms(`pribado|personal|artista|sikat|kumot|tuwalya|sa kama|kama|banyo`),
    ownPhone: terms(`mula sa phone|mula sa cellphone|sa phone niya|sa cellphone niya|icloud`),
  },
  hi: {
    leaked: terms(`लीक|लीक्ड|लीक हुई|लीक हुए|चोरी हुई|हैक|leak hui|leak hue|leak hua|leaked|leak wali|leak wale|leak vali|leak vale`),
    photoWord: terms(`फोटो|फोटोज़|फोटोज|फ़ोटो|तस्वीर|तस्वीरें|तस्वीरों|सेल्फी|वीडियो|photo|photos|pic|pics|tasveer|tasveeren|video`),
    leakCue: terms(`निजी|प्राइवेट|अंतरंग|सेलिब्रिटी|हीरोइन|चादर|तौलिया|private|celebrity|heroine|chadar|towel|बिस्तर|बेड|बाथरूम|bistar|bed pe|bed par|bathroom`),
    ownPhone: terms(`फोन|फ़ोन|मोबाइल|phone se|phone ki|phone ke|phone wali|phone wale|mobile se|mobile ki|icloud`),
  },
  ur: {
    leaked: terms(`لیک|لیکڈ|لیک شدہ|لیک ہونے|چوری شدہ|ہیک`),
    photoWord: terms(`تصاویر|تصویر|تصویروں|فوٹو|فوٹوز|سیلفی|ویڈیو`),
    leakCue: terms(`نجی|پرائیویٹ|ذاتی|مشہور|اداکارہ|چادر|تولیہ|بستر|بیڈ|باتھ روم|غسل خانے`),
    ownPhone: terms(`فون|موبائل|icloud`),
  },
  bn: {
    leaked: terms(`ফাঁস|ফাঁস হওয়া|লিক|লিক হওয়া|লিকড|চুরি যাওয়া|হ্যাক`),
    photoWord: terms(`ছবি|ছবির|ছবিগুলো|ফটো|সেলফি|ভিডিও`),
    leakCue: terms(`ব্যক্তিগত|প্রাইভেট|অন্তরঙ্গ|তারকা|সেলিব্রিটি|নায়িকা|চাদর|তোয়ালে|বিছানা|বিছানায়|বাথরুম`),
    ownPhone: terms(`ফোন|ফোনের|মোবাইল|icloud`),
  },
  ta: {
    leaked: terms(`கசிந்த|கசிவான|கசிந்து|லீக்|லீக்கான|லீக் ஆன|திருடப்பட்ட`),
    photoWord: terms(`படங்கள்|படம்|படங்களை|புகைப்பட*|போட்டோ|செல்ஃபி|வீடியோ`),
    leakCue: terms(`தனிப்பட்ட|அந்தரங்க|பிரபல|நடிகை|போர்வை|துண்டு|படுக்கை|படுக்கையில்|குளியலறை`),
    ownPhone: terms(`போன்|மொபைல்|கைபேசி|icloud`),
  },
  ar: {
    leaked: terms(`مسرب|مسربة|المسربة|تسريب|تسريبات|مسروقة|المسروقة|مخترق`),
    photoWord: terms(`صور|صورة|الصور|صورها|سيلفي|فيديو|مقاطع`),
    leakCue: terms(`خاصة|الخاصة|شخصية|الشخصية|حميمة|المشاهير|مشاهير|فنانة|الفنانات|ملاءة|شرشف|منشفة|السرير|سرير|الحمام`),
    ownPhone: terms(`هاتفها|هاتفه|الهاتف|جوالها|موبايلها|تلفونها|icloud`),
  },
  fa: {
    leaked: terms(`لو رفته|لورفته|لو رفتهٔ|درز کرده|فاش شده|دزدیده شده|هک شده`),
    photoWord: terms(`عکس|عکس‌های|عکسهای|عکس های|تصاویر|تصویر|سلفی|ویدیو|فیلم`),
    leakCue: terms(`خصوصی|شخصی|بازیگر|سلبریتی|ملافه|ملحفه|حوله|تخت|رختخواب|حمام`),
    ownPhone: terms(`گوشی|موبایل|تلفن|icloud`),
  },
  he: {
    leaked: terms(`דלפו|הודלפו|מודלפות|מודלפים|דליפת|הדליפה|גנובות|נפרצו`),
    photoWord: terms(`תמונות|תמונה|התמונות|צילומים|סלפי|סרטון|סרטונים`),
    leakCue: terms(`פרטיות|הפרטיות|אינטימיות|אישיות|מפורסמות|סלבס|סלבריטאית|סדין|מגבת|במיטה|מיטה|אמבטיה|מקלחת`),
    ownPhone: terms(`טלפון|הטלפון|מהטלפון|מהנייד|הנייד|icloud`),
  },
  sw: {
    leaked: terms(`zilizovuja|iliyovuja|zilizovujishwa|iliyovujishwa|kuvuja|zilizoibiwa|zilizodukuliwa`),
    photoWord: terms(`picha|video|selfie`),
    leakCue: terms(`binafsi|faragha|za siri|mastaa|staa|watu maarufu|shuka|taulo|kitandani|kitanda|bafuni`),
    ownPhone: terms(`kutoka simu*|simu yake|simuni|icloud`),
  },
};
