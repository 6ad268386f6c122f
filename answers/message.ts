/**
 * What every answer is: a message with typed facts, a severity, the deadline it is about, caveats, sources and
 * its wording. Renderers (the panel's DOM builder, the popup, the checklist, the `.ics` writer) show messages as
 * they are and never word a rule result themselves. See answers/README.md.
 */
import { uniqueByUrl } from '@/policy/references';
import type { IsoDate, Reference } from '@/policy/types';

/** How soon the reader must act: `urgent` (a deadline today, a channel blocked today), `warning`, `info`. */
export type Severity = 'urgent' | 'warning' | 'info';

/**
 * A run of text inside a paragraph; `strong` runs carry the figure the reader looks for; `link` runs are a plain
 * link the user may click (an official page's address, never fetched by us).
 */
export type Run = string | { strong: string } | { link: string; href: string };

/** The body's blocks: paragraphs, lists and quotations of a notice's own words. Text only, never markup. */
export type Block = { p: Run[] } | { list: Run[][] } | { quote: string };

/** A typed fact a message states, named by what it is (`role`), so surfaces can be compared fact by fact. */
export type Fact =
  | { kind: 'year'; role: string; year: number }
  | { kind: 'date'; role: string; date: IsoDate }
  /** An instant in ms since the epoch (e.g. a window's 15:00 close); paying must happen before it. */
  | { kind: 'instant'; role: string; at: number }
  | { kind: 'amount'; role: string; yuan: number }
  | { kind: 'channel'; role: string; name: string };

/** The day a message is about, and the instant its deadline closes when it has a closing time. */
export interface Deadline {
  date: IsoDate;
  closesAt?: number;
}

export interface Message<Id extends string = string> {
  /** Stable id: the panel's `data-tip`, the popup's `data-answer`. */
  id: Id;
  severity: Severity;
  headline: string;
  body: Block[];
  facts: Fact[];
  deadline?: Deadline;
  /** Plain-language warnings: data not included, ambiguities the sources leave open. */
  caveats: string[];
  /** Where the facts come from, each once; shown with their confidence. */
  references: Reference[];
}

export const strong = (text: string): Run => ({ strong: text });
export const p = (...runs: Run[]): Block => ({ p: runs });
export const list = (items: Run[][]): Block => ({ list: items });
export const quote = (text: string): Block => ({ quote: text });

export const link = (text: string, href: string): Run => ({ link: text, href });

export function runText(run: Run): string {
  if (typeof run === 'string') return run;
  return 'strong' in run ? run.strong : `${run.link}（${run.href}）`;
}

/** A block as plain text (the `.ics` description, the checklist). */
export function blockText(block: Block): string {
  if ('p' in block) return block.p.map(runText).join('');
  if ('list' in block) return block.list.map((item) => `· ${item.map(runText).join('')}`).join('\n');
  return `原文：“${block.quote}”`;
}

export function bodyText(message: Pick<Message, 'body'>): string {
  return message.body.map(blockText).join('\n');
}

/** A message with its sources and caveats each once (answers may collect the same source twice). */
export function message<Id extends string>(m: Message<Id>): Message<Id> {
  return { ...m, caveats: [...new Set(m.caveats)], references: uniqueByUrl(m.references) };
}

/** How a surface shows caveats that another answer on it may speak for. */
export interface AnswerOptions {
  /** False where a `calendar-not-covered` answer speaks for every date of the surface (the tax pages' panel). */
  calendarCaveats: boolean;
}

/** A one-line message for an answer the book has no rule for yet (said, never filled in from elsewhere). */
export function noteMessage<Id extends string>(id: Id, headline: string): Message<Id> {
  return { id, severity: 'info', headline, body: [], facts: [], caveats: [], references: [] };
}
