import { likelyPaymentYear, policySnapshot, type PolicyBook } from '@/policy';
import { dateCaveatZh, dateZh, shortDateZh } from '@/utils/format-zh';
import { paymentWindowZh } from '@/utils/wording';

/** Today in Beijing: the payment window, batch debit, the 集中参保期 and the month-end deduction. */
export function TodaySection({ now, book }: { now: number; book: PolicyBook }) {
  const snapshot = policySnapshot(now, book);
  const window = paymentWindowZh(snapshot.paymentWindow);
  const current = likelyPaymentYear(snapshot.paymentYear);
  const batch = snapshot.batchDebit;
  const nextBatchDay = batch.kind === 'rule-not-in-force' ? undefined : batch.month.days.find((d) => d.date >= snapshot.today);
  const deduction = snapshot.accountDeduction;
  return (
    <section aria-labelledby="today-title">
      <h2 id="today-title">今天：{dateZh(snapshot.today)}（北京时间）</h2>
      <dl class="answers">
        <dt>能否缴费</dt>
        <dd data-answer="payment-window">
          {window.summary}
          {window.caveats.map((c) => <span class="caveat" key={c}>⚠ {c}</span>)}
        </dd>

        <dt>银行批量扣款</dt>
        <dd data-answer="batch-debit">
          {batch.kind === 'rule-not-in-force' && '没有收录这个月的批量扣款规则。'}
          {batch.kind === 'batch-day' && <strong>今天是批量扣款日：有批扣协议的，今天不能用其他渠道缴费。</strong>}
          {batch.kind === 'possible-batch-day' && <strong>今天可能是批量扣款日，以官方通知为准。</strong>}
          {batch.kind === 'not-batch-day' &&
            (nextBatchDay ? `本月批量扣款日：${shortDateZh(nextBatchDay.date)}。` : '本月批量扣款日已过。')}
          {batch.kind !== 'rule-not-in-force' && batch.month.ambiguities.length > 0 && <span class="caveat"> ⚠ 本月扣款日以官方通知为准。</span>}
        </dd>

        <dt>集中参保期</dt>
        <dd data-answer="enrolment">
          {current.kind === 'in-period' && (
            <>
              {current.year}年度集中参保期到{dateZh(current.period.end)}，<strong>还剩{current.daysLeft}天</strong>（含今天）。
            </>
          )}
          {current.kind === 'before-period' && <>{current.year}年度集中参保期{dateZh(current.period.start)}开始。</>}
          {current.kind === 'after-period' && <>{current.year}年度集中参保期已于{dateZh(current.period.end)}结束，现在缴费有等待期。</>}
          {current.kind === 'year-not-included' && (
            <strong>
              {current.year}年度的集中参保时间和缴费标准尚未收录{current.periodMayBeOpen ? '（往年此时已开始集中参保）' : ''}，请以官方通知为准。
            </strong>
          )}
        </dd>

        <dt>个人账户扣费</dt>
        <dd data-answer="account-deduction">
          {deduction.kind === 'deduction' ? <>用医保个人账户缴费的，本月扣费日：{dateZh(deduction.date)}。</> : '没有收录个人账户扣费规则。'}
        </dd>
      </dl>
      {snapshot.paymentWindow.state !== 'rule-not-in-force' &&
        snapshot.paymentWindow.caveats.length === 0 &&
        batch.kind !== 'rule-not-in-force' &&
        batch.month.caveats.map((c) => <p class="caveat" key={JSON.stringify(c)}>⚠ {dateCaveatZh(c)}</p>)}
    </section>
  );
}
