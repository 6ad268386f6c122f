/**
 * The deadline calendar: the 集中参保期's end, payment-window days, batch-debit days and month-end deductions
 * for the next three months, each event naming its source. Made locally; nothing is fetched.
 */
import {
  accountDeductionDate,
  addDays,
  batchDebitDays,
  beijingInstant,
  beijingTime,
  dateRange,
  likelyPaymentYear,
  monthOf,
  paymentWindowStatus,
  paymentYear,
  yearOf,
  type IsoDate,
  type PolicyBook,
  type Reference,
} from '@/policy';
import { dateCaveatZh, sourceLineZh } from './format-zh';
import { toIcs, type AllDayEvent } from './ics';
import { windowRuleZh } from './wording';

const HORIZON_DAYS = 92;

function describe(text: string, references: Reference[], caveats: string[] = []): string {
  return [
    text,
    ...caveats.map((c) => `注意：${c}`),
    ...references.map(sourceLineZh),
    '以官方通知为准。本日历由“医保缴费助手·北京”在本机生成。',
  ].join('\n');
}

export function deadlineEvents(now: number, book: PolicyBook): AllDayEvent[] {
  const today = beijingTime(now).date;
  const days = dateRange(today, addDays(today, HORIZON_DAYS - 1));
  const inHorizon = (date: IsoDate) => date >= today && date <= days[days.length - 1];
  const events: AllDayEvent[] = [];

  const years = paymentYear(now, book);
  for (const situation of new Set([likelyPaymentYear(years), years.current, ...(years.next ? [years.next] : [])])) {
    if (situation.kind !== 'in-period' && situation.kind !== 'before-period') continue;
    const { year, period, reference } = situation;
    if (situation.kind === 'before-period' && inHorizon(period.start)) {
      events.push({
        uid: `enrolment-start-${year}`,
        date: period.start,
        summary: `${year}年度城乡居民医保集中参保期开始`,
        description: describe(`${year}年度集中参保期从今天开始，到${period.end}结束。`, [reference]),
        url: reference.url,
      });
    }
    events.push({
      uid: `enrolment-end-${year}`,
      date: period.end,
      summary: `${year}年度城乡居民医保集中参保期最后一天`,
      description: describe(`今天是${year}年度集中参保期的最后一天，之后缴费要等待期满才能享受待遇。`, [reference]),
      url: reference.url,
    });
  }

  for (const date of days) {
    const status = paymentWindowStatus(beijingInstant(date, '09:00'), book);
    if (status.state !== 'open') continue;
    events.push({
      uid: `payment-window-${date}`,
      date,
      summary: `可缴医保费（${status.closesAt}前）`,
      description: describe(
        `${windowRuleZh(status.rule)}可以缴费。`,
        [status.reference],
        status.caveats.map(dateCaveatZh),
      ),
      url: status.reference.url,
    });
  }

  const months = [...new Set(days.map((d) => d.slice(0, 7)))];
  for (const month of months) {
    const result = batchDebitDays(yearOf(`${month}-01`), monthOf(`${month}-01`), book);
    if (result.kind === 'days') {
      for (const day of result.days.filter((d) => inHorizon(d.date))) {
        events.push({
          uid: `batch-debit-${day.date}`,
          date: day.date,
          summary: '银行批量扣款日（有批扣协议的，当天不能用其他渠道缴费）',
          description: describe(result.lock?.text ?? '', result.references, [
            ...(result.ambiguities.length > 0 ? ['本月扣款日还有不确定之处。'] : []),
            ...result.caveats.map(dateCaveatZh),
          ]),
          url: result.references[0]?.url,
        });
      }
    }
    const deduction = accountDeductionDate(`${month}-01`, book);
    if (deduction.kind === 'deduction' && inHorizon(deduction.date)) {
      events.push({
        uid: `account-deduction-${deduction.date}`,
        date: deduction.date,
        summary: '医保个人账户扣缴医保费日',
        description: describe(deduction.text, [deduction.reference]),
        url: deduction.reference.url,
      });
    }
  }
  return events
    .map((event) => ({ ...event, uid: `${event.uid}@yibao-helper.invalid` }))
    .sort((a, b) => a.date.localeCompare(b.date) || a.uid.localeCompare(b.uid));
}

export function deadlineCalendar(now: number, book: PolicyBook): string {
  return toIcs('医保缴费日程（北京）', deadlineEvents(now, book), now);
}
