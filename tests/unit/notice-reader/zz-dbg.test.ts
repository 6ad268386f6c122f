import { test } from 'vitest';
import { readNotice, classifyNoticeContent, classifyNoticePage } from '@/notice-reader';
import { loadNotice, allFixtures } from '/work/wt/notice/tests/unit/notice-reader/load-fixture';
test('dbg', () => {
  const only = process.env.FIX;
  for (const f of allFixtures()) {
    if (only && !f.includes(only)) continue;
    const input = loadNotice(f);
    console.log('=====', f, JSON.stringify(classifyNoticePage(input)), JSON.stringify(classifyNoticeContent(input)));
    if (process.env.FULL) console.log(JSON.stringify(readNotice(input), null, 1));
  }
});
