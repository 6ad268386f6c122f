/**
 * On a phone (390×844, mobile viewport, touch) the panel starts as a one-line bar that covers none of the page's
 * controls, on every replica page kind; one tap opens it, one tap closes it; none of that is saved as the user's
 * 收起 setting; a bottom strip holding a control sends the bar to the top, and both strips holding one leave a
 * 44 px corner button. Desktop sizes are covered by panel.spec.ts and safety.spec.ts, unchanged.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { launchBrowser, type LaunchedBrowser } from './browser';
import { withFixedBars } from './phone-layout';
import { replicaPage, replicaPages } from '../replicas/pages';

const BEIJING = '2024-06-17 10:00';
let browser: LaunchedBrowser;

test.describe.configure({ mode: 'serial' });
test.beforeAll(async () => {
  browser = await launchBrowser({ beijing: BEIJING, phone: true });
});
test.afterAll(async () => browser?.close());

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** The page's own visible controls inside the viewport, and every box drawn in our shadow root. */
async function layout(page: Page): Promise<{ controls: (Box & { name: string })[]; ours: Box[] }> {
  return page.evaluate(() => {
    const box = (el: Element) => {
      const { x, y, width, height } = el.getBoundingClientRect();
      return { x, y, width, height };
    };
    const inViewport = (b: { x: number; y: number; width: number; height: number }) =>
      b.width > 0 && b.height > 0 && b.x < innerWidth && b.y < innerHeight && b.x + b.width > 0 && b.y + b.height > 0;
    const controls = [...document.querySelectorAll('input, select, textarea, button')]
      .filter((el) => !el.closest('yibao-helper') && (el as HTMLInputElement).type !== 'hidden' && el.checkVisibility())
      .map((el) => ({
        ...box(el),
        name: (el as HTMLInputElement).name || el.id || el.textContent!.trim().slice(0, 12),
      }))
      .filter(inViewport);
    const root = [...document.querySelectorAll('yibao-helper')].find((host) => host.shadowRoot)?.shadowRoot;
    const ours = [...(root?.querySelectorAll('*') ?? [])].map(box).filter((b) => b.width > 0 && b.height > 0);
    return { controls, ours };
  });
}

/**
 * Screen px per CSS px: a page without a mobile viewport is laid out 980 CSS px wide and shown zoomed out, and
 * what a finger and an eye meet is the screen's size.
 */
const screenScale = (page: Page) => page.evaluate(() => Math.min(1, visualViewport!.scale));

/** To 0.1 px: zoom leaves 43.9994 px where CSS says 44. */
const round = (px: number) => Math.round(px * 10) / 10;

const panel = (page: Page) => page.locator('yibao-helper .panel');
const toggle = (page: Page) => page.locator('yibao-helper button.toggle');

async function storedSettings(): Promise<unknown> {
  const [worker] = browser.context.serviceWorkers();
  return worker.evaluate(
    async () => (await (globalThis as any).chrome.storage.local.get('panelSettings')).panelSettings,
  );
}

for (const replica of replicaPages) {
  test(`${replica.kind}: on load the bar covers no control; one tap opens it, one tap closes it`, async () => {
    const page = await browser.context.newPage();
    await page.goto(replica.url);
    await expect(panel(page)).toBeVisible();
    await expect(toggle(page)).toHaveAttribute('aria-expanded', 'false');
    await page.waitForTimeout(400); // placement runs a frame after the first render
    const { controls, ours } = await layout(page);
    const covered = controls.filter((control) => ours.some((box) => overlaps(box, control))).map((c) => c.name);
    expect(covered, 'page controls under the bar').toEqual([]);
    // One line: the most urgent headline beside 展开, no taller than a 44 px target and its border.
    const scale = await screenScale(page);
    const bar = (await panel(page).boundingBox())!;
    expect(bar.height * scale).toBeLessThanOrEqual(64);
    await expect(page.locator('yibao-helper .headline')).not.toBeEmpty();
    const target = (await toggle(page).boundingBox())!;
    expect(round(Math.min(target.width, target.height) * scale), '展开 touch target').toBeGreaterThanOrEqual(44);

    await page.screenshot({ path: `test-results/screenshots/phone-bar-${replica.kind}.png` });
    await toggle(page).tap();
    await expect(toggle(page)).toHaveAttribute('aria-expanded', 'true');
    await page.screenshot({ path: `test-results/screenshots/phone-open-${replica.kind}.png` });
    await expect(page.locator('yibao-helper [data-tip="hotlines"]')).toBeVisible();
    for (const button of await page.locator('yibao-helper button').all()) {
      const b = (await button.boundingBox())!;
      expect(
        round(Math.min(b.width, b.height) * scale),
        `touch target ${await button.textContent()}`,
      ).toBeGreaterThanOrEqual(44);
    }
    await toggle(page).tap();
    await expect(toggle(page)).toHaveAttribute('aria-expanded', 'false');
    await expect(page.locator('yibao-helper [data-tip="hotlines"]')).toBeHidden();
    // Neither the automatic collapse nor the taps became the user's 收起 setting.
    expect(((await storedSettings()) as { collapsed?: boolean } | undefined)?.collapsed ?? false).toBe(false);
    await page.close();
  });
}

