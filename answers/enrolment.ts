/**
 * The 年度 answer: the period in force with the deadlines people can act on per channel (issue 17.2), the
 * period over and the waiting period, a 年度 not included, or the next period's start. The snapshot decides which
 * one speaks (`snapshot.enrolment`); this file only words it. A calendar-day countdown never stands alone: it
 * comes with the last self-pay slot, or is left out once no slot is left.
 */
import { dataAsOfZh } from './data-date';
import type {
  InPeriodChannel,
  LastSlot,
  PaymentSlot,
  RegistrationDeadline,
  SelfPayPeriod,
  SlotCaveat,
} from '@/policy/rules/self-pay-deadline';
import { categories, categoryLabels } from '@/policy/parameters/standards';
import type { IsoDate, Reference } from '@/policy/types';
import { message, p, strong, type AnswerOptions, type Block, type Fact, type Message, type Run } from './message';
import {
  TAX_CHANNELS,
  batchAmbiguityZh,
  batchLockZh,
  benefitStartZh,
  dateCaveatZh,
  dateNearZh,
  dateZh,
  inPeriodWaitingCaveatZh,
  slotZh,
  windowRuleZh,
  yearNotIncludedZh,
  fillGapBlock,
} from './phrases';
import type { AnswerSnapshot, EnrolmentVoice } from './snapshot';

export type EnrolmentId = 'enrolment-open' | 'enrolment-closed-waiting' | 'year-not-covered' | 'enrolment-upcoming';

export function enrolmentMessage(snapshot: AnswerSnapshot, options: AnswerOptions): Message<EnrolmentId> {
  const voice = snapshot.enrolment;
  switch (voice.kind) {
    case 'open':
      return voice.selfPay?.lastSlot
        ? openWithSlots(snapshot, voice.selfPay, voice.selfPay.lastSlot, options)
        : openCountdown(snapshot, voice);
    case 'closed':
      return closed(voice);
    case 'not-included':
      return notIncluded(snapshot, voice);
    case 'upcoming':
      return upcoming(voice);
  }
}

type Voice<K extends EnrolmentVoice['kind']> = Extract<EnrolmentVoice, { kind: K }>;

const benefitFacts = (startsOn: IsoDate | undefined, role = 'benefit-start'): Fact[] =>
  startsOn ? [{ kind: 'date', role, date: startsOn }] : [];

/** The 年度's individual standards, one sentence, with their source; nothing when the 年度 has none included. */
function amountsZh({ policy }: AnswerSnapshot) {
  const own = policy.figures.individualContribution;
  if (own.kind !== 'included') return undefined;
  const amounts = categories.map((c) => `${categoryLabels[c]}${own.value[c]}元`).join('，');
  return {
    block: p(`${own.year}年度个人缴费（每人每年）：${amounts}。`),
    facts: categories.map((c) => ({ kind: 'amount' as const, role: `individual:${c}`, yuan: own.value[c] })),
    reference: own.reference,
  };
}

function slotCaveatsZh(slot: PaymentSlot, { calendarCaveats }: AnswerOptions, today: IsoDate): string[] {
  return slot.caveats.flatMap((c: SlotCaveat) => {
    if (c.kind === 'batch-debit-day')
      return [`${dateNearZh(c.date, today)}${c.settled ? '是' : '可能是'}银行批量扣款日：${batchLockZh('这天')}。`];
    if (c.kind === 'calendar-not-covered' && !calendarCaveats) return [];
    return [dateCaveatZh(c)];
  });
}

/** The channels that still take the premium inside the period, as list items, with their caveats and sources. */
function otherChannelsZh(channels: InPeriodChannel[], today: IsoDate) {
  const items: Run[][] = [];
  const caveats: string[] = [];
  const references: Reference[] = [];
  const facts: Fact[] = [];
  for (const channel of channels) {
    const when = channel.date === today ? '今天' : dateNearZh(channel.date, today);
    if (channel.kind === 'account-deduction') {
      items.push(['医保个人账户（含共济账户）扣费：', strong(when), '（每月最后一天扣费，账户余额要够）']);
      references.push(channel.reference);
      facts.push({ kind: 'date', role: 'account-deduction', date: channel.date });
      continue;
    }
    const settled = channel.ambiguities.length === 0;
    items.push([
      '银行批量扣款：',
      strong(when),
      settled ? '' : '（推算，以官方通知为准）',
      channel.lock ? `。${batchLockZh('这天')}` : '（只适用于已签批扣协议的）',
    ]);
    caveats.push(...channel.ambiguities.map(batchAmbiguityZh).filter((t): t is string => !!t));
    caveats.push(...channel.caveats.map(dateCaveatZh));
    references.push(...(channel.lock ? [channel.lock.reference] : []), ...channel.references);
    facts.push({ kind: 'date', role: 'batch-day', date: channel.date });
  }
  return { items, caveats, references, facts };
}

