// Perceptual and exact image hashing, Hamming-space matching, and hash lists.
export type { ImageHashes } from './hash-types.ts';
export { pdqFromPixels, pdqFromLuma, DIHEDRAL_NAMES, type PixelImage, type PdqResult, type PdqOptions, type DihedralName } from './pdq.ts';
export { hammingDistance, hexToWords, wordsToHex, isPdqHex, popcount32 } from './hamming.ts';
export { hashImage, PDQ_MAX_SIDE, type HashImageOptions } from './image-hash.ts';
export { PdqIndex, linearScan, DEFAULT_MATCH_THRESHOLD, type IndexMatch, type SearchOptions } from './match-index.ts';
export {
  parseHashList,
  formatHashList,
  detectHashListFormat,
  checkListName,
  isListPurpose,
  LIST_PURPOSES,
  HASH_LIST_FORMATS,
  type HashList,
  type HashListEntry,
  type HashListFormat,
  type ListPurpose,
  type LineError,
  type ParseHashListOptions,
} from './hash-list.ts';
export {
  FileHashListStore,
  MemoryHashListStore,
  importHashList,
  requireHashList,
  readHashListFile,
  loadHashListMatcher,
  type HashListStore,
  type ImportHashListOptions,
  type ImportResult,
} from './list-store.ts';
export { HashListMatcher, type HashListMatch, type MatchQuery, type MatchOptions, type HashSignalType } from './hash-list-matcher.ts';
export { createHashListDetector, type HashListDetectorOptions, type HashListDetails } from './hash-list-detector.ts';
export {
  DatabaseHashListStore,
  listHashLists,
  findHashList,
  requireStoredHashList,
  importHashListToDb,
  readHashListEntries,
  removeHashListEntries,
  deleteHashList,
  loadOwnedHashLists,
  type StoredHashList,
  type OwnedHashList,
  type ListOwner,
  type DbImportOptions,
  type DbImportResult,
} from './list-db.ts';
export { HashListIndex, type HashListIndexOptions } from './list-index.ts';
