/** Speaks, on the tax pages, for every date computed across a year whose holiday notice is not included. */
import { message, p, strong, type Message } from './message';
import type { AnswerSnapshot } from './snapshot';

export function calendarGapMessage({ calendarGaps }: AnswerSnapshot): Message<'calendar-not-covered'> | null {
  if (calendarGaps.length === 0) return null;
  const years = calendarGaps.map((year) => `${year}年`).join('、');
  return message({
    id: 'calendar-not-covered',
    severity: 'warning',
    headline: `${years}的节假日安排尚未收录`,
    body: [
      p(
        `本页提示中${years}的日期（如下次可缴费日）是按周一至周五推算的，没有算入${years}的法定节假日和调休，`,
        strong('可能有变'),
        `。国务院办公厅公布${years}节假日安排后，请以官方通知为准。`,
      ),
    ],
    facts: calendarGaps.map((year) => ({ kind: 'year' as const, role: 'calendar-not-covered', year })),
    caveats: [],
    references: [],
  });
}