function registrationZh(registration: RegistrationDeadline | undefined, year: number, today: IsoDate) {
  if (!registration) return undefined;
  if (registration.kind === 'rule-not-included')
    return {
      block: p(`还没参保登记的：${year}年度参保后何时可以缴费的规定尚未收录，请尽早办理参保登记，并拨打咨询电话确认。`),
      facts: [] as Fact[],
      caveats: [] as string[],
      references: [] as Reference[],
    };
  if (registration.kind === 'no-slot-in-period') return undefined;
  const rule = `“${registration.text}”`;
  if (registration.stillPossible)
    return {
      block: p(
        `还没参保登记的：${rule}，最晚`,
        strong(`${dateNearZh(registration.date, today)}前`),
        `办理参保登记，才赶得上${dateNearZh(registration.forSlot, today)}这一次缴费。`,
      ),
      facts: [{ kind: 'date', role: 'register-by', date: registration.date }] as Fact[],
      caveats: [] as string[],
      references: [registration.reference],
    };
  const later = registration.ifRegisteredToday;
  const benefit = later?.benefit ? benefitStartZh(later.benefit) : undefined;
  return {
    block: p(
      `还没参保登记的：${rule}，现在登记已赶不上集中参保期内的自行缴费`,
      ...(later?.slot ? ['；今天登记，最早', strong(slotZh(later.slot, today)), '缴费'] : []),
      `。${benefit?.text ?? ''}`,
    ),
    facts: later?.slot ? ([{ kind: 'date', role: 'registered-today-slot', date: later.slot.date }] as Fact[]) : [],
    caveats: benefit?.caveats ?? [],
    references: [registration.reference, ...(benefit?.references ?? [])],
  };
}

