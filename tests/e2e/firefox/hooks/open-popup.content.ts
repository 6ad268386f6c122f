/**
 * E2E builds only: WebDriver BiDi may not navigate to moz-extension:// pages, so a test posts
 * `{ yibaoE2e: 'open-popup' }` (or `'open-options'`, `'open-household'`) on a page the content script (page-helper) runs on and the
 * background opens that extension page in a tab.
 */
import { browser } from 'wxt/browser';

addEventListener('message', (event) => {
  const asked = event.source === window ? event.data?.yibaoE2e : undefined;
  if (typeof asked === 'string' && asked.startsWith('open-')) browser.runtime.sendMessage({ yibaoE2e: asked });
});
