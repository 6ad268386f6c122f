import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

/** Unit tests run once per machine time zone: the answers are Beijing's whatever the machine says. */
const TIME_ZONES = ['Asia/Shanghai', 'UTC', 'America/Los_Angeles', 'Pacific/Kiritimati'];

const alias = {
  '@': resolve(__dirname),
  '#platform': resolve(__dirname, 'utils/platform/extension.ts'),
};

export default defineConfig({
  test: {
    projects: TIME_ZONES.map((tz) => ({
      resolve: { alias },
      test: {
        name: `unit ${tz}`,
        include: ['tests/unit/**/*.test.{ts,tsx}'],
        environment: 'node',
        env: { TZ: tz },
      },
    })),
  },
});
