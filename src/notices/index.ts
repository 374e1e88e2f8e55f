export {
  createNoticeService,
  findNotice,
  listNotices,
  parseNoticeInput,
  parseHashes,
  NOTICE_LANGUAGES,
  MAX_NOTICE_HASHES,
  type Notice,
  type NoticeInput,
  type NoticeHash,
  type NoticeService,
  type NoticeServiceOptions,
  type NoticeStatusView,
  type NoticeTimers,
  type NoticeActionInput,
  type ListNoticesFilter,
  type LoggedCopy,
} from './notice-service.ts';
export {
  computeRegimes,
  REGIMES,
  NOTICE_REGIMES,
  NOTIFIER_ROLES,
  ALLEGED_CATEGORIES,
  type NoticeRegime,
  type NotifierRole,
  type AllegedCategory,
  type RegimeInfo,
  type RegimeResult,
} from './regimes.ts';
export { addToTakedownList, removeFromLists, TAKEDOWN_LISTS } from './takedown-lists.ts';
export { hitAddressLimit, AddressLimitedError } from './address-limit.ts';
export { noticeServiceFor, reviewServiceFor, defaultListStore, type ServiceOverrides } from './from-context.ts';
