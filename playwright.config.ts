import { defineConfig } from '@playwright/test';

process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';
const REPLICA_PORT = Number((process.env.REPLICA_PORT ??= '4580'));

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  reporter: [['list']],
  outputDir: 'test-results',
  webServer: {
    command: `node tests/replicas/server.mjs ${REPLICA_PORT}`,
    url: `http://127.0.0.1:${REPLICA_PORT}/`,
    reuseExistingServer: !process.env.CI,
  },
});
