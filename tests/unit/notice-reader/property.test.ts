/**
 * The reader never returns a value absent from the text: every number's digits and every date's parts appear in
 * the value's evidence, and every evidence string is a piece of the input. On generated notices it also reads
 * exactly the target-年度 figures, whatever relative, earlier or other-year figures and page noise surround them.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { readNotice, tableRowText, type Found, type NoticeInput, type NoticeReading } from '@/notice-reader';
import { weekday } from '@/policy/civil-date';
import { loadNotice, allFixtures } from './load-fixture';

const nfkc = (text: string) => text.normalize('NFKC');
const CHINESE_NUMERALS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];
/** A whole digit run equal to `n` (leading zeros allowed), in the NFKC form of `text`. */
const hasNumber = (text: string, n: number) => new RegExp(`(?<!\\d)0*${n}(?!\\d)`).test(nfkc(text));

function evidenceIsInput(input: NoticeInput, found: { evidence: string; source: string }): boolean {
  switch (found.source) {
    case 'body':
      return input.bodyText.includes(found.evidence);
    case 'title':
      return input.title.trim() === found.evidence;
    case 'heading':
      return input.headings.some((h) => h.trim() === found.evidence);
    case 'published-hint':
      return input.publishedHint?.trim() === found.evidence;
    case 'table':
      return input.tables.some((table) => table.some((row) => tableRowText(row) === found.evidence));
    default:
      return false;
  }
}

/** A date's month and day appear; its year appears, or the year before it does (a range end that names no year). */
function hasDate(text: string, iso: string): boolean {
  const [y, m, d] = iso.split('-').map(Number);
  return (hasNumber(text, y) || hasNumber(text, y - 1)) && hasNumber(text, m) && hasNumber(text, d);
}

/** Every problem with the reading's values and evidence; empty when the invariant holds. */
function evidenceProblems(input: NoticeInput, reading: NoticeReading): string[] {
  const problems: string[] = [];
  const check = (label: string, found: Found<unknown> | { evidence: string; source: string }, ok: boolean) => {
    if (!evidenceIsInput(input, found)) problems.push(`${label}: evidence not in the input: ${found.evidence}`);
    if (!ok) problems.push(`${label}: value not in its evidence: ${JSON.stringify(found)}`);
  };
  if (reading.year) check('year', reading.year, hasNumber(reading.year.evidence, reading.year.value));
  for (const key of ['periodStart', 'periodEnd', 'benefitsStart', 'published'] as const) {
    const found = reading[key];
    if (found) check(key, found, hasDate(found.evidence, found.value));
  }
  if (reading.waitingMonths) {
    const { value, evidence } = reading.waitingMonths;
    check(
      'waitingMonths',
      reading.waitingMonths,
      hasNumber(evidence, value) || evidence.includes(`${CHINESE_NUMERALS[value]}个月`),
    );
  }
  for (const kind of ['individual', 'subsidy', 'total'] as const) {
    for (const [category, found] of Object.entries(reading[kind]))
      check(`${kind}.${category}`, found!, hasNumber(found!.evidence, found!.value));
  }
  for (const found of reading.batchDebitDays) {
    const { year, month, spans, yearFromPeriod } = found.value;
    const ok =
      (yearFromPeriod || hasNumber(found.evidence, year)) &&
      hasNumber(found.evidence, month) &&
      spans.every((s) => hasNumber(found.evidence, s.from) && hasNumber(found.evidence, s.to));
    check('batchDebitDays', found, ok);
  }
  for (const found of reading.hotlines)
    check('hotline', found, nfkc(found.evidence).replace(/\D/g, '').includes(found.value.digits));
  for (const found of reading.publishers) check('publisher', found, found.evidence.includes(found.value));
  if (reading.quotedOriginalUrl)
    check(
      'quotedOriginalUrl',
      reading.quotedOriginalUrl,
      nfkc(reading.quotedOriginalUrl.evidence).includes(reading.quotedOriginalUrl.value),
    );
  for (const figure of reading.context) {
    check(
      `context ${figure.why}`,
      figure,
      typeof figure.value === 'number'
        ? hasNumber(figure.evidence, figure.value)
        : hasDate(figure.evidence, figure.value),
    );
  }
  return problems;
}

