import { describe, expect, test } from 'vitest';
import {
  classifyNoticeContent,
  classifyNoticePage,
  isNoticeSiteUrl,
  noticeMatchPatterns,
  readNotice,
  type NoticeInput,
  type NoticeRejection,
} from '@/notice-reader';
import { loadNotice } from './load-fixture';

describe('notice sites: host and path', () => {
  test.each([
    ['https://ybj.beijing.gov.cn/tzgg2022/202311/t20231114_3301348.html', true],
    ['http://ybj.beijing.gov.cn/2020_zwfw/2020_cjwt/202512/t20251208_4327187.html', false],
    ['https://ybj.beijing.gov.cn/', false],
    ['https://beijing.chinatax.gov.cn/bjswj/c104175/202311/t20231114_1.shtml', true],
    ['https://beijing.chinatax.gov.cn/other/notice.html', false],
    ['https://www.beijing.gov.cn/zhengce/zhengcefagui/202311/t1.html', true],
    ['https://www.beijing.gov.cn/ywdt/gzdt/202311/t1.html', false],
    ['https://fw.ybj.beijing.gov.cn/hallEnter/#/personLogin', false],
    ['https://ybj.beijing.gov.cn.evil.example/tzgg2022/x.html', false],
    ['https://evil.example/ybj.beijing.gov.cn/tzgg2022/x.html', false],
    ['file:///ybj.beijing.gov.cn/tzgg2022/x.html', false],
    ['not a url', false],
  ])('%s → %s', (url, expected) => expect(isNoticeSiteUrl(url)).toBe(expected));

  test('match patterns are as narrow as the paths', () => {
    expect(noticeMatchPatterns).toEqual([
      '*://ybj.beijing.gov.cn/tzgg2022/*',
      '*://beijing.chinatax.gov.cn/bjswj/*',
      '*://www.beijing.gov.cn/zhengce/*',
    ]);
  });
});

describe('pages that are not one 年度 notice of Beijing 城乡居民医保 参保缴费', () => {
  test.each([
    ['own-06-employee-insurance.txt', 'employee-insurance'],
    ['own-07-other-city.txt', 'other-city'],
    ['own-08-topic-list.txt', 'topic-list'],
    ['own-09-policy-digest.txt', 'policy-digest'],
    ['own-10-serious-illness.txt', 'serious-illness-only'],
  ])('%s → %s, and its reading is not savable', (name, reason) => {
    const input = loadNotice(name);
    expect(classifyNoticeContent(input)).toMatchObject({ notice: false, reason });
    const onOfficialHost = { ...input, url: 'https://ybj.beijing.gov.cn/tzgg2022/x.html' };
    expect(classifyNoticePage(onOfficialHost)).toMatchObject({ notice: false, reason });
    expect(readNotice(input).savable).toBe(false);
  });

  const base: NoticeInput = {
    url: 'https://ybj.beijing.gov.cn/tzgg2022/203011/t1.html',
    title: '关于做好2031年度城乡居民基本医疗保险参保缴费工作的通知',
    headings: [],
    bodyText: '本市2031年度城乡居民基本医疗保险集中参保期为2030年11月1日至2031年1月31日。',
    tables: [],
  };

  test('the base case is a notice', () => expect(classifyNoticePage(base)).toEqual({ notice: true, year: 2031 }));
  test('a menu that names 新闻 or a newspaper does not make a notice news', () => {
    expect(classifyNoticePage({ ...base, bodyText: `首页 新闻中心 北京日报\n${base.bodyText}` })).toEqual({
      notice: true,
      year: 2031,
    });
  });
  test.each<[string, Partial<NoticeInput>, NoticeRejection]>([
    ['a title about two 年度', { title: '关于2030年度和2031年度城乡居民基本医疗保险参保缴费的通知' }, 'several-years'],
    ['a 政策解读', { title: '《关于做好2031年度城乡居民基本医疗保险参保缴费工作的通知》政策解读' }, 'policy-digest'],
    [
      'a list body on a notice-like title',
      { bodyText: Array.from({ length: 6 }, (_, i) => `关于城乡居民医保的通知${i} 2030-10-0${i + 1}`).join('\n') },
      'topic-list',
    ],
    [
      'news',
      {
        title: '2031年度城乡居民医保集中参保缴费开始',
        bodyText: '本报记者从市医保局获悉，本市2031年度城乡居民医保开始参保。',
      },
      'news',
    ],
    ['a newspaper repost', { bodyText: `来源：北京日报 2030-11-02\n${base.bodyText}` }, 'news'],
    [
      'no 年度 at all',
      { title: '关于城乡居民基本医疗保险参保缴费工作的通知', bodyText: '本市城乡居民基本医疗保险参保缴费按规定办理。' },
      'no-year',
    ],
    ['a heading naming another province', { headings: ['河北省医疗保障局'] }, 'other-city'],
    [
      'nothing about Beijing',
      {
        url: 'https://example.org/x',
        title: '关于做好2031年度城乡居民基本医疗保险参保缴费工作的通知',
        bodyText: '2031年度城乡居民医保集中参保期为2030年9月1日至12月31日。',
      },
      'other-city',
    ],
  ])('%s → %s', (_what, change, reason) => {
    expect(classifyNoticeContent({ ...base, ...change })).toMatchObject({ notice: false, reason });
  });
});
