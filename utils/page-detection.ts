/**
 * Which official page is this? A pure function of the URL and what the page shows. The real paths are not known
 * for certain (policy/SOURCES.md, "Official sites and page labels"), so a path never decides: the host says which site, the page's words which page.
 *
 * The words are weighed by where they stand. The page's own name — its title, headings, breadcrumbs and active
 * menu item — is strong: naming the business there is enough. The body text is weak: a menu or a notice mentions
 * 家庭共济 or 社保费 on many pages, so words in the body count only together with a form that shows it
 * (at least two field labels, buttons or menu-path steps of this business, each a line of its own). Labels are
 * written from the facts (policy/SOURCES.md), not from our replicas, so that a site's rewording survives.
 * Page kinds exclude each other, so at most one detector is true for any page.
 */
import { siteOf, type SiteId } from './official-sites';

/** What the page shows, as `pageSignals(document)` reads it. */
export interface PageSignals {
  url: string;
  title: string;
  /** h1–h3 and role=heading, in document order. */
  headings: string[];
  breadcrumbs: string[];
  /** The highlighted menu item or tab, if any. */
  activeMenu?: string;
  /** Visible body text (capped). */
  text: string;
}

/**
 * The old `{ url, text }` shape still works: missing fields are empty. Its text was built as the title, a line
 * break, then the body, so with no title given its first line is taken as the title.
 */
export type PageInput = Pick<PageSignals, 'url' | 'text'> & Partial<PageSignals>;

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

// ——— The businesses, as the facts name them ———

/** 城乡居民基本医疗保险 and its short forms (2024 notice; seed 000 "北京市居民医保自行缴费"). */
const RESIDENT_MEDICAL = /城乡居民(?:基本)?医疗保险|城乡居民(?:基本)?医保|居民(?:基本)?医保|居民(?:基本)?医疗保险/;
/** 社保费 (京通 "社保费办理", e-tax "社保费缴纳"), 社会保险费, or the premium named as a fee (…医疗保险费). */
const SOCIAL_FEE = /社保费|社会保险费|社保缴费|医疗保险费|医保费/;
/** seed 002 "个人账户家庭共济关系维护", 2024 notice "共济备案", "共济账户". */
const FAMILY_POOLING = /家庭共济|共济关系|共济备案|共济账户/;
/** The personal side of the 医保 platform. */
const PERSONAL = /个人(?:网厅|服务|中心|账户|参保)|参保人/;
/** The old 社保 platform by name, or the resident self-payment it once offered (seeds 000, 003). */
const OLD_PLATFORM = /社会保险网上服务平台|网上自助缴费|居民医保(?:自行|自助)缴费/;

// ——— The page's own name saying it is something else ———

/** Notices, news, search results, guides: they use every cue word, but hold no form. */
const LIST_OR_GUIDE = /通知|公告|通告|新闻|动态|政策文件|解读|搜索|检索|问答|常见问题|指南|帮助/;
/** 职工医保 and 单位 business: the same generic words (缴费, 社保费, 个人账户) for other people. */
const EMPLOYEE_OR_UNIT = /职工|单位|灵活就业|企业/;
const UNIT = /单位|企业/;
/** Another province's 地方专区 on the national platform. */
const OTHER_REGION = /(?<!北京)地方专区(?![\s：:›>/-]*北京)/;
/** A heading that is a notice's title names the notice, not the page. */
const NOTICE_TITLE = /关于.+的(?:通知|通告|公告|公示|说明)/;

// ——— A form or menu path of the business: each a line of its own ———

