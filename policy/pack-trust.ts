/**
 * Trust rules for an unsigned policy pack: a file someone sent. Its figures may be shown (labelled as imported,
 * unchecked), but nothing in it may decide whom a user calls or where they go. Contacts and destinations — hotlines,
 * payment channels, 共济 filing channels and source URLs — come only from the bundled book, and its free text may
 * carry no phone number or link. Pure: runs in Node, no browser API, no zod.
 */
import type { PolicyBook } from './book';
import { valueOn } from './parameter-lookup';
import type { Parameter, Reference } from './types';

/** The trusted fields, by the name a user reads in the import result. */
export const trustedFieldZh = {
  hotlines: '咨询电话',
  paymentChannels: '缴费渠道',
  mutualAidFiling: '共济备案渠道',
  referenceUrls: '来源网址',
} as const;

export type TrustedField = keyof typeof trustedFieldZh;

export interface TrustedBook {
  book: PolicyBook;
  /** Fields where the pack differed from the bundled book; its values there were not used. */
  ignored: TrustedField[];
}

/** A reference whose address is not one of the bundled book's keeps its publisher and title, and no address. */
export const UNVERIFIED_URL = '';

/**
 * The pack with every contact and destination taken from the bundled book. A 年度 or date the bundled book does
 * not cover stays not included: the pack never fills it.
 */
export function withTrustedContacts(pack: PolicyBook, bundled: PolicyBook): TrustedBook {
  const trustedUrls = new Set(references(bundled).map((reference) => reference.url));
  const book = structuredClone(pack);
  const parameters = book.parameters;
  parameters.hotlines = structuredClone(bundled.parameters.hotlines);
  parameters.paymentChannels = structuredClone(bundled.parameters.paymentChannels);
  parameters.mutualAid = overlayDated(pack.parameters.mutualAid, bundled.parameters.mutualAid, ['filingChannels']);
  parameters.mutualAidFiling = overlayDated(pack.parameters.mutualAidFiling, bundled.parameters.mutualAidFiling, [
    'channels',
  ]);
  // A source the bundled book cites under the same name keeps the bundled address; any other loses its address.
  const byName = new Map(references(bundled).map((reference) => [sourceName(reference), reference.url]));
  for (const reference of references(book)) {
    if (!trustedUrls.has(reference.url)) reference.url = byName.get(sourceName(reference)) ?? UNVERIFIED_URL;
  }

  const differs = (project: (book: PolicyBook) => unknown) => canonical(project(pack)) !== canonical(project(book));
  const ignored: TrustedField[] = [];
  if (differs((b) => b.parameters.hotlines.values.map((v) => [v.from, v.value]))) ignored.push('hotlines');
  if (differs((b) => b.parameters.paymentChannels.values.map((v) => [v.year, v.value])))
    ignored.push('paymentChannels');
  if (
    differs((b) => [
      b.parameters.mutualAid.values.map((v) => [v.from, v.value.filingChannels]),
      b.parameters.mutualAidFiling.values.map((v) => [v.from, v.value.channels]),
    ])
  ) {
    ignored.push('mutualAidFiling');
  }
  if (references(pack).some((reference) => !trustedUrls.has(reference.url))) ignored.push('referenceUrls');
  return { book, ignored };
}

/** The import result's line on what was ignored: fields named, never their values. */
export function ignoredFieldsZh(ignored: readonly TrustedField[]): string | undefined {
  if (ignored.length === 0) return undefined;
  const names = ignored.map((field) => `「${trustedFieldZh[field]}」`).join('');
  const urlsOnly = ignored.length === 1 && ignored[0] === 'referenceUrls';
  return urlsOnly
    ? `数据包里的${names}本助手没有核实过，已忽略：这些来源只显示名称，不显示网址（网址未核实）。`
    : `数据包里的${names}和本助手自带的不一样，已忽略，仍使用本助手自带的电话、渠道和网址。`;
}

/**
 * A dated parameter whose `keys` come from the bundled value in force and everything else from the pack's, over
 * the dates both cover. The pack's reference stays with the segment: its other figures rest on it.
 */
