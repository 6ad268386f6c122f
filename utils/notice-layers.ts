/**
 * Loading saved-notice layers, for both platforms: the extension keeps them in the policy cache (IndexedDB,
 * `layers` table), the userscript in GM storage. A stored layer that fails its check is left where it is, unused,
 * with one line saying why. Saving is in `notice-save.ts` (it needs the reader; pages that only load do not).
 */
import { checkLayer, mergeLayers, type LayerDifference, type NoticeLayer } from '@/policy/layers';

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
