/** The userscript entry: the same helper as the extension's content script, with `#platform` → userscript. */
import { startHelper } from '@/components/start-helper';

startHelper().catch(() => {});
