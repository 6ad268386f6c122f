/**
 * The official sites the tips run on. The one list feeds the manifest's content-script matches and the
 * userscript's @match, so the two can never drift apart.
 */
export interface OfficialSite {
  id: string;
  name: string;
  hosts: string[];
}

export const officialSites: readonly OfficialSite[] = [
  { id: 'etax', name: '北京市电子税务局', hosts: ['etax.beijing.chinatax.gov.cn'] },
];

/** `*://host/*` matches every scheme and port of the host. */
export const matchPatterns: string[] = officialSites.flatMap((site) => site.hosts.map((host) => `*://${host}/*`));
