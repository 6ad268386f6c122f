/**
 * Permissions guard: the built manifests (chrome-mv3, firefox-mv3) ask for `storage`, `alarms` (the household
 * badge and the panel answers' lapse), optional `notifications` and the official hosts of utils/official-sites.ts, nothing else, expose
 * nothing to web pages, and keep the default extension CSP; and what Chromium actually granted the loaded
 * extension is exactly that.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { launchBrowser } from './browser';
import { allMatchPatterns, matchPatterns, noticeMatchPatterns } from '../../utils/official-sites';

const OFFICIAL = [...allMatchPatterns].sort();
const PAYMENT_PAGES = [...matchPatterns].sort();
const NOTICE_PAGES = [...noticeMatchPatterns].sort();
const PERMISSIONS = ['alarms', 'storage'];
/** Asked for only when reminders are switched on in the household page (README, Permissions). */
const OPTIONAL_PERMISSIONS = ['notifications'];
/** Every manifest key a build may have; anything new must be justified in README "Permissions" first. */
const ALLOWED_KEYS = [
  'manifest_version',
  'name',
  'description',
  'version',
  'icons',
  'permissions',
  'optional_permissions',
  'host_permissions',
  'background',
  'action',
  'options_ui',
  'content_scripts',
  'browser_specific_settings',
];

for (const build of ['chrome-mv3', 'firefox-mv3']) {
  test(`${build} manifest: storage, alarms, optional notifications and the official hosts only`, () => {
    const manifest = JSON.parse(readFileSync(`.output/${build}/manifest.json`, 'utf8'));
    expect(Object.keys(manifest).filter((key) => !ALLOWED_KEYS.includes(key))).toEqual([]);
    expect([...manifest.permissions].sort()).toEqual(PERMISSIONS);
    expect([...manifest.optional_permissions].sort()).toEqual(OPTIONAL_PERMISSIONS);
    // The notice pages are reached through their content script's matches only (paths kept), never a host-wide grant.
    expect([...manifest.host_permissions].sort()).toEqual(PAYMENT_PAGES);
    // Two static content scripts: the page helper on the payment pages, the notice reader on the notice pages
    // only (issue 18). Nothing is registered at run time (no `scripting`).
    expect(manifest.content_scripts.map((script: { js: string[] }) => script.js)).toEqual([
      ['page-helper.js'],
      ['notice-helper.js'],
    ]);
    expect([...manifest.content_scripts[0].matches].sort()).toEqual(PAYMENT_PAGES);
    expect([...manifest.content_scripts[1].matches].sort()).toEqual(NOTICE_PAGES);
    for (const script of manifest.content_scripts) {
      const notices = script.js.includes('notice-helper.js');
      // The page helper: every frame of the official pages and the about:blank / srcdoc frames they make
      // (content/frame-child.ts); the notice reader: the top frame of a notice page only.
      expect(script.all_frames ?? false).toBe(!notices);
      if (!notices) {
        expect(script.match_about_blank).toBe(true);
        expect(script.match_origin_as_fallback).toBe(true);
      }
      expect(script.world ?? 'ISOLATED').toBe('ISOLATED');
    }
    if (build.startsWith('firefox')) {
      expect(manifest.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
      // Firefox for Android reads data_collection_permissions from 142 on (README, "Firefox for Android").
      expect(manifest.browser_specific_settings.gecko_android).toEqual({ strict_min_version: '142.0' });
    }
  });
}

test('Chromium grants the loaded extension storage, alarms and the official hosts, nothing more', async () => {
  const browser = await launchBrowser();
  try {
    const granted = await browser.context
      .serviceWorkers()[0]
      .evaluate(() => (globalThis as any).chrome.permissions.getAll());
    expect([...granted.permissions].sort()).toEqual(PERMISSIONS);
    expect([...granted.origins].sort()).toEqual(OFFICIAL);
  } finally {
    await browser.close();
  }
});
