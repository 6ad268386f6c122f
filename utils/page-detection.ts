/**
 * Which official page is this? A pure function of the URL and the page's visible text. The real paths are not
 * known for certain (policy/SOURCES.md, "Official sites and page labels"), so a path never decides: the host says
 * which site, the text which page.
 * Page kinds exclude each other, so at most one detector is true for any page.
 */
import { siteOf, type SiteId } from './official-sites';

export interface PageSignals {
  url: string;
  /** Visible text of the page (title and body). */
  text: string;
}

export type PageKind =
  /** 电子税务局: 社保费 payment of 城乡居民医保. */
  | 'etax-social-fee'
  /** 北京医保公共服务平台: the resident (personal) service pages. */
  | 'ybj-resident'
  /** 北京医保公共服务平台: the 个人账户家庭共济关系维护 module. */
  | 'ybj-family-pooling'
  /** 京通 web views: 社保费办理 of 城乡居民医保. */
  | 'bjt-social-fee'
  /** The old 北京市社会保险网上服务平台, where resident premiums are no longer paid. */
  | 'rsj-old-platform'
  /** 国家医保服务平台, 北京地方专区: 家庭共济 备案. */
  | 'nhsa-beijing-pooling';

const RESIDENT_MEDICAL = /城乡居民(?:基本)?医疗保险|城乡居民医保|居民医保/;
const SOCIAL_FEE = /社保费|社会保险费/;
const FAMILY_POOLING = /家庭共济|共济关系|共济备案/;

interface Detector {
  site: SiteId;
  test(text: string): boolean;
}

/** The 共济 maintenance form: the module's name alone also appears in menus of other pages. */
const isYbjPoolingModule = (text: string) =>
  FAMILY_POOLING.test(text) && /个人账户/.test(text) && /与本人关系|共济人员|共济成员/.test(text);

const pageDetectors: Record<PageKind, Detector> = {
  'etax-social-fee': { site: 'etax', test: (text) => SOCIAL_FEE.test(text) && RESIDENT_MEDICAL.test(text) },
  'ybj-resident': {
    site: 'ybj',
    test: (text) => !isYbjPoolingModule(text) && RESIDENT_MEDICAL.test(text) && /个人(?:网厅|服务|账户|参保)/.test(text),
  },
  'ybj-family-pooling': { site: 'ybj', test: isYbjPoolingModule },
  'bjt-social-fee': { site: 'bjt', test: (text) => SOCIAL_FEE.test(text) && RESIDENT_MEDICAL.test(text) },
  'rsj-old-platform': {
    site: 'rsj',
    test: (text) => /社会保险网上服务平台/.test(text) || (RESIDENT_MEDICAL.test(text) && /缴费/.test(text)),
  },
  'nhsa-beijing-pooling': { site: 'nhsa', test: (text) => /北京/.test(text) && FAMILY_POOLING.test(text) },
};

export const pageKinds = Object.keys(pageDetectors) as PageKind[];

/** One detector per page kind: the host must be the site's, and the visible text must say which page it is. */
export const detectors: Record<PageKind, (page: PageSignals) => boolean> = Object.fromEntries(
  pageKinds.map((kind) => {
    const { site, test } = pageDetectors[kind];
    return [kind, ({ url, text }: PageSignals) => siteOf(url) === site && test(text)];
  }),
) as Record<PageKind, (page: PageSignals) => boolean>;

export function detectPage(page: PageSignals): PageKind | undefined {
  return pageKinds.find((kind) => detectors[kind](page));
}
