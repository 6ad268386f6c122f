/**
 * Safety guard, in real Chromium with the production build: with the panel open, collapsed and in large text
 * the official form keeps its values, the DOM outside `<yibao-helper>` is as parsed, and the form submits the
 * same payload as in a browser without the extension; a strict-CSP page still gets its tips; markup in the
 * page's text is never run or rendered; the panel never covers the focused form control.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { launchBrowser, type LaunchedBrowser } from './browser';
import { fillFakePerson } from './fake-person';
import { expectPageUntouched, formValues, installPageGuard } from './page-guards';
import { panelModes, setPanelMode } from './panel-mode';
import { replicaLog, resetReplicaLog } from './replica';
import { replicaPage, replicaPages } from '../replicas/pages';

const BEIJING = '2024-06-17 10:00';
/** The replica pages with a form (the 医保 hall's home is a menu). */
const FORM_PAGES = replicaPages.filter((p) => p.kind !== 'ybj-resident');

let plain: LaunchedBrowser;
let withExtension: LaunchedBrowser;

test.describe.configure({ mode: 'serial' });
test.setTimeout(120_000);
test.beforeAll(async () => {
  [plain, withExtension] = await Promise.all([
    launchBrowser({ beijing: BEIJING, extension: null }),
    launchBrowser({ beijing: BEIJING }),
  ]);
  await installPageGuard(withExtension.context);
});
test.afterAll(async () => {
  await Promise.all([plain?.close(), withExtension?.close()]);
});

const panel = (page: Page) => page.locator('yibao-helper .panel');

/** Submits the form with its own button, as the resident would, and returns the body the server received. */
async function submit(page: Page): Promise<string> {
  await resetReplicaLog();
  await page.locator('form button[type="submit"]').click();
  await expect(page.locator('#payload')).toBeAttached();
  const posts = (await replicaLog()).filter((r) => r.method === 'POST');
  expect(posts).toHaveLength(1);
  return `${posts[0].host}${posts[0].path} ${posts[0].body}`;
}

test('the form submits the same payload with the panel open, collapsed and in large text as without the extension', async () => {
  for (const replica of FORM_PAGES) {
    const page = await plain.context.newPage();
    await page.goto(replica.url);
    await fillFakePerson(page);
    const typed = await formValues(page);
    const expected = await submit(page);
    expect(expected).toContain('110105194912310027');
    await page.close();

    for (const mode of panelModes) {
      const page = await withExtension.context.newPage();
      await page.goto(replica.url);
      await expect(panel(page)).toBeVisible();
      await fillFakePerson(page);
      await setPanelMode(page, mode);
      expect(await formValues(page), `${replica.kind}, panel ${mode}`).toEqual(typed);
      await expectPageUntouched(page);
      expect(await submit(page), `${replica.kind}, panel ${mode}`).toBe(expected);
      await page.close();
    }
  }
});

