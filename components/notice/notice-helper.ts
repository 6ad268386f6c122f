/**
 * Runs on the official notice pages (utils/official-sites.ts, `noticePages`): reads the page's text, and when it
 * is one 年度's 城乡居民医保 参保缴费 notice shows the notice-reader tip in the panel. Any other page under those
 * paths (a topic list, a 职工医保 notice, news) gets nothing. Shared by the extension and the userscript; they differ
 * only in how 保存 keeps the notice (`actions`). Everything it starts ends when `signal` aborts.
 */
import { loadSettings, saveSettings } from '#platform';
import { classifyNoticePage, readNotice, type NoticeInput } from '@/notice-reader';
import { defaultPanelSettings, type PanelSettings } from '@/utils/panel-settings';
import type { PanelMessage } from '@/answers/panel';
import { addPanelStyles, renderPanel, tipContent, unmountPanel } from '../panel/mount';
import { extractNotice } from './extract';
import noticeTipCss from './notice-tip.css?inline';
import { NOTICE_TIP_ID, noticeTipBody, type NoticeTipActions } from './notice-tip';

export interface NoticeHelperOptions {
  signal: AbortSignal;
  actions(input: NoticeInput): NoticeTipActions;
}

export async function startNoticeHelper({ signal, actions }: NoticeHelperOptions): Promise<void> {
  if (signal.aborted) return;
  const input = extractNotice(document, location.href);
  const page = classifyNoticePage(input);
  if (!page.notice) return;
  const reading = readNotice(input);
  // Not an answer (answers/): a page tool in the same panel. Its body, with the 保存 button's listener, is put into
  // the tip's content box once shown; the same `tips` array on every render keeps it there.
  const tip: PanelMessage = {
    id: NOTICE_TIP_ID as PanelMessage['id'],
    severity: 'info',
    headline: `本页是${page.year}年度缴费通知`,
    body: [],
    facts: [],
    caveats: [],
    references: [],
  };
  const tips = [tip];
  const body = noticeTipBody(reading, actions(input));
  let settings: PanelSettings = await loadSettings().catch(() => defaultPanelSettings);
  if (signal.aborted) return;
  // On a phone the panel starts collapsed: the notice's text comes first. The screen decides, not the layout
  // viewport: a notice page without a viewport meta is laid out 980 px wide on a phone.
  let shrunk = Math.min(screen.width, innerWidth) <= 600;
  const render = () =>
    renderPanel({
      tips,
      settings,
      placement: { side: 'right', edge: 'bottom' },
      shrunk,
      announcement: `本助手读到了这份${page.year}年度通知`,
      onSettings: (next) => {
        settings = next;
        shrunk = false;
        render();
        saveSettings(next).catch(() => {});
      },
    });
  render();
  addPanelStyles(noticeTipCss);
  tipContent(NOTICE_TIP_ID)?.append(body);
  signal.addEventListener('abort', () => unmountPanel(), { once: true });
}
