/** The notice reader: pure functions from a notice page's extracted text to dated, evidenced values. */
export {
  classifyNoticeContent,
  classifyNoticePage,
  isNoticeSiteUrl,
  noticeMatchPatterns,
  noticePages,
} from './classify';
export type { NoticeClassification, NoticeRejection } from './classify';
export { readNotice } from './read-notice';
export { tableRowText } from './segments';
export { referenceOf, toPolicyValues } from './to-policy';
export type { NoticePolicyValues } from './to-policy';
export type * from './types';
export { layerFromReading } from './to-layer';
export type { LayerFromReading } from './to-layer';
