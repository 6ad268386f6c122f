/**
 * Contribution figures per category: the individual contribution, the 财政补助 and a stated 合计, for the target
 * 年度 only. Earlier amounts ("由370元调整为"), relative changes ("新增30元") and amounts tagged with another 年度 are
 * kept as context and never become values.
 */
import type { Category } from '../policy/parameters/standards';
import { MAX_SENTENCE, normalize, tableRowText, type Segment } from './segments';
import type { AmountKind, ContextFigure, EvidenceSource } from './types';

export interface AmountFigure {
  category?: Category;
  kind?: AmountKind;
  amount: number;
  why: 'value' | ContextFigure['why'];
  evidence: string;
  source: EvidenceSource;
}

/** What a sentence leaves to the next one when the next names no category or kind ("学生儿童每人每年375元"). */
export interface Carry {
  category?: Category;
  kind?: AmountKind;
}

const CATEGORY =
  /(城乡老年人|老年人)|(学生儿童|中小学生|学生|儿童)|(劳动年龄内(?:的)?(?:城乡)?居民|劳动年龄段(?:内)?居民|劳动年龄内人员)/g;
const KIND =
  /(个人缴费|个人缴纳|个人负担|缴费标准)|(财政补助|政府补助|财政补贴|补助标准|补助)|(合计|总计|共计|筹资标准|筹资总额)/g;
/** A year that tags a figure ("2023年度为370元"), not a date's year ("2023年11月"). */
const YEAR_TAG = /(?<!\d)(\d{4})\s*年(?:度)?(?!\s*\d{1,2}\s*月)/g;
/**
 * Whole yuan ("430元", "430.00元"); not 万元, not fractions, not monthly amounts (a pension's "961元/月"), and not
 * after a comma: "4,320元" is left unread rather than read as 320.
 */
const AMOUNT = /(?<![\d.,])(\d{1,6})(?:\.0+)?\s*元(?!\s*[/／ ]?\s*月)/g;
const RELATIVE_VERB = /(?:新增|增加|提高|提升|上调|增长|上涨|减少|降低|下调|多缴)了?$/;
const NOISE_BEFORE_AMOUNT = /(?:每人每年|每人|每年|人均|均|:|：|\s)*$/;
const EARLIER_START = /由|从|较|比/g;
const TO_MARK = /为|到|至/g;
const CHANGE_MARK = /(?:调整|提高|提升|上调|增加|增长|降低|下调|变更)(?:为|到|至)/g;
const CHANGE_AFTER = /^[^。;]*?(?:调整|提高|提升|上调|增加|增长|降低|下调|变更)?(?:为|到|至)/;

const categoryOf = (m: RegExpMatchArray): Category => (m[1] ? 'elderly' : m[2] ? 'student' : 'working-age');
const kindOf = (m: RegExpMatchArray): AmountKind => (m[1] ? 'individual' : m[2] ? 'subsidy' : 'total');

function lastIndex(text: string, pattern: RegExp): number {
  let last = -1;
  for (const m of text.matchAll(pattern)) last = m.index;
  return last;
}

/** Why an amount at `index` in `text` is or is not a target-年度 value. */
function amountRole(
  text: string,
  index: number,
  end: number,
  boundary: number,
  targetYear: number | undefined,
): AmountFigure['why'] {
  const before = text.slice(0, index);
  const sincePrevious = before.slice(boundary).replace(NOISE_BEFORE_AMOUNT, '');
  if (RELATIVE_VERB.test(sincePrevious)) return 'relative';
  const earlierAt = lastIndex(before, EARLIER_START);
  if (earlierAt > lastIndex(before, TO_MARK)) {
    const marker = before[earlierAt];
    if (marker === '较' || marker === '比' || CHANGE_AFTER.test(text.slice(end))) return 'earlier';
  }
  // A 年度 named before the amount tags it, unless the text has since moved on to a new figure
  // ("由2023年度的370元调整为400元": 400 is not 2023's).
  const tags = [...before.matchAll(YEAR_TAG)];
  const tag = tags[tags.length - 1];
  const taggedYear = tag && tag.index > lastIndex(before, CHANGE_MARK) ? Number(tag[1]) : undefined;
  if (taggedYear !== undefined && targetYear !== undefined && taggedYear !== targetYear) return 'other-year';
  return 'value';
}

/**
 * The figures of one sentence (NFKC text). Category and kind are the nearest ones named before each amount, or
 * the carried ones; with 分别 ("…分别为400元、375元、695元") amounts pair with the listed categories in order.
 */
