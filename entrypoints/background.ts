import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { ACTIVE_PACK_KEY, activePackRecord } from '@/utils/active-pack';
import { startFrameRelay } from '@/utils/frame-relay';
import { startHouseholdBadge } from '@/household/background';
import { startPanelAnswersPublishing } from '@/utils/panel-answers-publish';
import { keepNoticeLayer, SAVE_NOTICE_MESSAGE } from '@/utils/notice-layers';
import { idbNoticeStore, PACK_CHANGED_MESSAGE, readActivePolicy, syncBundledPackRows } from '@/utils/policy-store';

/**
 * Copies the pack in force (validated, contacts from the bundled book) to `storage.local`, where content scripts,
 * the popup and the checklist read it without Dexie or zod. The background is its only writer.
 */
async function publishActivePack(): Promise<void> {
  const policy = await readActivePolicy();
  const unavailable = policy.cache === 'unavailable' ? policy.reason : undefined;
  await browser.storage.local.set({ [ACTIVE_PACK_KEY]: activePackRecord(policy.book, policy.origin, unavailable) });
}

function isMessage(message: unknown, type: string): message is { type: string; layer?: unknown } {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === type;
}

export default defineBackground(() => {
  startFrameRelay();
  const publish = () =>
    publishActivePack().catch((error) => console.warn('[yibao-helper] active pack not published', error));

  browser.runtime.onInstalled.addListener(() => {
    // On install and update the bundled pack replaces an older stored one (an imported pack at least as new is
    // kept); nothing is created: no pack stored means the bundled one.
    syncBundledPackRows()
      .catch((error) => console.warn('[yibao-helper] policy cache not seeded', error))
      .then(publish);
  });
  browser.runtime.onStartup.addListener(() => {
    publish();
  });
  // The options page imported a pack or reset to the bundled one (only our own pages can send this).
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    if (sender.id !== browser.runtime.id) return undefined;
    if (message === PACK_CHANGED_MESSAGE) publish();
    // A notice page's 保存 (the notice content script): the layer it read, checked whole here against the tab's
    // address as the browser reports it, then kept.
    // Answered through sendResponse (and `true`), which Chrome and Firefox both keep open for an async reply.
    if (isMessage(message, SAVE_NOTICE_MESSAGE) && sender.tab) {
      const store = idbNoticeStore();
      keepNoticeLayer(store, message.layer, sender.url ?? sender.tab.url, new Date().toISOString())
        .then(async (result) => {
          if (result.ok) await publish();
          return result;
        })
        .catch(() => ({ ok: false as const, reasons: ['保存失败，原有数据未改变'] }))
        .then(sendResponse);
      return true;
    }
    return undefined;
  });
  // The panel's answers for content scripts, recomputed whenever the pack published above changes.
  startPanelAnswersPublishing();
  startHouseholdBadge(() => readActivePolicy().then(({ book, origin }) => ({ book, origin })));
});
