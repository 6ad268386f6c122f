/**
 * The pack in force as content scripts see it: one `storage.local` record that only the background writes (from
 * the validated, trust-filtered book of the IndexedDB cache), so a content script needs neither Dexie nor zod.
 * Readers check its shape cheaply and fall back to the bundled book on any doubt.
 */
import { bundledPolicyBook, type PolicyBook } from '@/policy';

export const ACTIVE_PACK_KEY = 'activePolicyPack';

export type ActivePackRecord =
  /** `json` when saved notices (policy/layers.ts) are laid over the bundled book. */
  | { origin: 'bundled'; version: string; json?: string }
  /** `json`: the book after `withTrustedContacts` — contacts and URLs are the bundled book's. */
  | { origin: 'imported'; version: string; json: string };

export interface ActiveBook {
  book: PolicyBook;
  origin: 'bundled' | 'imported';
}

export function activePackRecord(book: PolicyBook, origin: 'bundled' | 'imported'): ActivePackRecord {
  if (origin === 'imported') return { origin, version: book.version, json: JSON.stringify(book) };
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
  if (!isObject(record) || !['imported', 'bundled'].includes(record.origin as string)) return bundled;
  if (typeof record.json !== 'string') return bundled;
  try {
    const book: unknown = JSON.parse(record.json);
    return looksLikeBook(book) ? { book, origin: record.origin as ActiveBook['origin'] } : bundled;
  } catch {
    return bundled;
  }
}