export function figuresInText(
  text: string,
  carry: Carry,
  targetYear: number | undefined,
  evidence: string,
  source: EvidenceSource,
): { figures: AmountFigure[]; carry: Carry } {
  const categories = [...text.matchAll(CATEGORY)].map((m) => ({ index: m.index, category: categoryOf(m) }));
  const kinds = [...text.matchAll(KIND)].map((m) => ({ index: m.index, kind: kindOf(m) }));
  const amounts = [...text.matchAll(AMOUNT)];
  if (!categories.length && !kinds.length && !amounts.length) return { figures: [], carry: {} };

  let boundary = 0;
  const figures: AmountFigure[] = amounts.map((m) => {
    const why = amountRole(text, m.index, m.index + m[0].length, boundary, targetYear);
    boundary = m.index + m[0].length;
    const category = [...categories].reverse().find((c) => c.index < m.index)?.category ?? carry.category;
    const kind = [...kinds].reverse().find((k) => k.index < m.index)?.kind ?? carry.kind;
    return { category, kind, amount: Number(m[1]), why, evidence, source };
  });
  pairListedCategories(text, categories, amounts, figures);

  for (const figure of figures) if (figure.why === 'value' && figure.kind === undefined) figure.why = 'kind-unknown';
  const lastCategory = categories[categories.length - 1]?.category ?? carry.category;
  const lastKind = kinds[kinds.length - 1]?.kind ?? carry.kind;
  // An amount with neither category nor kind is not a contribution figure (a pension, a deductible, an advert).
  return {
    figures: figures.filter(
      (f) => f.category !== undefined || (f.kind !== undefined && f.why !== 'value' && f.why !== 'kind-unknown'),
    ),
    carry: { category: lastCategory, kind: lastKind },
  };
}

/** "城乡老年人、学生儿童、劳动年龄内居民…分别为每人每年400元、375元、695元": the n-th amount of a role is the n-th category. */
function pairListedCategories(
  text: string,
  categories: { index: number; category: Category }[],
  amounts: RegExpMatchArray[],
  figures: AmountFigure[],
): void {
  if (!amounts.length || !/分别/.test(text)) return;
  const listed = categories.filter((c) => c.index < amounts[0].index!).map((c) => c.category);
  if (new Set(listed).size !== listed.length || listed.length < 2) return;
  for (const role of ['value', 'earlier'] as const) {
    const ofRole = figures.filter((f) => f.why === role);
    if (ofRole.length === listed.length)
      ofRole.forEach((figure, i) => {
        figure.category = listed[i];
      });
  }
}

/** Figures from the body's sentences, carrying category and kind from one sentence to the next. */
export function figuresInSegments(segments: Segment[], targetYear: number | undefined): AmountFigure[] {
  let carry: Carry = {};
  const out: AmountFigure[] = [];
  for (const segment of segments) {
    const result = figuresInText(segment.text, carry, targetYear, segment.raw, 'body');
    out.push(...result.figures);
    carry = result.carry;
  }
  return out;
}

/** What a header or label cell says: which kind, which 年度, which category. */
interface Labels {
  kind?: AmountKind;
  year?: number;
  category?: Category;
}

function labelsOf(cell: string): Labels {
  const category = [...cell.matchAll(CATEGORY)][0];
  return {
    kind: [...cell.matchAll(KIND)].map(kindOf).pop(),
    year: [...cell.matchAll(YEAR_TAG)].map((m) => Number(m[1])).pop(),
    category: category && categoryOf(category),
  };
}

const PLAIN_AMOUNT = /^\s*(\d{1,6})(?:\.0+)?\s*(?:元(?:\s*[/／]\s*人\s*[·・/／]?\s*年)?)?\s*$/;
const isLabel = (cell: string) =>
  cell.trim() !== '' && !PLAIN_AMOUNT.test(cell) && !new RegExp(AMOUNT.source).test(cell);

/**
 * Figures from tables. The header row names kinds (个人缴费 / 财政补助 / 合计) with rows naming a category, or names
 * categories with rows naming a kind (a transposed table). A column or row headed with another 年度 gives context
 * only. The evidence is always the data row the amount stands in.
 */
export function figuresInTables(tables: string[][][], targetYear: number | undefined): AmountFigure[] {
  const out: AmountFigure[] = [];
  for (const table of tables) {
    const rows = table.map((row) => row.map((cell) => (cell.length > MAX_SENTENCE ? '' : normalize(cell))));
    const headerAt = rows.findIndex(
      (row) =>
        row.every((cell) => !PLAIN_AMOUNT.test(cell)) &&
        row.some((cell) => labelsOf(cell).kind || labelsOf(cell).category),
    );
    if (headerAt < 0) continue;
    const columns = rows[headerAt].map(labelsOf);
    for (let r = headerAt + 1; r < rows.length; r++) {
      const evidence = tableRowText(table[r]);
      const rowLabels = rows[r].filter(isLabel).map(labelsOf);
      const rowLabel: Labels = {
        kind: rowLabels.map((l) => l.kind).find(Boolean),
        year: rowLabels.map((l) => l.year).find(Boolean),
        category: rowLabels.map((l) => l.category).find(Boolean),
      };
      rows[r].forEach((cell, c) => {
        if (isLabel(cell)) return;
        const column = columns[c] ?? {};
        const category = column.category ?? rowLabel.category;
        const kind = column.kind ?? rowLabel.kind;
        const year = column.year ?? rowLabel.year;
        const otherYear = year !== undefined && targetYear !== undefined && year !== targetYear;
        const plain = PLAIN_AMOUNT.exec(cell);
        if (plain) {
          if (!category) return;
          out.push({
            category,
            kind,
            amount: Number(plain[1]),
            why: !kind ? 'kind-unknown' : otherYear ? 'other-year' : 'value',
            evidence,
            source: 'table',
          });
          return;
        }
        const figures = figuresInText(cell, { category, kind }, year ?? targetYear, evidence, 'table').figures;
        out.push(
          ...figures.map((f) => ({ ...f, why: otherYear && f.why === 'value' ? ('other-year' as const) : f.why })),
        );
      });
    }
  }
  return out;
}
