/**
 * The notice reader in the userscript (the edition with notices only): on the notice pages, the notice-reader tip,
 * whose 保存 reads the page's text again here and keeps the notice in GM storage (saved-notices.ts), and whose 删除
 * removes the page's notice.
 */
import { startNoticeHelper } from '@/components/notice/notice-helper';
import { saveNotice } from '@/utils/notice-save';
import { gmNoticeStore } from './saved-notices';

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
