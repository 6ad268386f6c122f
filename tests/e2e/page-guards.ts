/**
 * Proof that the extension leaves the official page alone: a main-world observer, installed before the page
 * parses, records every DOM change outside our `<yibao-helper>` host after the document is parsed, and keeps
 * the body's markup as parsed for comparison. It also records every window message the page receives: an
 * official page's own message listeners must never hear from us (WXT's content-script wrapper posts one). Nor
 * may its performance timeline, which analytics scripts collect, hold a mark of ours.
 */
import { expect, type BrowserContext, type Page } from '@playwright/test';

declare global {
  interface Window {
    __guard?: { parsedBody: string; foreign: string[] };
    __messages?: string[];
  }
}

export async function installPageGuard(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const messages: string[] = [];
    window.__messages = messages;
    addEventListener('message', (event) => messages.push(JSON.stringify(event.data)));
    document.addEventListener('DOMContentLoaded', () => {
      const guard = { parsedBody: document.body.outerHTML, foreign: [] as string[] };
      window.__guard = guard;
      const isOurs = (node: Node | null) =>
        node?.nodeName === 'YIBAO-HELPER' || !!(node as Element | null)?.closest?.('yibao-helper');
      new MutationObserver((records) => {
        for (const r of records) {
          const nodes = [...r.addedNodes, ...r.removedNodes];
          if (r.type === 'childList' && nodes.length > 0 && nodes.every(isOurs)) continue;
          if (isOurs(r.target)) continue;
          guard.foreign.push(`${r.type} on ${r.target.nodeName}${r.attributeName ? `[${r.attributeName}]` : ''}`);
        }
      }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    });
  });
}

export type FormValues = Record<string, string>;

export async function formValues(page: Page): Promise<FormValues> {
  return page.evaluate(() =>
    Object.fromEntries(
      [
        ...document.querySelectorAll<HTMLInputElement | HTMLSelectElement>('form input, form select, form textarea'),
      ].map((el) => [el.name || el.id, el.value]),
    ),
  );
}

/** The page's DOM outside `<yibao-helper>` is as parsed, and nothing else touched it. */
export async function expectPageUntouched(page: Page): Promise<void> {
  const guard = await page.evaluate(() => ({
    ...window.__guard!,
    body: document.body.outerHTML,
    messages: window.__messages,
    marks: performance.getEntriesByType('mark').map((mark) => mark.name),
  }));
  expect(guard.foreign, 'DOM changes outside <yibao-helper>').toEqual([]);
  expect(guard.messages, 'window messages the page received').toEqual([]);
  expect(guard.marks, 'User Timing marks in the page').toEqual([]);
  expect(guard.body).toBe(guard.parsedBody);
}

/** Types fake values into every editable text field of the page's forms, the way a resident would. */
export async function fillFakeValues(page: Page): Promise<void> {
  const fields = page.locator(
    'form input:not([type]):not([readonly]), form input[type="text"]:not([readonly]), form input[type="password"]',
  );
  for (let i = 0; i < (await fields.count()); i++) await fields.nth(i).fill(`测试${i}-110101199001011234`);
}