test('a control in the bottom strip sends the bar to the top; controls in both strips leave a 44 px corner button', async () => {
  for (const [edges, shape] of [
    [['bottom'], 'top'],
    [['top', 'bottom'], 'corner'],
  ] as const) {
    const page = await browser.context.newPage();
    await withFixedBars(page, [...edges]);
    await page.goto(replicaPage('etax-social-fee').url);
    await expect(panel(page)).toBeVisible();
    await page.waitForTimeout(400);
    await expect(panel(page)).toHaveClass(new RegExp(`\\bdock-${shape}\\b`));
    await page.screenshot({ path: `test-results/screenshots/phone-dock-${shape}.png` });
    const { controls, ours } = await layout(page);
    const fixed = controls.filter((c) => ['返回', '下一步'].includes(c.name));
    expect(fixed).toHaveLength(edges.length * 2);
    if (shape === 'top')
      expect(controls.filter((c) => ours.some((box) => overlaps(box, c))).map((c) => c.name)).toEqual([]);
    else {
      const box = (await panel(page).boundingBox())!;
      const scale = await screenScale(page);
      expect([Math.round(box.width * scale), Math.round(box.height * scale)]).toEqual([44, 44]);
      expect(fixed.filter((c) => overlaps(box, c)).map((c) => c.name)).toEqual([]);
    }
    await toggle(page).tap();
    await expect(page.locator('yibao-helper [data-tip="hotlines"]')).toBeVisible();
    await toggle(page).tap();
    await expect(toggle(page)).toHaveAttribute('aria-expanded', 'false');
    await page.close();
  }
});

test('open on a phone, the panel gives way to the field being typed in, and comes back after', async () => {
  const page = await browser.context.newPage();
  await page.goto(replicaPage('bjt-social-fee').url);
  await toggle(page).tap();
  await expect(toggle(page)).toHaveAttribute('aria-expanded', 'true');
  const field = page.locator('form input').first();
  await field.focus();
  await expect(toggle(page)).toHaveAttribute('aria-expanded', 'false');
  const [box, ours] = [(await field.boundingBox())!, (await layout(page)).ours];
  expect(ours.filter((b) => overlaps(b, box))).toEqual([]);
  await field.blur();
  await expect(toggle(page)).toHaveAttribute('aria-expanded', 'true');
  await page.close();
});

test('axe (WCAG 2.0/2.1/2.2 A+AA) on the bar and on the opened panel: 0 violations', async () => {
  const page = await browser.context.newPage();
  await page.goto(replicaPage('etax-social-fee').url);
  await expect(panel(page)).toBeVisible();
  // axe reads what is drawn under text from <body>'s descendants: the host goes there for the run (as a11y.spec.ts does).
  const moveHost = (into: 'body' | 'html') =>
    page.evaluate(
      (into) =>
        (into === 'body' ? document.body : document.documentElement).append(document.querySelector('yibao-helper')!),
      into,
    );
  for (const state of ['bar', 'open'] as const) {
    if (state === 'open') await toggle(page).tap();
    await expect(toggle(page)).toHaveAttribute('aria-expanded', String(state === 'open'));
    await moveHost('body');
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'])
      .include('yibao-helper')
      .analyze();
    await moveHost('html');
    expect(
      results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.failureSummary).join(' | ')}`),
      state,
    ).toEqual([]);
    // axe really looked inside our shadow root.
    expect(
      results.passes.flatMap((p) => p.nodes).filter((n) => Array.isArray(n.target[0])).length,
      state,
    ).toBeGreaterThan(3);
  }
  await page.close();
});
