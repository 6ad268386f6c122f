/** The individual standard, subsidy and total for a 年度 and category, or a plain "not included". */
import type { PolicyBook } from '@/policy/book';
import { categoryLabels, type Category } from '@/policy/parameters/standards';
import { yearFigures } from '@/policy/rules/snapshot';
import { message, p, type Message } from './message';
import { fillGapBlock } from './phrases';

export function standardMessage(year: number, category: Category, book: PolicyBook): Message<'standard'> {
  const figures = yearFigures(year, book);
  const own = figures.individualContribution;
  const subsidy = figures.governmentSubsidy;
  if (own.kind === 'year-not-included')
    return message({
      id: 'standard',
      severity: 'info',
      headline: `${year}年度的缴费标准尚未收录。本助手不拿往年的数字代替，请以北京市医保局发布的${year}年度通知为准。`,
      body: [fillGapBlock(year)],
      facts: [{ kind: 'year', role: 'year', year }],
      caveats: [],
      references: [],
    });
  const yuan = own.value[category];
  const extra = subsidy.kind === 'included' ? subsidy.value[category] : undefined;
  return message({
    id: 'standard',
    severity: 'info',
    headline: `${year}年度${categoryLabels[category]}个人缴费：${yuan}元/年`,
    body: [
      p(
        extra === undefined
          ? '财政补助：这一年度的数字尚未收录。'
          : `财政补助：${extra}元/年；合计：${yuan + extra}元/年`,
      ),
    ],
    facts: [
      { kind: 'year', role: 'year', year },
      { kind: 'amount', role: `individual:${category}`, yuan },
      ...(extra === undefined
        ? []
        : [
            { kind: 'amount' as const, role: `subsidy:${category}`, yuan: extra },
            { kind: 'amount' as const, role: `total:${category}`, yuan: yuan + extra },
          ]),
    ],
    caveats: [],
    references: [own.reference, ...(subsidy.kind === 'included' ? [subsidy.reference] : [])],
  });
}
