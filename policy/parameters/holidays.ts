/**
 * Statutory holidays and 调休 make-up working days, one entry per 国务院办公厅 notice (policy/SOURCES.md).
 * A year with no entry is not covered: callers fall back to Monday–Friday and must say so.
 */
import type { IsoDate, Reference } from '../types';

export interface HolidayNotice {
  /** The year the notice is for (a notice may include the previous year's last days, e.g. 2022-12-31). */
  year: number;
  reference: Reference;
  /** Holidays as inclusive ranges. Weekends merely adjoining a holiday are not listed. */
  daysOff: { name: string; first: IsoDate; last: IsoDate }[];
  /** Weekend days that are working days (调休上班). */
  makeUpWorkdays: IsoDate[];
}

const GOV_OFFICE = '国务院办公厅';

export const holidayNotices: HolidayNotice[] = [
  {
    year: 2023,
    // Xinhua full-text repost; the gov.cn original was not opened.
    reference: {
      publisher: GOV_OFFICE,
      title: '国务院办公厅关于2023年部分节假日安排的通知',
      url: 'http://big5.china.com.cn/gate/big5/news.china.com.cn/2022-12/09/content_85004315.htm',
      published: '2022-12-08',
      confidence: 'quoted-official',
    },
    daysOff: [
      { name: '元旦', first: '2022-12-31', last: '2023-01-02' },
      { name: '春节', first: '2023-01-21', last: '2023-01-27' },
      { name: '清明节', first: '2023-04-05', last: '2023-04-05' },
      { name: '劳动节', first: '2023-04-29', last: '2023-05-03' },
      { name: '端午节', first: '2023-06-22', last: '2023-06-24' },
      { name: '中秋节、国庆节', first: '2023-09-29', last: '2023-10-06' },
    ],
    makeUpWorkdays: ['2023-01-28', '2023-01-29', '2023-04-23', '2023-05-06', '2023-06-25', '2023-10-07', '2023-10-08'],
  },
  {
    year: 2024,
    // Wording confirmed in several verbatim reposts.
    reference: {
      publisher: GOV_OFFICE,
      title: '国务院办公厅关于2024年部分节假日安排的通知',
      url: 'https://www.gov.cn/zhengce/content/202310/content_6911527.htm',
      published: '2023-10-25',
      confidence: 'quoted-official',
    },
    daysOff: [
      { name: '元旦', first: '2024-01-01', last: '2024-01-01' },
      { name: '春节', first: '2024-02-10', last: '2024-02-17' },
      { name: '清明节', first: '2024-04-04', last: '2024-04-06' },
      { name: '劳动节', first: '2024-05-01', last: '2024-05-05' },
      { name: '端午节', first: '2024-06-10', last: '2024-06-10' },
      { name: '中秋节', first: '2024-09-15', last: '2024-09-17' },
      { name: '国庆节', first: '2024-10-01', last: '2024-10-07' },
    ],
    makeUpWorkdays: [
      '2024-02-04',
      '2024-02-18',
      '2024-04-07',
      '2024-04-28',
      '2024-05-11',
      '2024-09-14',
      '2024-09-29',
      '2024-10-12',
    ],
  },
  {
    year: 2025,
    // Wording confirmed by gmw.cn and holiday-cn 2025.json.
    reference: {
      publisher: GOV_OFFICE,
      title: '国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号）',
      url: 'https://www.gov.cn/zhengce/content/202411/content_6986382.htm',
      published: '2024-11-12',
      confidence: 'quoted-official',
    },
    daysOff: [
      { name: '元旦', first: '2025-01-01', last: '2025-01-01' },
      { name: '春节', first: '2025-01-28', last: '2025-02-04' },
      { name: '清明节', first: '2025-04-04', last: '2025-04-06' },
      { name: '劳动节', first: '2025-05-01', last: '2025-05-05' },
      { name: '端午节', first: '2025-05-31', last: '2025-06-02' },
      { name: '国庆节、中秋节', first: '2025-10-01', last: '2025-10-08' },
    ],
    makeUpWorkdays: ['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11'],
  },
  {
    year: 2026,
    // Wording confirmed by gmw.cn, hrbtv.net and holiday-cn 2026.json.
    reference: {
      publisher: GOV_OFFICE,
      title: '国务院办公厅关于2026年部分节假日安排的通知',
      url: 'https://www.gov.cn/zhengce/content/202511/content_7047090.htm',
      published: '2025-11-04',
      confidence: 'quoted-official',
    },
    daysOff: [
      { name: '元旦', first: '2026-01-01', last: '2026-01-03' },
      { name: '春节', first: '2026-02-15', last: '2026-02-23' },
      { name: '清明节', first: '2026-04-04', last: '2026-04-06' },
      { name: '劳动节', first: '2026-05-01', last: '2026-05-05' },
      { name: '端午节', first: '2026-06-19', last: '2026-06-21' },
      { name: '中秋节', first: '2026-09-25', last: '2026-09-27' },
      { name: '国庆节', first: '2026-10-01', last: '2026-10-07' },
    ],
    makeUpWorkdays: ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'],
  },
];

export interface HolidayCalendar {
  id: string;
  description: string;
  notices: HolidayNotice[];
}

export const holidayCalendar: HolidayCalendar = {
  id: 'holiday-calendar',
  description: '法定节假日与调休上班日（国务院办公厅每年的节假日安排通知）',
  notices: holidayNotices,
};
