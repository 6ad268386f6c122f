/**
 * Accessibility guard, in real Chromium with the production build: axe-core (WCAG 2.0 A/AA, 2.1 AA, 2.2 AA)
 * on the panel inside its open shadow root, on every replica page kind, expanded, collapsed and in large text,
 * and on the popup and options pages; the panel reached, read, collapsed and expanded with the keyboard alone.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { launchBrowser, type LaunchedBrowser } from './browser';
import { panelModes, setPanelMode } from './panel-mode';
import { replicaPage, replicaPages } from '../replicas/pages';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'];
let browser: LaunchedBrowser;

test.describe.configure({ mode: 'serial' });
test.setTimeout(120_000);
test.beforeAll(async () => {
  browser = await launchBrowser({ beijing: '2024-12-16 10:00' });
});
test.afterAll(async () => browser?.close());

/**
 * axe on the page or on our panel: violations and undecided checks as readable lines, how many checked nodes
 * sat in a shadow root, and how many text nodes got a contrast verdict. axe finds what is drawn under text from
 * a grid of `<body>`'s descendants only; our host hangs on `<html>` (the page's body stays as parsed), so for the
 * panel's run the host moves into `<body>` and back: same styles (`all: initial`), same fixed position.
 */
async function axe(page: Page, panelOnly = false) {
  const moveHost = (into: 'body' | 'html') =>
    page.evaluate(
      (into) =>
        (into === 'body' ? document.body : document.documentElement).append(document.querySelector('yibao-helper')!),
      into,
    );
  if (panelOnly) await moveHost('body');
  const builder = new AxeBuilder({ page }).withTags(TAGS);
  const results = await (panelOnly ? builder.include('yibao-helper') : builder).analyze();
  if (panelOnly) await moveHost('html');
  const lines = (found: typeof results.violations) =>
    found.flatMap((v) =>
      v.nodes.map(
        (n) =>
          `${v.id}: ${JSON.stringify(n.target)} ${n.failureSummary ?? ''} ${JSON.stringify(n.any.map((c) => c.data))}`,
      ),
    );
  return {
    violations: lines(results.violations),
    incomplete: lines(results.incomplete),
    // A shadow-DOM node's target is a path of selectors, host first.
    shadowNodes: results.passes.flatMap((p) => p.nodes).filter((n) => Array.isArray(n.target[0])).length,
    contrastChecked: results.passes.find((p) => p.id === 'color-contrast')?.nodes.length ?? 0,
  };
}

test('axe: the panel on every page kind, expanded, collapsed and in large text — 0 violations', async () => {
  const page = await browser.context.newPage();
  for (const replica of replicaPages) {
    await page.goto(replica.url);
    await expect(page.locator('yibao-helper .panel')).toBeVisible();
    for (const mode of panelModes) {
      await setPanelMode(page, mode);
      const result = await axe(page, true);
      expect(result.violations, `${replica.kind}, ${mode}`).toEqual([]);
      expect(result.incomplete, `${replica.kind}, ${mode}`).toEqual([]);
      // axe really looked inside the shadow root, contrast included.
      expect(result.shadowNodes, `${replica.kind}, ${mode}`).toBeGreaterThan(3);
      expect(result.contrastChecked, `${replica.kind}, ${mode}`).toBeGreaterThan(mode === 'collapsed' ? 1 : 5);
    }
  }
  await page.close();
});

test('axe: popup (normal and large text), options page and printable checklist — 0 violations', async () => {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 420, height: 900 });
  await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  await expect(page.locator('[data-answer="standard"]')).toBeVisible();
  for (const large of [false, true]) {
    const button = page.getByRole('button', { name: '大字' });
    if ((await button.getAttribute('aria-pressed')) !== String(large)) await button.click();
    await expect(button).toHaveAttribute('aria-pressed', String(large));
    const result = await axe(page);
    expect(result.violations, `popup, large text ${large}`).toEqual([]);
    expect(result.contrastChecked).toBeGreaterThan(10);
  }
  await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await expect(page.getByRole('heading', { name: '政策数据', exact: true })).toBeVisible();
  await page.locator('details summary').click();
  const options = await axe(page);
  expect(options.violations, 'options').toEqual([]);
  expect(options.contrastChecked).toBeGreaterThan(5);
  await page.goto(`chrome-extension://${browser.extensionId}/checklist.html?year=2025`);
  await expect(page.getByRole('heading').first()).toBeVisible();
  const checklist = await axe(page);
  expect(checklist.violations, 'checklist').toEqual([]);
  expect(checklist.contrastChecked).toBeGreaterThan(5);
  await page.close();
});

/** The element that has focus, through shadow roots: tag, text, and whether a focus ring is drawn. */
async function deepFocus(page: Page) {
  return page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    const style = el ? getComputedStyle(el) : undefined;
    return {
      tag: el?.localName,
      text: el?.textContent?.trim(),
      inPanel: !!el && el.getRootNode() !== document,
      ring: !!style && style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
    };
  });
}

