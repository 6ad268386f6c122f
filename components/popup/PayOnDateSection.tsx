import { Fragment } from 'preact';
import { useState } from 'preact/hooks';
import {
  batchDebitToday,
  beijingInstant,
  beijingTime,
  benefitStartIfPaidOn,
  likelyPaymentYear,
  parseIsoDate,
  paymentWindowStatus,
  paymentYear,
  type PolicyBook,
} from '@/policy';
import { dateZh } from '@/utils/format-zh';
import { benefitStartZh, paymentWindowZh } from '@/utils/wording';
import { Sources } from './Sources';

function isRealDate(value: string): boolean {
  try {
    parseIsoDate(value);
    return true;
  } catch {
    return false;
  }
}

/** "如果在某天缴费": the 年度, benefit start, and whether that day is a payment day or a batch-debit day. */
export function PayOnDateSection({ now, book }: { now: number; book: PolicyBook }) {
  const [date, setDate] = useState(beijingTime(now).date);
  const valid = isRealDate(date);
  // Morning of that day: the 15:00 cut-off has not passed yet.
  const morning = valid ? beijingInstant(date, '09:00') : 0;
  const years = valid ? paymentYear(morning, book) : undefined;
  // When the likely 年度 is not included, a late payment for the previous one is still worth answering.
  const likely = years && likelyPaymentYear(years);
  const candidates = years && likely ? [...new Set([likely.year, years.current.year])] : [];
  const windowAnswer = valid ? paymentWindowZh(paymentWindowStatus(morning, book)) : undefined;
  const batch = valid ? batchDebitToday(morning, book) : undefined;
  const benefits = candidates.map((year) => ({
    year,
    benefit: benefitStartZh(benefitStartIfPaidOn(year, date, book)),
  }));
  const batchReferences =
    batch && batch.kind !== 'rule-not-in-force'
      ? [...(batch.month.lock ? [batch.month.lock.reference] : []), ...batch.month.references]
      : [];

  return (
    <section aria-labelledby="pay-on-title">
      <h2 id="pay-on-title">如果在某天缴费</h2>
      <div class="field">
        <label for="pay-on-date">缴费日期</label>
        <input
          id="pay-on-date"
          type="date"
          value={date}
          min="2021-01-01"
          max="2030-12-31"
          onInput={(e) => setDate(e.currentTarget.value)}
        />
      </div>
      {!valid && <p role="alert">请选择一个有效日期。</p>}
      {valid && windowAnswer && batch && (
        <dl class="answers" data-answer="pay-on-date" aria-live="polite">
          {benefits.map(({ year, benefit }, i) => (
            <Fragment key={year}>
              <dt>
                {i === 0
                  ? `${dateZh(date)}缴费，缴的${candidates.length > 1 ? '很可能' : ''}是${year}年度`
                  : `如果是补缴${year}年度`}
              </dt>
              <dd>
                {benefit.summary}
                {benefit.caveats.map((c) => (
                  <span class="caveat" key={c}>
                    ⚠ {c}
                  </span>
                ))}
              </dd>
            </Fragment>
          ))}
          <dt>当天能否缴费</dt>
          <dd>
            {windowAnswer.summary}
            {windowAnswer.caveats.map((c) => (
              <span class="caveat" key={c}>
                ⚠ {c}
              </span>
            ))}
          </dd>
          <dt>批量扣款</dt>
          <dd>
            {batch.kind === 'batch-day' && '这天是银行批量扣款日：有批扣协议的，这天不能用其他渠道缴费。'}
            {batch.kind === 'possible-batch-day' && '这天可能是银行批量扣款日，以官方通知为准。'}
            {batch.kind === 'not-batch-day' && '这天不是银行批量扣款日。'}
            {batch.kind === 'rule-not-in-force' && '这天的批量扣款规则尚未收录。'}
          </dd>
        </dl>
      )}
      {valid && windowAnswer && (
        <Sources
          references={[
            ...benefits.flatMap(({ benefit }) => benefit.references),
            ...windowAnswer.references,
            ...batchReferences,
          ]}
        />
      )}
    </section>
  );
}
