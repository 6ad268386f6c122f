/**
 * How current the data in force is: 数据版本 and 数据截至 (the newest source date), and — when the 年度 a payment
 * made now is most probably for is not included — that this copy may be out of date and how to update it. Shown
 * in the panel's footer, the popup and the problem report.
 */
import type { PolicyBook } from '@/policy/book';
import { newestSourceDate } from '@/policy/data-date';
import type { ActiveOrigin } from '@/utils/active-pack';
import { message, p, strong, type Message } from './message';
import type { AnswerSnapshot } from './snapshot';

/** Where the data in force came from, in a few words (`数据版本 … （扩展自带）`). */
export const packOriginZh: Record<ActiveOrigin, string> = {
  bundled: '扩展自带',
  imported: '导入，未验证',
  signed: '导入，已验证（项目发布）',
};

/** `2026-01-10` → 2026年1月10日, `2021-09` → 2021年9月. */
export function sourceDateZh(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  if (!year || !month) return '未注明';
  return `${year}年${month}月${day ? `${day}日` : ''}`;
}

/** `数据截至 2026年1月10日`: the newest publication date among the book's sources. */
export function dataAsOfZh(book: PolicyBook): string {
  const newest = newestSourceDate(book);
  return `数据截至${newest ? sourceDateZh(newest) : '未注明'}`;
}

/**
 * `数据版本 2026.12.01（扩展自带） · 数据截至 2026年1月10日`. `withOrigin: false` where only the bundled book can be
 * in force and naming it would mislead (the userscript shares the panel).
 */
export function dataDateMessage(
  { book, origin }: Pick<AnswerSnapshot, 'book' | 'origin'>,
  { withOrigin = true } = {},
): Message<'data-date'> {
  const newest = newestSourceDate(book);
  return message({
    id: 'data-date',
    severity: 'info',
    headline: `数据版本 ${book.version}${withOrigin ? `（${packOriginZh[origin]}）` : ''} · ${dataAsOfZh(book)}`,
    body: [],
    facts: /^\d{4}-\d{2}-\d{2}$/.test(newest) ? [{ kind: 'date', role: 'data-as-of', date: newest }] : [],
    caveats: [],
    references: [],
  });
}

/** Only when the likely 年度 is not included: this copy may be out of date, and what to do. */
export function outOfDateMessage({ likely }: Pick<AnswerSnapshot, 'likely'>): Message<'data-out-of-date'> | null {
  if (likely.kind !== 'year-not-included') return null;
  const { year } = likely;
  return message({
    id: 'data-out-of-date',
    severity: 'warning',
    headline: '这份数据可能已经过时',
    body: [
      p(
        '现在缴费很可能是为',
        strong(`${year}年度`),
        '，本助手还没有收录。从浏览器扩展商店安装的会自动更新；自己下载安装的（加载已解压的扩展、安装包或用户脚本），' +
          `请下载新版本重新安装，或打开北京市医保局发布的${year}年度通知，在通知页面上按“保存”让本助手读取。`,
      ),
    ],
    facts: [{ kind: 'year', role: 'likely-year', year }],
    caveats: [],
    references: [],
  });
}
