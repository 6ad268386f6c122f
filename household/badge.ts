/**
 * The toolbar badge from the plan: days left to the earliest unpaid person's deadline (today counted) when at most
 * 30, a warning colour from 7 down, `!` when a deadline is unknown (年度 not included) or already missed, nothing
 * when nobody is unpaid. The tooltip says whom it is about.
 */
import { dayNumber } from '@/policy/civil-date';
import type { HouseholdPlan } from './plan';
import { badgeTitleZh } from './wording';

export const BADGE_SHOWN_FROM_DAYS = 30;
export const BADGE_WARNING_FROM_DAYS = 7;
export const BADGE_COLOURS = { normal: '#1a5fb4', warning: '#c01c28' } as const;

export interface Badge {
  text: string;
  colour: string;
  title: string;
}

export type BadgeSubject =
  | { kind: 'nobody-unpaid' }
  | { kind: 'year-not-included'; year: number; labels: string[] }
  | { kind: 'missed'; year: number; labels: string[] }
  | { kind: 'days-left'; year: number; days: number; date: string; labels: string[] };

/** Whom the badge is about, and why. */
export function badgeSubject(plan: HouseholdPlan): BadgeSubject {
  if (plan.people.every((p) => p.paid)) return { kind: 'nobody-unpaid' };
  if (plan.kind === 'year-not-included') {
    const labels = plan.people.filter((p) => !p.paid).map((p) => p.person.label);
    return { kind: 'year-not-included', year: plan.year, labels };
  }
  const unpaid = plan.people.filter((p) => !p.paid);
  const missed = unpaid.filter((p) => p.missed || !p.deadline);
  if (missed.length > 0) return { kind: 'missed', year: plan.year, labels: missed.map((p) => p.person.label) };
  const earliest = Math.min(...unpaid.map((p) => dayNumber(p.deadline?.date ?? '9999-12-31')));
  const first = unpaid.filter((p) => p.deadline && dayNumber(p.deadline.date) === earliest);
  return {
    kind: 'days-left',
    year: plan.year,
    days: earliest - dayNumber(plan.today) + 1,
    date: first[0].deadline?.date ?? '',
    labels: first.map((p) => p.person.label),
  };
}

export function badgeFor(plan: HouseholdPlan): Badge {
  const subject = badgeSubject(plan);
  const title = badgeTitleZh(subject);
  switch (subject.kind) {
    case 'nobody-unpaid':
      return { text: '', colour: BADGE_COLOURS.normal, title };
    case 'year-not-included':
    case 'missed':
      return { text: '!', colour: BADGE_COLOURS.warning, title };
    case 'days-left':
      return {
        text: subject.days <= BADGE_SHOWN_FROM_DAYS ? String(subject.days) : '',
        colour: subject.days <= BADGE_WARNING_FROM_DAYS ? BADGE_COLOURS.warning : BADGE_COLOURS.normal,
        title,
      };
  }
}
