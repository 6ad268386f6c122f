/**
 * A strict zod schema for a whole policy book: what an imported policy pack must satisfy before any rule runs
 * on it. Unknown keys, unreal dates, unsourced values, duplicate years or ids are all rejected.
 *
 * Written with `zod/mini`, zod's tree-shakable form (checks are functions, not methods): the background, which
 * validates every stored pack, carries only the validators used here (README, "Sizes"). Its messages are zod's
 * Chinese ones, set with the validator (utils/policy-pack.ts).
 */
import { zhCN } from 'zod/locales';
import * as z from 'zod/mini';
import type { PolicyBook } from './book';
import { dateRange, parseIsoDate } from './civil-date';
import { nonWorkingDayMoves } from './parameters/batch-debit';
import { POLICY_PACK_FORMAT } from './types';

// Messages for people reading the options page, in Chinese (zod/mini has none of its own). `jitless`: zod
// would otherwise probe for `new Function`, which an extension page's CSP refuses and web-ext lint flags; the
// interpreted parser is fast enough for one pack. This module loads only in extension pages and the background.
z.config({ ...zhCN(), jitless: true });

const text = (max = 500) => z.string().check(z.minLength(1), z.maxLength(max));
const optionalText = (max = 500) => z.string().check(z.maxLength(max));

/** A real calendar date in the years the product can mean (2000–2100). */
function isRealDate(value: string): boolean {
  try {
    const [year] = parseIsoDate(value);
    return year >= 2000 && year <= 2100;
  } catch {
    return false;
  }
}

export const isoDateSchema = z.string().check(z.refine(isRealDate, '不是2000–2100年间真实存在的日期（YYYY-MM-DD）'));

const monthSchema = z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份格式应为 YYYY-MM'));
/** A whole number from `min` to `max` (zod's numbers are finite already). */
const integer = (min: number, max: number) => z.int().check(z.gte(min), z.lte(max));
const yearSchema = integer(2000, 2100);
const amount = z.number().check(z.nonnegative(), z.lt(1e6));
const count = (max: number) => integer(0, max);
const dayOfMonth = integer(1, 31);
const publishedSchema = z.union([z.literal(''), z.string().check(z.regex(/^\d{4}$/)), monthSchema, isoDateSchema]);
const urlSchema = z
  .string()
  .check(
    z.maxLength(500),
    z.regex(/^(https?:\/\/[^\s]+|sources\/[\w.-]+)$/, '来源地址应为 http(s) 网址或 sources/ 文件'),
  );

export const referenceSchema = z.strictObject({
  publisher: text(200),
  title: text(300),
  url: urlSchema,
  published: publishedSchema,
  // 'official-local' only ever comes from a notice the user saved (policy/layers.ts); a pack file claiming it is
  // refused (utils/policy-pack.ts), while the active book the background publishes carries it from saved notices.
  confidence: z.enum(['official', 'quoted-official', 'secondary', 'official-local']),
  note: z.optional(optionalText(1000)),
});

const idSchema = z.string().check(z.regex(/^[a-z][a-z0-9-]{0,63}$/, '编号格式不对（小写字母、数字和连字符）'));

function unique<T>(items: T[], key: (item: T) => unknown): boolean {
  return new Set(items.map(key)).size === items.length;
}

/** What every parameter has besides its values. */
const parameterHeader = { id: idSchema, description: text(300), unit: z.optional(text(40)) };

function dated<T extends z.ZodMiniType>(value: T) {
  return z.strictObject({
    ...parameterHeader,
    values: z.array(z.strictObject({ from: isoDateSchema, value, reference: referenceSchema })).check(
      z.minLength(1),
      z.maxLength(200),
      z.refine(
        (values) => values.every((v, i) => i === 0 || values[i - 1].from < v.from),
        '各值应按生效日期（from）从早到晚排列，且不能重复',
      ),
    ),
  });
}

function yearly<T extends z.ZodMiniType>(value: T) {
  return z.strictObject({
    ...parameterHeader,
    values: z.array(z.strictObject({ year: yearSchema, value, reference: referenceSchema })).check(
      z.maxLength(200),
      z.refine((values) => unique(values, (v) => v.year), '年度重复'),
    ),
  });
}

/** A list of one to `max` items. */
const listOf = <T extends z.ZodMiniType>(item: T, max: number) => z.array(item).check(z.minLength(1), z.maxLength(max));

const categoryAmounts = z.strictObject({ elderly: amount, student: amount, 'working-age': amount });

const enrolmentPeriod = z
  .strictObject({ start: isoDateSchema, end: isoDateSchema, benefitsStart: z.optional(isoDateSchema) })
  .check(z.refine((p) => p.start <= p.end, '集中参保期的结束日早于开始日'));

const announcedDays = z
  .strictObject({ month: monthSchema, days: z.array(dayOfMonth).check(z.minLength(1), z.maxLength(31)) })
  .check(
    z.refine(
      (a) => a.days.every((d) => isoDateSchema.safeParse(`${a.month}-${String(d).padStart(2, '0')}`).success),
      '该月没有这一天',
    ),
    z.refine((a) => unique(a.days, (d) => d), '日期重复'),
  );

