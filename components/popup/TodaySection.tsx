import type { PolicyBook } from '@/policy';
import { dateZh } from '@/utils/format-zh';
import { todayAnswers } from '@/utils/today-answers';
import { Sources } from './Sources';

/** Today in Beijing: the payment window, batch debit, the 集中参保期 and the month-end deduction. */
export function TodaySection({ now, book }: { now: number; book: PolicyBook }) {
  const { today, answers } = todayAnswers(now, book);
  return (
    <section aria-labelledby="today-title">
      <h2 id="today-title">今天：{dateZh(today)}（北京时间）</h2>
      <dl class="answers">
        {answers.map((answer) => [
          <dt key={`${answer.id}-label`}>{answer.label}</dt>,
          <dd key={answer.id} data-answer={answer.id}>
            {answer.important ? <strong>{answer.text}</strong> : answer.text}
            {answer.caveats.map((c) => (
              <span class="caveat" key={c}>
                ⚠ {c}
              </span>
            ))}
          </dd>,
        ])}
      </dl>
      <Sources references={answers.flatMap((answer) => answer.references)} />
    </section>
  );
}