test('keyboard only: reach the panel from the top of the page, read it, collapse with Esc, expand with Enter, large text with Space', async () => {
  const page = await browser.context.newPage();
  await page.goto(replicaPage('etax-social-fee').url);
  await expect(page.locator('yibao-helper [data-tip="payment-window"]')).toBeVisible();
  await setPanelMode(page, 'expanded');
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());

  // Reach: Tab through the page until focus enters the panel; every stop on the way is the page's own.
  let presses = 0;
  while (!(await deepFocus(page)).inPanel) {
    await page.keyboard.press('Tab');
    expect(++presses, 'Tab presses to reach the panel').toBeLessThan(30);
  }
  // Arriving from the form's last control, the panel may have shrunk out of its way; focus lands on a
  // panel button, drawn with a focus ring, and the panel opens fully again.
  expect(await deepFocus(page)).toMatchObject({ tag: 'button', inPanel: true, ring: true });
  await expect(page.locator('yibao-helper [data-tip="payment-window"]')).toBeVisible();
  if ((await deepFocus(page)).text !== '大字') await page.keyboard.press('Shift+Tab');
  expect(await deepFocus(page)).toEqual({ tag: 'button', text: '大字', inPanel: true, ring: true });

  // Read: the panel is a named landmark with one heading per tip, its text in the accessibility tree.
  const panel = page.getByRole('complementary', { name: '医保缴费助手' });
  await expect(panel).toBeVisible();
  const tree = await panel.ariaSnapshot();
  expect(tree).toContain('heading "今天可以缴费"');
  expect(tree).toContain('heading "今天是银行批量扣款日"');
  expect(tree).toMatch(/button "收起" \[expanded\]/);

  // Large text with Space; the body is at least 24 px.
  await page.keyboard.press('Space');
  await expect(page.locator('yibao-helper .panel')).toHaveClass(/\blarge\b/);
  expect(
    await page.locator('yibao-helper .body').evaluate((el) => parseFloat(getComputedStyle(el).fontSize)),
  ).toBeGreaterThanOrEqual(24);

  // Collapse with Esc from inside the panel: focus stays on the panel, on its toggle.
  await page.keyboard.press('Tab');
  expect(await deepFocus(page)).toMatchObject({ text: '收起', ring: true });
  await page.keyboard.press('Escape');
  await expect(page.locator('yibao-helper [data-tip="payment-window"]')).toBeHidden();
  expect(await deepFocus(page)).toMatchObject({
    tag: 'button',
    inPanel: true,
    text: expect.stringMatching(/^展开（\d+条提示）$/),
  });
  await expect(page.getByRole('button', { name: /展开/ })).toHaveAttribute('aria-expanded', 'false');

  // Expand with Enter; Shift+Tab goes back towards the page.
  await page.keyboard.press('Enter');
  await expect(page.locator('yibao-helper [data-tip="payment-window"]')).toBeVisible();
  expect(await deepFocus(page)).toMatchObject({ text: '收起', inPanel: true });
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  expect(await deepFocus(page)).toMatchObject({ inPanel: false });
  await page.close();
});

test('accessible names exactly as shown: every popup field is named by its own label alone, whatever it holds', async () => {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  await expect(page.locator('[data-answer="standard"]')).toBeVisible();
  // The case: a wrapping label added the chosen option's text (年度2028年度（尚未收录）) to the name.
  const year = page.locator('select').first();
  await year.selectOption({ index: 1 });
  expect(await year.evaluate((select: HTMLSelectElement) => select.selectedOptions[0].text)).toMatch(/年度/);
  const fields = await page.locator('select, input:not([type="hidden"]), textarea').evaluateAll((elements) =>
    elements.map((element) => {
      const labelledBy = element.getAttribute('aria-labelledby');
      const label = labelledBy
        ? labelledBy
            .split(/\s+/)
            .map((id) => document.getElementById(id)?.textContent?.trim() ?? '')
            .join(' ')
        : element.id
          ? document.querySelector(`label[for="${CSS.escape(element.id)}"]`)?.textContent?.trim()
          : undefined;
      return { id: element.id, label, wrapped: !!element.closest('label') };
    }),
  );
  expect(fields.length, 'popup fields').toBeGreaterThanOrEqual(3);
  for (const field of fields) {
    expect(field, 'named by <label for> or aria-labelledby, not by a wrapping label').toMatchObject({
      id: expect.stringMatching(/.+/),
      label: expect.stringMatching(/.+/),
      wrapped: false,
    });
    await expect(page.locator(`#${field.id}`)).toHaveAccessibleName(field.label!);
  }
  await expect(page.getByRole('combobox', { name: '年度', exact: true })).toHaveCount(1);
  await page.close();
});

test('source lines (依据：…) are 14 px or more in the popup and the printable checklist, 24 px in large text', async () => {
  const page = await browser.context.newPage();
  const sourceSizes = () =>
    page.evaluate(() =>
      [...document.querySelectorAll('p')]
        .filter((p) => p.textContent!.startsWith('依据：') && p.checkVisibility())
        .map((p) => Number.parseFloat(getComputedStyle(p).fontSize)),
    );
  await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  await expect(page.locator('[data-answer="standard"]')).toBeVisible();
  for (const large of [false, true]) {
    const button = page.getByRole('button', { name: '大字' });
    if ((await button.getAttribute('aria-pressed')) !== String(large)) await button.click();
    await expect(button).toHaveAttribute('aria-pressed', String(large));
    const sizes = await sourceSizes();
    expect(sizes.length, 'source lines in the popup').toBeGreaterThan(2);
    expect(Math.min(...sizes), `popup, large text ${large}`).toBeGreaterThanOrEqual(large ? 24 : 14);
  }
  await page.getByRole('button', { name: '大字' }).click();
  await page.goto(`chrome-extension://${browser.extensionId}/checklist.html?year=2025`);
  await expect(page.getByRole('heading').first()).toBeVisible();
  const sizes = await sourceSizes();
  expect(sizes.length, 'source lines on the checklist').toBeGreaterThan(0);
  expect(Math.min(...sizes), 'checklist').toBeGreaterThanOrEqual(14 - 0.05);
  await page.close();
});
