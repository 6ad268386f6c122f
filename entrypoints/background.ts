import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { PolicyDb, seedPolicyDb } from '@/utils/policy-db';

export default defineBackground(() => {
  // Seed (or refresh) the policy cache from the bundled data whenever the extension is installed or updated.
  browser.runtime.onInstalled.addListener(() => {
    seedPolicyDb(new PolicyDb()).catch((error) => console.warn('[yibao-helper] policy cache not seeded', error));
  });
});
