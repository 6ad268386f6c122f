/**
 * The notice content script, on the official notice pages only (`noticeMatchPatterns`, utils/official-sites.ts),
 * at document_idle: a notice is read once it is all there, and the payment pages' script stays as small as it
 * was. An unlisted script declared in the manifest, like page-helper.ts (WXT's content-script wrapper would post
 * messages to the page). 保存 sends the page's text to the background, which reads it again and keeps it.
 */
import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startNoticeHelper } from '@/components/notice/notice-helper';
import { SAVE_NOTICE_MESSAGE } from '@/utils/notice-layers';
import type { SaveNoticeResult } from '@/utils/notice-save';

export default defineUnlistedScript(() => {
  startNoticeHelper({
    signal: new AbortController().signal,
    actions: (input) => ({
      save: () => browser.runtime.sendMessage({ type: SAVE_NOTICE_MESSAGE, input }) as Promise<SaveNoticeResult>,
    }),
  }).catch(() => {});
});
