/**
 * The household plan's answers (issue 20.2): each person's rule results — the last chance by channel, the next
 * self-pay slot, the 批扣 days and their lock, the 共济 steps, what paying late gives — as one message, worded
 * with the phrases the panel and popup use. The plan page, its checklist and its `.ics` only render these.
 */
import type { HouseholdPlan, PersonPlan } from '@/household/plan';
import { blockText, message, p as paragraph, type Block, type Fact, type Message } from './message';
import {
  batchBlockedZh,
  batchLockZh,
  benefitStartZh,
  dateZh,
  ESTIMATED_ZH,
  FILING_BEFORE_FIRST_PAYMENT_ZH,
  MEMBERS_INSURED_IN_BEIJING_ZH,
  MONTH_END_DEDUCTION_ZH,
  shortDateZh,
} from './phrases';

export type HouseholdPersonId = `household-person:${string}`;

/** The person's last chance inside the 集中参保期 for their channel, as one sentence. */
function deadlineZh(p: PersonPlan): string {
  const d = p.deadline;
  if (!d) return '这一集中参保期内找不到可缴费的日子，请拨打12333确认。';
  const when = d.closesAtTime ? `${dateZh(d.date)} ${d.closesAtTime}前` : dateZh(d.date);
  const prefix = p.missed ? '已经错过：' : '';
  const unsure = d.uncertain ? ESTIMATED_ZH : '';
  switch (d.via) {
    case 'self-pay':
      return `${prefix}最后缴费时段：${when}${unsure}。`;
    case 'school':
      return `${prefix}学校/托幼机构代办的日期以学校通知为准；学校没办的，自己缴的最后时段：${when}${unsure}。`;
    case 'batch-debit':
      return `${prefix}期内最后一个批扣日：${when}${unsure}，前一天把钱存进签约的银行卡。`;
    case 'personal-account':
      return `${prefix}期内最后一次从个人账户扣缴：${when}（${MONTH_END_DEDUCTION_ZH}）。`;
    case 'self-pay-fallback':
      return `${prefix}期内已没有${p.person.channel === 'batch-debit' ? '批扣日' : '个人账户扣缴日'}，请改为自己缴，最后时段：${when}${unsure}。`;
  }
}

function mutualAidSteps(aid: NonNullable<PersonPlan['mutualAid']>): Block[] {
  const channels = aid.filingChannels.length > 0 ? aid.filingChannels : (aid.rule?.filingChannels ?? []);
  const rules = [
    ...(aid.rule?.filingBeforeFirstPayment ? [FILING_BEFORE_FIRST_PAYMENT_ZH] : []),
    ...(aid.rule?.membersInsuredInBeijing ? [MEMBERS_INSURED_IN_BEIJING_ZH] : []),
  ];
  const next = aid.deductions[0];
  return [
    paragraph(
      `第一步：先办共济备案${channels.length > 0 ? `（${channels.join('、')}）` : ''}。`,
      ...(rules.length > 0 ? [`${rules.join('；')}。`] : []),
    ),
    ...(next ? [paragraph(`第二步：${dateZh(next)}从个人账户扣缴（${MONTH_END_DEDUCTION_ZH}）。`)] : []),
  ];
}

/** One person's plan as a message: the headline is the deadline, the body the next slot, steps and late warning. */
export function householdPersonMessage(p: PersonPlan): Message<HouseholdPersonId> {
  const body: Block[] = [];
  const facts: Fact[] = [];
  const selfPaying = p.person.channel === 'self-pay' || p.person.channel === 'school';
  if (selfPaying && p.nextSlot && !p.missed) {
    body.push(paragraph(`下一个可缴费时段：${dateZh(p.nextSlot.date)}（当天${p.nextSlot.closesAtTime}前）。`));
    facts.push({ kind: 'date', role: 'next-slot', date: p.nextSlot.date });
  }
  if (p.batchDays.length > 0) {
    body.push(paragraph(`批扣日：${p.batchDays.map(shortDateZh).join('、')}。${batchLockZh('当天')}。`));
    facts.push(...p.batchDays.map((date) => ({ kind: 'date' as const, role: 'batch-day', date })));
  }
  if (p.mutualAid) {
    body.push(...mutualAidSteps(p.mutualAid));
    facts.push(...p.mutualAid.deductions.map((date) => ({ kind: 'date' as const, role: 'account-deduction', date })));
  }
  const late = p.late && benefitStartZh(p.late.benefit);
  if (p.late && late) {
    body.push(
      paragraph(
        p.missed
          ? `现在再缴：下一个缴费时段是${dateZh(p.late.date)}。${late.text}`
          : `注意：错过上面的日期，下一个缴费时段是${dateZh(p.late.date)}，那时缴费：${late.text}`,
      ),
    );
    if (late.startsOn) facts.push({ kind: 'date', role: 'benefit-start', date: late.startsOn });
  }
  if (p.deadline) facts.unshift({ kind: 'date', role: 'last-slot', date: p.deadline.date });
  return message({
    id: `household-person:${p.person.id}`,
    severity: p.missed || !p.deadline ? 'urgent' : 'info',
    headline: deadlineZh(p),
    body,
    facts,
    ...(p.deadline && { deadline: { date: p.deadline.date, closesAt: p.deadline.endsAt } }),
    caveats: late?.caveats ?? [],
    references: late?.references ?? [],
  });
}

/** A person message as the lines the plan page lists, headline first (its caveats go under the plan, once). */
export function messageLines(m: Pick<Message, 'headline' | 'body'>): string[] {
  return [m.headline, ...m.body.map(blockText)];
}

/** The one extra step a checklist row needs, if any (kept short: six rows share an A4 page). */
export function householdChecklistStep(p: PersonPlan): string | undefined {
  if (p.mutualAid) return `先办共济备案，再等个人账户扣缴（${MONTH_END_DEDUCTION_ZH}）。`;
  const dayMonth = (date: string) => `${Number(date.slice(5, 7))}月${Number(date.slice(8))}日`;
  if (p.batchDays.length > 0) return `批扣日${p.batchDays.map(dayMonth).join('、')}：${batchBlockedZh('当天')}。`;
  return undefined;
}

/**
 * Caveats for the whole plan, each once: the unpaid people's own (what paying late gives). The national 38号
 * in-period caveat is not repeated: the plan page shows the 年度's enrolment answer, which states it.
 */
export function householdPlanCaveats(plan: Extract<HouseholdPlan, { kind: 'plan' }>): string[] {
  return [...new Set(plan.people.filter((p) => !p.paid).flatMap((p) => householdPersonMessage(p).caveats))];
}
