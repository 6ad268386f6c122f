import { useEffect, useState } from 'preact/hooks';
import { beijingTime, categoryLabels } from '@/policy';
import { dateZh, sourceLineZh } from '@/utils/format-zh';
import { bundledStandardRows, cachedStandards, PolicyDb, type StandardRow } from '@/utils/policy-db';
import { paymentWindowContent } from '../tips/payment-window';

const STANDARDS_YEAR = 2024;

type Standards = { rows: StandardRow[]; fromCache: boolean } | undefined;

function useStandards(year: number): Standards {
  const [standards, setStandards] = useState<Standards>();
  useEffect(() => {
    cachedStandards(new PolicyDb(), year)
      .then((rows) => setStandards({ rows, fromCache: true }))
      .catch(() => setStandards({ rows: bundledStandardRows().filter((r) => r.year === year), fromCache: false }));
  }, [year]);
  return standards;
}

export function App({ now }: { now: number }) {
  const today = beijingTime(now).date;
  const windowTip = paymentWindowContent(now);
  const standards = useStandards(STANDARDS_YEAR);
  return (
    <main lang="zh-CN">
      <h1>医保缴费助手·北京</h1>
      <section aria-labelledby="today">
        <h2 id="today">今天：{dateZh(today)}（北京时间）</h2>
        {windowTip && (
          <div data-answer="payment-window">
            <p class="status">{windowTip.title}</p>
            {windowTip.body}
            {windowTip.caveats?.map((c) => <p class="caveat" key={c}>⚠ {c}</p>)}
          </div>
        )}
      </section>
      <section aria-labelledby="standards">
        <h2 id="standards">{STANDARDS_YEAR}年度个人缴费标准</h2>
        {!standards && <p>正在读取…</p>}
        {standards && !standards.fromCache && <p class="caveat">本地缓存不可用，显示内置数据。</p>}
        {standards && (
          <table>
            <tbody>
              {standards.rows.map((row) => (
                <tr key={row.category} data-category={row.category}>
                  <th scope="row">{categoryLabels[row.category]}</th>
                  <td>{row.yuan} 元/年</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {standards?.rows[0] && <p class="source">{sourceLineZh(standards.rows[0].reference)}</p>}
      </section>
    </main>
  );
}
