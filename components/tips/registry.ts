/**
 * Tips register themselves here, like refined-github features: one file per tip, imported once by
 * `tips/index.ts`. A tip is a pure function of the page kind and the instant.
 */
import type { ComponentChildren } from 'preact';
import type { PolicyBook, Reference } from '@/policy';
import { uniqueByUrl } from '@/policy/references';
import { policySnapshot, type PolicySnapshot } from '@/policy/rules/snapshot';
import type { PageKind } from '@/utils/page-detection';
import type { TipId } from './ids';

export interface TipContext {
  page: PageKind;
  /** The current instant (ms since epoch); rules turn it into Beijing time. */
  now: number;
  /** The active book: bundled, or an imported pack. */
  book: PolicyBook;
  /** Everything the rules say about `now`, computed once for all tips (and only if a tip asks). */
  readonly policy: PolicySnapshot;
}

export function tipContext(page: PageKind, now: number, book: PolicyBook): TipContext {
  let snapshot: PolicySnapshot | undefined;
  return {
    page,
    now,
    book,
    get policy() {
      return (snapshot ??= policySnapshot(now, book));
    },
  };
}

export interface TipContent {
  title: string;
  body: ComponentChildren;
  /** Where the figures come from; shown with their confidence. */
  references: Reference[];
  /** Plain-language warnings: data not included, ambiguities the sources leave open. */
  caveats?: string[];
}

export interface Tip {
  /** Stable id; rendered as the `data-tip` attribute. */
  id: TipId;
  pages: readonly PageKind[];
  /** Null when the tip has nothing to say now. */
  content(context: TipContext): TipContent | null;
}

export interface RenderedTip extends TipContent {
  id: TipId;
}

const tips: Tip[] = [];

export function registerTip(tip: Tip): void {
  if (tips.some((existing) => existing.id === tip.id)) throw new Error(`Tip registered twice: ${tip.id}`);
  tips.push(tip);
}

export function registeredTips(): readonly Tip[] {
  return tips;
}

/** The tips to show; a tip that throws is left out and never stops the others. */
export function tipsFor(
  context: TipContext,
  onError: (id: string, error: unknown) => void = () => {},
  candidates: readonly Tip[] = tips,
): RenderedTip[] {
  const shown: RenderedTip[] = [];
  for (const tip of candidates) {
    if (!tip.pages.includes(context.page)) continue;
    try {
      const content = tip.content(context);
      if (content) shown.push({ id: tip.id, ...content, references: uniqueByUrl(content.references) });
    } catch (error) {
      onError(tip.id, error);
    }
  }
  return shown;
}
