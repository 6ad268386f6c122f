/**
 * Whether the extension that injected this content script is still there. When it is updated, reloaded, disabled
 * or removed, the script's page stays open and the script keeps running, orphaned, with its panel on the page.
 *
 * The check is `browser.runtime.id`: Chrome clears it in an orphaned content script (the extension context is
 * invalidated), at once and without a round trip. A `runtime.connect` Port's `onDisconnect` would tell sooner but
 * not truer: in MV3 it also fires whenever the background's service worker or event page goes idle (about 30 s),
 * it needs a background listener that keeps waking the worker for every official tab, and the runtime.id check
 * is still needed to tell the two apart. Firefox unloads an updated or removed extension's content scripts
 * itself (nothing of ours runs any more) and leaves only their nodes; the next version's panel removes those
 * (components/panel/mount.ts). The controller checks at every re-check (route change, page change, the
 * minute's clock tick) and every placement (scroll, resize, focus), so an orphaned panel goes at the next of these.
 */
import { browser } from 'wxt/browser';

export function extensionStillThere(): boolean {
  try {
    return !!browser.runtime?.id;
  } catch {
    return false; // some browsers throw on an invalidated context's API objects
  }
}
