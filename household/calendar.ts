/**
 * The household's `.ics`: one all-day event per unpaid person on their last chance, each with display alarms
 * 7 days and 1 day before at 09:00 (the reminder that reaches a phone calendar). Made locally; nothing is fetched.
 */
import { toIcs, type AllDayEvent } from '@/utils/ics';
import type { HouseholdPlan } from './plan';
import { ALARM_TEXT_ZH, calendarEventZh } from './wording';

/** Relative to an all-day event's start (00:00): 09:00 seven days before, 09:00 the day before. */
export const ALARM_TRIGGERS = { 'week-before': '-P6DT15H', 'day-before': '-PT15H' } as const;

export function householdEvents(plan: HouseholdPlan): AllDayEvent[] {
  if (plan.kind !== 'plan') return [];
  return plan.people
    .filter((p) => !p.paid && p.deadline && !p.missed)
    .map((p) => {
      const { summary, description } = calendarEventZh(p, plan.year);
      return {
        uid: `household-${plan.year}-${p.person.id}@yibao-helper.invalid`,
        date: p.deadline!.date,
        summary,
        description,
        alarms: (['week-before', 'day-before'] as const).map((kind) => ({
          trigger: ALARM_TRIGGERS[kind],
          description: `${summary}：${ALARM_TEXT_ZH[kind]}`,
        })),
      };
    });
}

export function householdCalendar(plan: HouseholdPlan): string {
  return toIcs('家庭医保缴费（北京）', householdEvents(plan), plan.now);
}
