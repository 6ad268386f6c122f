import { expect, test } from 'vitest';
import { readNotice } from '@/notice-reader';

const hotlines = (bodyText: string) =>
  readNotice({
    url: '',
    title: '关于做好2031年度北京市城乡居民基本医疗保险参保缴费工作的通知',
    headings: [],
    bodyText,
    tables: [],
  }).hotlines.map((h) => [h.value.number, h.value.purpose]);

test.each([
  ['参保群众如有疑问，可拨打12333咨询。', [['12333', '参保群众如有疑问']]],
  ['请拨打12333咨询参保问题。', [['12333', '咨询参保问题']]],
  [
    '咨询电话：参保业务咨询请拨打12333，税务缴费业务咨询请拨打12366。',
    [
      ['12333', '参保业务咨询'],
      ['12366', '税务缴费业务咨询'],
    ],
  ],
  ['关于医保缴费问题，可拨打010-12345678咨询。', [['010-12345678', '关于医保缴费问题']]],
  ['使用北京市电子税务局有疑问，可以拨打400-711-2366。', [['400-711-2366', '使用北京市电子税务局有疑问']]],
])('%s', (body, expected) => expect(hotlines(body)).toEqual(expected));

test.each([
  ['a number on its own line', '电话\n12333'],
  ['a label and nothing it is for', '咨询电话：12333。'],
  ['a mobile number', '关于参保缴费有疑问，可拨打13911112222。'],
  ['another business', '落户咨询电话：010-56789012（医保缴费问题也可咨询）。'],
  ['an agency', '社保代缴、医保补缴请联系本站客服 400-123-4567。'],
  ['a number about nothing insured', '如对本站内容有疑问，请拨打010-56789012。'],
  ['a year, an amount, a date', '参保缴费咨询：2024年度个人缴费12345元，2023年11月15日起。'],
])('none from %s', (_what, body) => expect(hotlines(body)).toEqual([]));
