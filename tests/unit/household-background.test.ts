/**
 * The background's household module against WXT's fake browser: the badge it sets, the alarm it re-creates at the
 * next Beijing 00:00 / 09:00 / 15:00, and reminders shown once each, only with the permission. Real Chromium
 * covers the badge and alarm end to end (tests/e2e/household.spec.ts); granting an optional permission cannot be
 * automated there, so the notification path is checked here.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Household } from '@/household/model';
import { beijingInstant, bundledPolicyBook } from '@/policy';

const book = { book: bundledPolicyBook, origin: 'bundled' as const };

vi.mock('wxt/browser', () => ({ browser: fakeBrowser }));
const stored: { household: Household | undefined } = { household: undefined };
vi.mock('@/household/peek', () => ({ peekHousehold: async () => stored.household }));

const { nextTick, refreshHouseholdBadge, HOUSEHOLD_ALARM } = await import('@/household/background');

const family: Household = {
  format: 2,
  notifications: true,
  people: [
    { id: 'a', label: '爸爸', category: 'elderly', channel: 'self-pay', paidYears: [] },
    { id: 'b', label: '妈妈', category: 'elderly', channel: 'batch-debit', paidYears: [2026] },
  ],
};
let granted = true;

beforeEach(() => {
  fakeBrowser.reset();
  stored.household = family;
  granted = true;
  Object.assign(fakeBrowser.permissions, { contains: async () => granted });
  Object.assign(fakeBrowser.runtime, { getURL: (path: string) => `chrome-extension://test${path}` });
});

describe('household background', () => {
  it('next tick: the next Beijing 00:00, 09:00 or 15:00', () => {
    expect(nextTick(beijingInstant('2026-02-13', '14:59'))).toBe(beijingInstant('2026-02-13', '15:00'));
    expect(nextTick(beijingInstant('2026-02-13', '15:00'))).toBe(beijingInstant('2026-02-14', '00:00'));
    expect(nextTick(beijingInstant('2026-02-13', '08:00'))).toBe(beijingInstant('2026-02-13', '09:00'));
  });

  it('sets the badge and re-creates the alarm', async () => {
    const now = beijingInstant('2026-02-10', '10:00');
    await refreshHouseholdBadge(book, now);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('4');
    expect(await fakeBrowser.action.getTitle({})).toMatch(/^爸爸：/);
    const alarm = await fakeBrowser.alarms.get(HOUSEHOLD_ALARM);
    expect(alarm?.scheduledTime).toBe(beijingInstant('2026-02-10', '15:00') + 1000);
  });

  it('shows a due reminder once, and none without the permission or when switched off', async () => {
    const weekBefore = beijingInstant('2026-02-06', '09:00');
    await refreshHouseholdBadge(book, weekBefore - 60_000);
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual([]);
    await refreshHouseholdBadge(book, weekBefore + 1000);
    const shown = await fakeBrowser.notifications.getAll();
    expect(Object.keys(shown)).toEqual(['week-before:2026-02-06']);
    expect(Object.values(shown)[0]).toMatchObject({ title: '医保缴费：还有7天' });
    await fakeBrowser.notifications.clear('week-before:2026-02-06');
    await refreshHouseholdBadge(book, weekBefore + 60_000);
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual([]);

    fakeBrowser.reset();
    Object.assign(fakeBrowser.runtime, { getURL: (path: string) => path });
    granted = false;
    Object.assign(fakeBrowser.permissions, { contains: async () => granted });
    await refreshHouseholdBadge(book, weekBefore + 1000);
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual([]);
    granted = true;
    stored.household = { ...family, notifications: false };
    await refreshHouseholdBadge(book, weekBefore + 1000);
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual([]);
  });
});
