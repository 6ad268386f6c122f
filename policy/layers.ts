/**
 * Saved notices as policy layers (issue 18.3): the values a user kept from an official notice page, read on their
 * own machine, laid over the book for that one 年度. Pure: the stores (Dexie in the extension, GM storage in the
 * userscript) hand the raw records in, and get back the book to use, the merge differences and what was set aside.
 *
 * Precedence, per 年度 and parameter: a signed pack whose value cites the same notice > the saved notice > the book
 * underneath (bundled, or an imported pack). An unsigned pack never overrides a saved notice.
 */
import type { PolicyBook, PolicyParameters } from './book';
import { parseIsoDate } from './civil-date';
import type { AnnouncedBatchDays } from './parameters/batch-debit';
import type { EnrolmentPeriod, WaitingPeriod } from './parameters/enrolment';
import { categories, type CategoryAmounts } from './parameters/standards';
import type { IsoDate, Reference, YearlyParameter } from './types';

export const NOTICE_LAYER_FORMAT = 1;

/** The yearly parameters a notice layer may set. Contacts never: they stay the bundled book's (pack-trust.ts). */
export interface NoticeLayerValues {
  enrolmentPeriod?: EnrolmentPeriod;
  individualContribution?: CategoryAmounts;
  governmentSubsidy?: CategoryAmounts;
  waitingPeriod?: WaitingPeriod;
  announcedBatchDebitDays?: AnnouncedBatchDays[];
}

export type LayerField = keyof NoticeLayerValues;
export const layerFields: readonly LayerField[] = [
  'enrolmentPeriod',
  'individualContribution',
  'governmentSubsidy',
  'waitingPeriod',
  'announcedBatchDebitDays',
];

export interface NoticeLayer {
  format: typeof NOTICE_LAYER_FORMAT;
  /** The notice page's address: one layer per address, saving it again replaces it. */
  url: string;
  title: string;
  publisher: string;
  /** The notice's publication date as read; '' when the page does not say. */
  published: IsoDate | '';
  /** When it was saved (an ISO instant), to order two notices published the same day. */
  savedAt: string;
  year: number;
  values: NoticeLayerValues;
  /** The sentence or table row each value was read from, shown beside it. */
  evidence: Partial<Record<LayerField, string>>;
}

export function layerReference(layer: NoticeLayer): Reference {
  return {
    publisher: layer.publisher,
    title: layer.title,
    url: layer.url,
    published: layer.published,
    confidence: 'official-local',
  };
}

export const layerFieldLabels: Record<LayerField, string> = {
  enrolmentPeriod: '集中参保期和待遇起始',
  individualContribution: '个人缴费标准',
  governmentSubsidy: '财政补助标准',
  waitingPeriod: '待遇等待期',
  announcedBatchDebitDays: '公布的批量扣款日',
};

// ---- Validation: a stored layer is checked whole on every load, like an imported pack. ----

export type LayerCheck = { ok: true; layer: NoticeLayer } | { ok: false; reason: string };

function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  try {
    parseIsoDate(value);
    return true;
  } catch {
    return false;
  }
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown, max = 500): value is string => typeof value === 'string' && value.length <= max;
const isYuan = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value > 0 && value < 100_000;

function amountsProblem(value: unknown): string | undefined {
  if (!isObject(value)) return '不是按人员类别的金额';
  if (Object.keys(value).length !== categories.length || !categories.every((c) => isYuan(value[c])))
    return '金额不完整或不是正整数';
  return undefined;
}

/** The figures' own consistency: the same checks the reader applies before a notice may be saved. */
export function valuesProblems(year: number, values: NoticeLayerValues): string[] {
  const problems: string[] = [];
  const period = values.enrolmentPeriod;
  if (period) {
    if (period.end < period.start) problems.push(`集中参保期的结束日${period.end}早于开始日${period.start}`);
    if (period.start < `${year - 1}-01-01` || period.end > `${year}-12-31`)
      problems.push(`集中参保期${period.start}至${period.end}不在${year}年度前后`);
    if (period.benefitsStart && !period.benefitsStart.startsWith(`${year}-`))
      problems.push(`待遇起始日${period.benefitsStart}不在${year}年度内`);
  }
  return problems;
}

function valuesProblem(raw: unknown, year: number): string | undefined {
  if (!isObject(raw)) return '没有数值';
  const unknown = Object.keys(raw).filter((key) => !layerFields.includes(key as LayerField));
  if (unknown.length) return `有不认识的项：${unknown.join('、')}`;
  const { enrolmentPeriod: period, waitingPeriod: waiting, announcedBatchDebitDays: batch } = raw;
  if (period !== undefined) {
    if (!isObject(period) || !isIsoDate(period.start) || !isIsoDate(period.end)) return '集中参保期的日期无效';
    if (period.benefitsStart !== undefined && !isIsoDate(period.benefitsStart)) return '待遇起始日无效';
  }
  for (const key of ['individualContribution', 'governmentSubsidy'] as const) {
    const problem = raw[key] === undefined ? undefined : amountsProblem(raw[key]);
    if (problem) return `${layerFieldLabels[key]}${problem}`;
  }
  if (waiting !== undefined) {
    if (!isObject(waiting) || !Number.isInteger(waiting.months) || (waiting.months as number) < 0)
      return '待遇等待期无效';
    if ((waiting.months as number) > 24 || !isText(waiting.text)) return '待遇等待期无效';
  }
  if (batch !== undefined) {
    const valid =
      Array.isArray(batch) &&
      batch.every(
        (entry) =>
          isObject(entry) &&
          typeof entry.month === 'string' &&
          /^\d{4}-(0[1-9]|1[0-2])$/.test(entry.month) &&
          Array.isArray(entry.days) &&
          entry.days.every((day) => Number.isInteger(day) && day >= 1 && day <= 31),
      );
    if (!valid) return '批量扣款日无效';
  }
  return valuesProblems(year, raw as NoticeLayerValues)[0];
}

