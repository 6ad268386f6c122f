/**
 * The phone design in real Chromium at 390×844 with touch (mobile viewport, coarse pointer): the one-line bar
 * follows the visual viewport (a pinch zoom) and docks off the page's controls; it hides while the on-screen
 * keyboard is up; it never covers the focused field; 展开 opens a sheet over at most the lower 60 % of the screen,
 * closed by 收起 (a 44 px target) or Esc, with taps beside it reaching the page; text is at least 16 px on screen,
 * source lines 14 px, everything 24 px in large-text mode; the header says 非官方提示. Sizes are what the screen
 * shows (CSS px × the page's zoom), on a desktop page shown zoomed out (电子税务局, 980 CSS px wide) and on a
 * phone page (京通 H5). Also: the same floors on a desktop screen, and the userscript on a phone. Screenshots go
 * to $PHONE_SHOTS (default test-results/screenshots/phone).
 */
import { mkdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { launchBrowser, type LaunchedBrowser } from './browser';
import { installUserscript } from './userscript/manager';
import { replicaPage } from '../replicas/pages';
import {
  clearOfOurs,
  fontSizes,
  ourBoxes,
  PHONE_SHOTS,
  screenBox,
  sheet,
  toggle,
  visualViewportBox,
  withFixedBars,
} from './phone-layout';

const BEIJING = '2024-06-17 10:00';
const ETAX = replicaPage('etax-social-fee').url;
const BJT = replicaPage('bjt-social-fee').url;
let browser: LaunchedBrowser;

test.describe.configure({ mode: 'serial' });
test.beforeAll(async () => {
  mkdirSync(PHONE_SHOTS, { recursive: true });
  browser = await launchBrowser({ beijing: BEIJING, phone: true });
});
test.afterAll(async () => browser?.close());

async function open(url: string, edges: ('top' | 'bottom')[] = []): Promise<Page> {
  const page = await browser.context.newPage();
  if (edges.length > 0) await withFixedBars(page, edges);
  await page.goto(url);
  await expect(sheet(page)).toBeVisible();
  await expect(toggle(page)).toHaveAttribute('aria-expanded', 'false');
  await page.waitForTimeout(300); // placement runs a frame after the first render
  return page;
}

test('the bar: at the bottom of the screen, at the top when a control holds the bottom strip, a corner button when both do', async () => {
  for (const [edges, dock] of [
    [[], 'bottom'],
    [['bottom'], 'top'],
    [['top', 'bottom'], 'corner'],
  ] as const) {
    for (const url of [ETAX, BJT]) {
      const page = await open(url, [...edges]);
      await expect(sheet(page)).toHaveClass(new RegExp(`\\bdock-${dock}\\b`));
      expect(await clearOfOurs(page), `${url} ${dock}: page controls under the bar`).toEqual([]);
      const bar = await screenBox(page, sheet(page));
      const screen = await visualViewportBox(page);
      if (dock === 'bottom') expect(Math.round(screen.height - (bar.y + bar.height))).toBe(8);
      if (dock === 'top') expect(Math.round(bar.y)).toBe(8);
      if (dock === 'corner') expect([Math.round(bar.width), Math.round(bar.height)]).toEqual([44, 44]);
      if (url === BJT) await page.screenshot({ path: `${PHONE_SHOTS}/bar-${dock}.png` });
      await page.close();
    }
  }
});

test('the bar follows the visual viewport through a pinch zoom and keeps its size on screen', async () => {
  const page = await open(BJT);
  const before = await screenBox(page, sheet(page));
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setPageScaleFactor', { pageScaleFactor: 2 });
  await expect.poll(() => page.evaluate(() => visualViewport!.scale)).toBe(2);
  // Pan the zoomed screen to the right and down, as a finger would.
  await page.evaluate(() => scrollTo(200, 300));
  await page.waitForTimeout(300);
  const after = await screenBox(page, sheet(page));
  const screen = await visualViewportBox(page);
  // Same size on screen, still docked to an edge of what the screen shows, and still off the page's controls
  // (the form now fills the zoomed screen, so the dock may change).
  expect([after.x, after.width, after.height], 'the bar as the screen shows it, zoomed in and panned').toEqual([
    before.x,
    before.width,
    before.height,
  ]);
  expect([8, Math.round(screen.height - after.height - 8)]).toContain(Math.round(after.y));
  expect(await clearOfOurs(page), 'page controls under the bar').toEqual([]);
  await cdp.send('Emulation.setPageScaleFactor', { pageScaleFactor: 1 });
  await cdp.detach();
  await page.close();
});

test('typing: a focused text field hides the bar and the sheet; a keyboard that shrinks the screen hides them too', async () => {
  for (const url of [ETAX, BJT]) {
    const page = await open(url);
    const field = page.locator('form input:not([type="hidden"])').first();
    // Bar, then sheet: both give the screen to the field and the keyboard.
    for (const opened of [false, true]) {
      if (opened) await toggle(page).tap();
      await field.tap();
      await expect(sheet(page)).toBeHidden();
      expect(await ourBoxes(page), 'nothing of ours drawn while typing').toEqual([]);
      await page.evaluate(() => (document.activeElement as HTMLElement).blur());
      await expect(sheet(page)).toBeVisible();
      await expect(toggle(page)).toHaveAttribute('aria-expanded', String(opened));
    }
    await toggle(page).tap();
    await expect(toggle(page)).toHaveAttribute('aria-expanded', 'false');
    // The keyboard without a focused field (the page blurred it, or a hardware quirk): the screen drops by 40 %.
    await page.setViewportSize({ width: 390, height: 500 });
    await expect(sheet(page)).toBeHidden();
    await page.setViewportSize({ width: 390, height: 844 });
    await expect(sheet(page)).toBeVisible();
    // The browser's toolbar sliding away changes the height a little: the bar stays.
    await page.setViewportSize({ width: 390, height: 790 });
    await page.waitForTimeout(200);
    await expect(sheet(page)).toBeVisible();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.close();
  }
});

test('the focused field is never covered: every control focused in turn, bar and sheet, with fixed bars at both edges', async () => {
  for (const edges of [[], ['top', 'bottom']] as ('top' | 'bottom')[][]) {
    const page = await open(ETAX, edges);
    // The page's own controls (our host hangs on <html>, outside <body>).
    const controls = page.locator('body select, body input:not([type="hidden"]), body button');
    const count = await controls.count();
    expect(count).toBeGreaterThan(4);
    for (const opened of [false, true]) {
      for (let i = 0; i < count; i++) {
        const control = controls.nth(i);
        await control.scrollIntoViewIfNeeded();
        if (opened) {
          // Typing hid the sheet: leave the field, open it again, then focus the next control.
          await page.evaluate(() => (document.activeElement as HTMLElement).blur());
          await expect(sheet(page)).toBeVisible();
          await page.waitForTimeout(100); // the placement after the blur
          if ((await toggle(page).getAttribute('aria-expanded')) === 'false') await toggle(page).tap();
          await expect(toggle(page)).toHaveAttribute('aria-expanded', 'true');
        }
        await control.focus();
        await page.waitForTimeout(50);
        const box = (await control.boundingBox())!;
        const covering = (await ourBoxes(page)).filter(
          (b) => b.x < box.x + box.width && box.x < b.x + b.width && b.y < box.y + box.height && box.y < b.y + b.height,
        );
        expect(covering, `${edges.join('+') || 'no bars'}, ${opened ? 'sheet' : 'bar'}, control ${i}`).toEqual([]);
      }
      await page.evaluate(() => (document.activeElement as HTMLElement).blur());
    }
    await page.close();
  }
});

test('展开 opens a sheet over at most the lower 60 % of the screen; 收起 (44 px) and Esc close it; taps beside it reach the page', async () => {
  for (const url of [ETAX, BJT]) {
    const page = await open(url);
    // The page counts the taps it gets, as its own handlers would.
    await page.evaluate(() => {
      (window as unknown as { taps: string[] }).taps = [];
      document.addEventListener('click', (event) =>
        (window as unknown as { taps: string[] }).taps.push((event.target as Element).localName),
      );
    });
    await toggle(page).tap();
    await expect(toggle(page)).toHaveAttribute('aria-expanded', 'true');
    await expect(toggle(page)).toHaveText('收起');
    await expect(page.locator('yibao-helper h2')).toHaveText('医保缴费助手（非官方提示）');
    const screen = await visualViewportBox(page);
    const box = await screenBox(page, sheet(page));
    expect(box.height / screen.height, 'share of the screen').toBeLessThanOrEqual(0.6);
    expect(box.y, 'in the lower part').toBeGreaterThanOrEqual(screen.height * 0.4 - 1);
    expect(Math.round(screen.height - (box.y + box.height))).toBe(8);
    const close = await screenBox(page, toggle(page));
    expect(Math.min(close.width, close.height), '收起 touch target').toBeGreaterThanOrEqual(43.9);
    if (url === BJT) await page.screenshot({ path: `${PHONE_SHOTS}/sheet.png` });

    // A tap on the page's heading, above the sheet, reaches the heading, and the sheet stays open.
    const heading = page.locator('body h1, body #title').first();
    const target = await screenBox(page, heading);
    expect(target.y + target.height, 'the heading is above the sheet').toBeLessThan(box.y);
    const under = await heading.evaluate((element) => element.localName);
    const taps = () => page.evaluate(() => (window as unknown as { taps: string[] }).taps);
    const before = (await taps()).length;
    await heading.tap();
    await expect.poll(async () => (await taps()).slice(before)).toEqual([under]);
    await expect(toggle(page)).toHaveAttribute('aria-expanded', 'true');
    // A tap in the sheet is ours: the page sees only our host (shadow DOM retargets it), never its own element.
    await page.locator('yibao-helper [data-tip] h3').first().tap();
    await expect.poll(async () => (await taps()).slice(before)).toEqual([under, 'yibao-helper']);

    await toggle(page).tap();
    await expect(toggle(page)).toHaveAttribute('aria-expanded', 'false');
    await toggle(page).tap();
    await expect(toggle(page)).toHaveAttribute('aria-expanded', 'true');
    await toggle(page).focus();
    await page.keyboard.press('Escape');
    await expect(toggle(page)).toHaveAttribute('aria-expanded', 'false');
    await expect(page.locator('yibao-helper [data-tip]').first()).toBeHidden();
    await page.close();
  }
});

test('font sizes on screen: text 16 px, source lines 14 px, large text 24 px — bar and sheet, zoomed-out page and phone page', async () => {
  for (const url of [ETAX, BJT]) {
    const page = await open(url);
    const bar = await fontSizes(page);
    expect(bar.length, 'text in the bar').toBeGreaterThan(1);
    expect(bar.filter((t) => t.px < 16 - 0.05)).toEqual([]);
    await toggle(page).tap();
    const sheetText = await fontSizes(page);
    expect(sheetText.filter((t) => t.source).length, 'source lines measured').toBeGreaterThan(0);
    expect(sheetText.filter((t) => t.px < (t.source ? 14 : 16) - 0.05)).toEqual([]);
    await page.locator('yibao-helper button[aria-pressed]').tap();
    await expect(sheet(page)).toHaveClass(/\blarge\b/);
    expect((await fontSizes(page)).filter((t) => t.px < 24 - 0.05)).toEqual([]);
    if (url === BJT) await page.screenshot({ path: `${PHONE_SHOTS}/sheet-large.png` });
    await page.locator('yibao-helper button[aria-pressed]').tap();
    await toggle(page).tap();
    await page.close();
  }
});

test('a desktop screen (1280×800) too: the header says 非官方提示, source lines 14 px, text 16 px, large text 24 px', async () => {
  const desktop = await launchBrowser({ beijing: BEIJING });
  try {
    const page = await desktop.context.newPage();
    await page.goto(ETAX);
    await expect(page.locator('yibao-helper h2')).toHaveText('医保缴费助手（非官方提示）');
    await expect(sheet(page)).not.toHaveClass(/\bnarrow\b/);
    const sizes = await fontSizes(page);
    expect(sizes.filter((t) => t.source).length, 'source lines measured').toBeGreaterThan(0);
    expect(sizes.filter((t) => t.px < (t.source ? 14 : 16) - 0.05)).toEqual([]);
    await page.screenshot({ path: `${PHONE_SHOTS}/desktop.png` });
    await page.locator('yibao-helper button[aria-pressed]').click();
    await expect(sheet(page)).toHaveClass(/\blarge\b/);
    expect((await fontSizes(page)).filter((t) => t.px < 24 - 0.05)).toEqual([]);
    await page.screenshot({ path: `${PHONE_SHOTS}/desktop-large.png` });
    await page.locator('yibao-helper button[aria-pressed]').click();
  } finally {
    await desktop.close();
  }
});

test('the userscript on a phone: the same bar, sheet and typing rule', async () => {
  const phone = await launchBrowser({ beijing: BEIJING, extension: null, phone: true });
  try {
    await installUserscript(phone.context);
    const page = await phone.context.newPage();
    await page.goto(BJT);
    await expect(sheet(page)).toHaveClass(/\bdock-bottom\b/);
    await page.waitForTimeout(300);
    expect(await clearOfOurs(page)).toEqual([]);
    await toggle(page).tap();
    await expect(page.locator('yibao-helper h2')).toHaveText('医保缴费助手（非官方提示）');
    const screen = await visualViewportBox(page);
    expect((await screenBox(page, sheet(page))).height / screen.height).toBeLessThanOrEqual(0.6);
    await page.locator('form input').first().tap();
    await expect(sheet(page)).toBeHidden();
    await page.evaluate(() => (document.activeElement as HTMLElement).blur());
    await expect(toggle(page)).toHaveAttribute('aria-expanded', 'true');
    await page.screenshot({ path: `${PHONE_SHOTS}/userscript-sheet.png` });
    await page.close();
  } finally {
    await phone.close();
  }
});
