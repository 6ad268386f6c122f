/** The only things we store: how the user likes the panel. Never anything typed into an official form. */
export interface PanelSettings {
  collapsed: boolean;
  largeText: boolean;
}

export const defaultPanelSettings: PanelSettings = { collapsed: false, largeText: false };

export function parsePanelSettings(raw: unknown): PanelSettings {
  const value = (raw ?? {}) as Partial<Record<keyof PanelSettings, unknown>>;
  return {
    collapsed: value.collapsed === true,
    largeText: value.largeText === true,
  };
}
