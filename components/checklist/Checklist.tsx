/**
 * A printable one-page checklist (A4, large type) for a volunteer helping an elderly relative: the amount,
 * today's dates and deadlines, where to pay, what to bring, whom to call. Blank lines are for handwriting:
 * nothing personal is typed into the extension.
 */
import { useEffect } from 'preact/hooks';
import { channelsMessage, hotlinesOrNote } from '@/answers/contacts';
import { blockText, runText } from '@/answers/message';
import { answerSnapshot } from '@/answers/snapshot';
import { standardMessage } from '@/answers/standards';
import { todayAnswers } from '@/answers/today';
import { categories, categoryLabels, uniqueByUrl, type Category } from '@/policy';
import { confidenceZh, dateZh, sourceLineZh } from '@/utils/format-zh';
import { PackOriginNotice } from '../imported-pack-notice';
import { useActivePolicy } from '../use-active-policy';

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
  const snapshot = answerSnapshot({ book, origin: policy.origin }, now);
  const year = askedYear ?? snapshot.likely.year;
  const category: Category = categories.find((c) => c === askedCategory) ?? 'elderly';
  const standard = standardMessage(year, category, book);
  const channels = channelsMessage(year, book);
  const hotlines = hotlinesOrNote(snapshot);
  const answers = todayAnswers(snapshot);
  const sources = uniqueByUrl([
    ...standard.references,
    ...answers.flatMap(({ message }) => message.references),
    ...channels.references,
    ...hotlines.references,
  ]);

  return (
    <main class="sheet" lang="zh-CN">
      <header>
        <h1>城乡居民医保缴费 帮办清单（北京）</h1>
        <p>
          打印日期：{dateZh(snapshot.today)}（北京时间） · 数据版本 {book.version}
        </p>
        <PackOriginNotice origin={policy.origin} />
      </header>

      <section>
        <h2>给谁缴</h2>
        <p class="blank">参保人：＿＿＿＿＿＿＿＿　　联系电话：＿＿＿＿＿＿＿＿</p>
        <p>
          类别：<strong>{categoryLabels[category]}</strong>　年度：<strong>{year}年度</strong>
        </p>
        {[standard.headline, ...standard.body.map(blockText)].map((line) => (
          <p key={line} data-answer="standard">
            {line}
          </p>
        ))}
        {standard.references[0] && (
          <p class="caveat">（数字的可信度：{confidenceZh[standard.references[0].confidence]}）</p>
        )}
      </section>

      <section>
        <h2>今天和接下来的日子</h2>
        <ul>
          {answers.map(({ slot, label, message }) => (
            <li key={slot} data-answer={slot}>
              <strong>{label}：</strong>
              {message.headline}
              {message.caveats.length > 0 && <span class="caveat">（{message.caveats.join(' ')}）</span>}
            </li>
          ))}
        </ul>
      </section>

      <section>
        <h2>在哪里缴</h2>
        {channels.body.map((block) =>
          'list' in block ? (
            <ul>
              {block.list.map((item) => (
                <li key={item.map(runText).join('')}>☐ {item.map(runText).join('')}</li>
              ))}
            </ul>
          ) : (
            <p>{blockText(block)}</p>
          ),
        )}
      </section>

      <section>
        <h2>去柜台要带</h2>
        <p>☐ 参保人的居民身份证　☐ 户口簿（一般需要，具体以经办窗口的要求为准）　☐ 银行卡或缴费用的手机</p>
      </section>

      <section>
        <h2>有疑问打电话</h2>
        <p>
          {hotlines.body.length === 0
            ? hotlines.headline
            : hotlines.body
                .flatMap((block) => ('list' in block ? block.list.map((item) => item.map(runText).join('')) : []))
                .join('　')}
        </p>
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
