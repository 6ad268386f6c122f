/**
 * The pack in force as content scripts see it: one `storage.local` record that only the background writes (from
 * the validated, trust-filtered book of the IndexedDB cache), so a content script needs neither Dexie nor zod.
 * Readers check its shape cheaply and fall back to the bundled book on any doubt.
 */
import { bundledPolicyBook, type PolicyBook } from '@/policy';

export const ACTIVE_PACK_KEY = 'activePolicyPack';

export type ActivePackRecord =
  /**
   * `unavailable`: why the background could not read its IndexedDB cache (the bundled book is in force). `json`
   * when saved notices (policy/layers.ts) are laid over the bundled book.
   */
  | { origin: 'bundled'; version: string; unavailable?: string; json?: string }
  /** `json`: the book after `withTrustedContacts` — contacts and URLs are the bundled book's. */
  | { origin: 'imported'; version: string; json: string }
  /** `json`: a pack whose signature the background verified (utils/policy-cache.ts), used as published. */
  | { origin: 'signed'; version: string; json: string };

export type ActiveOrigin = ActivePackRecord['origin'];

export interface ActiveBook {
  book: PolicyBook;
  origin: ActiveOrigin;
}

/** The pack in force as extension pages show it: the book, and whether the cache behind it could be read. */
export type PublishedPolicy = ActiveBook &
  ({ cache: 'ok' } | { origin: 'bundled'; cache: 'unavailable'; reason: string });

export function activePackRecord(book: PolicyBook, origin: ActiveOrigin, unavailable?: string): ActivePackRecord {
  if (origin !== 'bundled') return { origin, version: book.version, json: JSON.stringify(book) };
  if (unavailable !== undefined) return { origin, version: book.version, unavailable };
  // Saved notices over the bundled book: the record carries the composed book.
  return book === bundledPolicyBook
    ? { origin, version: book.version }
    : { origin, version: book.version, json: JSON.stringify(book) };
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Every parameter the bundled book has is there, with its list of values; anything else means bundled. */
function looksLikeBook(value: unknown): value is PolicyBook {
  if (
    !isObject(value) ||
    typeof value.version !== 'string' ||
    typeof value.published !== 'string' ||
    !isObject(value.parameters)
  )
    return false;
  const parameters = value.parameters;
  return Object.entries(bundledPolicyBook.parameters).every(([key, bundled]) => {
    const parameter = parameters[key];
    const list = 'notices' in bundled ? 'notices' : 'values';
    return isObject(parameter) && Array.isArray(parameter[list]) && (parameter[list] as unknown[]).every(isObject);
  });
}

/** The book a stored record stands for; the bundled one for anything missing, malformed or unexpected. */
export function bookFromRecord(record: unknown): ActiveBook {
  const bundled: ActiveBook = { book: bundledPolicyBook, origin: 'bundled' };
  if (!isObject(record) || typeof record.json !== 'string') return bundled;
  const origin = record.origin;
  // `bundled` with a book: saved notices laid over the bundled book (policy/layers.ts).
  if (origin !== 'imported' && origin !== 'signed' && origin !== 'bundled') return bundled;
  try {
    const book: unknown = JSON.parse(record.json);
    return looksLikeBook(book) ? { book, origin } : bundled;
  } catch {
    return bundled;
  }
}

/** The policy a stored record stands for, with the background's reason when its cache was unavailable. */
export function policyFromRecord(record: unknown): PublishedPolicy {
  const active = bookFromRecord(record);
  if (active.origin === 'bundled' && isObject(record) && typeof record.unavailable === 'string')
    return { ...active, origin: 'bundled', cache: 'unavailable', reason: record.unavailable };
  return { ...active, cache: 'ok' };
}
