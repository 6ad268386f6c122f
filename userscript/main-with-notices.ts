/**
 * The edition with notices (`yibao-helper-notices.user.js`): everything the payment-page edition does, and on the
 * notice pages the notice reader instead, in the top frame once the page is loaded (the extension runs it at
 * document_idle). It replaces the payment-page edition in the manager (one script, two builds) rather than running
 * beside it, because managers keep GM storage per script: a notice it saves must reach the payment pages' tips.
 */
import { noticePageOf } from '@/utils/official-sites';
import { startUserscriptNoticeHelper } from './notice-reader';
import { startPaymentPageHelper } from './payment-pages';
import { registerRemoveCommands } from './saved-notices';

if (!noticePageOf(location.href)) startPaymentPageHelper();
else if (window === window.top) {
  registerRemoveCommands().catch(() => {});
  const start = () => startUserscriptNoticeHelper().catch(() => {});
  if (document.readyState === 'complete') start();
  else addEventListener('load', start, { once: true });
}
