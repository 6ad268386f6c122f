/**
 * Beijing wall-clock time for an instant. China has kept UTC+8 without daylight saving since 1991, so a fixed
 * offset is exact for every date this product handles, and no machine time zone can leak in.
 */
import type { IsoDate } from './types';

const BEIJING_OFFSET_MS = 8 * 3_600_000;

export interface BeijingTime {
  date: IsoDate;
  /** Minutes since Beijing midnight, 0–1439. */
  minuteOfDay: number;
}

export function beijingTime(instant: number | Date): BeijingTime {
  const shifted = new Date(Number(instant) + BEIJING_OFFSET_MS);
  return {
    date: shifted.toISOString().slice(0, 10),
    minuteOfDay: shifted.getUTCHours() * 60 + shifted.getUTCMinutes(),
  };
}

/** The instant of a Beijing wall-clock time, e.g. `beijingInstant('2024-12-16', '10:00')`. */
export function beijingInstant(date: IsoDate, time = '00:00'): number {
  return Date.parse(`${date}T${time}:00+08:00`);
}
