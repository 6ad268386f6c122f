/**
 * The panel's answers as the extension's content script gets them: one `storage.local` record that only the
 * background writes (answers/panel-record.ts works it out from the active book), holding the messages of every
 * page kind and the footer, and the span of time they hold for. The content script reads it at `document_start`
 * and carries no rule, answer or book of its own. This module is the reader's side: types and a cheap shape
 * check, nothing that imports the rules.
 */
import type { PanelMessage } from '@/answers/panel';
import type { PageKind } from './page-detection';

export const PANEL_ANSWERS_KEY = 'panelAnswers';
/** A content script found no record valid for its clock: the background works one out and replies with it. */
export const PANEL_ANSWERS_REQUEST = 'yibao:panel-answers';
/** Bumped when the record's shape changes: an older record is then treated as missing and asked for again. */
export const PANEL_ANSWERS_FORMAT = 1;

// Type only: nothing of the answers layer reaches the content script's bundle.
export type { PanelMessage };

export interface PanelFooter {
  /** `数据版本 … · 数据截至 …` (answers/data-date.ts). */
  line: string;
  /** When the likely 年度 is missing: that this copy may be out of date. */
  outOfDate?: string;
}

export interface PanelAnswers {
  format: typeof PANEL_ANSWERS_FORMAT;
  /** The instant the answers were worked out for. */
  computedAt: number;
  /** The answers are the same at every instant of [validFrom, validUntil): the last and next instants any can change. */
  validFrom: number;
  validUntil: number;
  /** The version of the book they come from (for a developer reading the record). */
  bookVersion: string;
  /** Every message once; `pages` lists, per page kind, the indexes of its messages in the panel's order. */
  messages: PanelMessage[];
  pages: Record<PageKind, number[]>;
  footer: PanelFooter;
}

/** What a content script asks the background for: the answers valid at its own clock's `now`. */
export interface PanelAnswersRequest {
  type: typeof PANEL_ANSWERS_REQUEST;
  now: number;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isFiniteNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const isStringArray = (value: unknown) => Array.isArray(value) && value.every((s) => typeof s === 'string');

function looksLikeMessage(value: unknown): value is PanelMessage {
  return (
    isObject(value) &&
    typeof value.id === 'string' &&
    typeof value.severity === 'string' &&
    typeof value.headline === 'string' &&
    Array.isArray(value.body) &&
    value.body.every(isObject) &&
    isStringArray(value.caveats) &&
    Array.isArray(value.references) &&
    value.references.every(isObject)
  );
}

/** The record as stored, when its shape is right; undefined for anything missing, malformed or of another format. */
export function readPanelAnswers(value: unknown): PanelAnswers | undefined {
  if (!isObject(value) || value.format !== PANEL_ANSWERS_FORMAT) return undefined;
  const { computedAt, validFrom, validUntil, messages, pages, footer } = value;
  if (!isFiniteNumber(computedAt) || !isFiniteNumber(validFrom) || !isFiniteNumber(validUntil)) return undefined;
  if (!(validFrom <= computedAt && computedAt < validUntil)) return undefined;
  if (!Array.isArray(messages) || !messages.every(looksLikeMessage) || !isObject(pages)) return undefined;
  const indexes = Object.values(pages);
  const inRange = (i: unknown) => Number.isInteger(i) && (i as number) >= 0 && (i as number) < messages.length;
  if (!indexes.every((list) => Array.isArray(list) && list.every(inRange))) return undefined;
  if (!isObject(footer) || typeof footer.line !== 'string') return undefined;
  if (footer.outOfDate !== undefined && typeof footer.outOfDate !== 'string') return undefined;
  return value as unknown as PanelAnswers;
}

/** The answers hold at `now`: the machine did not sleep past them, nor was its clock set back before them. */
export function answersHoldAt(answers: PanelAnswers, now: number): boolean {
  return answers.validFrom <= now && now < answers.validUntil;
}

/** A stored record that is well formed and holds at `now`, else undefined. */
export function panelAnswersAt(value: unknown, now: number): PanelAnswers | undefined {
  const answers = readPanelAnswers(value);
  return answers && answersHoldAt(answers, now) ? answers : undefined;
}

/** The panel's messages for a page kind, most urgent first (none for a kind the record does not know). */
export function messagesFor(answers: PanelAnswers, page: PageKind): PanelMessage[] {
  return (answers.pages[page] ?? []).map((i) => answers.messages[i]);
}

export function isPanelAnswersRequest(message: unknown): message is PanelAnswersRequest {
  return isObject(message) && message.type === PANEL_ANSWERS_REQUEST && isFiniteNumber(message.now);
}