const fullWidth = (text: string) => text.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));

const CATEGORY_NAMES = ['城乡老年人', '学生儿童', '劳动年龄内居民'] as const;
const WEEKDAY_NAMES = '日一二三四五六';

/** A generated 年度 notice: its true figures, and the text around them. */
interface Generated {
  input: NoticeInput;
  year: number;
  start: string;
  end: string;
  individual: number[];
  subsidy: number[];
  /** Relative, earlier and other-year figures written in the text: none may come back as a value. */
  decoys: number[];
}

const pad = (n: number) => String(n).padStart(2, '0');

const generatedNotice: fc.Arbitrary<Generated> = fc
  .record({
    year: fc.integer({ min: 2025, max: 2040 }),
    startMonth: fc.integer({ min: 9, max: 12 }),
    startDay: fc.integer({ min: 1, max: 28 }),
    endMonth: fc.integer({ min: 1, max: 3 }),
    endDay: fc.integer({ min: 1, max: 28 }),
    separator: fc.constantFrom('至', '到', '—', '－', '～', '-', '——'),
    zeroPad: fc.boolean(),
    weekdays: fc.boolean(),
    fullWidthDigits: fc.boolean(),
    // Targets 400–999 (individual) and 1000–5000 (subsidy); decoys 1–399, so a leaked decoy is never a target.
    individual: fc.array(fc.integer({ min: 400, max: 999 }), { minLength: 3, maxLength: 3 }),
    subsidy: fc.array(fc.integer({ min: 1000, max: 5000 }), { minLength: 3, maxLength: 3 }),
    earlier: fc.array(fc.integer({ min: 100, max: 399 }), { minLength: 3, maxLength: 3 }),
    relative: fc.integer({ min: 1, max: 99 }),
    phrasing: fc.array(fc.constantFrom('plain', 'from-to', 'split', 'relative-first', 'unit', 'other-year'), {
      minLength: 3,
      maxLength: 3,
    }),
    inTable: fc.boolean(),
    noise: fc.array(
      fc.oneof(
        fc.stringMatching(/^1[3-9]\d{9}$/).map((phone) => `北京落户咨询电话：${phone}`),
        fc.stringMatching(/^400-\d{3}-\d{4}$/).map((phone) => `社保代缴、医保补缴请联系本站客服 ${phone}`),
        fc.integer({ min: 100, max: 3000 }).map((n) => `城乡居民养老金标准达${n}元/月`),
        fc.constant('首页 | 北京社保 | 落户咨询'),
      ),
      { maxLength: 4 },
    ),
  })
  .map((g) => {
    const date = (y: number, m: number, d: number) => {
      const bracket = g.weekdays ? `（星期${WEEKDAY_NAMES[weekday(`${y}-${pad(m)}-${pad(d)}`)]}）` : '';
      return `${y}年${g.zeroPad ? pad(m) : m}月${g.zeroPad ? pad(d) : d}日${bracket}`;
    };
    const [startYear, endYear] = [g.year - 1, g.year];
    const digits = (text: string) => (g.fullWidthDigits ? fullWidth(text) : text);
    const lines = [
      ...g.noise.slice(0, 2),
      `本市${g.year}年度城乡居民医保集中参保期为${date(startYear, g.startMonth, g.startDay)}${g.separator}${date(endYear, g.endMonth, g.endDay)}，参保人员自${g.year}年1月1日起享受待遇。`,
      `个人缴费标准、人均财政补助同步新增${g.relative}元。`,
    ].map(digits);
    const tables: string[][][] = [];
    if (g.inTable) {
      tables.push([
        [
          '人员类别',
          `${g.year - 1}年度个人缴费（元/人·年）`,
          `${g.year}年度个人缴费（元/人·年）`,
          '财政补助（元/人·年）',
        ],
        ...CATEGORY_NAMES.map((name, i) => [name, String(g.earlier[i]), String(g.individual[i]), String(g.subsidy[i])]),
      ]);
    } else {
      CATEGORY_NAMES.forEach((name, i) => {
        const [value, old] = [g.individual[i], g.earlier[i]];
        const sentence = {
          plain: `${name}个人缴费标准为每人每年${value}元。`,
          'from-to': `${name}个人缴费标准由${old}元调整为每人每年${value}元。`,
          split: `${name}个人缴费标准由${old}元调整为\n每人每年${value}元；`,
          'relative-first': `${name}个人缴费标准每人每年提高${g.relative}元，调整为${value}元。`,
          unit: `${name}个人缴费：${value}元/人·年；`,
          'other-year': `${name}个人缴费标准${g.year - 1}年度为${old}元，${g.year}年度为${value}元。`,
        }[g.phrasing[i]];
        lines.push(digits(sentence));
      });
      lines.push(
        digits(`财政补助标准：${CATEGORY_NAMES.map((name, i) => `${name}每人每年${g.subsidy[i]}元`).join('，')}。`),
      );
    }
    lines.push(...g.noise.slice(2));
    const input: NoticeInput = {
      url: 'https://ybj.beijing.gov.cn/tzgg2022/x.html',
      title: `关于做好${g.year}年度城乡居民基本医疗保险参保缴费工作的通知`,
      headings: [],
      bodyText: lines.join('\n'),
      tables,
    };
    return {
      input,
      year: g.year,
      start: `${startYear}-${pad(g.startMonth)}-${pad(g.startDay)}`,
      end: `${endYear}-${pad(g.endMonth)}-${pad(g.endDay)}`,
      individual: g.individual,
      subsidy: g.subsidy,
      decoys: [...g.earlier, g.relative],
    };
  });

