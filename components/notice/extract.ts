/**
 * What the notice reader gets from an official notice page: the article's title, headings, visible text and
 * tables, and the "发布时间" line. Only text is taken (textContent / innerText), never markup, and nothing is
 * changed on the page. The article body is looked for first, so menus, footers and side lists stay out.
 */
import type { NoticeInput } from '@/notice-reader';

/** Article containers of the government CMSs (TRS and others), most specific first. */
const ARTICLE_SELECTORS = [
  '.TRS_Editor',
  '#zoom',
  '.view',
  '.article-content',
  'article',
  '.article',
  '.content',
  'main',
];
const MIN_ARTICLE_TEXT = 100;

function articleOf(doc: Document): HTMLElement {
  for (const selector of ARTICLE_SELECTORS) {
    const found = doc.querySelector<HTMLElement>(selector);
    if (found && (found.innerText ?? '').trim().length >= MIN_ARTICLE_TEXT) return found;
  }
  return doc.body;
}

const text = (node: Element) => (node.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The heading just above the article (the notice's title line), when the article block itself has none. */
function titleOf(doc: Document, article: HTMLElement): string {
  const heading = doc.querySelector('h1') ?? article.querySelector('h2');
  return (heading && text(heading)) || doc.title.trim();
}

export function extractNotice(doc: Document, url: string): NoticeInput {
  const article = articleOf(doc);
  const headings = [...doc.querySelectorAll('h1, h2, h3, h4')]
    .filter((h) => h.closest('nav, header, footer, aside') === null)
    .map(text)
    .filter(Boolean)
    .slice(0, 50);
  const tables = [...article.querySelectorAll('table')]
    .slice(0, 50)
    .map((table) =>
      [...table.rows].slice(0, 200).map((row) => [...row.cells].slice(0, 30).map((cell) => text(cell).slice(0, 2000))),
    );
  const published = [...doc.querySelectorAll('span, p, div, li')]
    .filter((node) => node.children.length === 0)
    .map(text)
    .find((line) => /^(?:发布(?:时间|日期)|日期|时间)[:：]/.test(line) && line.length <= 60);
  return {
    url,
    title: titleOf(doc, article).slice(0, 500),
    headings,
    bodyText: (article.innerText ?? article.textContent ?? '').slice(0, 300_000),
    tables,
    ...(published && { publishedHint: published }),
  };
}
