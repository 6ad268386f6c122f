/**
 * Wherever an imported pack's figures appear (the panel, the popup, the checklist, the options page), one line
 * says they come from an unchecked file. Worded here once; `components/imported-pack-notice.tsx` renders it on
 * the extension pages, the panel shows it as an answer.
 */
import { type Message, p } from './message';
import type { AnswerSnapshot } from './snapshot';

export const IMPORTED_PACK_LABEL = '正在使用导入的数据包（未经核实）';
export const IMPORTED_PACK_DETAIL =
  '金额和日期来自别人提供的文件，请以官方通知为准；电话、渠道和网址仍用本助手自带的。';

export function importedPackMessage({ origin }: Pick<AnswerSnapshot, 'origin'>): Message<'imported-pack'> | null {
  if (origin !== 'imported') return null;
  return {
    id: 'imported-pack',
    severity: 'warning',
    headline: IMPORTED_PACK_LABEL,
    body: [p(IMPORTED_PACK_DETAIL)],
    facts: [],
    caveats: [],
    references: [],
  };
}
