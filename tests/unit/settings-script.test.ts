import { runInNewContext } from 'node:vm';
import { afterEach, describe, expect, it } from 'vitest';
import { matchPatterns } from '@/utils/official-sites';
import {
  SETTINGS_GLOBAL,
  settingsFromScript,
  settingsRegistration,
  settingsScriptFile,
  settingsScriptSource,
  settingsVariants,
} from '@/utils/settings-script';

describe('settings scripts', () => {
  afterEach(() => {
    delete (globalThis as Record<string, unknown>)[SETTINGS_GLOBAL];
  });

  it('has one file for each of the four combinations', () => {
    expect(settingsVariants).toHaveLength(4);
    expect(new Set(settingsVariants.map(settingsScriptFile)).size).toBe(4);
    for (const file of settingsVariants.map(settingsScriptFile)) expect(file).toMatch(/^panel-settings\/[a-z-]+\.js$/);
  });

  it('each file, run, leaves exactly its settings on the global', () => {
    for (const settings of settingsVariants) {
      const world: Record<string, unknown> = {};
      runInNewContext(settingsScriptSource(settings), Object.assign(world, { globalThis: world }));
      expect(world[SETTINGS_GLOBAL]).toEqual(settings);
    }
  });

  it('writes only the known keys, whatever else the settings object carries', () => {
    const source = settingsScriptSource({ collapsed: true, largeText: false, note: '</script>' } as never);
    expect(source).toBe(`globalThis.${SETTINGS_GLOBAL} = {"collapsed":true,"largeText":false};\n`);
  });

  it('the page helper reads them back, and nothing when no script ran', () => {
    expect(settingsFromScript()).toBeUndefined();
    (globalThis as Record<string, unknown>)[SETTINGS_GLOBAL] = { collapsed: true, largeText: 'yes' };
    expect(settingsFromScript()).toEqual({ collapsed: true, largeText: false });
  });

  it('is registered like the page helper itself: its matches, document_start, kept across sessions', () => {
    expect(settingsRegistration({ collapsed: false, largeText: true })).toEqual({
      id: 'panel-settings',
      matches: matchPatterns,
      js: ['panel-settings/open-large-text.js'],
      runAt: 'document_start',
      persistAcrossSessions: true,
    });
  });
});
