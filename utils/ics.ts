/**
 * A minimal RFC 5545 writer for all-day events: CRLF line ends, TEXT escaping, lines folded at 75 octets
 * without splitting a UTF-8 character.
 */
import type { IsoDate } from '@/policy';
import { addDays } from '@/policy';

export interface AllDayEvent {
  uid: string;
  date: IsoDate;
  summary: string;
  description: string;
  url?: string;
  /** Display reminders; `trigger` is an RFC 5545 duration relative to the event's start (its day's 00:00). */
  alarms?: { trigger: string; description: string }[];
}

export function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

const encoder = new TextEncoder();

/** Folds a content line into chunks of at most 75 octets; continuation lines start with one space. */
export function foldLine(line: string): string {
  const chunks: string[] = [];
  let chunk = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = chunks.length === 0 ? 75 : 74; // the leading space counts
    if (octets + size > limit) {
      chunks.push(chunk);
      chunk = '';
      octets = 0;
    }
    chunk += char;
    octets += size;
  }
  chunks.push(chunk);
  return chunks.join('\r\n ');
}

const compact = (date: IsoDate) => date.replace(/-/g, '');

/** `stamp` is the creation instant, written as DTSTAMP in UTC. */
export function toIcs(name: string, events: AllDayEvent[], stamp: number): string {
  const dtstamp = new Date(stamp)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//yibao-helper//医保缴费助手·北京//ZH',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(name)}`,
    ...events.flatMap((event) => [
      'BEGIN:VEVENT',
      `UID:${event.uid}`,
      `DTSTAMP:${dtstamp}`,
      `DTSTART;VALUE=DATE:${compact(event.date)}`,
      `DTEND;VALUE=DATE:${compact(addDays(event.date, 1))}`,
      `SUMMARY:${escapeText(event.summary)}`,
      `DESCRIPTION:${escapeText(event.description)}`,
      ...(event.url ? [`URL:${event.url}`] : []),
      'TRANSP:TRANSPARENT',
      ...(event.alarms ?? []).flatMap((alarm) => [
        'BEGIN:VALARM',
        'ACTION:DISPLAY',
        `TRIGGER:${alarm.trigger}`,
        `DESCRIPTION:${escapeText(alarm.description)}`,
        'END:VALARM',
      ]),
      'END:VEVENT',
    ]),
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
