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
import { startFrameChild } from '@/content/frame-child';
import { listenToFrames } from '@/content/frames';
import { benchMark } from '@/utils/bench-marks';

export default defineUnlistedScript(() => {
  benchMark('main-start');
  const { signal } = new AbortController();
  const start = (frames?: typeof listenToFrames) =>
    startContentController({ signal, stillWanted: extensionStillThere, frames }).catch(() => {});
  // The top frame shows the tab's one panel; a frame reports to it, or shows its own when no top frame of ours answers.
  if (window === window.top) start(listenToFrames);
  else startFrameChild({ signal, stillWanted: extensionStillThere, showHere: () => start() });
});
