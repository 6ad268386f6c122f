/**
 * The content script (named so WXT builds it as a plain script). It is a WXT unlisted script declared in the manifest (`wxt.config.ts`) rather than a
 * `defineContentScript` entrypoint: WXT's content-script wrapper announces itself to the page with
 * `window.postMessage(…, '*')` and a document event, which an official page's own message listeners would
 * receive, and it adds about 1 KB gzip we never use.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startHelper } from '@/components/start-helper';

export default defineUnlistedScript(() => {
  // User Timing marks stay in the page's own timeline (nothing is sent); `npm run bench` reads them.
  performance.mark('yibao:content-start');
  startHelper().catch(() => {});
});
