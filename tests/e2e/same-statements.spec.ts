/**
 * One answer, one source (issue 17, done-when), in real Chromium with the production build: a pack is imported on
 * the options page, then the same instant (libfaketime) is rendered by the panel on the e-tax replica and by the
 * popup. Both make the same statements — next slot, last slot per channel, batch days and the 批扣 lock, period
 * end, benefit start, amounts — from the imported pack, and each statement's sources in the panel are shown in the
 * popup section that makes it. The expected statements are the facts the answers layer gives for that pack.
 */
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { panelMessages } from '@/answers/panel';
import { batchLockZh } from '@/answers/phrases';
import { answerSnapshot } from '@/answers/snapshot';
import { beijingInstant, bundledPolicyBook, type PolicyBook } from '@/policy';
import { launchBrowser } from './browser';
import { replicaPage } from '../replicas/pages';
import { statementProblems, statementsOf, type SurfaceSection } from '../support/statements';

const VERSION = '2099.4.1';

/** Every included year's amounts +6 yuan, and the 2026 集中参保期 to 03-15: a self-pay slot (03-13) is back in it. */
function importedBook(): PolicyBook {
  const book = structuredClone(bundledPolicyBook) as PolicyBook;
  book.version = VERSION;
  for (const { value } of book.parameters.individualContribution.values)
    for (const category of ['elderly', 'student', 'working-age'] as const) value[category] += 6;
  const period2026 = book.parameters.enrolmentPeriod.values.find((v) => v.year === 2026)!;
  if (period2026.value.end !== '2026-02-28') throw new Error('the bundled 2026 period changed: update this test');
  period2026.value.end = '2026-03-15';
  return book;
}

/** Runs in a page: its sections (panel: `[data-tip]` in our shadow root; popup: `<section>`), text and sources. */
function readSections(panel: boolean): SurfaceSection[] {
  const root: ParentNode = panel
    ? [...document.querySelectorAll('yibao-helper')].find((host) => host.shadowRoot)!.shadowRoot!
    : document;
  return [...root.querySelectorAll(panel ? '[data-tip]' : 'section')].map((el) => ({
    key: el.getAttribute(panel ? 'data-tip' : 'aria-labelledby') ?? '',
    text: el.textContent ?? '',
    sources: [...el.querySelectorAll('.source')].map((s) => s.textContent ?? ''),
  }));
}

async function importPack(page: Page, extensionId: string, book: PolicyBook): Promise<void> {
  const path = join(tmpdir(), `yibao-same-statements-${process.pid}.json`);
  await writeFile(path, JSON.stringify(book));
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await page.getByLabel('选择政策数据包文件（JSON）').setInputFiles(path);
  await page.getByRole('button', { name: '确认导入' }).click();
  await expect(page.locator('[data-active-pack]')).toHaveAttribute('data-active-pack', VERSION);
}

for (const [beijing, headline] of [
  ['2026-02-24 10:00', '自行缴费最后机会：3月13日（周五）15:00前'],
  ['2023-12-18 10:00', '自行缴费最后机会：2024年1月19日（周五）15:00前'],
] as const) {
  test(`${beijing} Beijing, imported pack: panel and popup make the same statements with the same sources`, async () => {
    const book = importedBook();
    const [date, time] = beijing.split(' ');
    const expected = panelMessages(
      'etax-social-fee',
      answerSnapshot({ book, origin: 'imported' }, beijingInstant(date, time)),
    );
    const statements = statementsOf(expected);
    // Each instant exercises the statements issue 17 lists (next slot: the window is shut on 2026-02-24).
    expect(statements.map((s) => s.role)).toEqual(
      expect.arrayContaining([
        'last-slot',
        'period-end',
        'benefit-start',
        'batch-day',
        'individual:elderly',
        ...(beijing.startsWith('2026') ? ['next-slot'] : []),
      ]),
    );

    const browser = await launchBrowser({ beijing });
    try {
      await importPack(await browser.context.newPage(), browser.extensionId!, book);
      const page = await browser.context.newPage();
      await page.goto(replicaPage('etax-social-fee').url);
      const enrolment = page.locator('yibao-helper [data-tip="enrolment-open"]');
      await expect(enrolment).toContainText(headline);
      const panel = await page.evaluate(readSections, true);

      const popup = await browser.context.newPage();
      await popup.setViewportSize({ width: 420, height: 900 });
      await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
      await expect(popup.locator('[data-pack-origin="imported"]')).toBeVisible();
      await expect(popup.locator('[data-answer="enrolment"]')).toContainText(headline);
      const popupSections = await popup.evaluate(readSections, false);

      expect(panel.map((s) => s.key)).toEqual(expected.map((m) => m.id));
      expect(statementProblems(statements, panel, popupSections)).toEqual([]);
      // The 批扣 lock on a batch day, in both; the imported amounts, never the bundled ones.
      const lock = batchLockZh('今天');
      expect(panel.find((s) => s.key === 'batch-debit-day')?.text).toContain(lock);
      await expect(popup.locator('[data-answer="batch-debit"]')).toContainText(lock);
      const panelText = panel.map((s) => s.text).join('\n');
      const popupText = popupSections.map((s) => s.text).join('\n');
      for (const text of [panelText, popupText]) {
        expect(text).toMatch(/城乡老年人(466|406)元/);
        expect(text).not.toMatch(/城乡老年人(460|400)元/);
      }
    } finally {
      await browser.close();
    }
  });
}
