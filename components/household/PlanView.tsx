/** The plan on screen: the total, then each person with their amount, deadline and steps, and their controls. */
import type { PayChannel, Person } from '@/household/model';
import type { HouseholdPlan } from '@/household/plan';
import {
  amountZh,
  categoryZh,
  channelLabelsZh,
  HOW_TO_CHECK_PAID_ZH,
  totalZh,
  yearNotIncludedZh,
} from '@/household/wording';
import { householdPersonMessage, householdPlanCaveats, messageLines } from '@/answers/household';
import { channelsFor } from '@/household/model';
import { sourceLineZh } from '@/utils/format-zh';

interface Props {
  plan: HouseholdPlan;
  noticeReaderUrl?: string;
  onChange(person: Person): void;
  onRemove(person: Person): void;
}

function PersonControls({
  person,
  year,
  paid,
  onChange,
  onRemove,
}: { person: Person; year: number; paid: boolean } & Pick<Props, 'onChange' | 'onRemove'>) {
  const setPaid = (value: boolean) =>
    onChange({
      ...person,
      paidYears: value ? [...person.paidYears, year].sort() : person.paidYears.filter((y) => y !== year),
    });
  return (
    <div class="person-controls">
      <label class="inline">
        <input type="checkbox" checked={paid} onChange={(e) => setPaid(e.currentTarget.checked)} />
        {year}年度已缴
      </label>
      <label>
        怎么缴
        <select
          value={person.channel}
          onChange={(e) => onChange({ ...person, channel: e.currentTarget.value as PayChannel })}
        >
          {channelsFor(person.category).map((c) => (
            <option key={c} value={c}>
              {channelLabelsZh[c]}
            </option>
          ))}
        </select>
      </label>
      <button type="button" onClick={() => onRemove(person)}>
        删除“{person.label}”
      </button>
    </div>
  );
}

export function PlanView({ plan, noticeReaderUrl, onChange, onRemove }: Props) {
  if (plan.people.length === 0) return <p>还没有添加家人。</p>;
  if (plan.kind === 'year-not-included') {
    return (
      <section aria-labelledby="plan-heading" data-plan="year-not-included">
        <h2 id="plan-heading">{plan.year}年度</h2>
        <p class="warning">{yearNotIncludedZh(plan.year)}</p>
        {noticeReaderUrl && (
          <p>
            <a href={noticeReaderUrl} target="_blank" rel="noopener">
              打开通知阅读器（读入官方通知）
            </a>
          </p>
        )}
        <ul class="people">
          {plan.people.map(({ person, paid }) => (
            <li key={person.id} class="person" data-person={person.label}>
              <h3>
                {person.label}（{categoryZh(person.category)}）
              </h3>
              <PersonControls person={person} year={plan.year} paid={paid} onChange={onChange} onRemove={onRemove} />
            </li>
          ))}
        </ul>
      </section>
    );
  }
  return (
    <section aria-labelledby="plan-heading" data-plan="plan">
      <h2 id="plan-heading">{plan.year}年度缴费计划</h2>
      <p class="total" data-total={plan.unpaidTotal}>
        {totalZh(plan)}
      </p>
      <p class="hint">{HOW_TO_CHECK_PAID_ZH}</p>
      {householdPlanCaveats(plan).map((caveat) => (
        <p key={caveat} class="caveat">
          {caveat}
        </p>
      ))}
      <ul class="people">
        {plan.people.map((p) => (
          <li key={p.person.id} class={p.paid ? 'person paid' : 'person'} data-person={p.person.label}>
            <h3>
              {p.person.label}（{categoryZh(p.person.category)}）：{amountZh(p.amount, plan.year)}
              {p.paid && <span class="paid-mark">　已缴</span>}
            </h3>
            {!p.paid && (
              <ul class="lines">
                {messageLines(householdPersonMessage(p)).map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            )}
            <PersonControls person={p.person} year={plan.year} paid={p.paid} onChange={onChange} onRemove={onRemove} />
          </li>
        ))}
      </ul>
      <details>
        <summary>依据</summary>
        {plan.references.map((r) => (
          <p key={r.url || r.title} class="source">
            {sourceLineZh(r)}
          </p>
        ))}
      </details>
    </section>
  );
}