/** Checks a stored or newly made layer whole; the reason is one plain line for the user. */
export function checkLayer(raw: unknown): LayerCheck {
  const fail = (why: string): LayerCheck => ({ ok: false, reason: `保存的通知无法使用（${why}），已停用，未删除` });
  if (!isObject(raw)) return fail('格式不对');
  if (raw.format !== NOTICE_LAYER_FORMAT) return fail(`格式版本${String(raw.format)}不认识`);
  if (!isText(raw.url, 2000) || !/^https?:\/\//.test(raw.url)) return fail('网址无效');
  if (!isText(raw.title) || !isText(raw.publisher) || !isText(raw.savedAt, 40)) return fail('标题或来源无效');
  if (raw.published !== '' && !isIsoDate(raw.published)) return fail('发布日期无效');
  if (!Number.isInteger(raw.year) || (raw.year as number) < 2000 || (raw.year as number) > 2200)
    return fail('年度无效');
  const problem = valuesProblem(raw.values, raw.year as number);
  if (problem) return fail(problem);
  if (!isObject(raw.evidence) || !Object.values(raw.evidence).every((text) => isText(text, 2000)))
    return fail('原文句子无效');
  if (!layerFields.some((field) => (raw.values as NoticeLayerValues)[field] !== undefined)) return fail('没有数值');
  return { ok: true, layer: raw as unknown as NoticeLayer };
}

// ---- Merging several notices of one 年度 and laying them over a book ----

export interface LayerDifference {
  year: number;
  field: LayerField;
  older: { url: string; title: string; published: string; value: unknown };
  newer: { url: string; title: string; published: string; value: unknown };
}

/** One 年度's value of one field and the notice it comes from. */
interface LayerValue {
  year: number;
  field: LayerField;
  value: NonNullable<NoticeLayerValues[LayerField]>;
  layer: NoticeLayer;
}

/** Older first: by publication date, then by when saved. */
function byPublication(a: NoticeLayer, b: NoticeLayer): number {
  return a.published === b.published ? a.savedAt.localeCompare(b.savedAt) : a.published.localeCompare(b.published);
}

/** Per 年度 and field, the newest publication's value; the values it replaced are differences. */
export function mergeLayers(layers: readonly NoticeLayer[]): { values: LayerValue[]; differences: LayerDifference[] } {
  const latestByUrl = new Map<string, NoticeLayer>();
  for (const layer of [...layers].sort((a, b) => a.savedAt.localeCompare(b.savedAt))) latestByUrl.set(layer.url, layer);
  const merged = new Map<string, LayerValue>();
  const differences: LayerDifference[] = [];
  for (const layer of [...latestByUrl.values()].sort(byPublication)) {
    for (const field of layerFields) {
      const value = layer.values[field];
      if (value === undefined) continue;
      const key = `${layer.year}:${field}`;
      const before = merged.get(key);
      if (before && JSON.stringify(before.value) !== JSON.stringify(value))
        differences.push({
          year: layer.year,
          field,
          older: { ...describe(before.layer), value: before.value },
          newer: { ...describe(layer), value },
        });
      merged.set(key, { year: layer.year, field, value, layer });
    }
  }
  return { values: [...merged.values()], differences };
}

const describe = ({ url, title, published }: NoticeLayer) => ({ url, title, published });

export interface PackInForce {
  book: PolicyBook;
  /** A valid signature of the project's key (已验证). */
  signed: boolean;
}

/**
 * The book to use: the newest pack in force (or the bundled book) with the saved notices laid over it. Returns the
 * very book it was given when no layer changes anything, so "bundled" stays recognisable.
 */
export function composeBook(
  bundled: PolicyBook,
  layers: readonly NoticeLayer[],
  packs: readonly PackInForce[] = [],
): PolicyBook {
  const base = packs.at(-1)?.book ?? bundled;
  const signedBooks = packs.filter((pack) => pack.signed).map((pack) => pack.book);
  const { values } = mergeLayers(layers);
  if (values.length === 0) return base;
  const parameters: PolicyParameters = { ...base.parameters };
  for (const { year, field, value, layer } of values) {
    const citedBySignedPack = signedBooks.some((book) =>
      book.parameters[field].values.some((entry) => entry.year === year && entry.reference.url === layer.url),
    );
    if (citedBySignedPack) continue;
    const parameter = parameters[field] as YearlyParameter<typeof value>;
    parameters[field] = {
      ...parameter,
      values: [
        ...parameter.values.filter((entry) => entry.year !== year),
        { year, value, reference: layerReference(layer) },
      ].sort((a, b) => a.year - b.year),
    } as never;
  }
  return { ...base, parameters };
}
