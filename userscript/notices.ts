/**
 * Saved notices in the userscript: kept in the manager's GM storage (one JSON list under `noticeLayers`), read
 * again and checked on every load like the extension's. The notice pages get the notice-reader tip, whose 保存 reads
 * the page's text again here and whose 删除 removes the page's notice; every page registers one manager menu
 * command per saved notice to remove it.
 */
import { startNoticeHelper } from '@/components/notice/notice-helper';
import {
  loadSavedNotices,
  NOTICE_LAYERS_KEY,
  type NoticeStore,
  type StoredLayer,
  storedLayersFromJson,
} from '@/utils/notice-layers';
import { saveNotice } from '@/utils/notice-save';

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

/** One menu command per saved notice: 删除保存的通知. */
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

export function startUserscriptNoticeHelper(): Promise<void> {
  const store = gmNoticeStore();
  return startNoticeHelper({
    signal: new AbortController().signal,
    actions: (input) => ({
      save: () =>
        store
          ? saveNotice(store, input, location.href, new Date().toISOString())
          : Promise.resolve({ ok: false, reasons: ['脚本管理器没有提供存储（GM.setValue），无法保存'] }),
      remove: async () => {
        await store?.remove(input.url);
      },
    }),
  });
}
