/**
 * Answers the popup's 复制问题报告 request with what the panel shows: the page kind and each tip's id and text,
 * made from our own tip content (never read from the page). Through `#platform`: the extension listens for the
 * popup's message while the signal lives; the userscript has no popup and answers nothing.
 */
import { answerPanelReportRequests } from '#platform';
import { markupNodes } from '@/components/panel/markup';
import { bundledPolicyBook, dataDate } from '@/policy';
import { dataDateLinesZh } from '@/utils/data-date-zh';
import type { PageKind } from '@/utils/page-detection';
import type { PanelReport } from '@/utils/problem-report';
import type { RenderedTip } from './tips-source';

function tipText(tip: RenderedTip): string {
  const body = markupNodes(tip.body)
    .map((node) => (typeof node === 'string' ? node : node.textContent))
    .join('');
  return [tip.title, body, ...(tip.caveats ?? [])].join(' ');
}

export function startReportAnswers(
  signal: AbortSignal,
  shown: () => { page: PageKind | undefined; tips: readonly RenderedTip[] },
): void {
  answerPanelReportRequests(signal, (): PanelReport | undefined => {
    const { page, tips } = shown();
    return page && tips.length > 0
      ? { pageKind: page, tips: tips.map((tip) => ({ id: tip.id, text: tipText(tip) })) }
      : undefined;
  });
}

/**
 * The panel footer's data date, for the book the tips are worked out from (the bundled one; the active book once
 * content scripts get it).
 */
export function panelDataDate(now: number): { line: string; outOfDate?: string } {
  const lines = dataDateLinesZh(dataDate(bundledPolicyBook, now));
  return { line: `${lines.version} · ${lines.asOf}`, ...(lines.outOfDate && { outOfDate: lines.outOfDate }) };
}