/** Opens the page recording every CSP violation it reports. */
async function cspViolations(
  browser: LaunchedBrowser,
  url: string,
  check: (page: Page) => Promise<void>,
): Promise<string[]> {
  const page = await browser.context.newPage();
  await page.addInitScript(() => {
    const seen: string[] = ((window as unknown as { __violations: string[] }).__violations = []);
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const response = await page.goto(url);
  expect(response!.headers()['content-security-policy']).toContain("style-src 'self'");
  await check(page);
  await page.waitForTimeout(500);
  const violations = await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
  await page.close();
  return violations;
}

test('strict CSP page (国家医保服务平台): tips show, styled, and no CSP violation beyond the page’s own', async () => {
  const url = replicaPage('nhsa-beijing-pooling').url;
  const ours = await cspViolations(withExtension, url, async (page) => {
    await setPanelMode(page, 'expanded');
    await expect(page.locator('yibao-helper [data-tip="pooling-prerequisites"]')).toBeVisible();
    // Our stylesheet applied despite style-src 'self': the panel is a fixed box with its own colours.
    expect(
      await panel(page).evaluate((el) => [getComputedStyle(el).position, getComputedStyle(el).backgroundColor]),
    ).toEqual(['fixed', 'rgb(255, 253, 245)']);
  });
  const pageOwn = await cspViolations(plain, url, async () => {});
  expect(ours).toEqual(pageOwn);
});

/** The panel's markup and whether the page's markup-looking text ran, once the panel has settled. */
async function panelMarkup(page: Page) {
  await expect(page.locator('yibao-helper [data-tip="payment-window"]')).toContainText('今天可以缴费');
  await expect(page.locator('yibao-helper [role="status"]')).toContainText('新提示');
  return page.evaluate(() => ({
    html: document.querySelector('yibao-helper')!.shadowRoot!.innerHTML,
    ran: (window as unknown as { __markupRan?: unknown }).__markupRan,
  }));
}

test('markup in the page text is never run or rendered inside the panel', async () => {
  await resetReplicaLog();
  const page = await withExtension.context.newPage();
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto('http://etax.beijing.chinatax.gov.cn/sbf/markup.html');
  await setPanelMode(page, 'expanded');
  // The cues inside the markup-looking text are read (the page is recognised), and nothing else of it is used:
  // the panel is exactly the one the ordinary e-tax page gets.
  const hostile = await panelMarkup(page);
  expect(hostile.ran).toBeUndefined();
  expect(hostile.html).not.toMatch(/&lt;|<(img|script|iframe|svg|a)\b|onerror|onload|__markupRan/);
  expect(dialogs).toEqual([]);
  expect((await replicaLog()).map((r) => r.path)).toEqual(['/sbf/markup.html', '/site.css']);
  await expectPageUntouched(page);
  const ordinary = await withExtension.context.newPage();
  await ordinary.goto(replicaPage('etax-social-fee').url);
  expect(hostile.html).toBe((await panelMarkup(ordinary)).html);
  await ordinary.close();
  await page.close();
});

function overlaps(
  a: { x: number; y: number; width: number; height: number },
  b: { x: number; y: number; width: number; height: number },
): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Every box drawn inside our shadow root (the panel and anything overflowing it). */
async function shadowBoxes(page: Page) {
  return page.evaluate(() => {
    const root = document.querySelector('yibao-helper')?.shadowRoot;
    return [...(root?.querySelectorAll('*') ?? [])]
      .map((el) => el.getBoundingClientRect())
      .filter((r) => r.width > 0 && r.height > 0)
      .map(({ x, y, width, height }) => ({ x, y, width, height }));
  });
}

/** The topmost element at the control's centre and corners is the control itself. */
async function hitTargets(control: Locator): Promise<string[]> {
  return control.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const points = [
      [r.x + r.width / 2, r.y + r.height / 2],
      [r.x + 2, r.y + 2],
      [r.right - 2, r.y + 2],
      [r.x + 2, r.bottom - 2],
      [r.right - 2, r.bottom - 2],
    ];
    return points
      .map(([x, y]) => document.elementFromPoint(x, y))
      .filter((hit) => hit && hit !== el && !el.contains(hit) && !(el as HTMLInputElement).labels?.[0]?.contains(hit))
      .map((hit) => hit!.localName);
  });
}

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 800, height: 600 },
]) {
  test(`the panel never covers the focused form control (${viewport.width}×${viewport.height}, normal and large text)`, async () => {
    const page = await withExtension.context.newPage();
    await page.setViewportSize(viewport);
    let checked = 0;
    for (const mode of ['expanded', 'large'] as const) {
      for (const replica of FORM_PAGES) {
        await page.goto(replica.url);
        await expect(panel(page)).toBeVisible();
        await setPanelMode(page, mode);
        const controls = page.locator('form input, form select, form textarea, form button');
        for (let i = 0; i < (await controls.count()); i++) {
          const control = controls.nth(i);
          await control.focus();
          await page.waitForTimeout(150); // placement runs on the next frame after focusin
          const label = `${replica.kind} ${mode} control ${i} (${(await control.getAttribute('name')) ?? (await control.textContent())})`;
          const box = (await control.boundingBox())!;
          expect(
            (await shadowBoxes(page)).filter((b) => overlaps(b, box)),
            label,
          ).toEqual([]);
          expect(await hitTargets(control), label).toEqual([]);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(30);
    await page.close();
  });
}
