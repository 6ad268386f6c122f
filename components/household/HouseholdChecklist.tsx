/**
 * The printable household checklist: large type, at most six people per A4 page (a seventh starts a second page),
 * each with amount, channel, deadline and a box to tick; where to ask is printed once, on the last page.
 */
import type { HouseholdPlan } from '@/household/plan';
import { amountZh, categoryZh, channelLabelsZh, totalZh, yearNotIncludedZh } from '@/household/wording';
import { householdChecklistStep, householdPersonMessage } from '@/answers/household';
import { dateZh } from '@/utils/format-zh';

export const PEOPLE_PER_PAGE = 6;

interface Props {
  plan: HouseholdPlan;
  hotlines: string;
}

export function HouseholdChecklist({ plan, hotlines }: Props) {
  const pages: HouseholdPlan['people'][] = [];
  for (let i = 0; i < plan.people.length; i += PEOPLE_PER_PAGE) pages.push(plan.people.slice(i, i + PEOPLE_PER_PAGE));
  if (pages.length === 0) pages.push([]);
  return (
    <div class="household-checklist">
      {pages.map((people, index) => (
        <article class="sheet" key={index} data-sheet={index + 1}>
          <h1>家庭医保缴费清单（北京）{pages.length > 1 && `　第${index + 1}/${pages.length}页`}</h1>
          <p class="meta">
            打印日期：{dateZh(plan.today)}（北京时间）　
            {plan.kind === 'plan' ? totalZh(plan) : yearNotIncludedZh(plan.year)}
          </p>
          <table>
            <thead>
              <tr>
                <th>称呼</th>
                <th>金额</th>
                <th>怎么缴、最晚哪天</th>
                <th>已缴</th>
              </tr>
            </thead>
            <tbody>
              {people.map((p) => (
                <tr key={p.person.id}>
                  <td>
                    {p.person.label}
                    <br />
                    <small>{categoryZh(p.person.category)}</small>
                  </td>
                  <td>{'amount' in p ? amountZh(p.amount, plan.year) : '未收录'}</td>
                  <td>
                    {/* Other channels' deadline lines name the channel themselves. */}
                    {(p.paid || !('deadline' in p) || p.person.channel === 'self-pay') &&
                      channelLabelsZh[p.person.channel]}
                    {'deadline' in p && !p.paid && (
                      <>
                        {p.person.channel === 'self-pay' && <br />}
                        {householdPersonMessage(p).headline}
                        {householdChecklistStep(p) && (
                          <>
                            <br />
                            {householdChecklistStep(p)}
                          </>
                        )}
                      </>
                    )}
                  </td>
                  <td class="box">{p.paid ? '☑' : '☐'}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {index === pages.length - 1 && (
            <footer>
              <p>有疑问打电话：{hotlines}</p>
              <p>是否已缴，以电子税务局、京通或12333查询的结果为准。以上为提示，一切以官方通知为准。</p>
            </footer>
          )}
        </article>
      ))}
    </div>
  );
}
