/**
 * The pack in force for the popup and the checklist: the record the background publishes to `storage.local`
 * (utils/active-pack.ts), not the IndexedDB cache itself, so these pages load neither Dexie nor the validator
 * (README, "Sizes"). The options page, which imports packs, reads the cache directly (utils/policy-cache.ts).
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ACTIVE_PACK_KEY, policyFromRecord, type PublishedPolicy } from '@/utils/active-pack';

/**
 * Calls `onPolicy` with the pack in force now and again whenever the background publishes another; returns
 * the function that stops listening. Unreadable storage means the bundled book.
 */
export function watchActivePolicy(onPolicy: (policy: PublishedPolicy) => void): () => void {
  /** Set once a publication arrived: the first read, if it comes back later, is older than it. */
  let superseded = false;
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !(ACTIVE_PACK_KEY in changes)) return;
    superseded = true;
    onPolicy(policyFromRecord(changes[ACTIVE_PACK_KEY].newValue));
  };
  browser.storage.onChanged.addListener(listener);
  const first = (record: unknown) => superseded || onPolicy(policyFromRecord(record));
  browser.storage.local.get(ACTIVE_PACK_KEY).then(
    (stored) => first(stored[ACTIVE_PACK_KEY]),
    () => first(undefined),
  );
  return () => {
    superseded = true;
    browser.storage.onChanged.removeListener(listener);
  };
}

/** The pack in force; undefined until storage answers. */
export function useActivePolicy(): PublishedPolicy | undefined {
  const [policy, setPolicy] = useState<PublishedPolicy>();
  useEffect(() => watchActivePolicy(setPolicy), []);
  return policy;
}
