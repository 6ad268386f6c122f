/**
 * E2E builds only: WebDriver BiDi may not navigate to moz-extension:// pages, so a test posts
 * `{ yibaoE2e: 'open-popup' }` on a page the content script (page-helper) runs on and the background opens the popup in a tab.
 */
import { browser } from 'wxt/browser';

addEventListener('message', (event) => {
  if (event.source === window && event.data?.yibaoE2e === 'open-popup')
    browser.runtime.sendMessage({ yibaoE2e: 'open-popup' });
});
