import { defineContentScript } from 'wxt/utils/define-content-script';
import { startHelper } from '@/components/start-helper';
import { matchPatterns } from '@/utils/official-sites';

export default defineContentScript({
  matches: matchPatterns,
  runAt: 'document_idle',
  main() {
    // User Timing marks stay in the page's own timeline (nothing is sent); `npm run bench` reads them.
    performance.mark('yibao:content-start');
    startHelper().catch(() => {});
  },
});
