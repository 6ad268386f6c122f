/**
 * 复制问题报告: copies what the helper said, on what data and on which kind of page, for a volunteer to pass on
 * (utils/problem-report.ts). The popup's answers are read from its own rendering, leaving out every section with a
 * control (a date typed, a 年度 chosen): nothing the user entered reaches the report. The open page's tips come
 * from our content script there, which sends its own tips, never the page's text.
 */
import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { PANEL_REPORT_REQUEST, problemReportText, type PanelReport, type ShownText } from '@/utils/problem-report';

interface Props {
  /** The answers layer's `数据版本 … · 数据截至 …` line. */
  dataDate: string;
  beijingDate: string;
}

/**
 * The tab the user was on: the active tab of the popup's window; when the popup itself is open as a tab, the
 * most recently used other tab.
 */
async function userTabId(): Promise<number | undefined> {
  const own = await browser.tabs.getCurrent();
  if (!own) return (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  const others = (await browser.tabs.query({})).filter((tab) => tab.id !== own.id);
  return others.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))[0]?.id;
}

async function panelReport(): Promise<PanelReport | undefined> {
  try {
    const tabId = await userTabId();
    if (tabId === undefined) return undefined;
    const answer: unknown = await browser.tabs.sendMessage(tabId, PANEL_REPORT_REQUEST);
    return answer && typeof answer === 'object' && 'pageKind' in answer ? (answer as PanelReport) : undefined;
  } catch {
    // No helper on that tab (not an official page, or host access withheld).
    return undefined;
  }
}

const CONTROLS = 'input, select, textarea';

/** The popup's answers as shown, except those in a section where the user chooses or types something. */
function popupAnswers(): ShownText[] {
  return [...document.querySelectorAll<HTMLElement>('[data-answer]')]
    .filter((answer) => !(answer.closest('section') ?? answer).querySelector(CONTROLS))
    .map((answer) => ({ id: answer.dataset.answer ?? '', text: answer.textContent ?? '' }));
}

export function ReportSection(props: Props) {
  const [copied, setCopied] = useState<{ text: string; ok: boolean }>();
  const copy = async () => {
    const text = problemReportText({ ...props, panel: await panelReport(), popupAnswers: popupAnswers() });
    let ok = true;
    try {
      await navigator.clipboard.writeText(text);
    } catch {
      ok = false;
    }
    setCopied({ text, ok });
  };
  return (
    <section aria-labelledby="report-title" data-section="report">
      <h2 id="report-title">提示不对？</h2>
      <p>
        按下面的按钮，会把本助手显示的提示、数据版本和今天的日期复制下来，可以粘贴给帮你反馈的志愿者。不会复制网页上的内容，也不会复制你输入的任何东西。
      </p>
      <button type="button" onClick={copy}>
        复制问题报告
      </button>
      {copied && (
        <div role="status" data-report-status={copied.ok ? 'copied' : 'failed'}>
          <p>{copied.ok ? '已复制。复制的内容如下：' : '没能复制到剪贴板，请手动选中下面的文字复制：'}</p>
          <pre class="report">{copied.text}</pre>
        </div>
      )}
    </section>
  );
}
