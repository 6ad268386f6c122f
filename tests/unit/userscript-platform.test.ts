import { afterEach, describe, expect, it } from 'vitest';
import { bundledPolicyBook } from '@/policy';
import {
  loadActiveBook,
  loadSettings,
  logQuietly,
  saveSettings,
  SETTINGS_KEY,
  type GmStorage,
} from '@/utils/platform/userscript';

const g = globalThis as { GM?: Partial<GmStorage> };

afterEach(() => {
  delete g.GM;
});

describe('userscript settings', () => {
  it('round-trip through GM.getValue/GM.setValue as JSON strings (Greasemonkey 4 stores strings only)', async () => {
    const store = new Map<string, string>();
    g.GM = {
      getValue: async (key, fallback) => store.get(key) ?? fallback,
      setValue: async (key, value) => void store.set(key, value),
    };
    expect(await loadSettings()).toEqual({ collapsed: false, largeText: false });
    await saveSettings({ collapsed: true, largeText: true });
    expect(store.get(SETTINGS_KEY)).toBe('{"collapsed":true,"largeText":true}');
    expect(await loadSettings()).toEqual({ collapsed: true, largeText: true });
  });

  it('fall back to page-lifetime memory when GM is absent or lacks the storage functions', async () => {
    expect(await loadSettings()).toEqual({ collapsed: false, largeText: false });
    await saveSettings({ collapsed: true, largeText: false });
    expect(await loadSettings()).toEqual({ collapsed: true, largeText: false });
    g.GM = { getValue: async () => undefined };
    expect(await loadSettings()).toEqual({ collapsed: true, largeText: false });
  });
});

describe('userscript errors', () => {
  it('never reach the console the page may share (a site can wrap it and send it home)', () => {
    const original = console.debug;
    const seen: unknown[] = [];
    console.debug = (...args: unknown[]) => void seen.push(args);
    try {
      logQuietly('tip failed', 'payment-window', new Error('boom'));
    } finally {
      console.debug = original;
    }
    expect(seen).toEqual([]);
  });
});

describe('userscript active book', () => {
  it('is always the bundled book: the userscript cannot import packs', async () => {
    expect(await loadActiveBook()).toEqual({ book: bundledPolicyBook, origin: 'bundled' });
  });
});
