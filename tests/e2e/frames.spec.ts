/**
 * Forms inside frames, in real Chromium with the production build: the content script runs in every frame of the
 * official hosts (and their srcdoc / about:blank frames); a frame that recognises its page reports over a Port,
 * through the background, to the top frame, which shows the tab's one panel and keeps it off the frame's focused
 * field, or off the whole frame when it cannot tell which frame element reported. With no top frame of ours, the
 * frame shows the panel itself. The Port's closing (frame removed, navigated away) removes the tips.
 */
import { expect, test, type Frame, type Page } from '@playwright/test';
import { launchBrowser, type LaunchedBrowser } from './browser';
import { panelsByFrame } from './frame-panels';

const BEIJING = '2024-06-17 10:00';
const ETAX = 'http://etax.beijing.chinatax.gov.cn';
const SHOTS = '/work/wt/shots/frames';
let browser: LaunchedBrowser;

test.describe.configure({ mode: 'serial' });
test.beforeAll(async () => {
  browser = await launchBrowser({ beijing: BEIJING });
});
test.afterAll(async () => browser?.close());

interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

const settle = (page: Page) => page.waitForTimeout(1200);
const topTip = (page: Page, id: string) => page.locator(`yibao-helper [data-tip="${id}"]`);
const businessFrame = (page: Page): Frame => page.frames().find((f) => f !== page.mainFrame())!;

async function panelBox(page: Page): Promise<Box> {
  return page.locator('yibao-helper aside').evaluate((aside) => {
    const { left, top, width, height } = aside.getBoundingClientRect();
    return { left, top, width, height };
  });
}

/** A field in a frame, in the top page's viewport (Playwright's boundingBox is in the main frame's). */
async function fieldBox(frame: Frame, selector: string): Promise<Box> {
  const box = await frame.locator(selector).boundingBox();
  if (!box) throw new Error(`${selector} not shown`);
  return { left: box.x, top: box.y, width: box.width, height: box.height };
}

const overlap = (a: Box, b: Box) =>
  a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;

test('a shell top page with the 社保费 form in a same-origin frame: one panel, in the top, kept off the focused field', async () => {
  const page = await browser.context.newPage();
  await page.goto(`${ETAX}/frames/shell.html`);
  await expect(topTip(page, 'payment-window')).toBeVisible();
  await settle(page);
  expect(await panelsByFrame(page)).toEqual(['top']);
  const frame = businessFrame(page);
  const amount = await fieldBox(frame, '#jfje');
  // Where the panel first sits it covers the lower fields of the framed form: the test can fail.
  expect(overlap(await panelBox(page), amount)).toBe(true);
  await frame.locator('#jfje').focus();
  await expect.poll(async () => overlap(await panelBox(page), amount)).toBe(false);
  // Not by collapsing: the frame told the top where the field is, so a corner leaves it free.
  await expect(page.locator('yibao-helper button.toggle')).toHaveAttribute('aria-expanded', 'true');
  await page.screenshot({ path: `${SHOTS}/frame-shell-1280.png` });
  await page.close();
});

test('at 1024×640 too: one panel in the top, off the focused field in the frame', async () => {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1024, height: 640 });
  await page.goto(`${ETAX}/frames/shell.html`);
  await expect(topTip(page, 'payment-window')).toBeVisible();
  const frame = businessFrame(page);
  await frame.locator('#jfje').focus();
  const amount = await fieldBox(frame, '#jfje');
  await expect.poll(async () => overlap(await panelBox(page), amount)).toBe(false);
  expect(await panelsByFrame(page)).toEqual(['top']);
  await page.close();
});

