/**
 * The assembler: reads every field of a notice, lists what it could not find, and checks the figures against
 * each other. A value is only ever what the text states for the target 年度; nothing is computed or borrowed from
 * another year.
 */
import { categories, categoryLabels, type Category } from '../policy/parameters/standards';
import { figuresInSegments, figuresInTables, type AmountFigure } from './amounts';
import { classifyNoticeContent } from './classify';
import { findHotlines } from './hotlines';
import { findPublished, findPublishers, findQuotedOriginal } from './publication';
import { findBatchDebitDays, findBenefitsStart, findPeriod, findWaitingMonths, weekdayConflicts } from './schedule';
import { normalize, splitSegments, type Segment } from './segments';
import { findTargetYear } from './target-year';
import type { AmountKind, CategoryFigures, Conflict, NoticeInput, NoticeReading, ReadField } from './types';

const KIND_LABELS: Record<AmountKind, string> = { individual: '个人缴费', subsidy: '财政补助', total: '合计' };

export function readNotice(input: NoticeInput): NoticeReading {
  const segments = splitSegments(input.bodyText);
  const yearFinding = findTargetYear(input, segments);
  const year = yearFinding.year;
  const targetYear = year?.value;
  const period = findPeriod(segments);
  const conflicts: Conflict[] = [];

  const figures = [
    ...figuresInSegments(withoutTableRows(segments, input.tables), targetYear),
    ...figuresInTables(input.tables, targetYear),
  ];
  const [individual, subsidy, total] = (['individual', 'subsidy', 'total'] as const).map((kind) =>
    valuesOf(figures, kind, conflicts),
  );

  const reading: NoticeReading = {
    classification: classifyNoticeContent(input),
    year,
    periodStart: period.start,
    periodEnd: period.end,
    periodExtended: period.extended,
    benefitsStart: findBenefitsStart(segments),
    waitingMonths: findWaitingMonths(segments),
    individual,
    subsidy,
    total,
    batchDebitDays: findBatchDebitDays(segments, period),
    hotlines: findHotlines(segments),
    published: findPublished(input, segments),
    publishers: findPublishers(segments),
    quotedOriginalUrl: findQuotedOriginal(segments),
    context: [
      ...period.context,
      ...figures
        .filter((f) => f.why !== 'value')
        .map((f) => ({
          value: f.amount,
          why: f.why as Exclude<AmountFigure['why'], 'value'>,
          category: f.category,
          kind: f.kind,
          evidence: f.evidence,
          source: f.source,
        })),
    ],
    notFound: [],
    mentionsAttachmentOrImage: /附件|图解|见下图|如下图|一图/.test(input.bodyText),
    conflicts,
    savable: false,
  };

  for (const other of yearFinding.others) {
    conflicts.push({
      kind: 'two-years',
      message: `标题同时提到 ${year!.value} 年度和 ${other.value} 年度`,
      values: [year!, other].map((y) => ({ field: 'year', value: y.value, evidence: y.evidence })),
    });
  }
  conflicts.push(...checkDates(reading), ...checkTotals(reading), ...weekdayConflicts(segments));
  reading.notFound = notFound(reading);
  reading.savable = reading.classification.notice && conflicts.length === 0 && year !== undefined;
  return reading;
}

/**
 * A page's text usually holds its tables too ("城乡老年人\t400元\t4320元"): read those lines once, as table rows with
 * their header, not as prose that would take the header's last kind for every cell.
 */
function withoutTableRows(segments: Segment[], tables: string[][][]): Segment[] {
  const squash = (text: string) => normalize(text).replace(/\s|\|/g, '');
  const rows = new Set(tables.flat().map((row) => squash(row.join(''))));
  return rows.size ? segments.filter((segment) => !rows.has(squash(segment.text))) : segments;
}

