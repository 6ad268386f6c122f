/**
 * The userscript entry: the same controller as the extension's content script, with `#platform` → userscript;
 * on the notice pages the notice reader instead, once the page is loaded (the extension runs it at document_idle).
 */
import { startContentController } from '@/content/controller';
import { noticePageOf } from '@/utils/official-sites';
import { registerRemoveCommands, startUserscriptNoticeHelper } from './notices';

registerRemoveCommands().catch(() => {});
if (noticePageOf(location.href)) {
  const start = () => startUserscriptNoticeHelper().catch(() => {});
  if (document.readyState === 'complete') start();
  else addEventListener('load', start, { once: true });
} else {
  // A userscript lives as long as its page: nothing ever aborts it.
  startContentController({ signal: new AbortController().signal }).catch(() => {});
}