function openWithSlots(
  snapshot: AnswerSnapshot,
  selfPay: SelfPayPeriod,
  lastSlot: LastSlot,
  options: AnswerOptions,
): Message<'enrolment-open'> {
  const { today } = snapshot;
  const { year, period, slotLeft, periodReference } = selfPay;
  const daysLeft = snapshot.enrolment.kind === 'open' ? snapshot.enrolment.situation.daysLeft : 0;
  const rule =
    snapshot.policy.paymentWindow.state === 'rule-not-in-force' ? undefined : snapshot.policy.paymentWindow.rule;
  const inPeriodBenefit = benefitStartZh(selfPay.benefitIfPaidInPeriod);
  const registration = registrationZh(selfPay.registration, year, today);
  const nationalCaveats = selfPay.inPeriodCaveats.map((c) => inPeriodWaitingCaveatZh(c.guideline));
  const nationalReferences = selfPay.inPeriodCaveats.map((c) => c.reference);
  const lastSlotCaveats = [
    ...(lastSlot.laterMakeUpWorkday
      ? [dateCaveatZh({ kind: 'make-up-workday', date: lastSlot.laterMakeUpWorkday.date })]
      : []),
    ...slotCaveatsZh(lastSlot, options, today),
  ];
  const periodEnd: Run[] = ['集中参保期到', strong(dateZh(period.end)), '结束'];
  const facts: Fact[] = [
    { kind: 'year', role: 'year', year },
    { kind: 'date', role: 'period-end', date: period.end },
    { kind: 'date', role: 'last-slot', date: lastSlot.date },
    { kind: 'instant', role: 'last-slot-closes', at: lastSlot.closesAt },
    ...(registration?.facts ?? []),
  ];
  const amounts = amountsZh(snapshot);
  if (amounts) facts.push(...amounts.facts);
  const common = [...(amounts ? [amounts.block] : []), ...(registration ? [registration.block] : [])];
  const commonReferences = [...(amounts ? [amounts.reference] : []), ...(registration?.references ?? [])];

  if (slotLeft) {
    const lastToday = lastSlot.date === today;
    const body: Block[] = [
      p(
        '现在缴费是为',
        strong(`${year}年度`),
        '。',
        ...periodEnd,
        daysLeft === 1 ? '（今天是最后一天）' : `（还剩${daysLeft}天，含今天）`,
        `；但${TAX_CHANNELS}只在${rule ? windowRuleZh(rule) : '每月规定的日子'}收费，期内最后一次是`,
        strong(lastToday ? `今天${lastSlot.closesAtTime}前` : slotZh(lastSlot, today)),
        '。',
      ),
      p(`${inPeriodBenefit.text}过了集中参保期再缴费，要等待期满后才能享受待遇。`),
      ...common,
    ];
    return message({
      id: 'enrolment-open',
      severity: lastToday ? 'urgent' : 'warning',
      headline: `自行缴费最后机会：${lastToday ? `今天${lastSlot.closesAtTime}前` : slotZh(lastSlot, today)}`,
      body,
      facts: [...facts, ...benefitFacts(inPeriodBenefit.startsOn)],
      deadline: { date: lastSlot.date, closesAt: lastSlot.closesAt },
      caveats: [...lastSlotCaveats, ...nationalCaveats, ...inPeriodBenefit.caveats, ...(registration?.caveats ?? [])],
      references: [
        periodReference,
        lastSlot.reference,
        ...inPeriodBenefit.references,
        ...commonReferences,
        ...nationalReferences,
      ],
    });
  }

  const next = selfPay.afterLastSlot?.slot ?? null;
  const nextBenefit = selfPay.afterLastSlot?.benefit ? benefitStartZh(selfPay.afterLastSlot.benefit) : undefined;
  const others = otherChannelsZh(selfPay.otherChannels, today);
  const body: Block[] = [
    p(
      ...periodEnd,
      daysLeft === 1 ? '（今天是最后一天）' : '',
      `，但${TAX_CHANNELS}期内最后一次缴费是${slotZh(lastSlot, today)}，`,
      strong('已经过了'),
      '。',
    ),
    ...(next ? [p('下次可自行缴费：', strong(slotZh(next, today)), `。${nextBenefit?.text ?? ''}`)] : []),
    ...(others.items.length > 0
      ? [p('集中参保期内还能用的渠道：'), { list: others.items }, p(inPeriodBenefit.text)]
      : [p('集中参保期内已没有其他缴费渠道的日子。')]),
    ...common,
  ];
  return message({
    id: 'enrolment-open',
    severity: 'urgent',
    headline: `${year}年度集中参保期内已没有自行缴费的机会`,
    body,
    facts: [
      ...facts,
      ...(next
        ? ([
            { kind: 'date', role: 'next-slot', date: next.date },
            { kind: 'instant', role: 'next-slot-closes', at: next.closesAt },
          ] as Fact[])
        : []),
      ...benefitFacts(nextBenefit?.startsOn, 'benefit-start-after-period'),
      ...(others.items.length > 0 ? benefitFacts(inPeriodBenefit.startsOn) : []),
      ...others.facts,
    ],
    ...(next && { deadline: { date: next.date, closesAt: next.closesAt } }),
    caveats: [
      ...(next ? slotCaveatsZh(next, options, today) : []),
      ...(nextBenefit?.caveats ?? []),
      ...others.caveats,
      ...(others.items.length > 0 ? nationalCaveats : []),
      ...(registration?.caveats ?? []),
    ],
    references: [
      periodReference,
      lastSlot.reference,
      ...(next ? [next.reference] : []),
      ...(nextBenefit?.references ?? []),
      ...others.references,
      ...(others.items.length > 0 ? [...inPeriodBenefit.references, ...nationalReferences] : []),
      ...commonReferences,
    ],
  });
}

