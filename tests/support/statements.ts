/**
 * The statements the done-when test of issue 17 compares between panel and popup: the panel messages' facts of
 * these roles, each as it reads in any answer (month and day with the weekday, the closing time, the amount).
 */
import type { Fact, Message } from '@/answers/message';
import { shortDateZh } from '@/answers/phrases';

export const STATEMENT_ROLES = [
  'next-slot',
  'last-slot',
  'last-slot-closes',
  'next-slot-closes',
  'batch-day',
  'period-end',
  'benefit-start',
  'benefit-start-after-period',
  'account-deduction',
  'individual:elderly',
  'individual:student',
  'individual:working-age',
];

export function phrase(fact: Fact): string {
  switch (fact.kind) {
    case 'date':
      return shortDateZh(fact.date);
    case 'instant':
      return `${new Date(fact.at + 8 * 3_600_000).toISOString().slice(11, 16)}前`;
    case 'amount':
      return `${fact.yuan}元`;
    default:
      return '';
  }
}

export interface Statement {
  /** The panel message that makes it (its `data-tip`). */
  tip: string;
  role: string;
  words: string;
}

export function statementsOf(messages: readonly Message[]): Statement[] {
  return messages.flatMap((m) =>
    m.facts.filter((f) => STATEMENT_ROLES.includes(f.role)).map((f) => ({ tip: m.id, role: f.role, words: phrase(f) })),
  );
}

/** A surface as text blocks: each section's text and the source lines it shows. */
export interface SurfaceSection {
  key: string;
  text: string;
  sources: string[];
}

/**
 * What is wrong: statements one surface lacks, and sources of the panel section making a statement that the popup
 * section making it does not show.
 */
export function statementProblems(
  statements: readonly Statement[],
  panel: readonly SurfaceSection[],
  popup: readonly SurfaceSection[],
): string[] {
  const problems: string[] = [];
  for (const { tip, role, words } of statements) {
    const section = panel.find((s) => s.key === tip);
    if (!section?.text.includes(words)) problems.push(`panel ${tip} ${role}: ${words}`);
    const inPopup = popup.filter((s) => s.text.includes(words));
    if (inPopup.length === 0) {
      problems.push(`popup ${role}: ${words}`);
      continue;
    }
    const popupSources = new Set(inPopup.flatMap((s) => s.sources));
    for (const line of section?.sources ?? [])
      if (!popupSources.has(line)) problems.push(`popup lacks source of ${tip} ${role}: ${line}`);
  }
  return problems;
}
