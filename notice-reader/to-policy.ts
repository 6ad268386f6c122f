/**
 * A reading in the parameter book's shapes (policy/types, parameters/*), for the layer the lead keeps when the
 * user saves. Only complete values map: a category set with one amount missing is left out, never filled.
 */
import { dateRange, isoDate } from '../policy/civil-date';
import type { AnnouncedBatchDays } from '../policy/parameters/batch-debit';
import type { Hotline as PolicyHotline } from '../policy/parameters/contacts';
import type { EnrolmentPeriod, WaitingPeriod } from '../policy/parameters/enrolment';
import { categories, type CategoryAmounts } from '../policy/parameters/standards';
import type { Confidence, Reference } from '../policy/types';
import { noticePageOf } from '../utils/official-sites';
import { isNoticeSiteUrl } from './classify';
import type { CategoryFigures, NoticeInput, NoticeReading } from './types';

export interface NoticePolicyValues {
  year: number;
  reference: Reference;
  enrolmentPeriod?: EnrolmentPeriod;
  individualContribution?: CategoryAmounts;
  governmentSubsidy?: CategoryAmounts;
  waitingPeriod?: WaitingPeriod;
  announcedBatchDebitDays?: AnnouncedBatchDays[];
  hotlines?: PolicyHotline[];
}

/** Undefined when the reading must not be kept (conflicts, or no 年度). */
export function toPolicyValues(input: NoticeInput, reading: NoticeReading): NoticePolicyValues | undefined {
  if (!reading.savable || !reading.year) return undefined;
  const { periodStart: start, periodEnd: end } = reading;
  return {
    year: reading.year.value,
    reference: referenceOf(input, reading),
    enrolmentPeriod:
      start && end
        ? {
            start: start.value,
            end: end.value,
            ...(reading.benefitsStart && { benefitsStart: reading.benefitsStart.value }),
          }
        : undefined,
    individualContribution: complete(reading.individual),
    governmentSubsidy: complete(reading.subsidy),
    waitingPeriod: reading.waitingMonths && {
      months: reading.waitingMonths.value,
      text: reading.waitingMonths.evidence,
    },
    announcedBatchDebitDays: reading.batchDebitDays.length
      ? reading.batchDebitDays.map(({ value }) => ({
          month: isoDate(value.year, value.month, 1).slice(0, 7),
          days: value.spans.flatMap((s) =>
            dateRange(isoDate(value.year, value.month, s.from), isoDate(value.year, value.month, s.to)).map((d) =>
              Number(d.slice(8)),
            ),
          ),
        }))
      : undefined,
    hotlines: reading.hotlines.length
      ? reading.hotlines.map(({ value }) => ({ number: value.digits, for: value.purpose }))
      : undefined,
  };
}

function complete(figures: CategoryFigures): CategoryAmounts | undefined {
  if (!categories.every((c) => figures[c])) return undefined;
  return {
    elderly: figures.elderly!.value,
    student: figures.student!.value,
    'working-age': figures['working-age']!.value,
  };
}

/**
 * The page as a source: an official notice site is 'official'; a repost that names an official original is
 * 'quoted-official'; anything else is 'secondary'.
 */
export function referenceOf(input: NoticeInput, reading: NoticeReading): Reference {
  const original = reading.quotedOriginalUrl?.value;
  const confidence: Confidence = isNoticeSiteUrl(input.url)
    ? 'official'
    : original && isNoticeSiteUrl(original)
      ? 'quoted-official'
      : 'secondary';
  const siteName = noticePageOf(input.url)?.name;
  return {
    publisher: reading.publishers.map((p) => p.value).join('、') || siteName || '',
    title: input.title.trim(),
    url: input.url,
    published: reading.published?.value ?? '',
    confidence,
  };
}
