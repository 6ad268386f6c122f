/** The userscript entry: the same controller as the extension's content script, with `#platform` → userscript. */
import { startContentController } from '@/content/controller';
import { sameOriginFrames, topIsSameOrigin } from '@/content/frames-same-origin';

// A userscript lives as long as its page: nothing ever aborts it.
const { signal } = new AbortController();
// One panel per tab: the top reads its same-origin frames; a frame shows its own only under a cross-origin top.
if (window === window.top) startContentController({ signal, frames: sameOriginFrames }).catch(() => {});
else if (!topIsSameOrigin()) startContentController({ signal }).catch(() => {});
