/**
 * Which official hosts the browser withholds from us: Chrome's site access "on click" or "on specific sites", and
 * Firefox's per-site permissions, leave the content script out of those pages without a word. The popup says so
 * (components/popup/HostAccessNotice.tsx). Each pattern is asked alone: `contains` with several answers all-or-none.
 */
import { matchPatterns } from './official-sites';

export interface HostPermissions {
  contains(permissions: { origins: string[] }): Promise<boolean>;
}

export async function withheldHosts(permissions: HostPermissions): Promise<string[]> {
  const held = await Promise.all(matchPatterns.map((origins) => permissions.contains({ origins: [origins] })));
  return matchPatterns.filter((_, i) => !held[i]);
}

/** `*://host/*` → `host`, for the resident to read. */
export const hostOfPattern = (pattern: string) => pattern.replace(/^\*:\/\/|\/\*$/g, '');

/** The pattern of an official page's URL, if the URL is one. */
export function patternOfUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const { hostname } = new URL(url);
    return matchPatterns.find((pattern) => hostOfPattern(pattern) === hostname);
  } catch {
    return undefined;
  }
}
