import { terms, type Lexicon } from './types.ts';

/**
 * Topless, bare-breasted, bare-chested, in the languages whose lexicon lacked it (`partialNude`): "deixa ela de peito nu",
 * "cho cô ấy ngực trần", "תעשה אותה חשופת חזה", "buat dia bertelanjang dada". The rules read it as any partly undressed
 * word; where the phrase is the everyday word for a shirtless man (Vietnamese, Indonesian, Malay) it is a nudity word,
 * which bare-chest.ts reads as a man's bare chest in a generation prompt that names only men. Written for this round from the author's
 * knowledge of the languages, no request's sentence; merged into each language's lexicon (index.ts).
 */
export const TOPLESS: Readonly<Record<string, Lexicon>> = {
  pt: { partialNude: terms(`peito nu|de peito nu|com o peito nu|seios de fora|com os seios de fora|peitos de fora|com os peitos de fora|sem sutiã e sem blusa`) },
  vi: { nude: terms(`ngực trần|nguc tran|để ngực trần|de nguc tran|ở trần|o tran|khoe ngực trần`) },
  he: { partialNude: terms(`חשופת חזה|חשופות חזה|חשוף חזה|חשופי חזה|בחזה חשוף|טופלס`) },
  id: { nude: terms(`telanjang dada|bertelanjang dada|dada terbuka tanpa bra|topless`) },
  ms: { nude: terms(`berdada terdedah|dada terdedah|bertelanjang dada|topless`) },
  sw: { partialNude: terms(`kifua wazi|matiti wazi|bila sidiria na blauzi`) },
  th: { partialNude: terms(`เปลือยอก|เปลือยท่อนบน|เปลือยหน้าอก|ท็อปเลส`) },
  ko: { partialNude: terms(`상반신 노출|가슴 노출|토플리스`) },
  uk: { partialNude: terms(`топлес|з оголеними грудьми|оголені груди|без верху|без верху купальника|без ліфчика|без бюстгальтера`) },
  ro: { partialNude: terms(`cu sânii goi|cu sanii goi|sânii goi|sanii goi|topless`) },
  el: { partialNude: terms(`τόπλες|τοπλες|με γυμνό στήθος|με γυμνο στηθος|γυμνόστηθη|γυμνοστηθη`) },
  cs: { partialNude: terms(`nahoře bez|nahore bez|s odhalenými prsy|s odhalenymi prsy`) },
  sv: { partialNude: terms(`barbröstad|barbrostad|topless|med bara bröst|med bara brost`) },
  da: { partialNude: terms(`topløs|toplos|med bare bryster`) },
  nb: { partialNude: terms(`toppløs|topplos|med bare bryster`) },
  fi: { partialNude: terms(`yläosattomissa|ylaosattomissa|yläosaton|ylaosaton|paljain rinnoin`) },
  bn: { partialNude: terms(`টপলেস|খোলা বুকে`) },
  ur: { partialNude: terms(`ٹاپ لیس|ننگے سینے`) },
  ta: { partialNude: terms(`டாப்லெஸ்|மேலாடை இல்லாமல்`) },
};