/** Who pays for whom (seed 000: 参保人, 缴费人, 被缴费人). */
const PAYER_LABEL = /^(?:缴费人|参保人|被缴费人|代缴人)(?:姓名|证件号码|证件类型|身份证号码?|信息)?$/;
const PAYMENT_LABELS = [
  PAYER_LABEL,
  /^险种(?:名称|类型)?$/,
  /^(?:征收品目|费种|征收项目)$/,
  /^缴费(?:年度|所属期|期间)$/,
  /^(?:缴费|应缴|应缴费|实缴)(?:金额|费额)(?:[（(]元[)）])?$/,
  /^(?:确认|立即|去)缴费$/,
  /^查询应缴(?:信息|费额)?$/,
  /^参保信息(?:选择)?$/,
  /^人员类别$/,
];
/** 京通: "社会保障" → "社保费办理" → "城乡居民基本医疗保险缴费办理" (2024 notice); "社保缴费" (城市服务). */
const BJT_STEPS = [
  /^社会保障$/,
  /^社保费办理$/,
  /^社保缴费$/,
  /^城乡居民(?:基本)?(?:医疗保险|医保)(?:费)?缴费(?:办理)?$/,
];
/** e-tax Web: "我要办税-社保" (2024 notice); the app's "办税" → "社保费办理". */
const ETAX_STEPS = [/^我要办税$/, /^社保费?(?:缴纳|办理)?$/];
/** The personal hall's own menu. */
const YBJ_RESIDENT_STEPS = [
  /^个人(?:网厅|服务)$/,
  /^(?:城乡居民)?参保登记$/,
  /^(?:城乡居民医保)?缴费(?:信息)?查询$/,
  /^参保(?:信息|状态)查询$/,
  /^个人账户(?:余额)?查询$/,
];
/** Who is linked, and how (seed 002: 姓名、身份证号码及与参保人的关系; 2024 notice: 配偶、父母、子女). */
const POOLING_LABELS = [
  /^(?:与本人|与参保人|与缴费人|与申请人)?关系$/,
  /^(?:家庭成员|共济人员|共济成员|共济人|被共济人|近亲属)(?:姓名|证件号码|证件类型|身份证号码?|信息)?$/,
  /^(?:提交|确认)?备案$/,
  /^(?:新增|绑定|解除)(?:共济关系|家庭成员|共济人员)?$/,
  /^(?:共济账户)?使用顺序$/,
];
const OLD_PLATFORM_LABELS = [
  /^社会保障号码$/,
  /^个人(?:用户)?登录$/,
  /^验证码$/,
  /^网上自助缴费$/,
  PAYER_LABEL,
  /^缴费年度$/,
];

interface PageRule {
  site: SiteId;
  /** Every one must appear, in the page's name or its body. */
  facets: RegExp[];
  /** With `allNamed`, the page's name must show every facet; otherwise one is enough. */
  allNamed?: boolean;
  /** Form labels and buttons of this business. */
  labels: RegExp[];
  /** Menu-path steps; they count only on a page that names nothing (no headings, breadcrumbs, active menu). */
  steps?: RegExp[];
  /** In the page's name, another business that shares the words. */
  elsewhere: RegExp;
}

const pageRules: Record<PageKind, PageRule> = {
  'etax-social-fee': {
    site: 'etax',
    facets: [SOCIAL_FEE, RESIDENT_MEDICAL],
    labels: PAYMENT_LABELS,
    steps: ETAX_STEPS,
    elsewhere: EMPLOYEE_OR_UNIT,
  },
  'ybj-resident': {
    site: 'ybj',
    facets: [RESIDENT_MEDICAL, PERSONAL],
    labels: PAYMENT_LABELS,
    steps: YBJ_RESIDENT_STEPS,
    elsewhere: EMPLOYEE_OR_UNIT,
  },
  'ybj-family-pooling': { site: 'ybj', facets: [FAMILY_POOLING], labels: POOLING_LABELS, elsewhere: UNIT },
  'bjt-social-fee': {
    site: 'bjt',
    facets: [SOCIAL_FEE, RESIDENT_MEDICAL],
    labels: PAYMENT_LABELS,
    steps: BJT_STEPS,
    elsewhere: EMPLOYEE_OR_UNIT,
  },
  'rsj-old-platform': {
    site: 'rsj',
    facets: [OLD_PLATFORM],
    labels: OLD_PLATFORM_LABELS,
    elsewhere: EMPLOYEE_OR_UNIT,
  },
  'nhsa-beijing-pooling': {
    site: 'nhsa',
    facets: [/北京/, FAMILY_POOLING],
    allNamed: true,
    labels: POOLING_LABELS,
    elsewhere: new RegExp(`${UNIT.source}|${OTHER_REGION.source}`),
  },
};

