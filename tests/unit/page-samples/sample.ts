/** How a sample page is written: what pageSignals(document) would read, with a note of the fact it comes from. */
import type { PageInput, PageKind } from '@/utils/page-detection';

export interface PageSample {
  /** Which fact (policy-facts SOURCES.md row) or seed the wording is written from, or what the page stands for. */
  note: string;
  /** The kind this page is, or null when no detector may claim it. */
  expected: PageKind | null;
  page: PageInput;
}

export interface PageParts {
  title?: string;
  headings?: string[];
  breadcrumbs?: string[];
  activeMenu?: string;
  /** Menu items, tiles and tabs, in the order the page shows them before its main part. */
  menu?: string[];
  /** Lines of the main part below the headings: labels, options, buttons, list items. */
  body?: string[];
}

/**
 * A page as the extractor reads it: the body text holds the menu, the breadcrumbs and the headings too, as
 * innerText does, one per line.
 */
export function page(url: string, parts: PageParts) {
  const { title = '', headings = [], breadcrumbs = [], activeMenu, menu = [], body = [] } = parts;
  const text = [...menu, ...breadcrumbs, ...headings, ...body].join('\n');
  return { url, title, headings, breadcrumbs, ...(activeMenu !== undefined && { activeMenu }), text };
}

export const no = (note: string, input: PageInput): PageSample => ({ note, expected: null, page: input });
export const is = (expected: PageKind, note: string, input: PageInput): PageSample => ({ note, expected, page: input });
