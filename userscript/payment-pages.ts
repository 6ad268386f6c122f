/**
 * The payment pages' part of either edition: the same controller as the extension's content script, with
 * `#platform` → userscript. A userscript lives as long as its page: nothing ever aborts it.
 */
import { startContentController } from '@/content/controller';
import { sameOriginFrames, topIsSameOrigin } from '@/content/frames-same-origin';
import { registerRemoveCommands } from './saved-notices';

export function startPaymentPageHelper(): void {
  const { signal } = new AbortController();
  if (window === window.top) {
    registerRemoveCommands().catch(() => {});
    // One panel per tab: the top reads its same-origin frames; a frame shows its own only under a cross-origin top.
    startContentController({ signal, frames: sameOriginFrames }).catch(() => {});
  } else if (!topIsSameOrigin()) startContentController({ signal }).catch(() => {});
}
