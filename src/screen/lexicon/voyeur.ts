import { terms, type Lexicon } from './types.ts';

/**
 * Voyeurism said without a nudity word: a covert camera (`covertCam`) and a private place where people
 * undress (`privatePlace`) in one request: "hidden camera footage of a woman changing in a dressing
 * room", "spy cam in the locker room" (rules.ts, sexual.voyeur). Either alone is ordinary ("a hidden
 * camera prank", "renovate the changing room"). Words that mean covert filming of bodies by themselves
 * (偷拍, 몰카, upskirt) are sexual terms of their languages. Written from the author's knowledge.
 */
export const VOYEUR: Readonly<Record<string, Lexicon>> = {
  en: {
    covertCam: terms(`hidden camera*|hidden cam|hidden cams|spy cam*|spycam*|secret camera*|secretly filmed|secretly filming|secretly recorded|covert camera*|pinhole camera*|peephole`),
    privatePlace: terms(
      `washroom*|getting changed|changing clothes|changing her clothes|changing into|changing room*|locker room*|dressing room*|fitting room*|changing cubicle*|shower*|restroom*|toilet*|bathroom*|women s room|ladies room|sauna|dorm room|bedroom window`,
    ),
  },
  fr: {
    covertCam: terms(`caméra cachée|camera cachee|caméras cachées|caméra espion|camera espion|filmée en cachette|filmee en cachette|filmé en cachette`),
    privatePlace: terms(`en train de se changer|se changeant|qui se change|vestiaire*|cabine d essayage|cabines d essayage|douche*|toilettes|salle de bain`),
  },
  de: {
    covertCam: terms(`versteckte kamera|versteckter kamera|versteckten kamera|spionagekamera|heimlich gefilmt|heimlich aufgenommen`),
    privatePlace: terms(`beim umziehen|sich umzieht|sich umziehen|umkleide*|umkleidekabine*|dusche*|toilette*|badezimmer|sauna`),
  },
  es: {
    covertCam: terms(`cámara oculta|camara oculta|cámaras ocultas|camaras ocultas|cámara espía|camara espia|grabada a escondidas|grabado a escondidas`),
    privatePlace: terms(`cambiándose|cambiandose|cambiándose de ropa|se cambia de ropa|vestuario*|probador*|ducha*|baño|bano|baños|aseo`),
  },
  it: {
    covertCam: terms(`telecamera nascosta|telecamere nascoste|videocamera nascosta|camera nascosta|ripresa di nascosto|filmata di nascosto`),
    privatePlace: terms(`mentre si cambia|si sta cambiando|spogliatoio*|spogliatoi|camerino*|doccia|docce|bagno|bagni`),
  },
  pt: {
    covertCam: terms(`foto escondida|fotos escondidas|filmagem escondida|foto escondido|câmera escondida|camera escondida|câmera oculta|camera oculta|filmada escondido|filmada às escondidas`),
    privatePlace: terms(`trocando de roupa|se trocando|vestiário*|vestiario*|provador*|chuveiro|banheiro|banho`),
  },
  nl: { covertCam: terms(`verborgen camera|verstopte camera|spionagecamera|stiekem gefilmd`), privatePlace: terms(`kleedkamer*|paskamer*|douche*|toilet*|badkamer`) },
  pl: {
    covertCam: terms(`ukryta kamera|ukrytą kamerą|ukryta kamerka|ukrytej kamery|potajemnie nagrana|podglądanie|podgladanie`),
    privatePlace: terms(`szatni*|przebieralni*|prysznic*|toalet*|łazien*|lazien*`),
  },
  ru: {
    covertCam: terms(`скрытая камера|скрытой камеры|скрытой камерой|скрытую камеру|снято скрытно|подглядыва*`),
    privatePlace: terms(`переодева*|раздевалк*|примерочн*|душе|душевой|душевая|туалет*|ванной`),
  },
  uk: { covertCam: terms(`прихована камера|прихованої камери|прихованою камерою|підглядан*`), privatePlace: terms(`роздягальн*|примірочн*|душі|душова|туалет*|ванній`) },
  tr: {
    covertCam: terms(`gizli kamera|gizli kamerayla|gizli çekim|gizli cekim|gizlice çekilmiş|gizlice cekilmis`),
    privatePlace: terms(`üstünü değiştir*|ustunu degistir*|soyunma odası|soyunma odasi|soyunma odasında|kabin*|duş|dus|tuvalet*|banyo*`),
  },
  ar: {
    covertCam: terms(`كاميرا خفية|كاميرا مخفية|تصوير خفي|تصوير سري|تصوير خلسة`),
    privatePlace: terms(`تبدل ملابسها|تغير ملابسها|تبديل الملابس|غرفة تبديل الملابس|غرفة الملابس|غرفة القياس|الحمام|حمام|الدش|دورة المياه`),
  },
  fa: { covertCam: terms(`دوربین مخفی|فیلمبرداری مخفی`), privatePlace: terms(`رختکن|اتاق پرو|حمام|دستشویی`) },
  hi: {
    covertCam: terms(`chupke se|chhup ke|chup ke|चुपके से|छुपके से|छिपा कैमरा|छुपा कैमरा|छिपे कैमरे|छुपे कैमरे|hidden camera se|chupa camera|chhupa camera`),
    privatePlace: terms(`washroom|कपड़े बदल*|kapde badal*|kapde badalte|चेंजिंग रूम|बाथरूम|शौचालय|changing room|bathroom`),
  },
  id: {
    covertCam: terms(`kamera tersembunyi|kamera tersembunyi di|kamera pengintai|direkam diam diam|rekaman diam diam`),
    privatePlace: terms(`ganti baju|berganti pakaian|ganti pakaian|ruang ganti|kamar ganti|kamar mandi|toilet|ruang loker`),
  },
  ms: { covertCam: terms(`kamera tersembunyi|kamera tersorok|dirakam secara senyap`), privatePlace: terms(`bilik persalinan|bilik air|tandas|bilik mandi`) },
  vi: {
    covertCam: terms(`camera ẩn|camera an|camera giấu kín|quay lén|quay trộm`),
    privatePlace: terms(`thay đồ|thay do|thay quần áo|phòng thay đồ|phong thay do|nhà tắm|nha tam|phòng tắm|nhà vệ sinh`),
  },
  th: { covertCam: terms(`*กล้องแอบถ่าย*|*แอบถ่าย*|*กล้องซ่อน*`), privatePlace: terms(`*เปลี่ยนเสื้อผ้า*|*ห้องแต่งตัว*|*ห้องเปลี่ยนเสื้อผ้า*|*ห้องน้ำ*|*ห้องอาบน้ำ*`) },
  ja: { covertCam: terms(`隠しカメラ|盗撮|のぞき|覗き`), privatePlace: terms(`着替え*|着替えて*|更衣室|試着室|シャワー室|トイレ|浴室|風呂`) },
  zh: { covertCam: terms(`偷拍|隐藏摄像头|隱藏攝像頭|针孔摄像头|針孔攝影機|偷窥|偷窺`), privatePlace: terms(`换衣服|換衣服|换衣|換衣|更衣|更衣室|试衣间|試衣間|浴室|厕所|廁所|淋浴间`) },
  ko: { covertCam: terms(`몰카|몰래카메라|몰래 카메라|도촬|숨겨진 카메라|몰래 찍`), privatePlace: terms(`옷 갈아입*|갈아입는*|옷을 갈아입*|탈의실|피팅룸|샤워실|화장실|목욕탕`) },
  tl: { covertCam: terms(`hidden cam|nakatagong camera|patagong kinunan|palihim na kinunan`), privatePlace: terms(`comfort room|cr ng mga babae|cr ng babae|banyo|palikuran|bihisan|nagbibihis`) },
  lo: { covertCam: terms(`*ກ້ອງລັບ*|*ກ້ອງແອບ*|*ແອບຖ່າຍ*`), privatePlace: terms(`*ຫ້ອງປ່ຽນເຄື່ອງ*|*ຫ້ອງນ້ຳ*|*ຫ້ອງອາບນ້ຳ*`) },
};
