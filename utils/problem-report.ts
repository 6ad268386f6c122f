/**
 * 复制问题报告: the text a user copies from the popup for a volunteer to send on, offline. It holds only what
 * the helper itself said and on what data: the data version and date, the Beijing date, the kind of official page
 * open (a name, never its address), and the ids and text of the tips shown. Never the page's content, its
 * address or anything typed: the caller passes only text the helper rendered, and no answer worked out from a
 * value the user entered.
 */
import type { PageKind } from './page-detection';

/** A tip or popup answer as shown: its stable id and its text. */
export interface ShownText {
  id: string;
  text: string;
}

/** What the content script answers when the popup asks what its panel shows. */
export interface PanelReport {
  pageKind: PageKind;
  tips: ShownText[];
}

export const PANEL_REPORT_REQUEST = 'yibao:panel-report';

export const pageKindZh: Record<PageKind, string> = {
  'etax-social-fee': '电子税务局·社保费缴纳',
  'ybj-resident': '北京医保公共服务平台·个人服务',
  'ybj-family-pooling': '北京医保公共服务平台·家庭共济',
  'bjt-social-fee': '京通·社保费办理',
  'rsj-old-platform': '原北京市社会保险网上服务平台',
  'nhsa-beijing-pooling': '国家医保服务平台·北京地方专区',
};

export interface ProblemReportInput {
  /** The line `数据版本 2026.12.01（扩展自带） · 数据截至 2026年1月10日` (answers/data-date.ts). */
  dataDate: string;
  /** Today in Beijing, in words. */
  beijingDate: string;
  /** The open official page's panel, or undefined when none answered. */
  panel: PanelReport | undefined;
  /** The popup's own answers (those not worked out from anything the user chose or typed). */
  popupAnswers: ShownText[];
}

/** White space collapsed, so a report reads the same however the text was laid out. */
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

const block = (items: readonly ShownText[]) => items.map(({ id, text }) => `[${id}] ${oneLine(text)}`);

export function problemReportText({ dataDate, beijingDate, panel, popupAnswers }: ProblemReportInput): string {
  return [
    '医保缴费助手·北京 问题报告',
    dataDate,
    `北京日期：${beijingDate}`,
    `页面类型：${panel ? `${pageKindZh[panel.pageKind]}（${panel.pageKind}）` : '没有打开官方缴费页面（或页面上没有本助手的提示）'}`,
    ...(panel ? [`页面上的提示（${panel.tips.length}条）：`, ...block(panel.tips)] : []),
    `弹出窗口的回答（${popupAnswers.length}条）：`,
    ...block(popupAnswers),
    '哪一条不对、应该是什么：（请在这里写；不要写姓名、身份证号、电话等个人信息）',
  ].join('\n');
}
