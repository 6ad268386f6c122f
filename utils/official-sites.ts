/**
 * The official sites the tips run on. The one list feeds the manifest's content-script matches and the
 * userscript's @match (with the notice pages below), so the two can never drift apart. Hosts only: paths are not known for certain
 * (policy/SOURCES.md, "Official sites and page labels"), so which page it is gets decided by `page-detection.ts`
 * from the visible text.
 */
export type SiteId = 'etax' | 'ybj' | 'bjt' | 'rsj' | 'nhsa';

export interface OfficialSite {
  id: SiteId;
  name: string;
  hosts: string[];
}

export const officialSites: readonly OfficialSite[] = [
  { id: 'etax', name: '国家税务总局北京市电子税务局', hosts: ['etax.beijing.chinatax.gov.cn'] },
  { id: 'ybj', name: '北京医保公共服务平台', hosts: ['fw.ybj.beijing.gov.cn'] },
  { id: 'bjt', name: '京通', hosts: ['bjt.beijing.gov.cn', 'portal.bjt.beijing.gov.cn'] },
  {
    id: 'rsj',
    name: '北京市社会保险网上服务平台（原人社渠道）',
    hosts: ['rsj.beijing.gov.cn', 'fuwu.rsj.beijing.gov.cn'],
  },
  { id: 'nhsa', name: '国家医保服务平台', hosts: ['fuwu.nhsa.gov.cn'] },
];

/** `*://host/*` matches http and https on every port of exactly that host (no subdomains). */
export const matchPatterns: string[] = officialSites.flatMap((site) => site.hosts.map((host) => `*://${host}/*`));

/**
 * Where the yearly 城乡居民医保 notices are published (issue 18), a page kind of its own: the notice reader runs
 * there and nothing else does. Paths as narrow as the notice paths are known (policy-facts §6c); which page under
 * them is a notice is decided from its text (notice-reader/classify.ts).
 */
export interface NoticePages {
  host: string;
  name: string;
  /** Starts and ends with `/`. */
  pathPrefix: string;
}

export const noticePages: readonly NoticePages[] = [
  { host: 'ybj.beijing.gov.cn', name: '北京市医疗保障局', pathPrefix: '/tzgg2022/' },
  { host: 'beijing.chinatax.gov.cn', name: '国家税务总局北京市税务局', pathPrefix: '/bjswj/' },
  { host: 'www.beijing.gov.cn', name: '首都之窗（北京市人民政府）', pathPrefix: '/zhengce/' },
];

/** Match patterns of the notice pages, for the notice content script. */
export const noticeMatchPatterns: string[] = noticePages.map((site) => `*://${site.host}${site.pathPrefix}*`);

/** Every page the extension or the userscript runs on: manifest host permissions and the userscript's @match. */
export const allMatchPatterns: string[] = [...matchPatterns, ...noticeMatchPatterns];

/** The 北京市医保局 通知公告 list, where a user finds the year's notice (a link the user clicks, never fetched). */
export const NOTICE_LIST_URL = 'https://ybj.beijing.gov.cn/tzgg2022/';

function httpUrl(url: string): URL | undefined {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/** The notice site a URL is on (exact host, path under the notice prefix), or undefined. */
export function noticePageOf(url: string): NoticePages | undefined {
  const parsed = httpUrl(url);
  if (!parsed) return undefined;
  const host = parsed.hostname.toLowerCase();
  return noticePages.find((site) => site.host === host && parsed.pathname.startsWith(site.pathPrefix));
}

/** The official site a URL belongs to: exact host, any scheme among http(s), any port. */
export function siteOf(url: string): SiteId | undefined {
  const parsed = httpUrl(url);
  if (!parsed) return undefined;
  const host = parsed.hostname.toLowerCase();
  return officialSites.find((site) => site.hosts.includes(host))?.id;
}
