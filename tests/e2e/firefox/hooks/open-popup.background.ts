/** E2E builds only: see open-popup.content.ts. */
import { browser } from 'wxt/browser';

browser.runtime.onMessage.addListener((message: unknown) => {
  if ((message as { yibaoE2e?: string })?.yibaoE2e === 'open-popup')
    browser.tabs.create({ url: browser.runtime.getURL('/popup.html') });
});
