/**
 * When to remind: 7 days and 1 day before each unpaid person's deadline, and on the first payment day of each
 * month while someone is unpaid (until the last deadline). Each reminder is due at 09:00 Beijing time on its day.
 */
import { beijingInstant } from '@/policy/beijing-time';
import type { PolicyBook } from '@/policy/book';
import { addDays, addMonths } from '@/policy/civil-date';
import { valueOn } from '@/policy/parameter-lookup';
import { nextWindowDay } from '@/policy/rules/payment-window';
import type { IsoDate } from '@/policy/types';
import type { HouseholdPlan } from './plan';

export const REMINDER_TIME = '09:00';

export interface Reminder {
  /** Stable across recomputations: kind and date only (no labels), so a shown reminder is not shown again. */
  id: string;
  kind: 'week-before' | 'day-before' | 'first-payment-day';
  date: IsoDate;
  at: number;
  labels: string[];
  /** The deadline it is about (for the first payment day: the earliest unpaid deadline). */
  deadline: IsoDate;
  closesAtTime?: string;
}

function add(list: Reminder[], reminder: Omit<Reminder, 'id' | 'at'>): void {
  const id = `${reminder.kind}:${reminder.date}`;
  const same = list.find((r) => r.id === id);
  if (same) same.labels = [...new Set([...same.labels, ...reminder.labels])];
  else list.push({ ...reminder, id, at: beijingInstant(reminder.date, REMINDER_TIME) });
}

/** Reminders from today on (a reminder earlier today is kept: the background shows it once). */
export function reminderSchedule(plan: HouseholdPlan, book: PolicyBook): Reminder[] {
  if (plan.kind !== 'plan') return [];
  const pending = plan.people.filter((p) => !p.paid && p.deadline && !p.missed);
  const list: Reminder[] = [];
  for (const p of pending) {
    const deadline = p.deadline!.date;
    for (const [kind, days] of [
      ['week-before', 7],
      ['day-before', 1],
    ] as const) {
      const date = addDays(deadline, -days);
      if (date >= plan.today) add(list, { kind, date, labels: [p.person.label], deadline });
    }
  }
  if (pending.length > 0) {
    const last = pending
      .map((p) => p.deadline!.date)
      .sort()
      .at(-1)!;
    const earliest = pending.map((p) => p.deadline!.date).sort()[0];
    for (let month = `${plan.today.slice(0, 7)}-01`; month <= last; month = addMonths(month, 1)) {
      const rule = valueOn(book.parameters.paymentWindow, month);
      const first = rule && nextWindowDay(month, rule.value, book);
      if (!first || first.date < plan.today || first.date > last || first.date.slice(0, 7) !== month.slice(0, 7))
        continue;
      const labels = pending.filter((p) => p.deadline!.date >= first.date).map((p) => p.person.label);
      add(list, {
        kind: 'first-payment-day',
        date: first.date,
        labels,
        deadline: earliest,
        closesAtTime: rule.value.closesAt,
      });
    }
  }
  return list.sort((a, b) => a.at - b.at || a.id.localeCompare(b.id));
}
