/**
 * The panel's answers for a page kind, in the order the panel shows them (most urgent first: the phone bar shows
 * the first headline). Each answer runs only on the pages it is for; one that throws is left out and never stops
 * the others.
 */
import { pageKinds, type PageKind } from '@/utils/page-detection';
import { accountDeductionMessage } from './account-deduction';
import { batchDebitMessage } from './batch-debit';
import { calendarGapMessage } from './calendar-gap';
import { channelMovedMessage, hotlinesMessage } from './contacts';
import { enrolmentMessage } from './enrolment';
import type { TipId } from './ids';
import { importedPackMessage } from './imported-pack';
import type { AnswerOptions, Message } from './message';
import { ACCOUNT_PAGES, ENROLMENT_PAGES, POOLING_PAGES, TAX_PAYMENT_PAGES } from './page-groups';
import { paymentWindowMessage } from './payment-window';
import { poolingMessage } from './pooling';
import type { AnswerSnapshot } from './snapshot';

export type PanelMessage = Message<TipId>;

export interface PanelAnswer {
  /** The `data-tip` ids this answer may give. */
  ids: readonly TipId[];
  pages: readonly PageKind[];
  answer(snapshot: AnswerSnapshot, options: AnswerOptions): PanelMessage | null;
}

export const panelAnswers: readonly PanelAnswer[] = [
  { ids: ['channel-moved'], pages: ['rsj-old-platform'], answer: channelMovedMessage },
  {
    ids: ['year-not-covered', 'enrolment-open', 'enrolment-closed-waiting'],
    pages: ENROLMENT_PAGES,
    answer: (snapshot, options) => {
      const m = enrolmentMessage(snapshot, options);
      // A period still to come is the popup's answer; the panel says nothing about it.
      return m.id === 'enrolment-upcoming' ? null : (m as PanelMessage);
    },
  },
  {
    ids: ['payment-window'],
    pages: TAX_PAYMENT_PAGES,
    answer: ({ policy }, options) => paymentWindowMessage(policy.paymentWindow, '今天', options),
  },
  {
    ids: ['batch-debit-day'],
    pages: TAX_PAYMENT_PAGES,
    // Only on a day that is, or may be, a batch-debit day: the lock is what the reader must know.
    answer: ({ policy, book }, options) => {
      const m = batchDebitMessage(policy.batchDebit, '今天', book, options);
      return m?.severity === 'urgent' ? m : null;
    },
  },
  { ids: ['calendar-not-covered'], pages: TAX_PAYMENT_PAGES, answer: calendarGapMessage },
  { ids: ['account-deduction'], pages: ACCOUNT_PAGES, answer: accountDeductionMessage },
  { ids: ['pooling-prerequisites'], pages: POOLING_PAGES, answer: poolingMessage },
  // After the answers, not first: the phone bar keeps the most urgent headline.
  { ids: ['imported-pack'], pages: pageKinds, answer: importedPackMessage },
  { ids: ['hotlines'], pages: pageKinds, answer: hotlinesMessage },
];

/** On the tax pages `calendar-not-covered` speaks for every date; elsewhere each answer carries its own caveat. */
export function panelOptions(page: PageKind): AnswerOptions {
  return { calendarCaveats: !TAX_PAYMENT_PAGES.includes(page) };
}

export function panelMessages(
  page: PageKind,
  snapshot: AnswerSnapshot,
  onError: (ids: readonly TipId[], error: unknown) => void = () => {},
  answers: readonly PanelAnswer[] = panelAnswers,
): PanelMessage[] {
  const options = panelOptions(page);
  const shown: PanelMessage[] = [];
  for (const entry of answers) {
    if (!entry.pages.includes(page)) continue;
    try {
      const m = entry.answer(snapshot, options);
      if (m) shown.push(m);
    } catch (error) {
      onError(entry.ids, error);
    }
  }
  return shown;
}
