/**
 * `npm run freshness`: what the bundled policy book covers as of today's Beijing date. It prints; it never
 * fails on the real date (tests pin their own clock).
 */
import { beijingTime, bundledPolicyBook, freshnessReport, type ParameterCoverage } from '../policy';

const report = freshnessReport(beijingTime(Date.now()).date, bundledPolicyBook);
const yes = (b: boolean) => (b ? 'yes' : 'NO');

function coverage(p: ParameterCoverage): string {
  if (p.kind === 'dated')
    return p.inForceSince
      ? `in force since ${p.inForceSince}, latest source ${p.latestSource || 'undated'}`
      : 'not yet in force';
  return p.years.length ? `${p.kind === 'holidays' ? 'notices' : '年度'} ${p.years.join(', ')}` : 'nothing';
}

console.log(
  `Policy book ${bundledPolicyBook.version} (published ${bundledPolicyBook.published}); today in Beijing: ${report.today}`,
);
console.log(
  `Current 年度 ${report.currentYear}, next 年度 ${report.nextYear}; "ends soon" = within ${report.horizonDays} days\n`,
);
console.table(
  report.parameters.map((p) => ({
    parameter: p.id,
    coverage: coverage(p),
    [`${report.currentYear}年度`]: yes(p.coversCurrent),
    [`${report.nextYear}年度`]: p.kind === 'dated' ? '(carries on)' : yes(p.coversNext),
    'ends soon': p.endsSoon ? `YES (${p.coverageEnds ?? 'no data'})` : '',
    confidence: p.confidences.join(', '),
  })),
);
const missingNext = report.parameters.filter((p) => p.kind !== 'dated' && !p.coversNext).map((p) => p.id);
console.log(`\nNothing for ${report.nextYear}: ${missingNext.join(', ') || '—'}`);
console.log(
  `Nothing for ${report.currentYear}: ${
    report.parameters
      .filter((p) => !p.coversCurrent)
      .map((p) => p.id)
      .join(', ') || '—'
  }`,
);
console.log(
  `集中参保期 ending within ${report.horizonDays} days: ${report.periodsEndingSoon.map((p) => `${p.year}年度 (${p.end})`).join(', ') || '—'}`,
);
console.log(`Years without a holiday calendar: ${report.yearsWithoutHolidayCalendar.join(', ') || '—'}`);
