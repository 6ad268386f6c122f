/** The userscript entry: the same controller as the extension's content script, with `#platform` → userscript. */
import { startContentController } from '@/content/controller';

// A userscript lives as long as its page: nothing ever aborts it.
startContentController({ signal: new AbortController().signal }).catch(() => {});
