/**
 * Saving a notice: the notice page's text read into a layer (the notice reader) and kept (`keepNoticeLayer`,
 * which checks the layer whole again wherever it is kept).
 */
import { classifyNoticePage, layerFromReading, readNotice, type NoticeInput } from '@/notice-reader';
import { keepNoticeLayer, type NoticeStore, type SaveNoticeResult } from './notice-layers';

const MAX_TEXT = 400_000;
const isText = (value: unknown, max = 2000): value is string => typeof value === 'string' && value.length <= max;

/** The message's notice text, if it has the expected shape and size; anything else is refused whole. */
export function noticeInputFrom(raw: unknown): NoticeInput | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const input = raw as Record<string, unknown>;
  const tables = input.tables;
  const tablesOk =
    Array.isArray(tables) &&
    tables.length <= 50 &&
    tables.every(
      (table) =>
        Array.isArray(table) &&
        table.length <= 200 &&
        table.every((row) => Array.isArray(row) && row.length <= 30 && row.every((cell) => isText(cell))),
    );
  const headingsOk =
    Array.isArray(input.headings) && input.headings.length <= 50 && input.headings.every((h) => isText(h, 500));
  if (!isText(input.url) || !isText(input.title, 500) || !isText(input.bodyText, MAX_TEXT)) return undefined;
  if (!tablesOk || !headingsOk) return undefined;
  if (input.publishedHint !== undefined && !isText(input.publishedHint, 200)) return undefined;
  return {
    url: input.url,
    title: input.title,
    headings: input.headings as string[],
    bodyText: input.bodyText,
    tables: tables as string[][][],
    ...(input.publishedHint !== undefined && { publishedHint: input.publishedHint as string }),
  };
}

export type { SaveNoticeResult } from './notice-layers';

/**
 * The userscript's 保存, in one process: reads the notice again from its text and keeps it when it is a notice page
 * on an official host, consistent and complete enough to use. `pageUrl` is the page's own address. The extension
 * reads in the notice page's script (`layerFromReading`) and the background keeps it (`keepNoticeLayer`).
 */
export async function saveNotice(
  store: NoticeStore,
  raw: unknown,
  pageUrl: string | undefined,
  savedAt: string,
): Promise<SaveNoticeResult> {
  const input = noticeInputFrom(raw);
  if (!input) return { ok: false, reasons: ['页面文字的格式不对，没有保存'] };
  if (!pageUrl || stripHash(pageUrl) !== stripHash(input.url))
    return { ok: false, reasons: ['页面地址对不上，没有保存'] };
  const page = classifyNoticePage(input);
  if (!page.notice) return { ok: false, reasons: [page.detail] };
  const made = layerFromReading(input, readNotice(input), savedAt);
  if (!made.ok) return made;
  return keepNoticeLayer(store, made.layer, pageUrl, savedAt);
}

function stripHash(url: string): string {
  const at = url.indexOf('#');
  return at < 0 ? url : url.slice(0, at);
}
