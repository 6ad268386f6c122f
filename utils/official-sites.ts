/**
 * The official sites the tips run on. The one list feeds the manifest's content-script matches and the
 * userscript's @match, so the two can never drift apart. Hosts only: paths are not known for certain
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

/** The official site a URL belongs to: exact host, any scheme among http(s), any port. */
export function siteOf(url: string): SiteId | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return undefined;
  const host = parsed.hostname.toLowerCase();
  return officialSites.find((site) => site.hosts.includes(host))?.id;
}
