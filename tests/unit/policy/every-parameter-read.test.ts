import { describe, expect, test } from 'vitest';
import {
  addDays,
  addMonths,
  beijingInstant,
  bundledPolicyBook,
  dateRange,
  dayInfo,
  dayNumber,
  nonWorkingDayMoves,
  policySnapshot,
  selfPayDeadline,
  type PolicyBook,
} from '@/policy';
import { parsePolicyBook } from '@/policy/schema';

// Every policy value of the bundled book must change some rule's answer: a pack that changes a value no rule
// reads would change nothing while looking as if it did. Each leaf (a value, its `from` or `year`, a holiday
// notice's days) is changed to other values the schema accepts, and the rules' answers are compared at 10:00
// Beijing on the days 2020–2027 within 550 days of the value's date (or its entry's), nearest first, until one
// differs. The rules are those the answers layer renders: the snapshot
// (payment window, 年度 and benefit start, figures, batch debit, deduction, contacts, 共济), the self-pay
// deadlines, and the working-day calendar. Left out, as provenance rather than policy: each parameter's id,
// description and unit, the references, and the book's format, version and published date (book-health and the
// schema tests cover those).

type Path = (string | number)[];

function leavesOf(value: unknown, path: Path): Path[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => leavesOf(item, [...path, i]));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, item]) => leavesOf(item, [...path, key]));
  return [path];
}

function policyLeaves(book: PolicyBook): Path[] {
  const out: Path[] = [];
  for (const [name, parameter] of Object.entries(book.parameters)) {
    if (name === 'holidayCalendar') continue;
    (parameter.values as Record<string, unknown>[]).forEach((entry, i) => {
      const base = ['parameters', name, 'values', i];
      out.push([...base, 'from' in entry ? 'from' : 'year'], ...leavesOf(entry.value, [...base, 'value']));
    });
  }
  book.parameters.holidayCalendar.notices.forEach((notice, i) => {
    const base = ['parameters', 'holidayCalendar', 'notices', i];
    out.push(
      [...base, 'year'],
      ...leavesOf(notice.daysOff, [...base, 'daysOff']),
      ...leavesOf(notice.makeUpWorkdays, [...base, 'makeUpWorkdays']),
    );
  });
  return out;
}

function get(root: unknown, path: Path): any {
  return path.reduce((node: any, key) => node[key], root);
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const MONTH = /^\d{4}-\d{2}$/;
const TIME = /^(\d{2}):(\d{2})$/;

/** Other values for a leaf, most plausible first. */
function alternatives(value: unknown): unknown[] {
  if (typeof value === 'boolean') return [!value];
  if (typeof value === 'number') return [value + 1, value - 1, value + 2, value - 2, value + 3, value + 10];
  if (typeof value !== 'string') return [];
  // A month away too: some rules read a date at month precision (the batch-debit rule in force on the 1st).
  if (DATE.test(value)) return [1, -1, 31, -31].map((n) => addDays(value, n));
  if (MONTH.test(value)) return [1, -1].map((n) => addMonths(`${value}-01`, n).slice(0, 7));
  const time = TIME.exec(value);
  if (time)
    return [1, -1]
      .map((n) => Number(time[1]) * 60 + Number(time[2]) + n)
      .map((m) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`);
  if ((nonWorkingDayMoves as readonly string[]).includes(value))
    return nonWorkingDayMoves.filter((move) => move !== value);
  return [`${value}甲`, `${value}1`, value.slice(0, -1)];
}

/** Copies of the book with the leaf changed, each one the schema accepts. */
function mutated(path: Path): PolicyBook[] {
  return alternatives(get(bundledPolicyBook, path)).flatMap((alternative) => {
    const copy = structuredClone(bundledPolicyBook);
    get(copy, path.slice(0, -1))[path.at(-1)!] = alternative;
    const parsed = parsePolicyBook(copy);
    return parsed.ok ? [parsed.book] : [];
  });
}

/** Where a leaf's effect most likely shows: the leaf's own date, its entry's date or 年度, else the middle. */
function hintDate(path: Path): string {
  for (let n = path.length; n > 0; n--) {
    const node = get(bundledPolicyBook, path.slice(0, n));
    if (typeof node === 'string' && DATE.test(node)) return node;
    if (typeof node === 'string' && MONTH.test(node)) return `${node}-15`;
    if (node && typeof node === 'object' && !Array.isArray(node)) {
      if (typeof node.from === 'string') return node.from;
      if (typeof node.first === 'string') return node.first;
      if (typeof node.month === 'string') return `${node.month}-15`;
      if (typeof node.year === 'number') return `${node.year}-06-01`;
    }
  }
  return '2024-01-01';
}

const days = dateRange('2020-01-01', '2027-12-31');

/** JSON with keys sorted: the schema's output orders keys its own way, which is no change of policy. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_, v) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );
}

function answers(date: string, book: PolicyBook): string {
  const now = beijingInstant(date, '10:00');
  return canonical([policySnapshot(now, book), selfPayDeadline(now, {}, book), dayInfo(date, book)]);
}

// Through the schema like every mutated book, so both sides are built the same way.
const parsedBaseline = parsePolicyBook(structuredClone(bundledPolicyBook));
if (!parsedBaseline.ok) throw new Error(parsedBaseline.issues.join('\n'));
const baselineBook = parsedBaseline.book;
const baseline = new Map<string, string>();
function baselineAt(date: string): string {
  let known = baseline.get(date);
  if (known === undefined) baseline.set(date, (known = answers(date, baselineBook)));
  return known;
}

/** Far enough for a waiting period's effect, a year and more after the value's date; short enough to be quick. */
const REACH_DAYS = 550;

/** The first day whose answers differ, searching outwards from the hint; undefined when none does. */
function firstDifference(path: Path, book: PolicyBook): string | undefined {
  const hint = dayNumber(hintDate(path));
  const ordered = days
    .filter((d) => Math.abs(dayNumber(d) - hint) <= REACH_DAYS)
    .sort((a, b) => Math.abs(dayNumber(a) - hint) - Math.abs(dayNumber(b) - hint));
  return ordered.find((date) => answers(date, book) !== baselineAt(date));
}

describe('every policy value of the bundled book is read by a rule', () => {
  const leaves = policyLeaves(bundledPolicyBook);

  test('the walk finds the values, and an unchanged book changes nothing (sanity)', () => {
    expect(
      firstDifference(['parameters', 'paymentWindow', 'values', 0, 'from'], structuredClone(bundledPolicyBook)),
    ).toBeUndefined();
    expect(leaves.length).toBeGreaterThan(150);
    expect(leaves).toContainEqual(['parameters', 'batchDebitRule', 'values', 1, 'value', 'locksOtherChannels']);
    expect(leaves).toContainEqual(['parameters', 'holidayCalendar', 'notices', 3, 'makeUpWorkdays', 2]);
  }, 30_000);

  test.each(leaves.map((path) => [path.join('.'), path] as const))(
    '%s',
    (_, path) => {
      const books = mutated(path);
      expect(books.length, 'no other value passes the schema: a fixed key carries no policy').toBeGreaterThan(0);
      expect(
        books.some((book) => firstDifference(path, book) !== undefined),
        'no rule answer changes when this value does',
      ).toBe(true);
    },
    30_000,
  );
});
