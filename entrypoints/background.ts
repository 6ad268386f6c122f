import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { ACTIVE_PACK_KEY, activePackRecord } from '@/utils/active-pack';
import { startFrameRelay } from '@/utils/frame-relay';
import { startHouseholdBadge } from '@/household/background';
import { startPanelAnswersPublishing } from '@/utils/panel-answers-publish';
import { SAVE_NOTICE_MESSAGE } from '@/utils/notice-layers';
import { saveNotice } from '@/utils/notice-save';
import {
  activePolicy,
  dexieNoticeStore,
  PACK_CHANGED_MESSAGE,
  PolicyCache,
  syncBundledPack,
} from '@/utils/policy-cache';

/**
 * Copies the pack in force (validated, contacts from the bundled book) to `storage.local`, where content scripts,
 * the popup and the checklist read it without Dexie or zod. The background is its only writer.
 */
async function publishActivePack(): Promise<void> {
  const policy = await activePolicy(new PolicyCache());
  const unavailable = policy.cache === 'unavailable' ? policy.reason : undefined;
  await browser.storage.local.set({ [ACTIVE_PACK_KEY]: activePackRecord(policy.book, policy.origin, unavailable) });
}

function isMessage(message: unknown, type: string): message is { type: string; input?: unknown; url?: unknown } {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === type;
}

export default defineBackground(() => {
  startFrameRelay();
  const publish = () =>
    publishActivePack().catch((error) => console.warn('[yibao-helper] active pack not published', error));

  browser.runtime.onInstalled.addListener(() => {
    // Install the bundled pack on install and on every update (an imported pack at least as new is kept).
    syncBundledPack(new PolicyCache())
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
    // A notice page's 保存 (the notice content script): read again here from the page's text, then kept.
    // Answered through sendResponse (and `true`), which Chrome and Firefox both keep open for an async reply.
    if (isMessage(message, SAVE_NOTICE_MESSAGE) && sender.tab) {
      const store = dexieNoticeStore(new PolicyCache());
      saveNotice(store, message.input, sender.url ?? sender.tab.url, new Date().toISOString())
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
  startHouseholdBadge(() => activePolicy(new PolicyCache()).then(({ book, origin }) => ({ book, origin })));
});
