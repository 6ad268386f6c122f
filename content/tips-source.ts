/**
 * The one place the content script gets tips: the panel answers of every page kind, with the span of time they
 * hold for (utils/panel-answers.ts). Where they come from is the platform's (`#platform`): in the extension the
 * background works them out and publishes them, so no rule, answer or book is in the content script; the
 * userscript, which has no background, works them out on the page. Nothing else in `content/` knows either.
 */
import type { PanelMessage } from '@/utils/panel-answers';

export { startPanelAnswers } from '#platform';
export { messagesFor, type PanelAnswers, type PanelFooter, type PanelMessage } from '@/utils/panel-answers';

/** The headline a one-line bar shows: the panel's answers come most urgent first (answers/panel.ts orders them). */
export function mostUrgent(tips: readonly PanelMessage[]): PanelMessage | undefined {
  return tips[0];
}
