import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { loadSettings, SETTINGS_KEY } from '#platform';
import { parsePanelSettings } from '@/utils/panel-settings';
import { PolicyCache, syncBundledPack } from '@/utils/policy-cache';
import { syncSettingsScript } from '@/utils/settings-script';

export default defineBackground(() => {
  const registerSettings = (settings = loadSettings()) =>
    settings
      .then((current) => syncSettingsScript(browser.scripting, current))
      .catch((error) => console.warn('[yibao-helper] settings script not registered; pages read the settings instead', error));

  browser.runtime.onInstalled.addListener(() => {
    // Install the bundled pack on install and on every update (an imported pack at least as new is kept).
    syncBundledPack(new PolicyCache()).catch((error) => console.warn('[yibao-helper] policy cache not seeded', error));
    registerSettings();
  });
  // Registrations persist across sessions; checking at start-up also repairs one lost to a crash.
  browser.runtime.onStartup.addListener(() => registerSettings());
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && SETTINGS_KEY in changes) registerSettings(Promise.resolve(parsePanelSettings(changes[SETTINGS_KEY].newValue)));
  });
});
