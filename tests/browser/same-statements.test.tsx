/**
 * One answer, one source (issue 17, done-when): with an imported pack in force, the same instants rendered through
 * the panel (its DOM builder, fed by the content script's tips source) and through the popup (the real `<App>`,
 * reading the pack from a real IndexedDB) make the same statements — next slot, last slot per channel, batch days
 * and the 批扣 lock, period end, benefit start, amounts — and each statement's sources in the panel are shown in the
 * popup section that makes it.
 */
import Dexie from 'dexie';
import { render } from 'preact';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Fact } from '@/answers/message';
import { batchLockZh, shortDateZh } from '@/answers/phrases';
import { renderPanel, unmountPanel } from '@/components/panel/mount';
import { App } from '@/components/popup/App';
import { tipsForPage } from '@/content/tips-source';
import { beijingInstant, bundledPolicyBook, type PolicyBook } from '@/policy';
import { defaultPanelSettings } from '@/utils/panel-settings';
import { activePolicy, importPack, POLICY_DB_NAME, PolicyCache } from '@/utils/policy-cache';

/** A pack that changes every included year's amounts, so text from the bundled book would show. */
function importedBook(): PolicyBook {
  const book = structuredClone(bundledPolicyBook) as PolicyBook;
  book.version = '2099.3.1';
  for (const { value } of book.parameters.individualContribution.values) {
    value.elderly += 6;
    value.student += 6;
  }
  return book;
}

const STATEMENT_ROLES = [
  'next-slot',
  'last-slot',
  'last-slot-closes',
  'next-slot-closes',
  'batch-day',
  'period-end',
  'benefit-start',
  'benefit-start-after-period',
  'account-deduction',
  'individual:elderly',
  'individual:student',
  'individual:working-age',
];

/** How a fact reads in any answer: the month and day with the weekday, the closing time, the amount. */
function phrase(fact: Fact): string {
  switch (fact.kind) {
    case 'date':
      return shortDateZh(fact.date);
    case 'instant':
      return `${new Date(fact.at + 8 * 3_600_000).toISOString().slice(11, 16)}前`;
    case 'amount':
      return `${fact.yuan}元`;
    default:
      return '';
  }
}

const text = (el: Element) => el.textContent ?? '';
const sourceLines = (el: Element) => [...el.querySelectorAll('.source')].map(text);

let active: Awaited<ReturnType<typeof activePolicy>>;
const popupBox = document.createElement('div');

beforeAll(async () => {
  await Dexie.delete(POLICY_DB_NAME);
  const book = importedBook();
  const result = await importPack(new PolicyCache(), JSON.stringify(book), { confirmed: true });
  expect(result.ok).toBe(true);
  active = await activePolicy(new PolicyCache());
  expect(active.origin).toBe('imported');
  document.body.append(popupBox);
});

afterAll(async () => {
  render(null, popupBox);
  unmountPanel();
  await Dexie.delete(POLICY_DB_NAME);
});

async function renderBoth(now: number) {
  const tips = tipsForPage('etax-social-fee', now, { book: active.book, origin: active.origin });
  renderPanel({
    tips,
    settings: defaultPanelSettings,
    placement: { side: 'right', edge: 'bottom' },
    shrunk: false,
    announcement: '',
    onSettings: () => {},
  });
  const panel = document.querySelector('yibao-helper')!.shadowRoot!;
  render(null, popupBox);
  render(<App now={now} />, popupBox);
  await expect.poll(() => popupBox.querySelector('[data-pack-origin="imported"]')).not.toBeNull();
  await expect.poll(() => popupBox.querySelector('[data-answer="enrolment"]')).not.toBeNull();
  return { tips, panel, popup: popupBox };
}

describe.each(['2026-02-10 10:00', '2026-02-24 10:00', '2023-12-18 10:00', '2025-03-20 15:00'])(
  'at %s Beijing, imported pack in force',
  (beijing) => {
    test('panel and popup make the same statements, each with the panel’s sources in the popup section', async () => {
      const [date, time] = beijing.split(' ');
      const { tips, panel, popup } = await renderBoth(beijingInstant(date, time));
      const statements = tips.flatMap((tip) =>
        tip.facts.filter((f) => STATEMENT_ROLES.includes(f.role)).map((fact) => ({ tip, fact, words: phrase(fact) })),
      );
      const lockDay = tips.some((t) => t.id === 'batch-debit-day');
      const roles = new Set(statements.map((s) => s.fact.role));
      // Each instant exercises the statements it is about.
      expect([...roles]).toEqual(expect.arrayContaining(['last-slot', 'period-end', 'individual:elderly']));
      const popupSections = [...popup.querySelectorAll('section')];
      const missing: string[] = [];
      for (const { tip, fact, words } of statements) {
        const section = panel.querySelector(`[data-tip="${tip.id}"]`)!;
        if (!text(section).includes(words)) missing.push(`panel ${tip.id} ${fact.role}: ${words}`);
        const inPopup = popupSections.filter((s) => text(s).includes(words));
        if (inPopup.length === 0) {
          missing.push(`popup ${fact.role}: ${words}`);
          continue;
        }
        const popupSources = new Set(inPopup.flatMap(sourceLines));
        for (const line of sourceLines(section))
          if (!popupSources.has(line)) missing.push(`popup lacks source of ${tip.id} ${fact.role}: ${line}`);
      }
      if (lockDay) {
        const lock = batchLockZh('今天');
        expect(text(panel.querySelector('[data-tip="batch-debit-day"]')!)).toContain(lock);
        expect(text(popup.querySelector('[data-answer="batch-debit"]')!)).toContain(lock);
      }
      expect(missing).toEqual([]);
      // The imported pack's amounts, never the bundled ones.
      const year = tips
        .find((t) => t.id === 'enrolment-open')!
        .facts.find((f): f is Extract<Fact, { kind: 'year' }> => f.kind === 'year')!.year;
      const bundledElderly = bundledPolicyBook.parameters.individualContribution.values.find((v) => v.year === year)!
        .value.elderly;
      for (const surface of [text(panel.querySelector('.panel')!), text(popup)]) {
        expect(surface).toContain(`城乡老年人${bundledElderly + 6}元`);
        expect(surface).not.toContain(`城乡老年人${bundledElderly}元`);
      }
    });
  },
);
