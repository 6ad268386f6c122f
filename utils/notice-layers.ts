/**
 * Loading and keeping saved-notice layers, for both platforms: the extension keeps them in the policy cache
 * (IndexedDB, `layers` table), the userscript in GM storage. A stored layer that fails its check is left where it
 * is, unused, with one line saying why. Reading a notice into a layer is in `notice-save.ts` (it needs the reader;
 * the background, which only keeps what the notice page's script read, does not).
 */
import {
  checkLayer,
  type LayerDifference,
  layerFields,
  mergeLayers,
  type NoticeLayer,
  type NoticeLayerValues,
} from '@/policy/layers';
import { categories, type CategoryAmounts } from '@/policy/parameters/standards';
import { noticePageOf } from '@/utils/official-sites';

export const SAVE_NOTICE_MESSAGE = 'yibao:save-notice';

/** A layer as stored: its JSON text, parsed and checked on every load (a hand edit cannot break a page). */
export interface StoredLayer {
  url: string;
  json: string;
}

export interface NoticeStore {
  all(): Promise<StoredLayer[]>;
  put(row: StoredLayer): Promise<void>;
  remove(url: string): Promise<void>;
}

export interface SetAside {
  url: string;
  reason: string;
}

export interface SavedNotices {
  layers: NoticeLayer[];
  setAside: SetAside[];
  /** Where a later notice of the same 年度 changed a value of an earlier one. */
  differences: LayerDifference[];
}

export const noSavedNotices: SavedNotices = { layers: [], setAside: [], differences: [] };

export function checkStored(rows: readonly StoredLayer[]): SavedNotices {
  const layers: NoticeLayer[] = [];
  const setAside: SetAside[] = [];
  for (const row of rows) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(row.json);
    } catch {
      parsed = undefined;
    }
    const checked = checkLayer(parsed);
    if (checked.ok && checked.layer.url === row.url) layers.push(checked.layer);
    else
      setAside.push({
        url: String(row.url),
        reason: checked.ok ? '保存的通知网址对不上，已停用，未删除' : checked.reason,
      });
  }
  return { layers, setAside, differences: mergeLayers(layers).differences };
}

export async function loadSavedNotices(store: NoticeStore): Promise<SavedNotices> {
  return checkStored(await store.all());
}

/** The userscript's GM storage key: one JSON list of `StoredLayer`. */
export const NOTICE_LAYERS_KEY = 'noticeLayers';

/** The rows of the userscript's stored list; anything unreadable is no rows (the list itself is never rewritten). */
export function storedLayersFromJson(raw: string | undefined): StoredLayer[] {
  try {
    const rows: unknown = raw === undefined ? [] : JSON.parse(raw);
    return Array.isArray(rows)
      ? rows.filter((row): row is StoredLayer => typeof row?.url === 'string' && typeof row?.json === 'string')
      : [];
  } catch {
    return [];
  }
}

export type SaveNoticeResult =
  | { ok: true; year: number; replaced: boolean; differences: LayerDifference[] }
  | { ok: false; reasons: string[] };

/** What a save message may weigh: a layer is a few kB (values and their sentences); anything larger is refused. */
const MAX_LAYER_JSON = 40_000;

/** A checked layer rebuilt from the fields a layer has: nothing else a message carried is kept. */
function knownFields(layer: NoticeLayer): NoticeLayer {
  const { enrolmentPeriod: period, waitingPeriod: waiting, announcedBatchDebitDays: batch } = layer.values;
  const amounts = (a: CategoryAmounts) => Object.fromEntries(categories.map((c) => [c, a[c]])) as CategoryAmounts;
  const values: NoticeLayerValues = {
    ...(period && {
      enrolmentPeriod: {
        start: period.start,
        end: period.end,
        ...(period.benefitsStart !== undefined && { benefitsStart: period.benefitsStart }),
      },
    }),
    ...(layer.values.individualContribution && {
      individualContribution: amounts(layer.values.individualContribution),
    }),
    ...(layer.values.governmentSubsidy && { governmentSubsidy: amounts(layer.values.governmentSubsidy) }),
    ...(waiting && { waitingPeriod: { months: waiting.months, text: waiting.text } }),
    ...(batch && { announcedBatchDebitDays: batch.map(({ month, days }) => ({ month, days: [...days] })) }),
  };
  const evidence = Object.fromEntries(
    layerFields.flatMap((field) => (layer.evidence[field] === undefined ? [] : [[field, layer.evidence[field]]])),
  );
  const { format, url, title, publisher, published, savedAt, year } = layer;
  return { format, url, title, publisher, published, savedAt, year, values, evidence };
}

const stripHash = (url: string) => url.split('#')[0] ?? url;

function jsonSize(value: unknown): number {
  try {
    return JSON.stringify(value).length;
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}

/**
 * Keeps a layer the notice page's script read (`notice-save.ts`), checked whole here: it is kept only when it
 * passes the same check as a stored layer, and `pageUrl`, the address the browser says the message came from (not
 * the page's claim), is an official notice page and the layer's own address. `savedAt` is the keeper's clock.
 */
export async function keepNoticeLayer(
  store: NoticeStore,
  raw: unknown,
  pageUrl: string | undefined,
  savedAt: string,
): Promise<SaveNoticeResult> {
  if (typeof raw !== 'object' || raw === null || jsonSize(raw) > MAX_LAYER_JSON)
    return { ok: false, reasons: ['页面读到的内容格式不对，没有保存'] };
  const checked = checkLayer({ ...raw, savedAt });
  if (!checked.ok) return { ok: false, reasons: [checked.reason] };
  const layer = knownFields(checked.layer);
  if (!pageUrl || noticePageOf(pageUrl) === undefined || stripHash(pageUrl) !== stripHash(layer.url))
    return { ok: false, reasons: ['页面地址对不上，没有保存'] };
  const before = await loadSavedNotices(store);
  const replaced = before.layers.some((known) => known.url === layer.url);
  await store.put({ url: layer.url, json: JSON.stringify(layer) });
  const after = mergeLayers([...before.layers.filter((known) => known.url !== layer.url), layer]);
  return { ok: true, year: layer.year, replaced, differences: after.differences.filter((d) => d.year === layer.year) };
}
