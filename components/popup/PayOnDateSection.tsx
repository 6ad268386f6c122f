import { Fragment } from 'preact';
import { useState } from 'preact/hooks';
import { payOnDateAnswers } from '@/answers/pay-on-date';
import type { ActiveBook } from '@/answers/snapshot';
import { beijingTime, parseIsoDate } from '@/policy';
import { MessageView } from '../message-view';
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
export function PayOnDateSection({ now, active }: { now: number; active: ActiveBook }) {
  const [date, setDate] = useState(beijingTime(now).date);
  const valid = isRealDate(date);
  const answers = valid ? payOnDateAnswers(date, active) : [];
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
      {valid && (
        <>
          <dl class="answers" data-answer="pay-on-date" aria-live="polite">
            {answers.map(({ label, message }) => (
              <Fragment key={label}>
                <dt>{label}</dt>
                <dd>
                  <MessageView message={message} />
                </dd>
              </Fragment>
            ))}
          </dl>
          <Sources references={answers.flatMap(({ message }) => message.references)} />
        </>
      )}
    </section>
  );
}