test('two frames at one address: the top cannot tell which reported, and keeps off the whole focused frame', async () => {
  const page = await browser.context.newPage();
  await page.goto(`${ETAX}/frames/twin.html`);
  await expect(topTip(page, 'payment-window')).toBeVisible();
  await settle(page);
  expect(await panelsByFrame(page)).toEqual(['top']);
  const second = page.locator('iframe').nth(1);
  const { x, y, width, height } = (await second.boundingBox())!;
  const whole = { left: x, top: y, width, height };
  expect(overlap(await panelBox(page), whole)).toBe(true);
  await second.contentFrame().locator('#zjhm').focus();
  await expect.poll(async () => overlap(await panelBox(page), whole)).toBe(false);
  await page.close();
});

test('the 医保 hall (another official host) in a frame of the e-tax shell: its tips, one panel in the top', async () => {
  const page = await browser.context.newPage();
  await page.goto(`${ETAX}/frames/cross-origin.html`);
  await expect(topTip(page, 'pooling-prerequisites')).toBeVisible();
  await settle(page);
  expect(await panelsByFrame(page)).toEqual(['top']);
  await page.close();
});

for (const kind of ['srcdoc', 'blank']) {
  test(`the form in a ${kind} frame of the shell: one panel, in the top`, async () => {
    const page = await browser.context.newPage();
    await page.goto(`${ETAX}/frames/${kind}.html`);
    await expect(topTip(page, 'payment-window')).toBeVisible();
    await settle(page);
    expect(await panelsByFrame(page)).toEqual(['top']);
    await page.close();
  });
}

test('an official page framed by a page that is not official: the panel is in the frame', async () => {
  const page = await browser.context.newPage();
  await page.setContent(
    `<h1>某街道社区服务站</h1><iframe src="${ETAX}/frames/sbf.html" style="width:900px;height:700px"></iframe>`,
  );
  const frame = page.frames()[1];
  await expect(frame.locator('yibao-helper [data-tip="payment-window"]')).toBeVisible();
  await settle(page);
  expect(await panelsByFrame(page)).toEqual([`${ETAX}/frames/sbf.html`]);
  await page.close();
});

test('the frame leaves or navigates away: the Port closes and the tips go; a recognised page brings them back', async () => {
  const page = await browser.context.newPage();
  await page.goto(`${ETAX}/frames/shell.html`);
  await expect(topTip(page, 'payment-window')).toBeVisible();
  // Navigated inside the frame to a page of no tips.
  await businessFrame(page)
    .locator('body')
    .evaluate(() => location.assign('/frames/query.html'));
  await expect(page.locator('yibao-helper')).toHaveCount(0);
  await businessFrame(page)
    .locator('body')
    .evaluate(() => location.assign('/frames/sbf.html'));
  await expect(topTip(page, 'payment-window')).toBeVisible();
  expect(await panelsByFrame(page)).toEqual(['top']);
  // Removed by the top page.
  await page.evaluate(() => document.getElementById('business')?.remove());
  await expect(page.locator('yibao-helper')).toHaveCount(0);
  await page.close();
});

test('a frame sent away the moment its tips show takes them with it, for good (the announcement brings no empty panel back)', async () => {
  const page = await browser.context.newPage();
  // The shell navigates the frame away as soon as our panel appears: within the live region's 200 ms (content/announcer.ts).
  await page.goto(`${ETAX}/frames/vanishing.html`);
  await expect.poll(() => page.evaluate(() => (window as { sawPanel?: boolean }).sawPanel)).toBe(true);
  await settle(page);
  await expect(page.locator('yibao-helper')).toHaveCount(0);
  await page.close();
});

test('phone (390×844, touch): the shell with the form in a frame gets one panel, in the top', async () => {
  const phone = await launchBrowser({ beijing: BEIJING, phone: true });
  try {
    const page = await phone.context.newPage();
    await page.goto(`${ETAX}/frames/shell.html`);
    await expect(page.locator('yibao-helper .panel.narrow')).toBeVisible();
    await settle(page);
    expect(await panelsByFrame(page)).toEqual(['top']);
    await page.screenshot({ path: `${SHOTS}/frame-shell-phone-390.png` });
  } finally {
    await phone.close();
  }
});
