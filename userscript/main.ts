/**
 * The userscript entry: the same controller as the extension's content script, with `#platform` → userscript;
 * on the notice pages the notice reader instead, once the page is loaded (the extension runs it at document_idle).
 */
import { startContentController } from '@/content/controller';
import { sameOriginFrames, topIsSameOrigin } from '@/content/frames-same-origin';
import { noticePageOf } from '@/utils/official-sites';
import { registerRemoveCommands, startUserscriptNoticeHelper } from './notices';

// A userscript lives as long as its page: nothing ever aborts it.
const { signal } = new AbortController();
if (noticePageOf(location.href)) {
  // The notice reader, in the top frame only, once the page is loaded (the extension runs it at document_idle).
  if (window === window.top) {
    registerRemoveCommands().catch(() => {});
    const start = () => startUserscriptNoticeHelper().catch(() => {});
    if (document.readyState === 'complete') start();
    else addEventListener('load', start, { once: true });
  }
} else if (window === window.top) {
  registerRemoveCommands().catch(() => {});
  // One panel per tab: the top reads its same-origin frames; a frame shows its own only under a cross-origin top.
  startContentController({ signal, frames: sameOriginFrames }).catch(() => {});
} else if (!topIsSameOrigin()) startContentController({ signal }).catch(() => {});