/** The target-年度 value per category; two different ones for the same category and kind conflict. */
function valuesOf(figures: AmountFigure[], kind: AmountKind, conflicts: Conflict[]): CategoryFigures {
  const out: CategoryFigures = {};
  for (const figure of figures) {
    if (figure.why !== 'value' || figure.kind !== kind || !figure.category) continue;
    const known = out[figure.category];
    if (!known) {
      out[figure.category] = { value: figure.amount, evidence: figure.evidence, source: figure.source };
    } else if (known.value !== figure.amount) {
      const field = `${kind}.${figure.category}`;
      const already = conflicts.find((c) => c.kind === 'two-amounts' && c.values[0].field === field);
      const value = { field, value: figure.amount, evidence: figure.evidence };
      if (already) already.values.push(value);
      else
        conflicts.push({
          kind: 'two-amounts',
          message: `${categoryLabels[figure.category]}的${KIND_LABELS[kind]}有两个不同的数：${known.value}元和${figure.amount}元`,
          values: [{ field, value: known.value, evidence: known.evidence }, value],
        });
    }
  }
  return out;
}

function checkTotals(reading: NoticeReading): Conflict[] {
  const out: Conflict[] = [];
  for (const category of categories) {
    const [own, aid, sum] = [reading.individual[category], reading.subsidy[category], reading.total[category]];
    if (!own || !aid || !sum || own.value + aid.value === sum.value) continue;
    out.push({
      kind: 'total-mismatch',
      message: `${categoryLabels[category]}：个人缴费${own.value}元＋财政补助${aid.value}元＝${own.value + aid.value}元，通知写的合计是${sum.value}元`,
      values: [
        { field: `individual.${category}`, value: own.value, evidence: own.evidence },
        { field: `subsidy.${category}`, value: aid.value, evidence: aid.evidence },
        { field: `total.${category}`, value: sum.value, evidence: sum.evidence },
      ],
    });
  }
  return out;
}

function checkDates(reading: NoticeReading): Conflict[] {
  const out: Conflict[] = [];
  const { periodStart: start, periodEnd: end, benefitsStart: benefits, year } = reading;
  if (start && end && end.value < start.value) {
    out.push({
      kind: 'period-end-before-start',
      message: `集中参保期的结束日 ${end.value} 早于开始日 ${start.value}`,
      values: [
        { field: 'periodStart', value: start.value, evidence: start.evidence },
        { field: 'periodEnd', value: end.value, evidence: end.evidence },
      ],
    });
  }
  // The 集中参保期 for 年度 N runs in N−1 and N (2021年度: 2020-10-01 – 2020-12-31; 2024年度: 2023-11-15 – 2024-01-31).
  const outside = [start, end].filter(
    (d) => d && year && ![year.value - 1, year.value].includes(Number(d.value.slice(0, 4))),
  );
  if (year && outside.length) {
    out.push({
      kind: 'period-outside-year',
      message: `集中参保期 ${start?.value ?? ''}～${end?.value ?? ''} 不在 ${year.value - 1}–${year.value} 年间，和 ${year.value} 年度对不上`,
      values: [
        ...outside.map((d) => ({
          field: d === start ? 'periodStart' : 'periodEnd',
          value: d!.value,
          evidence: d!.evidence,
        })),
        { field: 'year', value: year.value, evidence: year.evidence },
      ],
    });
  }
  if (benefits && year && Number(benefits.value.slice(0, 4)) !== year.value) {
    out.push({
      kind: 'benefits-outside-year',
      message: `待遇开始日 ${benefits.value} 不在 ${year.value} 年度内`,
      values: [
        { field: 'benefitsStart', value: benefits.value, evidence: benefits.evidence },
        { field: 'year', value: year.value, evidence: year.evidence },
      ],
    });
  }
  return out;
}

function notFound(reading: NoticeReading): ReadField[] {
  const missing: ReadField[] = [];
  const single = ['year', 'periodStart', 'periodEnd', 'benefitsStart', 'waitingMonths', 'published'] as const;
  for (const field of single) if (reading[field] === undefined) missing.push(field);
  for (const category of categories as readonly Category[]) {
    if (!reading.individual[category]) missing.push(`individual.${category}`);
    if (!reading.subsidy[category]) missing.push(`subsidy.${category}`);
  }
  if (!reading.batchDebitDays.length) missing.push('batchDebitDays');
  if (!reading.hotlines.length) missing.push('hotlines');
  if (!reading.publishers.length) missing.push('publishers');
  return missing;
}
