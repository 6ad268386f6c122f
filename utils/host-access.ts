/**
 * Which official hosts the browser withholds from us: Chrome's site access "on click" or "on specific sites", and
 * Firefox's per-site permissions, leave the content script out of those pages without a word. The popup says so
 * (components/popup/HostAccessNotice.tsx). Each pattern is asked alone: `contains` with several answers all-or-none.
 * The notice pages count too: their patterns carry a path, and Chrome and Firefox answer `contains` for them as
 * they are (the notice script's matches are its whole grant).
 */
import { allMatchPatterns, matchPatterns, noticePageOf } from './official-sites';

export interface HostPermissions {
  contains(permissions: { origins: string[] }): Promise<boolean>;
}

export async function withheldHosts(permissions: HostPermissions): Promise<string[]> {
  const held = await Promise.all(allMatchPatterns.map((origins) => permissions.contains({ origins: [origins] })));
  return allMatchPatterns.filter((_, i) => !held[i]);
}

/** `*://host/*` → `host`, `*://host/path/*` → `host/path`, for the resident to read. */
export const hostOfPattern = (pattern: string) => pattern.replace(/^\*:\/\/|\/?\*$/g, '');

/** The pattern of an official page's URL, if the URL is one. */
export function patternOfUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const { hostname } = new URL(url);
    const notice = noticePageOf(url);
    if (notice) return `*://${notice.host}${notice.pathPrefix}*`; // as noticeMatchPatterns writes it
    return matchPatterns.find((pattern) => hostOfPattern(pattern) === hostname);
  } catch {
    return undefined;
  }
}
