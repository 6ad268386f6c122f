/**
 * The content script. It is a WXT unlisted script (hence not named `content.ts`) declared in the manifest
 * (`wxt.config.ts`) rather than a `defineContentScript` entrypoint: WXT's content-script wrapper announces
 * itself to the page with `window.postMessage(…, '*')` and a document event, which an official page's own
 * message listeners would receive, and it adds about 1 KB gzip we never use.
 */
import '@/utils/bench-start';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startContentController } from '@/content/controller';
import { extensionStillThere } from '@/content/extension-lifetime';
import { benchMark } from '@/utils/bench-marks';

export default defineUnlistedScript(() => {
  benchMark('main-start');
  const lifetime = new AbortController();
  startContentController({ signal: lifetime.signal, stillWanted: extensionStillThere }).catch(() => {});
});
