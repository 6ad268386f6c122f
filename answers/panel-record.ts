/**
 * The panel's answers for every page kind at once, with the span of time they hold for: what the extension's
 * background publishes for content scripts (utils/panel-answers.ts) and what the userscript works out on the page.
 *
 * Answers change only at a Beijing midnight (every rule reads the date) and at the times of day the book names
 * (a payment window's `closesAt`, 15:00 in the bundled book; a pack or a saved notice may name others): no rule
 * compares the clock with anything else. So the span is read from the book itself, never from a fixed poll; a
 * property test (tests/unit/answers/panel-record.test.ts) checks it at random instants against several books.
 */
import { beijingInstant, beijingTime } from '@/policy/beijing-time';
import type { PolicyBook } from '@/policy/book';
import { addDays } from '@/policy/civil-date';
import { PANEL_ANSWERS_FORMAT, type PanelAnswers, type PanelFooter } from '@/utils/panel-answers';
import { pageKinds, type PageKind } from '@/utils/page-detection';
import { dataDateMessage, outOfDateMessage } from './data-date';
import type { TipId } from './ids';
import { bodyText } from './message';
import { panelMessages, type PanelMessage } from './panel';
import { answerSnapshot, type ActiveBook, type AnswerSnapshot } from './snapshot';

const TIME_OF_DAY = /^([01]\d|2[0-3]):[0-5]\d$/;
const timesByBook = new WeakMap<PolicyBook, string[]>();

/** Every `HH:MM` the book's parameters hold, wherever they hold it, and midnight. */
export function timesOfDay(book: PolicyBook): string[] {
  const known = timesByBook.get(book);
  if (known) return known;
  const times = new Set(['00:00']);
  const walk = (value: unknown): void => {
    if (typeof value === 'string') {
      if (TIME_OF_DAY.test(value)) times.add(value);
    } else if (Array.isArray(value)) value.forEach(walk);
    else if (typeof value === 'object' && value !== null) Object.values(value).forEach(walk);
  };
  walk(book.parameters);
  const sorted = [...times].sort();
  timesByBook.set(book, sorted);
  return sorted;
}

/** The last instant at or before `now`, and the first after it, at which any answer can change. */
export function answersValidity(book: PolicyBook, now: number): { validFrom: number; validUntil: number } {
  const today = beijingTime(now).date;
  const times = timesOfDay(book);
  const instants = [addDays(today, -1), today, addDays(today, 1)].flatMap((date) =>
    times.map((time) => beijingInstant(date, time)),
  );
  return {
    validFrom: Math.max(...instants.filter((at) => at <= now)),
    validUntil: Math.min(...instants.filter((at) => at > now)),
  };
}

/** The panel footer's 数据版本 · 数据截至 line and, when the likely 年度 is missing, the out-of-date line. */
export function panelFooter(snapshot: AnswerSnapshot): PanelFooter {
  // The userscript shares the panel and always has the bundled book: no origin is named.
  const line = dataDateMessage(snapshot, { withOrigin: snapshot.origin !== 'bundled' }).headline;
  const outOfDate = outOfDateMessage(snapshot);
  return { line, ...(outOfDate && { outOfDate: `${outOfDate.headline}：${bodyText(outOfDate)}` }) };
}

/** The panel's answers for every page kind at `now`, from `active`; an answer that throws is left out and reported. */
export function panelAnswersRecord(
  active: ActiveBook,
  now: number,
  onError?: (ids: readonly TipId[], error: unknown) => void,
): PanelAnswers {
  const snapshot = answerSnapshot(active, now);
  const messages: PanelMessage[] = [];
  const indexOf = new Map<string, number>();
  const indexes = (shown: PanelMessage[]) =>
    shown.map((m) => {
      const key = JSON.stringify(m);
      let index = indexOf.get(key);
      if (index === undefined) {
        index = messages.push(m) - 1;
        indexOf.set(key, index);
      }
      return index;
    });
  const pages = Object.fromEntries(
    pageKinds.map((kind) => [kind, indexes(panelMessages(kind, snapshot, onError))]),
  ) as Record<PageKind, number[]>;
  return {
    format: PANEL_ANSWERS_FORMAT,
    computedAt: now,
    ...answersValidity(active.book, now),
    bookVersion: active.book.version,
    messages,
    pages,
    footer: panelFooter(snapshot),
  };
}
