/** Frame elements of the top page and boxes inside them, for the panel's placement (content/frames*.ts). */
import type { Box } from '@/components/panel/placement';
import type { FrameSource } from './frame-report';

export const FRAMES = 'iframe, frame';
const withoutHash = (url: string) => url.replace(/#.*$/, '');

/** The address a frame element shows: its document's own when same-origin, else its src. */
function addressOf(frame: HTMLIFrameElement): string {
  try {
    return frame.contentWindow?.location.href ?? frame.src;
  } catch {
    return frame.src; // cross-origin
  }
}

/** The one frame element at this address, if exactly one is. */
export function frameElementFor(url: string, root: Document = document): HTMLIFrameElement | undefined {
  const found = [...root.querySelectorAll<HTMLIFrameElement>(FRAMES)].filter(
    (frame) => withoutHash(addressOf(frame)) === withoutHash(url),
  );
  return found.length === 1 ? found[0] : undefined;
}

/** A box inside a frame, moved into the top page's viewport. */
export function intoPage(box: Box, frame: Element): Box {
  const outer = frame.getBoundingClientRect();
  return { ...box, left: box.left + outer.left + frame.clientLeft, top: box.top + outer.top + frame.clientTop };
}

export function wholeFrames(root: Document = document): Box[] {
  return [...root.querySelectorAll(FRAMES)]
    .map((frame) => frame.getBoundingClientRect())
    .filter((r) => r.width > 0 && r.height > 0)
    .map(({ left, top, width, height }) => ({ left, top, width, height }));
}

/** The focused element's box; for a frame element, the field focused inside it, where the frame source can tell. */
export function focusedBox(element: Element, frames?: Pick<FrameSource, 'fieldIn'>): Box {
  const inFrame = (element.localName === 'iframe' || element.localName === 'frame') && frames?.fieldIn(element);
  return inFrame || element.getBoundingClientRect();
}
