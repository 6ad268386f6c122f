/**
 * The notice content script, on the official notice pages only (`noticeMatchPatterns`, utils/official-sites.ts),
 * at document_idle: a notice is read once it is all there, and the payment pages' script stays as small as it
 * was. An unlisted script declared in the manifest, like page-helper.ts (WXT's content-script wrapper would post
 * messages to the page). 保存 reads the page into a layer here and sends it to the background, which checks it whole
 * against the address the browser reports for this tab and keeps it (utils/notice-layers.ts, `keepNoticeLayer`):
 * the notice reader stays out of the background.
 */
import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startNoticeHelper } from '@/components/notice/notice-helper';
import { layerFromReading, readNotice } from '@/notice-reader';
import { SAVE_NOTICE_MESSAGE, type SaveNoticeResult } from '@/utils/notice-layers';

export default defineUnlistedScript(() => {
  startNoticeHelper({
    signal: new AbortController().signal,
    actions: (input) => ({
      save: async () => {
        // The background stamps its own time; this one only makes the layer complete for the check here.
        const made = layerFromReading(input, readNotice(input), new Date().toISOString());
        if (!made.ok) return made;
        return browser.runtime.sendMessage({
          type: SAVE_NOTICE_MESSAGE,
          layer: made.layer,
        }) as Promise<SaveNoticeResult>;
      },
    }),
  }).catch(() => {});
});