const holidayNotice = z.strictObject({
  year: yearSchema,
  reference: referenceSchema,
  daysOff: z
    .array(
      z
        .strictObject({ name: text(40), first: isoDateSchema, last: isoDateSchema })
        // The longest real block is 9 days; a month-long one is a data error.
        // Guarded: zod still runs this refinement when a date inside already failed, and dateRange throws on those.
        .check(
          z.refine(
            (h) =>
              isRealDate(h.first) && isRealDate(h.last) && h.first <= h.last && dateRange(h.first, h.last).length <= 31,
            '假期起止日颠倒或超过31天',
          ),
        ),
    )
    .check(z.maxLength(20)),
  makeUpWorkdays: z.array(isoDateSchema).check(
    z.maxLength(20),
    z.refine((days) => unique(days, (d) => d), '调休上班日重复'),
  ),
});

const channel = z.strictObject({ name: text(100), detail: z.optional(text(300)), url: z.optional(urlSchema) });

const parametersSchema = z.strictObject({
  individualContribution: yearly(categoryAmounts),
  governmentSubsidy: yearly(categoryAmounts),
  enrolmentPeriod: yearly(enrolmentPeriod),
  enrolThenPay: yearly(text(200)),
  waitingPeriod: yearly(z.strictObject({ months: count(60), text: text(500) })),
  nationalWaitingGuideline: dated(
    z.strictObject({
      fixedMonths: count(60),
      extraMonthsPerGapYear: count(60),
      repairMonthsPerPaidYear: count(60),
      longGapYears: count(100),
      minMonthsAfterLongGap: count(120),
      beijingDetailsIncluded: z.boolean(),
      text: text(1000),
    }),
  ),
  paymentWindow: dated(
    z
      .strictObject({
        firstDay: dayOfMonth,
        lastDay: dayOfMonth,
        closesAt: z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, '时间格式应为 HH:MM')),
      })
      .check(z.refine((w) => w.firstDay <= w.lastDay, '缴费时间的结束日早于开始日')),
  ),
  batchDebitRule: dated(
    z.strictObject({
      dayOfMonth: integer(1, 28),
      ifNotWorkingDay: z.enum(nonWorkingDayMoves),
      locksOtherChannels: z.boolean(),
      lockText: text(300),
    }),
  ),
  announcedBatchDebitDays: yearly(z.array(announcedDays).check(z.minLength(1), z.maxLength(12))),
  personalAccountDeduction: dated(z.strictObject({ text: text(300) })),
  mutualAid: dated(
    z.strictObject({
      members: listOf(text(20), 20),
      membersInsuredInBeijing: z.boolean(),
      filingBeforeFirstPayment: z.boolean(),
      filingChannels: z.optional(listOf(text(40), 20)),
      text: text(1000),
    }),
  ),
  mutualAidFiling: dated(z.strictObject({ channels: listOf(text(100), 20), ownBalanceFirst: z.boolean() })),
  nationalMutualAidScope: dated(z.strictObject({ members: listOf(text(20), 20) })),
  paymentChannels: yearly(listOf(channel, 20)),
  hotlines: dated(listOf(z.strictObject({ number: z.string().check(z.regex(/^[0-9-]{3,20}$/)), for: text(200) }), 20)),
  holidayCalendar: z.strictObject({
    id: idSchema,
    description: text(300),
    notices: z.array(holidayNotice).check(
      z.maxLength(101),
      z.refine((notices) => unique(notices, (n) => n.year), '同一年有两份节假日通知'),
    ),
  }),
});

export const policyBookSchema = z
  .strictObject({
    format: z.literal(POLICY_PACK_FORMAT, {
      error: `数据包格式版本应为 ${POLICY_PACK_FORMAT}（旧格式须先经 migratePack 转换）`,
    }),
    version: z.string().check(z.regex(/^[0-9A-Za-z.+-]{1,40}$/)),
    published: isoDateSchema,
    parameters: parametersSchema,
  })
  .check(
    z.refine((book) => unique(Object.values(book.parameters), (p) => p.id), {
      error: '参数编号重复',
      path: ['parameters'],
    }),
  );

/**
 * Validates an untrusted book (an imported policy pack) of the current format; the result is safe to pass to
 * every rule. A pack of an older format goes through `migratePack` first.
 */
export function parsePolicyBook(input: unknown): { ok: true; book: PolicyBook } | { ok: false; issues: string[] } {
  const result = policyBookSchema.safeParse(input);
  if (result.success) return { ok: true, book: result.data };
  return {
    ok: false,
    issues: result.error.issues.map((issue) => `${issue.path.join('.') || '(book)'}: ${issue.message}`),
  };
}

// Compile-time guard: the schema and the TypeScript types describe the same object.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export type SchemaMatchesPolicyBook = Same<z.infer<typeof policyBookSchema>, PolicyBook> extends true ? true : never;
const schemaMatches: SchemaMatchesPolicyBook = true;
void schemaMatches;
