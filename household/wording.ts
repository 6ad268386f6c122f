/**
 * Every sentence the household plan, badge, reminders, checklist and calendar say, in one module. What the answers
 * layer already words (benefit starts, a 年度 not included) comes from its phrases (answers/phrases.ts), the same
 * sentences the panel and popup give; the rest is household-only (per-person deadlines by channel, reminders).
 */
import { categoryLabels } from '@/policy/parameters/standards';
import { dateZh, shortDateZh } from '@/utils/format-zh';
import { benefitStartZh, yearNotIncludedZh as answersYearNotIncludedZh } from '@/answers/phrases';
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

export function deadlineZh(p: PersonPlan): string {
  const d = p.deadline;
  if (!d) return '这一集中参保期内找不到可缴费的日子，请拨打12333确认。';
  const when = d.closesAtTime ? `${dateZh(d.date)} ${d.closesAtTime}前` : dateZh(d.date);
  const prefix = p.missed ? '已经错过：' : '';
  const unsure = d.uncertain ? '（推算，以官方通知为准）' : '';
  switch (d.via) {
    case 'self-pay':
      return `${prefix}最后缴费时段：${when}${unsure}。`;
    case 'school':
      return `${prefix}学校/托幼机构代办的日期以学校通知为准；学校没办的，自己缴的最后时段：${when}${unsure}。`;
    case 'batch-debit':
      return `${prefix}期内最后一个批扣日：${when}${unsure}，前一天把钱存进签约的银行卡。`;
    case 'personal-account':
      return `${prefix}期内最后一次从个人账户扣缴：${when}（月末扣）。`;
    case 'self-pay-fallback':
      return `${prefix}期内已没有${p.person.channel === 'batch-debit' ? '批扣日' : '个人账户扣缴日'}，请改为自己缴，最后时段：${when}${unsure}。`;
  }
}

/** The lines under a person, in order: deadline, next slot, channel steps, waiting-period warning. */
export function personLinesZh(p: PersonPlan): string[] {
  const lines = [deadlineZh(p)];
  const selfPaying = p.person.channel === 'self-pay' || p.person.channel === 'school';
  if (selfPaying && p.nextSlot && !p.missed) lines.push(`下一个可缴费时段：${dateZh(p.nextSlot)}（当天15:00前）。`);
  if (p.batchDays.length > 0)
    lines.push(`批扣日：${p.batchDays.map(shortDateZh).join('、')}。这些天不能用其他渠道给这个人缴费。`);
  if (p.mutualAid) {
    const channels = p.mutualAid.filingChannels.join('、');
    lines.push(
      `第一步：先办共济备案（${channels || '北京医保公共服务平台、京通小程序或经办柜台'}）；家人须是本市参保人员，初次用个人账户给家人缴费前必须备案。`,
    );
    const next = p.mutualAid.deductions[0];
    if (next) lines.push(`第二步：${dateZh(next)}（月末）从个人账户扣缴。`);
  }
  if (p.late) {
    const benefit = benefitStartZh(p.late.benefit).text;
    lines.push(
      p.missed
        ? `现在再缴：下一个缴费时段是${dateZh(p.late.date)}。${benefit}`
        : `注意：错过上面的日期，下一个缴费时段是${dateZh(p.late.date)}，那时缴费：${benefit}`,
    );
  }
  return lines;
}

/** The one extra step a checklist row needs, if any (kept short: six rows share an A4 page). */
export function checklistStepZh(p: PersonPlan): string | undefined {
  if (p.mutualAid) return '先办共济备案，再等月末从个人账户扣缴。';
  const dayMonth = (date: string) => `${Number(date.slice(5, 7))}月${Number(date.slice(8))}日`;
  if (p.batchDays.length > 0) return `批扣日${p.batchDays.map(dayMonth).join('、')}不能用其他渠道缴。`;
  return undefined;
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

export function calendarEventZh(p: PersonPlan, year: number): { summary: string; description: string } {
  return {
    summary: `${p.person.label}：${year}年度医保最后缴费机会`,
    description: [
      `${p.person.label}（${categoryZh(p.person.category)}）${amountZh(p.amount, year)}，${channelLabelsZh[p.person.channel]}。`,
      ...personLinesZh(p),
      '以官方通知为准。本日历由“医保缴费助手·北京”在本机生成。',
    ].join('\n'),
  };
}

export const ALARM_TEXT_ZH = { 'week-before': '7天后截止', 'day-before': '明天截止' } as const;
