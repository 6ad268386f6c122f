/**
 * Saved notices in the userscript's GM storage (one JSON list under `noticeLayers`), read again and checked on
 * every load like the extension's. Both editions of the userscript use it: the one with the notice reader saves
 * there (notice-reader.ts), and both read it (`loadActiveBook`, utils/platform/userscript.ts) and offer to remove
 * it. Managers keep GM storage per script, never across scripts: the editions share it only because they are
 * one script to the manager (same @name and @namespace, userscript/vite.config.ts), one installed at a time.
 * No reader here: the payment-page edition carries none.
 */
import {
  loadSavedNotices,
  NOTICE_LAYERS_KEY,
  type NoticeStore,
  type StoredLayer,
  storedLayersFromJson,
} from '@/utils/notice-layers';

interface GmNoticeApi {
  getValue(key: string, fallback?: string): Promise<string | undefined>;
  setValue(key: string, value: string): Promise<void>;
  registerMenuCommand?(name: string, onClick: () => void): unknown;
}

declare const GM: Partial<GmNoticeApi> | undefined;

function gm(): GmNoticeApi | undefined {
  const api = typeof GM === 'object' && GM ? GM : undefined;
  return api && typeof api.getValue === 'function' && typeof api.setValue === 'function'
    ? (api as GmNoticeApi)
    : undefined;
}

/** The GM store; without GM, nothing is kept (a saved notice could not outlive the page). */
export function gmNoticeStore(): NoticeStore | undefined {
  const api = gm();
  if (!api) return undefined;
  const all = async () => storedLayersFromJson(await api.getValue(NOTICE_LAYERS_KEY));
  const write = (rows: StoredLayer[]) => api.setValue(NOTICE_LAYERS_KEY, JSON.stringify(rows));
  return {
    all,
    put: async (row) => write([...(await all()).filter((r) => r.url !== row.url), row]),
    remove: async (url) => write((await all()).filter((r) => r.url !== url)),
  };
}

/** One menu command per saved notice: 删除保存的通知, in the top frame of every page either edition runs on. */
export async function registerRemoveCommands(): Promise<void> {
  const api = gm();
  const store = gmNoticeStore();
  if (!api?.registerMenuCommand || !store) return;
  const { layers } = await loadSavedNotices(store);
  for (const layer of layers)
    api.registerMenuCommand(`删除保存的通知：${layer.year}年度《${layer.title}》`, () => {
      store.remove(layer.url).catch(() => {});
    });
}
