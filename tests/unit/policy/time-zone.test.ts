import { expect, test } from 'vitest';

// Guards the guard: each project really runs in the time zone it is named after.
test('the process runs in the project time zone', () => {
  const zone = process.env.TZ;
  expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(zone);
  const offset = new Date('2024-12-16T00:00:00Z').getTimezoneOffset();
  const expected: Record<string, number> = {
    'Asia/Shanghai': -480,
    UTC: 0,
    'America/Los_Angeles': 480,
    'Pacific/Kiritimati': -840,
  };
  expect(offset).toBe(expected[zone!]);
});
