/**
 * A reading as a saved-notice layer (policy/layers.ts): the values `toPolicyValues` maps, with the page as the
 * source and each value's sentence. Contacts are left out: hotlines stay the bundled book's (pack-trust rules).
 */
import { categories } from '../policy/parameters/standards';
import { checkLayer, NOTICE_LAYER_FORMAT, type LayerField, type NoticeLayer } from '../policy/layers';
import { referenceOf, toPolicyValues } from './to-policy';
import type { CategoryFigures, Found, NoticeInput, NoticeReading } from './types';

export type LayerFromReading = { ok: true; layer: NoticeLayer } | { ok: false; reasons: string[] };

const joinEvidence = (found: (Found<unknown> | undefined)[]) =>
  [...new Set(found.flatMap((f) => (f ? [f.evidence] : [])))].join(' … ');
const figuresEvidence = (figures: CategoryFigures) => joinEvidence(categories.map((c) => figures[c]));

/** `savedAt` is an ISO instant the caller passes in (the reader has no clock). */
export function layerFromReading(input: NoticeInput, reading: NoticeReading, savedAt: string): LayerFromReading {
  if (!reading.classification.notice)
    return { ok: false, reasons: [`这不是一份年度城乡居民医保参保缴费通知：${reading.classification.detail}`] };
  if (reading.conflicts.length) return { ok: false, reasons: reading.conflicts.map((c) => c.message) };
  const values = toPolicyValues(input, reading);
  if (!values) return { ok: false, reasons: ['没有找到是哪个年度的通知'] };
  const reference = referenceOf(input, reading);
  const layerValues = {
    ...(values.enrolmentPeriod && { enrolmentPeriod: values.enrolmentPeriod }),
    ...(values.individualContribution && { individualContribution: values.individualContribution }),
    ...(values.governmentSubsidy && { governmentSubsidy: values.governmentSubsidy }),
    ...(values.waitingPeriod && { waitingPeriod: values.waitingPeriod }),
    ...(values.announcedBatchDebitDays && { announcedBatchDebitDays: values.announcedBatchDebitDays }),
  };
  const evidence: Partial<Record<LayerField, string>> = {};
  if (layerValues.enrolmentPeriod)
    evidence.enrolmentPeriod = joinEvidence([reading.periodStart, reading.periodEnd, reading.benefitsStart]);
  if (layerValues.individualContribution) evidence.individualContribution = figuresEvidence(reading.individual);
  if (layerValues.governmentSubsidy) evidence.governmentSubsidy = figuresEvidence(reading.subsidy);
  if (layerValues.waitingPeriod) evidence.waitingPeriod = joinEvidence([reading.waitingMonths]);
  if (layerValues.announcedBatchDebitDays) evidence.announcedBatchDebitDays = joinEvidence(reading.batchDebitDays);
  const checked = checkLayer({
    format: NOTICE_LAYER_FORMAT,
    url: input.url,
    title: reference.title,
    publisher: reference.publisher,
    published: reading.published?.value ?? '',
    savedAt,
    year: values.year,
    values: layerValues,
    evidence,
  });
  if (!checked.ok)
    return {
      ok: false,
      reasons: Object.keys(layerValues).length ? [checked.reason] : ['没有读到可以保存的时间或金额'],
    };
  return { ok: true, layer: checked.layer };
}
