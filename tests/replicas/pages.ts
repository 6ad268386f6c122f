/** The replica pages, one per page kind, as the demo, the e2e tests and the benchmarks open them. */
import type { PageKind } from '../../utils/page-detection';

export interface ReplicaPage {
  kind: PageKind;
  url: string;
  /** What the page is, for screenshots and reports. */
  label: string;
  /** Paths the page itself loads; anything else on the network is not the page's doing. */
  assets: string[];
}

export const replicaPages: ReplicaPage[] = [
  {
    kind: 'etax-social-fee',
    url: 'http://etax.beijing.chinatax.gov.cn/sbf/cxjmyb.html',
    label: '电子税务局 · 社保费缴纳（城乡居民医保）',
    assets: ['/sbf/cxjmyb.html', '/site.css'],
  },
];

export function replicaPage(kind: PageKind): ReplicaPage {
  const page = replicaPages.find((p) => p.kind === kind);
  if (!page) throw new Error(`No replica for ${kind}`);
  return page;
}
