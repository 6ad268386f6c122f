/**
 * Shapes of the notice reader: what a content script hands over from an official notice page's main body, and
 * what the reader found in it. Plain data, no DOM types: the reader runs in Node as well as in a content script.
 */
import type { Category } from '../policy/parameters/standards';
import type { IsoDate } from '../policy/types';
import type { NoticeClassification } from './classify';

/** What a content script extracts from the page's main body (never the page chrome if it can help it). */
export interface NoticeInput {
  url: string;
  /** The document's or the article's title. */
  title: string;
  /** Headings of the article body (h1–h4 or styled title lines), in page order. */
  headings: string[];
  /** The article body's visible text, paragraphs separated by line breaks; tables may also appear here as text. */
  bodyText: string;
  /** The body's tables: table → rows → cell texts. */
  tables: string[][][];
  /** A publication date line the page shows outside the body (e.g. "发布时间：2023-11-14"), as shown. */
  publishedHint?: string;
}

/** Where a value's evidence was read. */
export type EvidenceSource = 'title' | 'heading' | 'body' | 'table' | 'published-hint';

/**
 * A value with the exact text it came from: a sentence of the body (a substring of `bodyText`), the title, a
 * heading, the published hint, or a table row rendered by `tableRowText`.
 */
export interface Found<T> {
  value: T;
  evidence: string;
  source: EvidenceSource;
}

/** Which amount: the resident's own contribution, the government's, or their sum as the notice states it. */
export type AmountKind = 'individual' | 'subsidy' | 'total';

export type CategoryFigures = Partial<Record<Category, Found<number>>>;

/** Days of one month announced as extra bank batch-debit days ("其中2023年12月银行批量扣款日为15日、18日与19日"). */
export interface BatchDebitDays {
  year: number;
  month: number;
  /** Days as written: a single day is `{ from: 15, to: 15 }`, "15日至17日" is `{ from: 15, to: 17 }`. */
  spans: { from: number; to: number }[];
  /** True when the sentence names no year and it was taken from the 集中参保期 the month falls in. */
  yearFromPeriod: boolean;
}

export interface Hotline {
  /** As written, e.g. "4007112366" or "010-12345678". */
  number: string;
  /** The number's digits only. */
  digits: string;
  /** What the sentence says the number is for, e.g. "关于税务渠道缴费业务有疑问". */
  purpose: string;
}

/**
 * A figure that is not a target-年度 value: a relative change ("新增30元"), an earlier amount ("由370元调整为"), an
 * amount tagged with another 年度, or one whose kind (个人 / 补助) the text does not say. Shown, never saved.
 */
export interface ContextFigure {
  /** An amount in yuan, or a date a later sentence replaced (an extended period's original end). */
  value: number | IsoDate;
  why: 'relative' | 'earlier' | 'other-year' | 'kind-unknown' | 'superseded-date';
  category?: Category;
  kind?: AmountKind;
  evidence: string;
  source: EvidenceSource;
}

export type ReadField =
  | 'year'
  | 'periodStart'
  | 'periodEnd'
  | 'benefitsStart'
  | 'waitingMonths'
  | `individual.${Category}`
  | `subsidy.${Category}`
  | 'batchDebitDays'
  | 'hotlines'
  | 'published'
  | 'publishers';

export interface ConflictValue {
  field: string;
  value: number | string;
  evidence: string;
}

export interface Conflict {
  kind:
    | 'total-mismatch'
    | 'period-end-before-start'
    | 'benefits-outside-year'
    | 'period-outside-year'
    | 'two-amounts'
    | 'two-years'
    | 'weekday-mismatch';
  /** One plain-Chinese line saying which values disagree. */
  message: string;
  values: ConflictValue[];
}

export interface NoticeReading {
  /** The content test (`classifyNoticeContent`): a reading of a page that is not such a notice is never savable. */
  classification: NoticeClassification;
  /** The target 年度 (coverage year) the notice is about. */
  year?: Found<number>;
  periodStart?: Found<IsoDate>;
  periodEnd?: Found<IsoDate>;
  /** True when the end comes from a sentence that extends the period (补充通知 / 延长). */
  periodExtended: boolean;
  benefitsStart?: Found<IsoDate>;
  /** Months to wait after paying outside the 集中参保期. */
  waitingMonths?: Found<number>;
  individual: CategoryFigures;
  subsidy: CategoryFigures;
  /** 合计 / 筹资标准 as stated; checked against 个人 + 补助, never used to compute a missing one. */
  total: CategoryFigures;
  batchDebitDays: Found<BatchDebitDays>[];
  hotlines: Found<Hotline>[];
  published?: Found<IsoDate>;
  publishers: Found<string>[];
  /** The official original a repost names ("原文网址：https://ybj.beijing.gov.cn/…"). */
  quotedOriginalUrl?: Found<string>;
  context: ContextFigure[];
  notFound: ReadField[];
  /** The body points at an attachment or a 图解 image the figures may be in (they are not read from there). */
  mentionsAttachmentOrImage: boolean;
  conflicts: Conflict[];
  /** False when the text is not such a notice, anything conflicts or no 年度 was found: the reading must not be kept. */
  savable: boolean;
}
