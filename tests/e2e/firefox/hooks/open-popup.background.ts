/** E2E builds only: see open-popup.content.ts. */
import { browser } from 'wxt/browser';

const PAGES: Record<string, string> = {
  'open-popup': '/popup.html',
  'open-options': '/options.html',
  'open-household': '/household.html',
};

browser.runtime.onMessage.addListener((message: unknown) => {
  const page = PAGES[(message as { yibaoE2e?: string })?.yibaoE2e ?? ''];
  if (page) browser.tabs.create({ url: browser.runtime.getURL(page as '/popup.html') });
});
