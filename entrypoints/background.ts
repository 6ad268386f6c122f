import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { PolicyCache, syncBundledPack } from '@/utils/policy-cache';

export default defineBackground(() => {
  // Install the bundled pack on install and on every update (an imported pack at least as new is kept).
  browser.runtime.onInstalled.addListener(() => {
    syncBundledPack(new PolicyCache()).catch((error) => console.warn('[yibao-helper] policy cache not seeded', error));
  });
});
