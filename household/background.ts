/**
 * The household badge and reminders in the background: on browser start, install, a household change and an
 * alarm at the next Beijing 00:00, 09:00 or 15:00 (re-created each time, so the badge is right across days and
 * across the 15:00 close without any page being opened). Notifications only when switched on and granted.
 */
import { browser } from 'wxt/browser';
import { beijingInstant, beijingTime } from '@/policy/beijing-time';
import { answerSnapshot, type ActiveBook } from '@/answers/snapshot';
import type { PolicyBook } from '@/policy/book';
import { addDays } from '@/policy/civil-date';
import { badgeFor } from './badge';
import { HOUSEHOLD_CHANGED_MESSAGE } from './model';
import { householdPlan, type HouseholdPlan } from './plan';
import { reminderSchedule } from './reminders';
import { peekHousehold } from './peek';
import { reminderTextZh } from './wording';

export const HOUSEHOLD_ALARM = 'household-badge';
/** Ids (kind and date, no labels) of reminders already shown, so each is shown once. */
const SHOWN_KEY = 'householdRemindersShown';
const DEFAULT_TITLE = '医保缴费助手·北京';
const TICKS = ['00:00', '09:00', '15:00'];

/** The next Beijing 00:00, 09:00 or 15:00 strictly after `now`. */
export function nextTick(now: number): number {
  const today = beijingTime(now).date;
  const candidates = [today, addDays(today, 1)].flatMap((date) => TICKS.map((time) => beijingInstant(date, time)));
  return Math.min(...candidates.filter((at) => at > now));
}

async function showDueReminders(plan: HouseholdPlan, book: PolicyBook, now: number): Promise<void> {
  if (!(await browser.permissions.contains({ permissions: ['notifications'] }))) return;
  const due = reminderSchedule(plan, book).filter((r) => r.date === plan.today && r.at <= now);
  if (due.length === 0) return;
  const stored = (await browser.storage.local.get(SHOWN_KEY))[SHOWN_KEY];
  const shown: string[] = Array.isArray(stored) ? stored : [];
  for (const reminder of due.filter((r) => !shown.includes(r.id))) {
    const { title, message } = reminderTextZh(reminder);
    await browser.notifications.create(reminder.id, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/household-reminder.png'),
      title,
      message,
    });
    shown.push(reminder.id);
  }
  await browser.storage.local.set({ [SHOWN_KEY]: shown.slice(-60) });
}

export async function refreshHouseholdBadge(active: ActiveBook, now = Date.now()): Promise<void> {
  await browser.alarms.create(HOUSEHOLD_ALARM, { when: nextTick(now) + 1000 });
  const household = await peekHousehold();
  const action = browser.action;
  if (!household) {
    await action.setBadgeText({ text: '!' });
    await action.setTitle({ title: '家庭名单无法读取：请打开“家庭缴费计划”页面' });
    return;
  }
  if (household.people.length === 0) {
    await action.setBadgeText({ text: '' });
    await action.setTitle({ title: DEFAULT_TITLE });
    return;
  }
  const plan = householdPlan(household, answerSnapshot(active, now));
  const badge = badgeFor(plan);
  await action.setBadgeBackgroundColor({ color: badge.colour });
  await action.setBadgeText({ text: badge.text });
  await action.setTitle({ title: badge.title });
  if (household.notifications) await showDueReminders(plan, active.book, now);
}

/** Wires the badge to start-up, install, alarms and household changes; `book` gives the pack in force. */
export function startHouseholdBadge(book: () => Promise<ActiveBook>): void {
  const refresh = () =>
    book()
      .then((current) => refreshHouseholdBadge(current))
      .catch((error) => console.warn('[yibao-helper] household badge not updated', error));
  browser.runtime.onStartup.addListener(refresh);
  browser.runtime.onInstalled.addListener(refresh);
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === HOUSEHOLD_ALARM) refresh();
  });
  browser.runtime.onMessage.addListener((message, sender) => {
    if (sender.id === browser.runtime.id && message === HOUSEHOLD_CHANGED_MESSAGE) refresh();
  });
}
