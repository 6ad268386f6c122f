/**
 * A printable one-page checklist (A4, large type) for a volunteer helping an elderly relative: the amount,
 * today's dates and deadlines, where to pay, what to bring, whom to call. Blank lines are for handwriting:
 * nothing personal is typed into the extension.
 */
import { useEffect } from 'preact/hooks';
import {
  beijingTime,
  categories,
  categoryLabels,
  likelyPaymentYear,
  paymentYear,
  uniqueByUrl,
  valueOn,
  yearFigures,
  type Category,
} from '@/policy';
import { confidenceZh, dateZh, sourceLineZh } from '@/utils/format-zh';
import { todayAnswers } from '@/utils/today-answers';
import { channelsNotIncludedZh, standardZh } from '@/utils/wording';
import { ImportedPackNotice } from '../imported-pack-notice';
import { useActivePolicy } from '../use-active-policy';
import { FillGap, yearMissing } from '../notice/fill-gap';

interface Props {
  now: number;
  year?: number;
  category?: string;
}

export function Checklist({ now, year: askedYear, category: askedCategory }: Props) {
  const policy = useActivePolicy();
  useEffect(() => {
    if (policy) document.documentElement.dataset.ready = 'true';
  }, [policy]);
  if (!policy) return <p>正在读取政策数据…</p>;

  const { book } = policy;
  const today = beijingTime(now).date;
  const year = askedYear ?? likelyPaymentYear(paymentYear(now, book)).year;
  const category: Category = categories.find((c) => c === askedCategory) ?? 'elderly';
  const standard = standardZh(year, category, book);
  const channels = yearFigures(year, book).paymentChannels;
  const hotlines = valueOn(book.parameters.hotlines, today);
  const { answers } = todayAnswers(now, book);
  const notIncluded = channelsNotIncludedZh(year, book);
  const sources = uniqueByUrl([
    ...standard.references,
    ...answers.flatMap((answer) => answer.references),
    ...(channels.kind === 'included' ? [channels.reference] : notIncluded.references),
    ...(hotlines ? [hotlines.reference] : []),
  ]);

  return (
    <main class="sheet" lang="zh-CN">
      <header>
        <h1>城乡居民医保缴费 帮办清单（北京）</h1>
        <p>
          打印日期：{dateZh(today)}（北京时间） · 数据版本 {book.version}
        </p>
        {policy.origin === 'imported' && <ImportedPackNotice />}
      </header>

      <section>
        <h2>给谁缴</h2>
        <p class="blank">参保人：＿＿＿＿＿＿＿＿　　联系电话：＿＿＿＿＿＿＿＿</p>
        <p>
          类别：<strong>{categoryLabels[category]}</strong>　年度：<strong>{year}年度</strong>
        </p>
        {standard.lines.map((line) => (
          <p key={line} data-answer="standard">
            {line}
          </p>
        ))}
        {standard.references[0] && (
          <p class="caveat">（数字的可信度：{confidenceZh[standard.references[0].confidence]}）</p>
        )}
        {yearMissing(book, year) && <FillGap year={year} />}
      </section>

      <section>
        <h2>今天和接下来的日子</h2>
        <ul>
          {answers.map((a) => (
            <li key={a.id} data-answer={a.id}>
              <strong>{a.label}：</strong>
              {a.text}
              {a.caveats.length > 0 && <span class="caveat">（{a.caveats.join(' ')}）</span>}
            </li>
          ))}
        </ul>
      </section>

      <section>
        <h2>在哪里缴</h2>
        {channels.kind === 'included' ? (
          <ul>
            {channels.value.map((c) => (
              <li key={c.name}>
                ☐ {c.name}
                {c.detail && `：${c.detail}`}
              </li>
            ))}
          </ul>
        ) : (
          <p>{notIncluded.text}</p>
        )}
      </section>

      <section>
        <h2>去柜台要带</h2>
        <p>☐ 参保人的居民身份证　☐ 户口簿（一般需要，具体以经办窗口的要求为准）　☐ 银行卡或缴费用的手机</p>
      </section>

      <section>
        <h2>有疑问打电话</h2>
        <p>{hotlines ? hotlines.value.map((h) => `${h.number}（${h.for}）`).join('　') : '咨询电话尚未收录。'}</p>
      </section>

      <footer>
        <p>以上为提示，一切以北京市医保局、北京市税务局的官方通知为准。</p>
        {sources.map((r) => (
          <p key={r.url || r.title}>{sourceLineZh(r)}</p>
        ))}
        <button type="button" class="no-print" onClick={() => print()}>
          打印
        </button>
      </footer>
    </main>
  );
}
