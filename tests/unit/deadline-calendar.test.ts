import ICAL from 'ical.js';
import { describe, expect, test } from 'vitest';
import { beijingInstant, bundledPolicyBook } from '@/policy';
import { deadlineCalendar } from '@/utils/deadline-calendar';
import { foldLine } from '@/utils/ics';

function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    return {
      uid: event.uid,
      date: event.startDate.toString(),
      end: event.endDate.toString(),
      summary: event.summary,
      description: event.description,
    };
  });
}

describe('deadline calendar (.ics)', () => {
  const at = (date: string, time = '10:00') =>
    deadlineCalendar(beijingInstant(date, time), { book: bundledPolicyBook, origin: 'bundled' });

  test('is RFC 5545 text: CRLF line ends, no line over 75 octets, one VCALENDAR with required properties', () => {
    const ics = at('2023-12-10');
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    const events = ics.split('BEGIN:VEVENT').slice(1);
    for (const event of events)
      for (const property of ['UID:', 'DTSTAMP:', 'DTSTART;VALUE=DATE:', 'DTEND;VALUE=DATE:', 'SUMMARY:'])
        expect(event).toContain(property);
  });

  test('parses back with ical.js: 集中参保期 end, window days, batch days (announced), month-end deductions, each with its source', () => {
    const events = parse(at('2023-12-10'));
    const on = (date: string) => events.filter((e) => e.date === date).map((e) => e.summary);
    expect(on('2024-01-31')).toContain('2024年度城乡居民医保集中参保期最后一天');
    // The last self-pay slot inside the period (issue 17.2), not only its last calendar day.
    expect(on('2024-01-19')).toContain('2024年度集中参保期内自行缴费最后机会（15:00前）');
    expect(on('2023-12-11')).toEqual(['可缴医保费（15:00前）']);
    for (const day of ['2023-12-15', '2023-12-18', '2023-12-19'])
      expect(on(day).some((s) => s.startsWith('银行批量扣款日'))).toBe(true);
    expect(on('2023-12-31')).toContain('医保个人账户扣缴医保费日');
    expect(on('2024-02-29')).toContain('医保个人账户扣缴医保费日');
    expect(on('2023-12-08')).toEqual([]); // a window day (a Friday), but before today
    expect(events.every((e) => e.description.includes('依据：'))).toBe(true);
    expect(events.every((e) => e.end > e.date)).toBe(true);
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
    // three months: nothing after 2024-03-10
    expect(events.every((e) => e.date <= '2024-03-10')).toBe(true);
  });

  test('statutory holidays close window days: 2024-10-05/06/07 (国庆) are inside the 5–20 window but have no payment event', () => {
    const windowDays = parse(at('2024-09-20'))
      .filter((e) => e.summary.startsWith('可缴医保费'))
      .map((e) => e.date);
    expect(windowDays.filter((date) => date >= '2024-10-01' && date <= '2024-10-10')).toEqual([
      '2024-10-08',
      '2024-10-09',
      '2024-10-10',
    ]);
  });

  test('2027 dates carry the not-covered caveat; an uncovered 年度 has no invented period', () => {
    const events = parse(at('2026-11-24'));
    const january = events.find((e) => e.date === '2027-01-05');
    expect(january?.description).toContain('2027年的节假日安排尚未收录');
    expect(events.some((e) => e.summary.includes('集中参保期'))).toBe(false);
    expect(
      events
        .filter((e) => e.summary.startsWith('可缴医保费'))
        .map((e) => e.date)
        .slice(0, 3),
    ).toEqual(['2026-12-07', '2026-12-08', '2026-12-09']);
  });

  test('folding never splits a character and unfolds to the original', () => {
    const line = `DESCRIPTION:${'城乡居民医保，每月5日至20日；'.repeat(12)}`;
    const folded = foldLine(line);
    expect(folded.replace(/\r\n /g, '')).toBe(line);
    for (const part of folded.split('\r\n')) expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
  });
});
