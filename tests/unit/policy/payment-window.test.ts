import { describe, expect, test } from 'vitest';
import {
  beijingInstant,
  dateRange,
  dayOfMonth,
  holidayNotices,
  paymentWindowStatus,
  type PaymentWindowStatus,
} from '@/policy';

function at(date: string, time: string): PaymentWindowStatus {
  return paymentWindowStatus(beijingInstant(date, time));
}

type Expected =
  | { state: 'open'; caveats?: unknown[] }
  | { state: 'closed'; reason: string; next: string; caveats?: unknown[] }
  | { state: 'rule-not-in-force' };

// Beijing date, time → expected answer. Weekdays: 2024-11-04 Mon, 2024-12-16 Mon, 2024-12-20 Fri.
const table: [string, string, Expected][] = [
  // 4th / 5th
  ['2024-11-04', '10:00', { state: 'closed', reason: 'before-window', next: '2024-11-05' }],
  ['2024-11-05', '10:00', { state: 'open' }],
  // 20th / 21st
  ['2024-11-20', '14:59', { state: 'open' }],
  ['2024-11-20', '15:00', { state: 'closed', reason: 'after-cutoff', next: '2024-12-05' }],
  ['2024-11-21', '09:00', { state: 'closed', reason: 'after-window', next: '2024-12-05' }],
  // 14:59 / 15:00 and midnight in Beijing (the previous UTC day)
  ['2024-12-16', '00:00', { state: 'open' }],
  ['2024-12-16', '14:59', { state: 'open' }],
  ['2024-12-16', '15:00', { state: 'closed', reason: 'after-cutoff', next: '2024-12-17' }],
  ['2024-12-15', '23:59', { state: 'closed', reason: 'weekend', next: '2024-12-16' }],
  // weekends, and the e2e instants
  ['2024-12-07', '10:00', { state: 'closed', reason: 'weekend', next: '2024-12-09' }],
  ['2024-12-20', '15:30', { state: 'closed', reason: 'after-cutoff', next: '2025-01-06' }],
  ['2024-10-03', '10:00', { state: 'closed', reason: 'holiday', next: '2024-10-08' }],
  // holiday blocks that fall inside the window
  ['2023-01-23', '10:00', { state: 'closed', reason: 'holiday', next: '2023-02-06' }],
  [
    '2024-02-16',
    '10:00',
    {
      state: 'closed',
      reason: 'holiday',
      next: '2024-02-18',
      caveats: [{ kind: 'make-up-workday', date: '2024-02-18' }],
    },
  ],
  ['2025-05-05', '10:00', { state: 'closed', reason: 'holiday', next: '2025-05-06' }],
  ['2026-02-16', '10:00', { state: 'closed', reason: 'holiday', next: '2026-03-05' }],
  ['2026-06-19', '10:00', { state: 'closed', reason: 'holiday', next: '2026-07-06' }],
  // 调休 working days inside the window: open, but the sources do not settle it
  ['2024-02-18', '10:00', { state: 'open', caveats: [{ kind: 'make-up-workday', date: '2024-02-18' }] }],
  ['2026-02-14', '10:00', { state: 'open', caveats: [{ kind: 'make-up-workday', date: '2026-02-14' }] }],
  ['2024-05-11', '10:00', { state: 'open', caveats: [{ kind: 'make-up-workday', date: '2024-05-11' }] }],
  // a make-up day outside the window is just closed
  ['2024-02-04', '10:00', { state: 'closed', reason: 'before-window', next: '2024-02-05' }],
  // into and inside 2027, whose holiday notice is not included
  [
    '2026-12-21',
    '10:00',
    {
      state: 'closed',
      reason: 'after-window',
      next: '2027-01-05',
      caveats: [{ kind: 'calendar-not-covered', year: 2027 }],
    },
  ],
  ['2027-03-10', '10:00', { state: 'open', caveats: [{ kind: 'calendar-not-covered', year: 2027 }] }],
  // before the rule took effect (October 2021)
  ['2021-09-15', '10:00', { state: 'rule-not-in-force' }],
  ['2021-09-30', '23:59', { state: 'rule-not-in-force' }],
  [
    '2021-10-01',
    '00:00',
    {
      state: 'closed',
      reason: 'before-window',
      next: '2021-10-05',
      caveats: [{ kind: 'calendar-not-covered', year: 2021 }],
    },
  ],
  ['2021-10-08', '10:00', { state: 'open', caveats: [{ kind: 'calendar-not-covered', year: 2021 }] }],
];

describe('payment window', () => {
  test.each(table)('%s %s Beijing', (date, time, expected) => {
    const status = at(date, time);
    expect(status.state).toBe(expected.state);
    if (status.state === 'closed' && expected.state === 'closed') {
      expect(status.reason).toBe(expected.reason);
      expect(status.next?.date).toBe(expected.next);
    }
    if (status.state !== 'rule-not-in-force' && expected.state !== 'rule-not-in-force') {
      expect(status.caveats).toEqual(expected.caveats ?? []);
    }
  });

  test('names the holiday', () => {
    const status = at('2024-10-03', '10:00');
    expect(status.state === 'closed' && status.holiday).toBe('国庆节');
  });

  // Every statutory holiday of 2023–2026 closes the window, all day.
  const holidays = holidayNotices
    .flatMap((n) => n.daysOff.flatMap((h) => dateRange(h.first, h.last)))
    .filter((d) => d >= '2023-01-01');
  test.each(holidays)('holiday %s is closed', (date) => {
    expect(at(date, '09:00').state).toBe('closed');
  });

  // Every 调休 working day inside days 5–20 opens the window, with the caveat.
  const makeUps = holidayNotices.flatMap((n) => n.makeUpWorkdays);
  test.each(makeUps)('make-up working day %s', (date) => {
    const status = at(date, '09:00');
    const inWindow = dayOfMonth(date) >= 5 && dayOfMonth(date) <= 20;
    expect(status.state).toBe(inWindow ? 'open' : 'closed');
    if (inWindow) expect(status.state === 'open' && status.caveats).toEqual([{ kind: 'make-up-workday', date }]);
  });
});
