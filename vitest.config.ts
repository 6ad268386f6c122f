import { resolve } from 'node:path';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';

/** Unit tests run once per machine time zone: the answers are Beijing's whatever the machine says. */
const TIME_ZONES = ['Asia/Shanghai', 'UTC', 'America/Los_Angeles', 'Pacific/Kiritimati'];

const alias = {
  '@': resolve(import.meta.dirname),
  '#platform': resolve(import.meta.dirname, 'utils/platform/extension.ts'),
};

/** A fresh object per project: Vitest names each project's browser instance in place. */
const browser = () => ({
  enabled: true,
  headless: true,
  provider: playwright({
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu'],
    },
  }),
  instances: [{ browser: 'chromium' as const }],
});

export default defineConfig({
  test: {
    projects: [
      ...TIME_ZONES.map((tz) => ({
        resolve: { alias },
        test: {
          name: `unit ${tz}`,
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          environment: 'node',
          // Property tests run a fixed number of cases; on a shared 2-core machine one can take over 5 s.
          testTimeout: 30_000,
          env: { TZ: tz },
        },
      })),
      {
        // Real Chromium for what needs a real IndexedDB and DOM (the Dexie cache, the panel's markup).
        resolve: { alias },
        oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
        test: { name: 'browser', include: ['tests/browser/**/*.test.{ts,tsx}'], browser: browser() },
      },
    ],
  },
});