const valuesOf = (reading: NoticeReading) =>
  [reading.individual, reading.subsidy, reading.total].flatMap((f) => Object.values(f).map((x) => x!.value));

describe('the reader never returns a value absent from the text', () => {
  test('on every fixture', () => {
    for (const name of allFixtures()) {
      const input = loadNotice(name);
      expect(evidenceProblems(input, readNotice(input)), name).toEqual([]);
    }
  });

  test('on generated notices: exactly the target figures, no decoy, evidence for everything', () => {
    fc.assert(
      fc.property(generatedNotice, (g) => {
        const reading = readNotice(g.input);
        expect(evidenceProblems(g.input, reading)).toEqual([]);
        expect(reading.year?.value).toBe(g.year);
        expect([reading.periodStart?.value, reading.periodEnd?.value]).toEqual([g.start, g.end]);
        expect([
          reading.individual.elderly?.value,
          reading.individual.student?.value,
          reading.individual['working-age']?.value,
        ]).toEqual(g.individual);
        expect([
          reading.subsidy.elderly?.value,
          reading.subsidy.student?.value,
          reading.subsidy['working-age']?.value,
        ]).toEqual(g.subsidy);
        for (const decoy of g.decoys) expect(valuesOf(reading)).not.toContain(decoy);
        expect(reading.hotlines).toEqual([]);
        expect(reading.conflicts).toEqual([]);
        expect(reading.savable).toBe(true);
      }),
      { numRuns: 300 },
    );
  }, 30_000);

  // Token soup: the words, figures and marks the reader looks for, in any order and any number.
  const soupUnit = fc.oneof(
    fc.constantFrom(
      ...[
        '城乡老年人',
        '学生儿童',
        '劳动年龄内居民',
        '个人缴费标准',
        '财政补助',
        '合计',
        '筹资标准',
        '其中',
        '为',
        '调整为',
        '由',
        '较',
        '提高',
        '新增',
        '提高到',
      ],
      ...[
        '每人每年',
        '元/人·年',
        '分别为',
        '，',
        '。',
        '；',
        '：',
        '\n',
        '、',
        '至',
        '—',
        '～',
        '－',
        '集中参保期为',
        '自',
        '起享受待遇',
        '待遇享受期为',
      ],
      ...[
        '等待期',
        '个月等待期',
        '延长至',
        '银行批量扣款日为',
        '可以拨打',
        '有疑问',
        '关于参保缴费',
        '咨询电话：',
        '发布时间：',
        '北京市医疗保障局',
        '（星期三）',
        '（',
        '）',
      ],
    ),
    fc.integer({ min: 1, max: 9999 }).map((n) => `${n}元`),
    fc.integer({ min: 1, max: 9999 }).map((n) => fullWidth(`${n}元`)),
    fc.integer({ min: 2020, max: 2035 }).map((y) => `${y}年度`),
    fc
      .tuple(fc.integer({ min: 2020, max: 2035 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
      .map(([y, m, d]) => `${y}年${m}月${d}日`),
    fc.tuple(fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 })).map(([m, d]) => `${m}月${d}日`),
    fc.integer({ min: 0, max: 40 }).map((d) => `${d}日`),
    fc.integer({ min: 0, max: 13 }).map((n) => `${n}个月`),
    fc.stringMatching(/^(?:1\d{4}|400\d{7}|1[3-9]\d{9}|010-\d{8})$/),
    // Phrases, so that figures, ranges and hotlines actually occur (not only their parts).
    fc
      .tuple(
        fc.constantFrom(...CATEGORY_NAMES, ''),
        fc.constantFrom('个人缴费标准', '财政补助', '合计', ''),
        fc.constantFrom('为', '调整为', '由', '提高', '新增', '较', '', '：', '分别为'),
        fc.integer({ min: 1, max: 9999 }),
      )
      .map(([category, kind, verb, n]) => `${category}${kind}${verb}${n}元`),
    fc
      .tuple(
        fc.integer({ min: 2020, max: 2035 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        fc.constantFrom('至', '—', '～', '-'),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
      )
      .map(([y, m, d, sep, m2, d2]) => `集中参保期为${y}年${m}月${d}日${sep}${m2}月${d2}日`),
    fc.stringMatching(/^(?:1\d{4}|400\d{7}|1[3-9]\d{9})$/).map((phone) => `关于参保缴费有疑问，可以拨打${phone}`),
    fc
      .tuple(
        fc.constantFrom('', '2023年', '2030年'),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 40 }),
        fc.constantFrom('、', '至', '-'),
        fc.integer({ min: 0, max: 40 }),
      )
      .map(([y, m, a, sep, b]) => `其中${y}${m}月银行批量扣款日为${a}日${sep}${b}日`),
  );
  const soup = fc.array(soupUnit, { maxLength: 60 }).map((units) => units.join(''));
  const soupTitle = fc.constantFrom('', '关于2024年度城乡居民基本医疗保险参保缴费的通知');
  const soupInput = (body: string, title: string): NoticeInput => ({
    url: 'https://ybj.beijing.gov.cn/tzgg2022/x.html',
    title,
    headings: [],
    bodyText: body,
    tables: [],
  });

  test('the soup is not vacuous: it makes the reader return amounts, periods, hotlines and batch days', () => {
    const readings = fc
      .sample(soup, { numRuns: 300, seed: 18 })
      .map((body) => readNotice(soupInput(body, '关于2024年度城乡居民基本医疗保险参保缴费的通知')));
    const count = (has: (r: NoticeReading) => boolean) => readings.filter(has).length;
    expect(count((r) => valuesOf(r).length > 0)).toBeGreaterThan(10);
    expect(count((r) => r.periodStart !== undefined)).toBeGreaterThan(10);
    expect(count((r) => r.hotlines.length > 0)).toBeGreaterThan(10);
    expect(count((r) => r.batchDebitDays.length > 0)).toBeGreaterThan(3);
  });

  test('on token soup: never throws, never returns a value without evidence', () => {
    fc.assert(
      fc.property(soup, soupTitle, (body, title) => {
        const input = soupInput(body, title);
        expect(evidenceProblems(input, readNotice(input))).toEqual([]);
      }),
      { numRuns: 500 },
    );
  }, 30_000);
});
