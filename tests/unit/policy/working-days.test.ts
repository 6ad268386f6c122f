import chineseDays from 'chinese-days';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  addDays,
  dateRange,
  dayInfo,
  fromDayNumber,
  holidayNotices,
  parseIsoDate,
  weekday,
  workingDayOnOrAfter,
  workingDayOnOrBefore,
  type DayKind,
} from '@/policy';

const WEEKDAY_NAMES = new Set(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']);

// chinese-days parses 'YYYY-MM-DD' as UTC midnight but reads local getters, so west of UTC every date it is
// given, and the holiday table it builds at import time the same way, shift by a day. The cross-check therefore
// runs only in the zones at or east of UTC (three of the four projects), and passes local noon of each date.
const libraryIsReliableHere = new Date(2024, 0, 1).getTimezoneOffset() <= 0;

describe.runIf(libraryIsReliableHere)('holiday calendar against the chinese-days package, day by day 2023–2026', () => {
  // chinese-days: isWorkday includes 调休 working days; isHoliday is simply !isWorkday (weekends too);
  // getDayDetail names a statutory holiday (or the holiday a make-up day belongs to), else the weekday.
  test.each([2023, 2024, 2025, 2026])('%i: every day agrees', (year) => {
    const days = dateRange(`${year}-01-01`, `${year}-12-31`);
    const disagreements = days.flatMap((date) => {
      const [y, m, d] = parseIsoDate(date);
      const localNoon = new Date(y, m - 1, d, 12);
      const detail = chineseDays.getDayDetail(localNoon);
      const weekend = weekday(date) === 0 || weekday(date) === 6;
      const theirs: DayKind = detail.work
        ? weekend
          ? 'make-up-workday'
          : 'workday'
        : WEEKDAY_NAMES.has(detail.name)
          ? 'weekend'
          : 'holiday';
      const ours = dayInfo(date);
      const agree =
        detail.date === date &&
        ours.calendarCovered &&
        ours.kind === theirs &&
        ours.isWorkingDay === chineseDays.isWorkday(localNoon) &&
        ours.isWorkingDay === !chineseDays.isHoliday(localNoon);
      return agree ? [] : [`${date}: ours ${ours.kind}, chinese-days ${theirs} (${detail.name})`];
    });
    expect(days.length).toBeGreaterThanOrEqual(365);
    expect(disagreements).toEqual([]);
  });
});

// Every holiday block: the day before, first, last and the day after; every 调休 day.
const blockEdges = holidayNotices.flatMap((notice) =>
  notice.daysOff.flatMap(
    ({ name, first, last }) =>
      [
        [addDays(first, -1), 'not-this-holiday', name],
        [first, 'holiday', name],
        [last, 'holiday', name],
        [addDays(last, 1), 'not-this-holiday', name],
      ] as const,
  ),
);

describe('holiday block edges', () => {
  test.each(blockEdges)('%s is %s (%s)', (date, expected, name) => {
    const info = dayInfo(date);
    if (expected === 'holiday') {
      expect(info).toMatchObject({ kind: 'holiday', isWorkingDay: false, holiday: name });
    } else {
      expect(info.holiday).not.toBe(name);
    }
  });
});

describe('调休 make-up working days', () => {
  test.each(holidayNotices.flatMap((n) => n.makeUpWorkdays))('%s is a working weekend day', (date) => {
    expect([0, 6]).toContain(weekday(date));
    expect(dayInfo(date)).toMatchObject({ kind: 'make-up-workday', isWorkingDay: true, calendarCovered: true });
  });
});

describe('working-day arithmetic, worked examples', () => {
  const table: [string, string, string, number[]][] = [
    // fn, from, expected, uncovered years
    ['onOrAfter', '2024-02-15', '2024-02-18', []], // Spring Festival, then the Sunday 调休 working day
    ['onOrAfter', '2026-02-15', '2026-02-24', []],
    ['onOrAfter', '2024-12-16', '2024-12-16', []],
    ['onOrAfter', '2023-09-29', '2023-10-07', []], // 中秋国庆 block, then Saturday 10-07 works
    ['onOrAfter', '2025-10-01', '2025-10-09', []],
    ['onOrAfter', '2027-01-01', '2027-01-01', [2027]], // 2027 not covered: Friday is taken as a working day
    ['onOrBefore', '2024-10-07', '2024-09-30', []],
    ['onOrBefore', '2024-09-29', '2024-09-29', []], // a Sunday 调休 working day
    ['onOrBefore', '2023-01-02', '2022-12-30', [2022]],
  ];
  test.each(table)('%s(%s) = %s', (fn, from, expected, uncovered) => {
    const result = fn === 'onOrAfter' ? workingDayOnOrAfter(from) : workingDayOnOrBefore(from);
    expect(result.date).toBe(expected);
    expect(result.caveats).toEqual(uncovered.map((year) => ({ kind: 'calendar-not-covered', year })));
  });

  test('2027 falls back to Monday–Friday and says so', () => {
    expect(dayInfo('2027-01-01')).toMatchObject({ kind: 'workday', isWorkingDay: true, calendarCovered: false });
    expect(dayInfo('2027-01-02')).toMatchObject({ kind: 'weekend', calendarCovered: false });
  });
});

describe('working-day arithmetic, properties', () => {
  // 2022-06-01 … 2028-06-30: covered years and uncovered ones on both sides.
  const date = fc.integer({ min: 19144, max: 21365 }).map(fromDayNumber);
  const isWorking = (d: string) => dayInfo(d).isWorkingDay;

  test.each([
    ['onOrAfter', workingDayOnOrAfter, 1],
    ['onOrBefore', workingDayOnOrBefore, -1],
  ] as const)('workingDay%s is a working day with none between it and the start', (_, fn, step) => {
    fc.assert(
      fc.property(date, (d) => {
        const found = fn(d).date;
        expect(isWorking(found)).toBe(true);
        expect(step * (Number(found > d) - Number(found < d)) >= 0).toBe(true);
        const [first, last] = step === 1 ? [d, addDays(found, -1)] : [addDays(found, 1), d];
        expect(dateRange(first, last).some(isWorking)).toBe(false);
      }),
    );
  });

  test('workingDayOnOrAfter is the day itself exactly when it is a working day', () => {
    fc.assert(
      fc.property(date, (d) => {
        expect(workingDayOnOrAfter(d).date === d).toBe(isWorking(d));
        expect(workingDayOnOrBefore(d).date === d).toBe(isWorking(d));
      }),
    );
  });

  test('a date computed across an uncovered year carries its caveat', () => {
    fc.assert(
      fc.property(date, (d) => {
        const { date: end, caveats } = workingDayOnOrAfter(d);
        const crossed = new Set(
          dateRange(d, end)
            .filter((x) => !dayInfo(x).calendarCovered)
            .map((x) => Number(x.slice(0, 4))),
        );
        expect(caveats.map((c) => c.kind === 'calendar-not-covered' && c.year)).toEqual([...crossed].sort());
      }),
    );
  });
});
