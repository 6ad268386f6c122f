/**
 * What a frame that recognises its page tells the top frame, through the background (utils/frame-relay.ts): over
 * a `runtime.Port` and `tabs.sendMessage`, never window messages, which the page could read.
 */
import type { Box } from '@/components/panel/placement';
import type { PageKind } from '@/utils/page-detection';

export const FRAME_PORT = 'yibao-frame';

/** Child → background, over the Port. Boxes in the frame's own viewport. */
export interface FrameReport {
  /** The frame's address, to find its element in the top page. */
  url: string;
  kind: PageKind;
  /** The frame's visible form controls, as one box. */
  form?: Box;
  /** The focused field. */
  field?: Box;
}

/** Background → top frame: a frame's report, or none when its Port closed (the frame left or stopped recognising). */
export interface FrameNews {
  yibaoFrame: number;
  report?: FrameReport;
}

/** Background → child: whether the top frame shows the panel, or the frame shows its own. */
export type PanelWhere = 'top' | 'here';

/** What the controller asks of frames; the userscript has its own (content/frames-same-origin.ts). */
export interface FrameSource {
  /** The page kind a frame recognised, when the top page recognises none. */
  kind(): PageKind | undefined;
  /** The focused field inside this frame element, in the top page's viewport; undefined to keep off the whole frame. */
  fieldIn(frame: Element): Box | undefined;
  /** The frames' forms in the top page's viewport (whole frames where unmapped): a phone's bar keeps off them. */
  controls(): Box[];
}

/** `changed(true)`: a frame's page kind changed (read again); `changed(false)`: only its boxes moved (place again). */
export type FramesStarter = (signal: AbortSignal, changed: (kindChanged: boolean) => void) => FrameSource;
