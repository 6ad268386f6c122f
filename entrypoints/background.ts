import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { loadSettings, SETTINGS_KEY } from '#platform';
import { startHouseholdBadge } from '@/household/background';
import { ACTIVE_PACK_KEY, activePackRecord } from '@/utils/active-pack';
import { parsePanelSettings } from '@/utils/panel-settings';
import { activePolicy, PACK_CHANGED_MESSAGE, PolicyCache, syncBundledPack } from '@/utils/policy-cache';
import { syncSettingsScript } from '@/utils/settings-script';

/**
 * Copies the pack in force (validated, contacts from the bundled book) to `storage.local`, where content scripts
 * read it without Dexie or zod. The background is its only writer.
 */
async function publishActivePack(): Promise<void> {
  const policy = await activePolicy(new PolicyCache());
  await browser.storage.local.set({ [ACTIVE_PACK_KEY]: activePackRecord(policy.book, policy.origin) });
}

export default defineBackground(() => {
  const registerSettings = (settings = loadSettings()) =>
    settings
      .then((current) => syncSettingsScript(browser.scripting, current))
      .catch((error) =>
        console.warn('[yibao-helper] settings script not registered; pages read the settings instead', error),
      );
  const publish = () =>
    publishActivePack().catch((error) => console.warn('[yibao-helper] active pack not published', error));

  browser.runtime.onInstalled.addListener(() => {
    // Install the bundled pack on install and on every update (an imported pack at least as new is kept).
    syncBundledPack(new PolicyCache())
      .catch((error) => console.warn('[yibao-helper] policy cache not seeded', error))
      .then(publish);
    registerSettings();
  });
  // Registrations persist across sessions; checking at start-up also repairs one lost to a crash.
  browser.runtime.onStartup.addListener(() => {
    registerSettings();
    publish();
  });
  // The options page imported a pack or reset to the bundled one (only our own pages can send this).
  browser.runtime.onMessage.addListener((message, sender) => {
    if (sender.id === browser.runtime.id && message === PACK_CHANGED_MESSAGE) publish();
  });
  startHouseholdBadge(() => activePolicy(new PolicyCache()).then(({ book, origin }) => ({ book, origin })));
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && SETTINGS_KEY in changes)
      registerSettings(Promise.resolve(parsePanelSettings(changes[SETTINGS_KEY].newValue)));
  });
});
