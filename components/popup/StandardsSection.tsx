import { standardMessage } from '@/answers/standards';
import { categories, categoryLabels, type Category, type PolicyBook } from '@/policy';
import { BlockView } from '../message-view';
import { Sources } from './Sources';

export interface Selection {
  year: number;
  category: Category;
}

/** 年度 × 类别 → individual standard, subsidy and total, each with its source; a missing 年度 says so. */
export function StandardsSection({
  book,
  years,
  selection,
  onSelect,
}: {
  book: PolicyBook;
  years: number[];
  selection: Selection;
  onSelect(s: Selection): void;
}) {
  const known = book.parameters.individualContribution.values.map((v) => v.year);
  const answer = standardMessage(selection.year, selection.category, book);
  return (
    <section aria-labelledby="standards-title">
      <h2 id="standards-title">查缴费标准</h2>
      {/* Named by <label for>: a label wrapping the select would add the chosen option to the name. */}
      <div class="controls">
        <div class="field">
          <label for="standards-year">年度</label>
          <select
            id="standards-year"
            value={selection.year}
            onChange={(e) => onSelect({ ...selection, year: Number(e.currentTarget.value) })}
          >
            {years.map((y) => (
              <option key={y} value={y}>
                {y}年度{known.includes(y) ? '' : '（尚未收录）'}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="standards-category">类别</label>
          <select
            id="standards-category"
            value={selection.category}
            onChange={(e) => onSelect({ ...selection, category: e.currentTarget.value as Category })}
          >
            {categories.map((c) => (
              <option key={c} value={c}>
                {categoryLabels[c]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div data-answer="standard" aria-live="polite">
        <p>
          <strong>{answer.headline}</strong>
        </p>
        {answer.body.map((block, i) => (
          <BlockView key={i} block={block} />
        ))}
        <Sources references={answer.references} />
      </div>
    </section>
  );
}

/** The 年度 the selector offers: every included one, the likely one now and the one after. */
export function selectableYears(book: PolicyBook, likely: number): number[] {
  const known = book.parameters.individualContribution.values.map((v) => v.year);
  return [...new Set([...known, likely, likely + 1])].sort((a, b) => b - a);
}
