/**
 * Which official page is this? A pure function of the URL and the page's visible text. The real paths are not
 * known for certain, so a path never decides alone: the host says which site, the text says which page.
 */
export interface PageSignals {
  url: string;
  /** Visible text of the page (title and body). */
  text: string;
}

export type PageKind = 'etax-social-fee';

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return '';
  }
}

const RESIDENT_MEDICAL = /城乡居民(?:基本)?医疗保险|居民医保/;

export const detectors: Record<PageKind, (page: PageSignals) => boolean> = {
  'etax-social-fee': ({ url, text }) =>
    hostOf(url) === 'etax.beijing.chinatax.gov.cn' && /社保费|社会保险费/.test(text) && RESIDENT_MEDICAL.test(text),
};

export function detectPage(page: PageSignals): PageKind | undefined {
  return (Object.keys(detectors) as PageKind[]).find((kind) => detectors[kind](page));
}
