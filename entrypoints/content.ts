import { defineContentScript } from 'wxt/utils/define-content-script';
import { startHelper } from '@/components/start-helper';
import { matchPatterns } from '@/utils/official-sites';

export default defineContentScript({
  matches: matchPatterns,
  runAt: 'document_idle',
  main() {
    startHelper().catch(() => {});
  },
});
