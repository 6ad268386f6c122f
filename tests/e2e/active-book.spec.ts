/**
 * The panel on an official page works from the active book, not only the bundled one: the background works the
 * panel answers out from the book it publishes (utils/panel-answers-publish.ts).
 * In real Chromium with the production build on the e-tax replica, on 2026-02-10: a pack imported on the options
 * page that moves the 2026 集中参保期 end to 3月15日 shows on pages opened afterwards and on a page already open;
 * "恢复为内置数据" brings back 2月28日 on both. While the pack is in force the panel says it is an imported, unchecked one, and the published answers name
 * the pack's version.
 */
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page, type Worker } from '@playwright/test';
import { bundledPolicyBook, type PolicyBook } from '@/policy';
import { launchBrowser, type LaunchedBrowser } from './browser';
import { replicaPage } from '../replicas/pages';

const PAGE = replicaPage('etax-social-fee').url;
const BUNDLED_END = '2026年2月28日';
const IMPORTED_END = '2026年3月15日';
const PACK_VERSION = '2099.3.1';

/** The bundled book with the 2026 集中参保期 ending on 2026-03-15 instead of 2026-02-28. */
function laterEndPack(): string {
  const book = structuredClone(bundledPolicyBook) as PolicyBook;
  book.version = PACK_VERSION;
  const year2026 = book.parameters.enrolmentPeriod.values.find((value) => value.year === 2026);
  if (year2026?.value.end !== '2026-02-28') throw new Error('the bundled 2026 period changed: update this test');
  year2026.value.end = '2026-03-15';
  return JSON.stringify(book);
}

/** The part of `chrome.storage` these tests call in the service worker. */
interface WorkerGlobal {
  chrome: { storage: { local: { get(key: string): Promise<Record<string, { bookVersion?: string } | undefined>> } } };
}

let browser: LaunchedBrowser;
let worker: Worker;

test.describe.configure({ mode: 'serial' });
test.beforeAll(async () => {
  browser = await launchBrowser({ beijing: '2026-02-10 10:00' });
  worker = browser.context.serviceWorkers()[0];
});
test.afterAll(async () => browser?.close());

/** The version of the book the published panel answers come from. */
const answersBookVersion = () =>
  worker.evaluate(
    async () =>
      (await (globalThis as unknown as WorkerGlobal).chrome.storage.local.get('panelAnswers')).panelAnswers
        ?.bookVersion,
  );

const enrolmentTip = (page: Page) => page.locator('yibao-helper [data-tip="enrolment-open"]');
const importedLabel = (page: Page) => page.locator('yibao-helper [data-tip="imported-pack"]');

async function openPanel(): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(PAGE);
  await expect(enrolmentTip(page)).toBeVisible();
  return page;
}

async function openOptions(): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await expect(page.locator('[data-active-pack]')).toBeVisible();
  return page;
}

async function importLaterEnd(options: Page): Promise<void> {
  const path = join(tmpdir(), `yibao-active-book-${process.pid}.json`);
  await writeFile(path, laterEndPack());
  await options.getByLabel('选择政策数据包文件（JSON）').setInputFiles(path);
  await options.getByRole('button', { name: '确认导入' }).click();
  await expect(options.locator('[data-active-pack]')).toHaveAttribute('data-active-pack', PACK_VERSION);
}

test('an imported pack reaches open and new pages; resetting to the bundled book brings the bundled end back', async () => {
  await expect.poll(answersBookVersion).toBe(bundledPolicyBook.version);
  const openBefore = await openPanel();
  await expect(enrolmentTip(openBefore)).toContainText(BUNDLED_END);

  const options = await openOptions();
  await importLaterEnd(options);
  // The background worked the answers out again from the imported pack, and published them.
  await expect.poll(answersBookVersion).toBe(PACK_VERSION);
  await expect(enrolmentTip(openBefore)).toContainText(IMPORTED_END);
  await expect(enrolmentTip(openBefore)).not.toContainText(BUNDLED_END);

  const openAfter = await openPanel();
  await expect(enrolmentTip(openAfter)).toContainText(IMPORTED_END);
  // Figures from a file someone sent are labelled as such, on the page too.
  await expect(importedLabel(openAfter)).toContainText('正在使用导入的数据包（未验证）');
  await openAfter.close();

  await options.getByRole('button', { name: '恢复为内置数据' }).click();
  await expect.poll(answersBookVersion).toBe(bundledPolicyBook.version);
  await expect(enrolmentTip(openBefore)).toContainText(BUNDLED_END);
  const openReset = await openPanel();
  await expect(enrolmentTip(openReset)).toContainText(BUNDLED_END);
  await expect(enrolmentTip(openReset)).not.toContainText(IMPORTED_END);
  await expect(importedLabel(openReset)).toHaveCount(0);
  await expect(importedLabel(openBefore)).toHaveCount(0);
  await Promise.all([openBefore.close(), openReset.close(), options.close()]);
});
