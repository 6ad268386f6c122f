/**
 * The panel settings at start. The read is a round trip to the browser: it starts at `document_start`, overlaps
 * the page's parsing, and in the extension is the same read that brings the panel answers
 * (utils/platform/extension.ts), so the panel waits for nothing the answers do not already wait for. Storage
 * unavailable: the defaults.
 */
import { loadSettingsAtStart } from '#platform';
import { benchMark } from '@/utils/bench-marks';
import { defaultPanelSettings, type PanelSettings } from '@/utils/panel-settings';

export interface InitialSettings {
  settings: PanelSettings;
  /** The settings were already here: the panel is painted in this very frame. */
  inThisFrame: boolean;
}

/** Starts the read now; `initial`, called in the page's first frame, gives the settings to paint with. */
export function startReadingSettings(): { initial(): Promise<InitialSettings> } {
  const stored = loadSettingsAtStart().catch(() => defaultPanelSettings);
  let arrived = false;
  void stored.then(() => {
    arrived = true;
    benchMark('settings-in');
  });
  return {
    async initial() {
      const inThisFrame = arrived; // before waiting: did the settings beat the first frame?
      return { settings: await stored, inThisFrame };
    },
  };
}
