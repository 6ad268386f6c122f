/**
 * Answers the popup's 复制问题报告 request with what the panel shows: the page kind and each tip's id and text,
 * from the panel's own messages (never read from the page). Through `#platform`: the extension listens for the
 * popup's message while the signal lives; the userscript has no popup and answers nothing.
 */
import { answerPanelReportRequests } from '#platform';
import { bodyText } from '@/answers/message';
import type { PageKind } from '@/utils/page-detection';
import type { PanelReport } from '@/utils/problem-report';
import type { PanelMessage } from './tips-source';

function tipText(tip: PanelMessage): string {
  return [tip.headline, bodyText(tip), ...tip.caveats].join(' ');
}

export function startReportAnswers(
  signal: AbortSignal,
  shown: () => { page: PageKind | undefined; tips: readonly PanelMessage[] },
): void {
  answerPanelReportRequests(signal, (): PanelReport | undefined => {
    const { page, tips } = shown();
    return page && tips.length > 0
      ? { pageKind: page, tips: tips.map((tip) => ({ id: tip.id, text: tipText(tip) })) }
      : undefined;
  });
}
