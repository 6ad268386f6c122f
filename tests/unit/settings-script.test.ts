import { runInNewContext } from 'node:vm';
import { afterEach, describe, expect, it } from 'vitest';
import { matchPatterns } from '@/utils/official-sites';
import {
  bundledPackFromScript,
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

  it('has one file for each of the eight combinations (settings, and whether the bundled book is in force)', () => {
    expect(settingsVariants).toHaveLength(8);
    expect(new Set(settingsVariants.map(settingsScriptFile)).size).toBe(8);
    for (const file of settingsVariants.map(settingsScriptFile)) expect(file).toMatch(/^panel-settings\/[a-z-]+\.js$/);
  });

  it('each file, run, leaves exactly its settings and pack flag on the global, read back by the page helper', () => {
    for (const state of settingsVariants) {
      const world: Record<string, unknown> = {};
      runInNewContext(settingsScriptSource(state), Object.assign(world, { globalThis: world }));
      expect(world[SETTINGS_GLOBAL]).toEqual({ ...state.settings, bundledPack: state.bundledPack });
      (globalThis as Record<string, unknown>)[SETTINGS_GLOBAL] = world[SETTINGS_GLOBAL];
      expect(settingsFromScript()).toEqual(state.settings);
      expect(bundledPackFromScript()).toBe(state.bundledPack);
    }
  });

  it('keeps the file names of the bundled-book variants (registrations persist across updates)', () => {
    expect(settingsScriptFile({ settings: { collapsed: true, largeText: false }, bundledPack: true })).toBe(
      'panel-settings/collapsed-normal-text.js',
    );
    expect(settingsScriptFile({ settings: { collapsed: true, largeText: false }, bundledPack: false })).toBe(
      'panel-settings/collapsed-normal-text-imported-pack.js',
    );
  });

  it('writes only the known keys, whatever else the settings object carries', () => {
    const settings = { collapsed: true, largeText: false, note: '</script>' } as never;
    const source = settingsScriptSource({ settings, bundledPack: 'yes' as never });
    expect(source).toBe(`globalThis.${SETTINGS_GLOBAL} = {"collapsed":true,"largeText":false,"bundledPack":false};\n`);
  });

  it('the page helper reads them back, and nothing when no script ran: then the book is read, not assumed', () => {
    expect(settingsFromScript()).toBeUndefined();
    expect(bundledPackFromScript()).toBe(false);
    (globalThis as Record<string, unknown>)[SETTINGS_GLOBAL] = { collapsed: true, largeText: 'yes', bundledPack: 1 };
    expect(settingsFromScript()).toEqual({ collapsed: true, largeText: false });
    expect(bundledPackFromScript()).toBe(false);
  });

  it('is registered like the page helper itself: its matches, document_start, kept across sessions', () => {
    expect(settingsRegistration({ settings: { collapsed: false, largeText: true }, bundledPack: true })).toEqual({
      id: 'panel-settings',
      matches: matchPatterns,
      js: ['panel-settings/open-large-text.js'],
      runAt: 'document_start',
      persistAcrossSessions: true,
    });
  });
});