/** A period with no window day in it (before the monthly window rule existed): the dates only. */
function openCountdown(snapshot: AnswerSnapshot, { situation }: Voice<'open'>): Message<'enrolment-open'> {
  const { year, period, daysLeft, benefit, reference } = situation;
  const enrolThenPay = snapshot.policy.figures.enrolThenPay;
  const benefitWording = benefitStartZh(benefit);
  const amounts = amountsZh(snapshot);
  return message({
    id: 'enrolment-open',
    severity: daysLeft === 1 ? 'urgent' : 'warning',
    headline: `${year}年度集中参保期到${dateZh(period.end)}结束`,
    body: [
      p(
        '现在缴费是为',
        strong(`${year}年度`),
        '。集中参保期到',
        strong(dateZh(period.end)),
        '结束',
        daysLeft === 1 ? strong('，今天是最后一天') : `，还剩${daysLeft}天（含今天）`,
        '；每种渠道哪天能缴，以官方通知为准。',
      ),
      p(benefitWording.text),
      ...(amounts ? [amounts.block] : []),
      ...(enrolThenPay.kind === 'included' ? [p(`还没参保的请注意：${enrolThenPay.value}，别等到最后几天。`)] : []),
    ],
    facts: [
      { kind: 'year', role: 'year', year },
      { kind: 'date', role: 'period-end', date: period.end },
      ...benefitFacts(benefitWording.startsOn),
      ...(amounts?.facts ?? []),
    ],
    deadline: { date: period.end },
    caveats: benefitWording.caveats,
    references: [
      reference,
      ...benefitWording.references,
      ...(amounts ? [amounts.reference] : []),
      ...(enrolThenPay.kind === 'included' ? [enrolThenPay.reference] : []),
    ],
  });
}

function upcomingBlock(upcoming: Voice<'upcoming'>['situation']): Block {
  const { year, period } = upcoming;
  return p(
    `${year}年度的集中参保期从`,
    strong(dateZh(period.start)),
    '开始',
    period.benefitsStart ? `，在期内缴费的，从${dateZh(period.benefitsStart)}起享受待遇` : '',
    '。',
  );
}

function closed({ situation, upcoming }: Voice<'closed'>): Message<'enrolment-closed-waiting'> {
  const { year, period, benefit, reference } = situation;
  const wording = benefitStartZh(benefit);
  return message({
    id: 'enrolment-closed-waiting',
    severity: 'warning',
    headline: `${year}年度集中参保期已结束：现在缴费有等待期`,
    body: [
      p(
        `${year}年度的集中参保期已于`,
        strong(dateZh(period.end)),
        `结束。现在补缴${year}年度的医保费，不能马上享受待遇。`,
      ),
      p(`按今天缴费计算：${wording.text}`),
      ...(upcoming ? [upcomingBlock(upcoming)] : []),
    ],
    facts: [
      { kind: 'year', role: 'year', year },
      { kind: 'date', role: 'period-end', date: period.end },
      ...benefitFacts(wording.startsOn, 'benefit-start-after-period'),
      ...(upcoming ? ([{ kind: 'date', role: 'next-period-start', date: upcoming.period.start }] as Fact[]) : []),
    ],
    caveats: wording.caveats,
    references: [reference, ...wording.references, ...(upcoming ? [upcoming.reference] : [])],
  });
}

function notIncluded(snapshot: AnswerSnapshot, { situation }: Voice<'not-included'>): Message<'year-not-covered'> {
  const { year, periodMayBeOpen } = situation;
  return message({
    id: 'year-not-covered',
    severity: 'warning',
    headline: `${year}年度的缴费信息尚未收录`,
    body: [
      p(
        '现在缴费很可能是为',
        strong(`${year}年度`),
        periodMayBeOpen ? '（往年这个时候，下一年度的集中参保期已经开始）' : '',
        '。',
      ),
      p(yearNotIncludedZh(year)),
      fillGapBlock(year),
    ],
    facts: [{ kind: 'year', role: 'year', year }],
    // The same 数据截至 as the footer (answers/data-date.ts): the newest source, not the build date.
    caveats: [`本助手的${dataAsOfZh(snapshot.book)}。`],
    references: [],
  });
}

function upcoming({ situation }: Voice<'upcoming'>): Message<'enrolment-upcoming'> {
  const { year, period, reference } = situation;
  return message({
    id: 'enrolment-upcoming',
    severity: 'info',
    headline: `${year}年度集中参保期${dateZh(period.start)}开始`,
    body: [upcomingBlock(situation), p(`集中参保期到${dateZh(period.end)}结束。`)],
    facts: [
      { kind: 'year', role: 'year', year },
      { kind: 'date', role: 'next-period-start', date: period.start },
      { kind: 'date', role: 'period-end', date: period.end },
    ],
    caveats: [],
    references: [reference],
  });
}
