/**
 * Wherever an imported pack's figures appear (the panel, the popup, the checklist, the options page), one line
 * says where they come from: a pack whose signature verified against the project's key is the project's own
 * publication (已验证（项目发布）); any other imported pack is an unchecked file (未验证). Worded here once;
 * `components/imported-pack-notice.tsx` renders it on the extension pages, the panel shows it as an answer.
 */
import { type Message, p } from './message';
import type { AnswerSnapshot } from './snapshot';

export const IMPORTED_PACK_LABEL = '正在使用导入的数据包（未验证）';
export const IMPORTED_PACK_DETAIL =
  '金额和日期来自别人提供的文件，没有本助手项目的有效签名，请以官方通知为准；电话、渠道和网址仍用本助手自带的。';
export const SIGNED_PACK_LABEL = '正在使用导入的数据包：已验证（项目发布）';
export const SIGNED_PACK_DETAIL = '签名已用本助手项目的公钥核对，文件没有被改动过。';

export function importedPackMessage({ origin }: Pick<AnswerSnapshot, 'origin'>): Message<'imported-pack'> | null {
  if (origin === 'bundled') return null;
  const signed = origin === 'signed';
  return {
    id: 'imported-pack',
    severity: signed ? 'info' : 'warning',
    headline: signed ? SIGNED_PACK_LABEL : IMPORTED_PACK_LABEL,
    body: [p(signed ? SIGNED_PACK_DETAIL : IMPORTED_PACK_DETAIL)],
    facts: [],
    caveats: [],
    references: [],
  };
}
