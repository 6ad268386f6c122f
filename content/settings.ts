/**
 * The panel settings at start. The read is a round trip to the browser: it starts at `document_start` and
 * overlaps the page's parsing. The settings script (utils/settings-script.ts) usually answers sooner, so the
 * panel can be painted in the page's first frame; the read still decides, and corrects a settings script that
 * lags behind a change just made. Storage unavailable: the defaults, the tips still show.
 */
import { loadSettingsAtStart, settingsAtStart } from '#platform';
import { benchMark } from '@/utils/bench-marks';
import { defaultPanelSettings, type PanelSettings } from '@/utils/panel-settings';

export interface InitialSettings {
  settings: PanelSettings;
  /** The settings were already here: the panel is painted in this very frame. */
  inThisFrame: boolean;
  /** When `settings` came early from the settings script: the stored ones, which decide. */
  stored?: Promise<PanelSettings>;
}

/** Starts the read now; `initial`, called in the page's first frame, gives the settings to paint with. */
export function startReadingSettings(): { initial(): Promise<InitialSettings> } {
  const read = loadSettingsAtStart();
  const stored = read.catch(() => defaultPanelSettings);
  let arrived = false;
  void stored.then(() => {
    arrived = true;
    benchMark('settings-in');
  });
  return {
    async initial() {
      const early = settingsAtStart();
      if (!early) {
        const inThisFrame = arrived; // before waiting: did the settings beat the first frame?
        return { settings: await stored, inThisFrame };
      }
      benchMark('settings-early');
      return { settings: early, inThisFrame: true, stored: read };
    },
  };
}
