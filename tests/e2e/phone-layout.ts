/**
 * What a phone's screen shows of the panel and the page: boxes and font sizes in screen px (the page's CSS px
 * times its zoom, relative to the visual viewport), for the phone specs.
 */
import type { Locator, Page } from '@playwright/test';

export const PHONE_SHOTS = process.env.PHONE_SHOTS ?? 'test-results/screenshots/phone';

export const sheet = (page: Page) => page.locator('yibao-helper .panel');
export const toggle = (page: Page) => page.locator('yibao-helper button.toggle');

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** An element's box as the screen shows it. */
export function screenBox(_page: Page, locator: Locator): Promise<Box> {
  return locator.evaluate((element) => {
    const r = element.getBoundingClientRect();
    const vv = visualViewport!;
    const px = (n: number) => Math.round(n * vv.scale * 10) / 10;
    return { x: px(r.x - vv.offsetLeft), y: px(r.y - vv.offsetTop), width: px(r.width), height: px(r.height) };
  });
}

/** Screen px per CSS px of the page. */
export const screenScale = (page: Page) => page.evaluate(() => visualViewport!.scale);

/** The screen's size in screen px. */
export function visualViewportBox(page: Page): Promise<{ width: number; height: number }> {
  return page.evaluate(() => ({
    width: visualViewport!.width * visualViewport!.scale,
    height: visualViewport!.height * visualViewport!.scale,
  }));
}

/** Every box drawn in our shadow root (layout px, as getBoundingClientRect gives them). */
export function ourBoxes(page: Page): Promise<Box[]> {
  return page.evaluate(() => {
    const root = [...document.querySelectorAll('yibao-helper')].find((host) => host.shadowRoot)?.shadowRoot;
    return [...(root?.querySelectorAll('*') ?? [])]
      .map((element) => element.getBoundingClientRect())
      .filter((r) => r.width > 0 && r.height > 0)
      .map(({ x, y, width, height }) => ({ x, y, width, height }));
  });
}

/** The page's visible controls on screen that a box of ours lies over, by name. */
export function clearOfOurs(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const root = [...document.querySelectorAll('yibao-helper')].find((host) => host.shadowRoot)?.shadowRoot;
    const ours = [...(root?.querySelectorAll('*') ?? [])]
      .map((element) => element.getBoundingClientRect())
      .filter((r) => r.width > 0 && r.height > 0);
    const vv = visualViewport!;
    const onScreen = (r: DOMRect) =>
      r.width > 0 &&
      r.height > 0 &&
      r.right > vv.offsetLeft &&
      r.bottom > vv.offsetTop &&
      r.left < vv.offsetLeft + vv.width &&
      r.top < vv.offsetTop + vv.height;
    const overlaps = (a: DOMRect, b: DOMRect) =>
      a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    return [...document.querySelectorAll('input, select, textarea, button')]
      .filter((element) => (element as HTMLInputElement).type !== 'hidden' && element.checkVisibility())
      .filter((element) => {
        const r = element.getBoundingClientRect();
        return onScreen(r) && ours.some((box) => overlaps(box, r));
      })
      .map((element) => (element as HTMLInputElement).name || element.id || element.textContent!.trim().slice(0, 12));
  });
}

/**
 * The font size on screen of every text the panel shows (an element with its own text, drawn bigger than the
 * 1 px of visually hidden text): computed size × the element's CSS zoom × the page's zoom. Source lines and the
 * disclaimer are marked: their floor is 14 px, the rest's 16 px.
 */
export function fontSizes(page: Page): Promise<{ text: string; px: number; source: boolean }[]> {
  return page.evaluate(() => {
    const root = [...document.querySelectorAll('yibao-helper')].find((host) => host.shadowRoot)?.shadowRoot;
    return [...(root?.querySelectorAll('*') ?? [])]
      .filter((element) =>
        [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim()),
      )
      .filter((element) => element.checkVisibility() && element.getBoundingClientRect().width > 1)
      .map((element) => ({
        text: element.textContent!.trim().slice(0, 16),
        px:
          Math.round(
            Number.parseFloat(getComputedStyle(element).fontSize) *
              ((element as HTMLElement & { currentCSSZoom?: number }).currentCSSZoom ?? 1) *
              visualViewport!.scale *
              100,
          ) / 100,
        source: !!element.closest('.source, .disclaimer, .data-date'),
      }));
  });
}

/** Adds fixed controls to the page before it is parsed, as sites with a sticky action bar have. */
export async function withFixedBars(page: Page, edges: ('top' | 'bottom')[]): Promise<void> {
  await page.addInitScript((edges) => {
    document.addEventListener('DOMContentLoaded', () => {
      for (const edge of edges) {
        const bar = document.createElement('div');
        bar.style.cssText = `position:fixed;${edge}:0;left:0;right:0;height:56px;background:#eee;display:flex;justify-content:center;gap:8px;align-items:center`;
        for (const label of ['返回', '下一步']) {
          const button = document.createElement('button');
          button.textContent = label;
          button.style.cssText = 'height:44px;width:120px';
          bar.append(button);
        }
        document.body.append(bar);
      }
    });
  }, edges);
}
