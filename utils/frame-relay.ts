/**
 * The background's part in frames: passes what a frame reports over its Port (content/frame-child.ts) to the top
 * frame of its tab (content/frames.ts), and tells the frame whether the top shows the panel. When the Port closes
 * (the frame left, or stopped recognising its page) the top hears that the frame's tips are gone.
 */
import { browser } from 'wxt/browser';
import { FRAME_PORT, type FrameNews, type FrameReport, type PanelWhere } from '@/content/frame-report';

export function startFrameRelay(): void {
  browser.runtime.onConnect.addListener((port) => {
    const tabId = port.sender?.tab?.id;
    const frameId = port.sender?.frameId;
    if (port.name !== FRAME_PORT) return;
    if (tabId === undefined || !frameId) return port.disconnect(); // only frames below a tab's top report
    const tellTop = (report?: FrameReport) =>
      browser.tabs.sendMessage(tabId, { yibaoFrame: frameId, report } satisfies FrameNews, { frameId: 0 });
    port.onMessage.addListener((report: FrameReport) => {
      // No top frame of ours (not an official page, or access to it withheld): the sending fails.
      tellTop(report)
        .then(
          (shown): PanelWhere => (shown === true ? 'top' : 'here'),
          (): PanelWhere => 'here',
        )
        .then((where) => port.postMessage(where))
        .catch(() => {}); // the frame left meanwhile
    });
    port.onDisconnect.addListener(() => tellTop().catch(() => {}));
  });
}