function overlayDated<T extends object>(pack: Parameter<T>, bundled: Parameter<T>, keys: (keyof T)[]): Parameter<T> {
  const firsts = [pack.values[0]?.from, bundled.values[0]?.from];
  if (firsts.some((date) => date === undefined)) return { ...structuredClone(pack), values: [] };
  const start = firsts.sort().at(-1)!;
  const dates = [...new Set([...pack.values, ...bundled.values].map((v) => v.from))]
    .filter((date) => date >= start)
    .sort();
  const values: Parameter<T>['values'] = [];
  for (const date of dates) {
    const own = valueOn(pack, date)!;
    const trusted = valueOn(bundled, date)!;
    const value = structuredClone(own.value);
    for (const key of keys) {
      if (key in trusted.value) value[key] = structuredClone(trusted.value[key]);
      else delete value[key];
    }
    const segment = { from: date, value, reference: structuredClone(own.reference) };
    const previous = values.at(-1);
    const same =
      previous && canonical([previous.value, previous.reference]) === canonical([segment.value, segment.reference]);
    if (!same) values.push(segment);
  }
  return { ...structuredClone(pack), values };
}

/** JSON with object keys sorted: a validated pack lists keys in schema order, the bundled book as written. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_, node) =>
    node && typeof node === 'object' && !Array.isArray(node)
      ? Object.fromEntries(Object.entries(node).sort(([a], [b]) => (a < b ? -1 : 1)))
      : node,
  );
}

const sourceName = (reference: Reference) => `${reference.publisher}|${reference.title}|${reference.published}`;

/** Every reference object in a book, wherever it sits. */
function references(book: PolicyBook): Reference[] {
  const found: Reference[] = [];
  const walk = (node: unknown, key?: string): void => {
    if (Array.isArray(node)) for (const item of node) walk(item);
    else if (node && typeof node === 'object') {
      if (key === 'reference') found.push(node as Reference);
      else for (const [k, v] of Object.entries(node)) walk(v, k);
    }
  };
  walk(book.parameters);
  return found;
}

/** Fields that hold an id, a date, a number, a code or an address rather than words a person reads. */
const NOT_FREE_TEXT = new Set([
  'id',
  'version',
  'published',
  'from',
  'year',
  'month',
  'start',
  'end',
  'benefitsStart',
  'first',
  'last',
  'makeUpWorkdays',
  'url',
  'number',
  'confidence',
  'when',
  'ifNotWorkingDay',
  'closesAt',
]);

/** Five digits or more, counted across spaces, dashes and dots ("400 610 9999", "400-610-9999"). */
const LONG_DIGIT_RUN = /\p{Nd}(?:[\s\p{Pd}.·]*\p{Nd}){4,}/u;
/** A web address, a bare domain (x.com, x.cn) or an e-mail / social handle. */
const LINK_LIKE = /https?:|www\.|@|[a-z0-9-]\.[a-z]{2,}\b|[.。]\s*(?:com|cn|net|org|gov|top|xyz|cc|vip|io)\b/iu;

/** What is wrong with one piece of free text, or undefined. Normalised first: full-width digits count too. */
export function freeTextProblem(text: string): 'digits' | 'link' | undefined {
  const normalised = text.normalize('NFKC');
  if (LONG_DIGIT_RUN.test(normalised)) return 'digits';
  if (LINK_LIKE.test(normalised)) return 'link';
  return undefined;
}

/**
 * Every free-text field of a pack that carries a phone-number-like digit run or a link, named by its path (never
 * by its value, which could be the planted number itself). Text found word for word in the bundled book is its
 * own (a publisher named by its domain, e.g. `fudaoke.com`) and passes.
 */
export function freeTextProblems(pack: unknown, bundled: PolicyBook): string[] {
  const own = new Set<string>();
  const collect = (node: unknown): void => {
    if (typeof node === 'string') own.add(node);
    else if (node && typeof node === 'object') Object.values(node).forEach(collect);
  };
  collect(bundled);
  const problems: string[] = [];
  const walk = (node: unknown, path: string[], key: string | undefined): void => {
    if (typeof node === 'string') {
      const problem =
        (key !== undefined && NOT_FREE_TEXT.has(key)) || own.has(node) ? undefined : freeTextProblem(node);
      if (problem === 'digits')
        problems.push(
          `${path.join('.')}：文字里有5位以上的数字，像电话号码。数据包的文字里不能有电话号码，整个数据包不导入。`,
        );
      if (problem === 'link')
        problems.push(`${path.join('.')}：文字里有网址或邮箱。数据包的文字里不能有网址，整个数据包不导入。`);
    } else if (Array.isArray(node)) {
      node.forEach((item, i) => {
        walk(item, [...path, String(i)], key);
      });
    } else if (node && typeof node === 'object') {
      for (const [k, v] of Object.entries(node)) walk(v, [...path, k], k);
    }
  };
  walk(pack, [], undefined);
  return problems;
}
