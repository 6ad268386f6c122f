/**
 * Shapes of the parameter book, in the spirit of OpenFisca parameters: every value is dated and carries the
 * reference it comes from and how far it can be trusted.
 */

/**
 * The shape version of a policy pack (the book as JSON). Bump it whenever a key is added, removed or changes
 * meaning, and add the step to `migratePack` (policy/migrate-pack.ts) so packs people saved still load.
 * 1: no `format` key (books up to 2026.11.25.1). 2: `format` added; `moduleName` and `when` removed,
 * `ifNotWorkingDay` may also be 'previous-working-day' or 'same-day'.
 */
export const POLICY_PACK_FORMAT = 2;

/** How far a value can be trusted; shown to the user next to every figure. */
export type Confidence =
  /** An official page that was opened directly. */
  | 'official'
  /** A verbatim quotation of an official notice (a repost naming the notice and reproducing its wording). */
  | 'quoted-official'
  /** A secondary site (news, aggregator) consistent with other evidence; never presented as settled. */
  | 'secondary'
  /** An official notice page the user opened and saved; read on this machine by the notice reader (policy/layers.ts). */
  | 'official-local';

/** Calendar date in Beijing, `YYYY-MM-DD`. */
export type IsoDate = string;

export interface Reference {
  publisher: string;
  title: string;
  /** Web address; `sources/…` names a saved copy whose address was not kept (see policy/SOURCES.md). */
  url: string;
  /** Publication date of the text: `YYYY-MM-DD`, `YYYY-MM` or `YYYY` as far as known; '' when unknown. */
  published: string;
  confidence: Confidence;
  /**
   * A maintainer's remark on the source. The bundled book keeps these as code comments beside each reference
   * (they are not shown and would only weigh on the content script); packs may still carry one.
   */
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

/** Why a computed date may not hold, attached to it; never hidden from the user. */
export type DateCaveat =
  /** A date was computed with Monday–Friday because that year's holiday notice is not included. */
  | { kind: 'calendar-not-covered'; year: number }
  /** The date is a 调休 weekend working day; no source says whether payment or debit runs on such days. */
  | { kind: 'make-up-workday'; date: IsoDate };
