import { useState } from 'preact/hooks';
import { categories, categoryLabels, likelyPaymentYear, paymentYear, yearFigures, type Category, type PolicyBook } from '@/policy';
import { sourceLineZh } from '@/utils/format-zh';

/** 年度 × 类别 → individual standard, subsidy and total, each with its source; a missing 年度 says so. */
export function StandardsSection({ now, book }: { now: number; book: PolicyBook }) {
  const payingFor = likelyPaymentYear(paymentYear(now, book)).year;
  const known = book.parameters.individualContribution.values.map((v) => v.year);
  const years = [...new Set([...known, payingFor, payingFor + 1])].sort((a, b) => b - a);
  const [year, setYear] = useState(payingFor);
  const [category, setCategory] = useState<Category>('elderly');
  const figures = yearFigures(year, book);
  const own = figures.individualContribution;
  const subsidy = figures.governmentSubsidy;

  return (
    <section aria-labelledby="standards-title">
      <h2 id="standards-title">查缴费标准</h2>
      <div class="controls">
        <label>
          年度
          <select value={year} onChange={(e) => setYear(Number(e.currentTarget.value))}>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}年度{known.includes(y) ? '' : '（尚未收录）'}
              </option>
            ))}
          </select>
        </label>
        <label>
          类别
          <select value={category} onChange={(e) => setCategory(e.currentTarget.value as Category)}>
            {categories.map((c) => (
              <option key={c} value={c}>
                {categoryLabels[c]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div data-answer="standard" aria-live="polite">
        {own.kind === 'year-not-included' ? (
          <p>
            <strong>{year}年度的缴费标准尚未收录。</strong>本助手不拿往年的数字代替，请以北京市医保局发布的{year}年度通知为准。
          </p>
        ) : (
          <>
            <p>
              {year}年度{categoryLabels[category]}个人缴费：<strong>{own.value[category]}元/年</strong>
            </p>
            {subsidy.kind === 'included' ? (
              <p>
                财政补助：{subsidy.value[category]}元/年；合计：{own.value[category] + subsidy.value[category]}元/年
              </p>
            ) : (
              <p>财政补助：这一年度的数字尚未收录。</p>
            )}
            <p class="source">{sourceLineZh(own.reference)}</p>
            {subsidy.kind === 'included' && subsidy.reference.url !== own.reference.url && <p class="source">财政补助{sourceLineZh(subsidy.reference)}</p>}
          </>
        )}
      </div>
    </section>
  );
}
