import type { AnswerSnapshot } from '@/answers/snapshot';
import { todayAnswers } from '@/answers/today';
import { dateZh } from '@/utils/format-zh';
import { MessageView } from '../message-view';
import { Sources } from './Sources';

/** Today in Beijing: the payment window, batch debit, the 集中参保期 and the month-end deduction. */
export function TodaySection({ snapshot }: { snapshot: AnswerSnapshot }) {
  const answers = todayAnswers(snapshot);
  return (
    <section aria-labelledby="today-title">
      <h2 id="today-title">今天：{dateZh(snapshot.today)}（北京时间）</h2>
      <dl class="answers">
        {answers.map(({ slot, label, message }) => [
          <dt key={`${slot}-label`}>{label}</dt>,
          <dd key={slot} data-answer={slot}>
            <MessageView message={message} />
          </dd>,
        ])}
      </dl>
      <Sources references={answers.flatMap(({ message }) => message.references)} />
    </section>
  );
}
