/** Every sample page, per official site: negatives (written first) and positives. */
import type { SiteId } from '@/utils/official-sites';
import { bjtNegatives, bjtPositives } from './bjt';
import { etaxNegatives, etaxPositives } from './etax';
import { nhsaNegatives, nhsaPositives } from './nhsa';
import { replicaSamples } from './replicas';
import { rsjNegatives, rsjPositives } from './rsj';
import type { PageSample } from './sample';
import { ybjNegatives, ybjPositives } from './ybj';

export type { PageSample } from './sample';

export const samplesBySite: Record<SiteId, { negatives: PageSample[]; positives: PageSample[] }> = {
  etax: { negatives: etaxNegatives, positives: etaxPositives },
  ybj: { negatives: ybjNegatives, positives: ybjPositives },
  bjt: { negatives: bjtNegatives, positives: bjtPositives },
  rsj: { negatives: rsjNegatives, positives: rsjPositives },
  nhsa: { negatives: nhsaNegatives, positives: nhsaPositives },
};

/** Written samples and the replicas as read today. */
export const allSamples: PageSample[] = [
  ...Object.values(samplesBySite).flatMap(({ negatives, positives }) => [...negatives, ...positives]),
  ...replicaSamples,
];
