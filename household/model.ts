/**
 * The stored household: labels (never names), categories, how each person pays and the 年度 they reported as paid.
 * Read whole through `parseHousehold`: a record that fails any check is rejected with the reason, never half-used.
 * Format 1 (paid as one flag plus the 年度 it was for) is migrated; unknown formats are refused.
 */
import { z } from 'zod/mini';
import { categories, type Category } from '@/policy/parameters/standards';
import { personalDataKind, refusalZh } from '@/utils/personal-data';

export const HOUSEHOLD_FORMAT = 2;
/** Sent by the household page to the background after every save (only our own pages can send it). */
export const HOUSEHOLD_CHANGED_MESSAGE = 'yibao:household-changed';
export const MAX_LABEL_LENGTH = 8;
export const MAX_PEOPLE = 30;

/** How a person's premium is paid. `self-pay`: 电子税务局 / 京通 / a bank app or counter (the 税务 window). */
export const payChannels = ['self-pay', 'batch-debit', 'personal-account', 'school'] as const;
export type PayChannel = (typeof payChannels)[number];

/** The channels a person of this category can use: 学校/托幼机构代办 is for pupils only. */
export const channelsFor = (category: string): PayChannel[] =>
  payChannels.filter((channel) => channel !== 'school' || category === 'student');

export interface Person {
  id: string;
  label: string;
  category: Category;
  channel: PayChannel;
  /** 年度 the volunteer reported as paid (self-reported, checked on the official channels). */
  paidYears: number[];
}

export interface Household {
  format: typeof HOUSEHOLD_FORMAT;
  people: Person[];
  /** Browser notifications switched on in the household page (the permission is asked for separately). */
  notifications: boolean;
}

export const emptyHousehold = (): Household => ({ format: HOUSEHOLD_FORMAT, people: [], notifications: false });

/** Why a label cannot be kept, or undefined when it can. */
export function labelProblem(label: string): string | undefined {
  const kind = personalDataKind(label);
  if (kind) return refusalZh(kind);
  const length = [...label.trim()].length;
  if (length === 0) return '请填写称呼，例如“爸爸”。';
  if (length > MAX_LABEL_LENGTH) return `称呼最多${MAX_LABEL_LENGTH}个字。`;
  return undefined;
}

const year = z.int().check(z.minimum(2000), z.maximum(2100));
const label = z
  .string()
  .check(z.refine((value) => labelProblem(value) === undefined, { error: '称呼不合要求（为空、太长或像号码）' }));
const person = z.strictObject({
  id: z.string().check(z.regex(/^[A-Za-z0-9-]{1,40}$/)),
  label,
  category: z.enum(categories),
  channel: z.enum(payChannels),
  paidYears: z.array(year).check(z.maxLength(50)),
});
const householdV2 = z
  .strictObject({
    format: z.literal(HOUSEHOLD_FORMAT),
    people: z.array(person).check(z.maxLength(MAX_PEOPLE)),
    notifications: z.boolean(),
  })
  .check(
    z.refine((h) => new Set(h.people.map((p) => p.id)).size === h.people.length, {
      error: '同一个人出现了两次',
    }),
  );
const householdV1 = z.strictObject({
  format: z.literal(1),
  people: z
    .array(
      z.strictObject({
        label,
        category: z.enum(categories),
        channel: z.enum(payChannels),
        paid: z.boolean(),
        year,
      }),
    )
    .check(z.maxLength(MAX_PEOPLE)),
});

export type ParsedHousehold = { ok: true; household: Household; migrated: boolean } | { ok: false; reason: string };

function firstIssue(error: z.core.$ZodError): string {
  const issue = error.issues[0];
  const where = issue?.path.length ? `（位置：${issue.path.join('.')}）` : '';
  // zod's own messages are English: only our refinements' Chinese ones are shown as they are.
  const message = issue && /[\u4e00-\u9fff]/.test(issue.message) ? issue.message : '格式不对';
  return `${message}${where}`;
}

/** Reads a stored or imported household whole: the current format, or format 1 migrated. */
export function parseHousehold(raw: unknown, newId: () => string = randomId): ParsedHousehold {
  const format = typeof raw === 'object' && raw !== null ? (raw as { format?: unknown }).format : undefined;
  if (format === 1) {
    const old = householdV1.safeParse(raw);
    if (!old.success) return { ok: false, reason: `旧格式的家庭名单无法读取：${firstIssue(old.error)}` };
    const people = old.data.people.map(({ paid, year: paidYear, ...rest }) => ({
      ...rest,
      id: newId(),
      paidYears: paid ? [paidYear] : [],
    }));
    return { ok: true, household: { format: HOUSEHOLD_FORMAT, people, notifications: false }, migrated: true };
  }
  if (format !== HOUSEHOLD_FORMAT) return { ok: false, reason: '不是本助手认识的家庭名单格式' };
  const parsed = householdV2.safeParse(raw);
  if (!parsed.success) return { ok: false, reason: `家庭名单内容有误：${firstIssue(parsed.error)}` };
  return { ok: true, household: parsed.data as Household, migrated: false };
}

export function randomId(): string {
  return crypto.randomUUID();
}
