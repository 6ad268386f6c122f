/**
 * Shapes of the parameter book, in the spirit of OpenFisca parameters: every value is dated and carries the
 * reference it comes from and how far it can be trusted.
 */

/** How far a value can be trusted; shown to the user next to every figure. */
export type Confidence =
  /** An official page that was opened directly. */
  | 'official'
  /** A verbatim quotation of an official notice (a repost naming the notice and reproducing its wording). */
  | 'quoted-official'
  /** A secondary site (news, aggregator) consistent with other evidence; never presented as settled. */
  | 'secondary';

/** Calendar date in Beijing, `YYYY-MM-DD`. */
export type IsoDate = string;

export interface Reference {
  publisher: string;
  title: string;
  url: string;
  /** Publication date of the text (`YYYY-MM-DD`, or `YYYY-MM` when only the month is known). */
  published: string;
  confidence: Confidence;
  note?: string;
}

/** A value in force from a date on (inclusive) until the next value's date. */
export interface DatedValue<T> {
  from: IsoDate;
  value: T;
  reference: Reference;
}

export interface Parameter<T> {
  id: string;
  description: string;
  unit?: string;
  values: DatedValue<T>[];
}

/** A value that belongs to one 年度 (coverage year) and never carries over to the next one. */
export interface YearValue<T> {
  year: number;
  value: T;
  reference: Reference;
}

export interface YearlyParameter<T> {
  id: string;
  description: string;
  unit?: string;
  values: YearValue<T>[];
}
