/**
 * The household pages' own strings: channel labels, the newborn note, how to check a payment, the badge title,
 * totals, reminders and the calendar event frame. Each person's rule results (deadline by channel, 批扣 days and
 * lock, 共济 steps, what paying late gives) are answers: `answers/household.ts` words them with the shared phrases.
 */
import { categoryLabels } from '@/policy/parameters/standards';
import { dateZh } from '@/utils/format-zh';
import { householdPersonMessage, messageLines } from '@/answers/household';
import type { Message } from '@/answers/message';
import { yearNotIncludedZh as answersYearNotIncludedZh } from '@/answers/phrases';
import type { BadgeSubject } from './badge';
import type { PayChannel } from './model';
import type { HouseholdPlan, PersonPlan } from './plan';
import type { Reminder } from './reminders';

export const channelLabelsZh: Record<PayChannel, string> = {
  'self-pay': '自己缴（电子税务局、京通、银行APP或柜台）',
  'batch-debit': '银行批量扣款（已签批扣协议）',
  'personal-account': '家人医保个人账户缴（共济）',
  school: '学校/托幼机构代办',
};

export const NEWBORN_ZH =
  '新生儿参保缴费有专门规定，本助手尚未收录北京的新生儿办法，不作推算。请拨打12333咨询，或问出生地所在街道（乡镇）的社保所。';

export const HOW_TO_CHECK_PAID_ZH =
  '是否已缴，请在北京市电子税务局“缴费记录查询”、京通小程序或12333核实；这里的勾选只是您自己的记录。';

const labelList = (labels: string[]) => labels.join('、');

export function badgeTitleZh(subject: BadgeSubject): string {
  switch (subject.kind) {
    case 'nobody-unpaid':
      return '医保缴费助手·北京：家里的人都已缴费';
    case 'year-not-included':
      return `${subject.year}年度的缴费时间尚未收录，${labelList(subject.labels)}还没缴：请以官方通知为准`;
    case 'missed':
      return `${labelList(subject.labels)}：${subject.year}年度集中参保期内的最后缴费机会已过，打开“家庭缴费计划”看怎么办`;
    case 'days-left':
      return `${labelList(subject.labels)}：${subject.year}年度最后缴费机会是${dateZh(subject.date)}，还剩${subject.days}天（含今天）`;
  }
}

export function amountZh(amount: number | null, year: number): string {
  return amount === null ? `${year}年度的缴费标准尚未收录` : `${amount}元`;
}

export function totalZh(plan: Extract<HouseholdPlan, { kind: 'plan' }>): string {
  const unpaid = plan.people.filter((p) => !p.paid).length;
  if (unpaid === 0) return `${plan.year}年度：家里登记的人都已缴费。`;
  const missing = plan.amountsMissing > 0 ? `（另有${plan.amountsMissing}人的金额尚未收录，未计入）` : '';
  return `${plan.year}年度还要缴：${unpaid}人，共${plan.unpaidTotal}元${missing}。`;
}

export function yearNotIncludedZh(year: number): string {
  return `${answersYearNotIncludedZh(year)}官方通知发布后，可以用“通知阅读器”读入。`;
}

export function categoryZh(category: PersonPlan['person']['category']): string {
  return categoryLabels[category];
}

export function reminderTextZh(reminder: Reminder): { title: string; message: string } {
  const who = labelList(reminder.labels);
  switch (reminder.kind) {
    case 'week-before':
      return {
        title: '医保缴费：还有7天',
        message: `${who}的最后缴费机会是${dateZh(reminder.deadline)}，还有7天。`,
      };
    case 'day-before':
      return {
        title: '医保缴费：明天截止',
        message: `${who}的最后缴费机会是明天，${dateZh(reminder.deadline)}。`,
      };
    case 'first-payment-day':
      return {
        title: '医保缴费：本月缴费时段开始',
        message: `今天是本月第一个缴费日（${reminder.closesAtTime ?? ''}前可缴）。还没缴的：${who}。`,
      };
  }
}

const personLines = (m: Message) => [...messageLines(m), ...m.caveats];

export function calendarEventZh(p: PersonPlan, year: number): { summary: string; description: string } {
  return {
    summary: `${p.person.label}：${year}年度医保最后缴费机会`,
    description: [
      `${p.person.label}（${categoryZh(p.person.category)}）${amountZh(p.amount, year)}，${channelLabelsZh[p.person.channel]}。`,
      ...personLines(householdPersonMessage(p)),
      '以官方通知为准。本日历由“医保缴费助手·北京”在本机生成。',
    ].join('\n'),
  };
}

export const ALARM_TEXT_ZH = { 'week-before': '7天后截止', 'day-before': '明天截止' } as const;
