/**
 * A content script reads whatever page it is on: a huge or hostile body must not cost the tab seconds. These
 * inputs took 20–200 s each before the limits in segments.ts and the anchored list-line pattern in classify.ts.
 */
import { expect, test } from 'vitest';
import { classifyNoticeContent, readNotice } from '@/notice-reader';

const title = '关于2024年度城乡居民基本医疗保险参保缴费的通知';

test.each([
  ['one 60 000-character sentence full of amounts', '城乡老年人个人缴费由1元'.repeat(5000)],
  ['one 60 000-character run of dates', '2023年11月15日至'.repeat(5000)],
  ['100 000 digits', '1'.repeat(100_000)],
  ['one 60 000-character run of hotline sentences', '关于参保缴费有疑问，可以拨打12333，'.repeat(3000)],
  ['5 000 000 characters', 'x'.repeat(5_000_000)],
])('%s is read in well under a second', (_what, bodyText) => {
  const started = performance.now();
  const input = { url: '', title, headings: [], bodyText, tables: [] };
  readNotice(input);
  classifyNoticeContent(input);
  expect(performance.now() - started).toBeLessThan(1500);
});

test('markup in the text is only text: nothing is run, and evidence keeps it as characters', () => {
  const bodyText = '本市2024年度城乡居民医保集中参保期为2023年11月15日至2024年1月31日<script>alert(1)</script>。';
  const reading = readNotice({ url: '', title, headings: [], bodyText, tables: [] });
  expect(reading.periodEnd?.value).toBe('2024-01-31');
  expect(reading.periodEnd?.evidence).toBe(bodyText);
});