/** How many lines of body text are looked at: enough for any form, cheap on any page. */
const MAX_LINES = 2000;
/** Labels, buttons and menu steps are short; longer lines are sentences. */
const MAX_LABEL = 24;

interface ReadPage {
  /** Title, headings (not notices' titles), breadcrumbs, active menu: what the page calls itself. */
  names: string[];
  /** Title, breadcrumbs, active menu and the first heading: where "this is a notice list" would show. */
  primaryNames: string[];
  /** Whether the page names itself anywhere beyond the title (every page has a title, often the site's). */
  structured: boolean;
  text: string;
  /** Short lines of the body: where labels, buttons and menu steps stand. */
  lines: string[];
}

/** Label-like lines: split at line breaks, tabs and list separators; asterisks and colons off; short ones only. */
function labelLines(text: string): string[] {
  return text
    .split(/[\n\t·|｜]+/, MAX_LINES)
    .map((line) =>
      line
        .trim()
        .replace(/^[*＊\s]+/, '')
        .replace(/[\s:：*＊]+$/, ''),
    )
    .filter((line) => line.length > 0 && line.length <= MAX_LABEL);
}

function readPage(page: PageInput): ReadPage {
  const legacy = page.title === undefined && page.headings === undefined && page.breadcrumbs === undefined;
  if (legacy) page = { ...page, title: page.text.split('\n', 1)[0] };
  const headings = (page.headings ?? []).filter((heading) => !NOTICE_TITLE.test(heading));
  const breadcrumbs = page.breadcrumbs ?? [];
  const active = page.activeMenu ? [page.activeMenu] : [];
  const title = page.title ? [page.title] : [];
  return {
    names: [...title, ...headings, ...breadcrumbs, ...active],
    primaryNames: [...title, ...headings.slice(0, 1), ...breadcrumbs, ...active],
    structured: headings.length + breadcrumbs.length + active.length > 0,
    text: page.text,
    lines: labelLines(page.text),
  };
}

const anyMatch = (pattern: RegExp, strings: string[]) => strings.some((s) => pattern.test(s));
const distinctMatches = (patterns: RegExp[], lines: string[]) => patterns.filter((p) => anyMatch(p, lines)).length;

function matches(rule: PageRule, page: ReadPage): boolean {
  if (anyMatch(LIST_OR_GUIDE, page.primaryNames) || anyMatch(rule.elsewhere, page.primaryNames)) return false;
  const everywhere = [...page.names, page.text];
  if (!rule.facets.every((facet) => anyMatch(facet, everywhere))) return false;
  // Strong: the page's own name names the business.
  const named = rule.allNamed
    ? rule.facets.every((facet) => anyMatch(facet, page.names))
    : rule.facets.some((facet) => anyMatch(facet, page.names));
  if (named) return true;
  // Weak: the body names it, and shows its form (or, on a page that names nothing, its menu path).
  const evidence = [...rule.labels, ...(page.structured ? [] : (rule.steps ?? []))];
  return distinctMatches(evidence, page.lines) >= 2;
}

export const pageKinds = Object.keys(pageRules) as PageKind[];

/** Tried first: the 共济 module is also a personal page of the same hall, and the more specific kind wins. */
const tryOrder: PageKind[] = ['ybj-family-pooling', ...pageKinds.filter((kind) => kind !== 'ybj-family-pooling')];

/** The first kind of the page's site that it matches; a page on no official site is not read at all. */
export function detectPage(page: PageInput): PageKind | undefined {
  const site = siteOf(page.url);
  const kinds = tryOrder.filter((kind) => pageRules[kind].site === site);
  if (kinds.length === 0) return undefined;
  const read = readPage(page);
  return kinds.find((kind) => matches(pageRules[kind], read));
}

/** One detector per page kind: the host must be the site's, and the page must say which page it is. */
export const detectors: Record<PageKind, (page: PageInput) => boolean> = Object.fromEntries(
  pageKinds.map((kind) => [kind, (page: PageInput) => detectPage(page) === kind]),
) as Record<PageKind, (page: PageInput) => boolean>;
