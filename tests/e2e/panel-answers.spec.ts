/**
 * The panel shows the answers the background publishes (utils/panel-answers.ts), in real Chromium with the
 * production build and a libfaketime clock shared by the background and the page: the record is what the panel
 * renders; one that lapses while the page is open is replaced without a reload (the 15:00 close of a payment
 * day); a stale or malformed record makes the page ask the background and still show the right answers.
 */
import { expect, test, type Page, type Worker } from '@playwright/test';
import { launchBrowser, type LaunchedBrowser } from './browser';
import { replicaPage } from '../replicas/pages';

const PAGE = replicaPage('etax-social-fee').url;
const KEY = 'panelAnswers';
const tip = (page: Page, id: string) => page.locator(`yibao-helper [data-tip="${id}"]`);

interface StoredAnswers {
  computedAt: number;
  validFrom: number;
  validUntil: number;
  messages: { id: string; headline: string }[];
}
interface WorkerGlobal {
  chrome: {
    storage: { local: { get(key: string): Promise<Record<string, unknown>>; set(v: object): Promise<void> } };
  };
}

const stored = (worker: Worker) =>
  worker.evaluate(
    async (key) => (await (globalThis as unknown as WorkerGlobal).chrome.storage.local.get(key))[key],
    KEY,
  ) as Promise<StoredAnswers | undefined>;
const store = (worker: Worker, value: unknown) =>
  worker.evaluate(
    async ([key, v]) => (globalThis as unknown as WorkerGlobal).chrome.storage.local.set({ [key as string]: v }),
    [KEY, value] as const,
  );

async function publishedRecord(worker: Worker): Promise<StoredAnswers> {
  await expect.poll(async () => (await stored(worker))?.validUntil, { timeout: 15_000 }).toBeGreaterThan(0);
  return (await stored(worker)) as StoredAnswers;
}

test.describe('answers published by the background', () => {
  let browser: LaunchedBrowser;
  let worker: Worker;
  test.describe.configure({ mode: 'serial' });
  test.beforeAll(async () => {
    browser = await launchBrowser({ beijing: '2026-02-10 10:00' });
    worker = browser.context.serviceWorkers()[0];
  });
  test.afterAll(async () => browser?.close());

  test('the panel renders the record as published: it works nothing out itself', async () => {
    const record = await publishedRecord(worker);
    const marked = structuredClone(record);
    const enrolment = marked.messages.find((m) => m.id === 'enrolment-open');
    if (!enrolment) throw new Error('no enrolment-open answer on 2026-02-10');
    enrolment.headline = '来自发布的记录';
    await store(worker, marked);
    const page = await browser.context.newPage();
    await page.goto(PAGE);
    await expect(tip(page, 'enrolment-open')).toContainText('来自发布的记录');
    await store(worker, record); // republished: the open page follows
    await expect(tip(page, 'enrolment-open')).not.toContainText('来自发布的记录');
    await expect(tip(page, 'enrolment-open')).toContainText('自行缴费最后机会');
    await page.close();
  });

  test('a stale record (the machine slept past it) is not shown: the page asks and shows the right answers', async () => {
    const record = await publishedRecord(worker);
    const day = 86_400_000;
    const stale = structuredClone(record);
    for (const m of stale.messages) m.headline = `过期的记录：${m.headline}`;
    stale.computedAt -= 2 * day;
    stale.validFrom = stale.computedAt - 1000;
    stale.validUntil = stale.computedAt + 1000;
    await store(worker, stale);
    const page = await browser.context.newPage();
    await page.goto(PAGE);
    await expect(tip(page, 'enrolment-open')).toContainText('自行缴费最后机会');
    await expect(page.locator('yibao-helper')).not.toContainText('过期的记录');
    // The background worked them out again for now, and published them.
    const now = await page.evaluate(() => Date.now());
    const republished = await publishedRecord(worker);
    expect(republished.validFrom).toBeLessThanOrEqual(now);
    expect(republished.validUntil).toBeGreaterThan(now);
    await page.close();
  });

  for (const [name, value] of [
    ['not a record', 'panel'],
    ['a message without a headline', 'no-headline'],
  ] as const) {
    test(`a malformed record is ignored: ${name}`, async () => {
      const record = await publishedRecord(worker);
      const broken =
        value === 'no-headline' ? { ...record, messages: record.messages.map((m) => ({ ...m, headline: 5 })) } : value;
      await store(worker, broken);
      const page = await browser.context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(PAGE);
      await expect(tip(page, 'enrolment-open')).toContainText('自行缴费最后机会');
      expect(errors).toEqual([]);
      await page.close();
    });
  }
});

test('at 15:00 on a payment day the open page changes its answer without a reload', async () => {
  test.setTimeout(150_000);
  // 2026-03-10 is a Tuesday inside the 5th–20th window: payable until 15:00.
  const browser = await launchBrowser({ beijing: '2026-03-10 14:59' });
  try {
    const page = await browser.context.newPage();
    // Loaded at about 14:59:20, so the page's minute re-check comes about 20 s after the close, not with it.
    await page.waitForTimeout(20_000);
    await page.goto(PAGE);
    await expect(tip(page, 'payment-window')).toContainText('今天可以缴费');
    await page.evaluate(() => {
      (window as { sameDocument?: boolean }).sameDocument = true;
    });
    // The page's own lapse timer, not the background's alarm (cleared here) nor the next minute's re-check.
    const [worker] = browser.context.serviceWorkers();
    await worker.evaluate(() =>
      (globalThis as unknown as { chrome: { alarms: { clear(name: string): Promise<boolean> } } }).chrome.alarms.clear(
        'panel-answers',
      ),
    );
    const close = Date.parse('2026-03-10T15:00:00+08:00');
    let changedAt = 0;
    await expect
      .poll(
        async () => {
          changedAt = await page.evaluate(() => Date.now());
          return tip(page, 'payment-window').innerText();
        },
        { timeout: 90_000, intervals: [200] },
      )
      .toContain('现在不在缴费时间');
    expect(changedAt).toBeGreaterThanOrEqual(close);
    expect(changedAt - close).toBeLessThan(3_000);
    expect(await page.evaluate(() => (window as { sameDocument?: boolean }).sameDocument)).toBe(true);
    // The background, asked by the page, published the answers from 15:00 on.
    await expect.poll(async () => (await stored(worker))?.validFrom, { timeout: 40_000 }).toBe(close);
  } finally {
    await browser.close();
  }
});
