/**
 * The policy cache in IndexedDB (Dexie): the pack in force. Extension pages and the background only — a content
 * script's IndexedDB belongs to the official site. Whatever goes wrong with IndexedDB, callers get the bundled
 * pack and a one-line reason, never an exception.
 *
 * An imported pack is stored as validated and passed through `withTrustedContacts` on every read, so its
 * hotlines, channels and URLs are always the bundled book's of the version installed now — also for a pack stored
 * by an older version, before these rules existed.
 *
 * A signed pack (the project's own, `npm run pack`) is stored as the exact text that was signed, with its
 * signature file, and its signature is checked again on every read against the keys this version trusts: while
 * it verifies, the pack is used as published (contacts included) and labelled 已验证; if it stops verifying (a key
 * withdrawn by an update), it falls back to the rules for unsigned packs.
 */
import Dexie, { type Table } from 'dexie';
import { bundledPolicyBook, type PolicyBook } from '@/policy';
import { composeBook } from '@/policy/layers';
import type { TrustedField } from '@/policy/pack-trust';
import { checkStored, noSavedNotices, type NoticeStore, type SavedNotices, type StoredLayer } from './notice-layers';
import type { PackKey, PackSignatureCheck } from './pack-signature';
import { loadPackModule } from './load-pack-module';
import type { PackParse } from './policy-pack';

export const POLICY_DB_NAME = 'yibao-policy';

/** Where the pack in force came from: `signed` is an imported pack whose signature verifies (已验证（项目发布）). */
export type PackOrigin = 'bundled' | 'imported' | 'signed';

export interface StoredPack {
  slot: 'active';
  /** The pack as JSON text: stored and compared byte for byte, parsed and validated on every read. */
  json: string;
  /** Only bundled and imported are stored: `signed` is what an imported pack is while its signature verifies. */
  origin: 'bundled' | 'imported';
  /** The detached signature file (`.sig.json`) of `json`, kept only when it verified on import. */
  signature?: string;
  installedAt: string;
}

export class PolicyCache extends Dexie {
  packs!: Table<StoredPack, 'active'>;
  /** Saved notices (issue 18.3), one row per notice URL, kept as JSON text and checked on every read. */
  layers!: Table<StoredLayer, string>;

  constructor(name = POLICY_DB_NAME) {
    super(name);
    // v1 (0.1.0): the 2024年度 standards as rows, seeded from the bundled data.
    this.version(1).stores({ standards: '[year+category], year' });
    // v2: the whole pack in force, so an imported pack replaces it in one transaction. v1 held only bundled
    // data, so the upgrade drops it and installs the bundled pack.
    this.version(2)
      .stores({ standards: null, packs: 'slot' })
      .upgrade((tx) => tx.table('packs').put(bundledRow()));
    // v3: saved notices. A new table only: the pack in force is kept as it is.
    this.version(3).stores({ layers: 'url' });
  }
}

/** The saved notices of the extension, in the policy cache. */
export function dexieNoticeStore(db: PolicyCache): NoticeStore {
  return {
    all: () => db.layers.toArray(),
    put: async (row) => {
      await db.layers.put(row);
    },
    remove: (url) => db.layers.delete(url),
  };
}

const bundledJson = JSON.stringify(bundledPolicyBook);

type PackModule = typeof import('./policy-pack');

// The validator (zod) loads only when a pack other than the bundled one is met, which keeps it off the extension
// pages' start-up path. Load it before a transaction: awaiting anything but Dexie inside one ends it.

/** Validates stored JSON; the bundled pack needs no check. `trusted`: its signature verified. */
function parseStored(json: string, pack?: PackModule, trusted = false): PackParse {
  if (json === bundledJson) return { ok: true, book: bundledPolicyBook };
  return pack ? pack.parsePack(json, { trusted }) : { ok: false, problems: ['validator not loaded'] };
}

/** The keys signatures are checked against: the build's own (utils/pack-keys.ts); tests pass theirs. */
export interface KeyOption {
  keys?: readonly PackKey[];
}

function bundledRow(): StoredPack {
  return { slot: 'active', json: bundledJson, origin: 'bundled', installedAt: new Date().toISOString() };
}

export type ActivePolicy =
  | { book: PolicyBook; origin: PackOrigin; installedAt: string; cache: 'ok'; notices: SavedNotices }
  | { book: PolicyBook; origin: 'bundled'; cache: 'unavailable'; reason: string; notices: SavedNotices };

/** IndexedDB can hang (blocked upgrade, broken profile); past this the bundled pack answers. */
const CACHE_TIMEOUT_MS = 2000;

function withTimeout<T>(work: Promise<T>): Promise<T> {
  return Promise.race([
    work,
    new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error('IndexedDB did not answer in time')), CACHE_TIMEOUT_MS),
    ),
  ]);
}

/**
 * Installs the bundled pack unless the pack in force is an imported one at least as new (run on install and
 * update, and by readers that find the cache empty).
 */
export async function syncBundledPack(db: PolicyCache): Promise<void> {
  const pack = await loadPackModule();
  await db.transaction('rw', db.packs, async () => {
    const active = await db.packs.get('active');
    // Only the version matters here (no await but Dexie's in a transaction, so no signature check).
    const current = active && parseStored(active.json, pack, active.signature !== undefined);
    const keepImported =
      active?.origin === 'imported' &&
      current?.ok &&
      pack.compareVersions(current.book.version, bundledPolicyBook.version) >= 0;
    if (!keepImported && active?.json !== bundledJson) await db.packs.put(bundledRow());
  });
}

export async function activePolicy(
  db: PolicyCache = new PolicyCache(),
  { keys }: KeyOption = {},
): Promise<ActivePolicy> {
  try {
    return await withTimeout(
      (async (): Promise<ActivePolicy> => {
        let stored = await db.packs.get('active');
        if (!stored) {
          await syncBundledPack(db);
          stored = (await db.packs.get('active'))!;
        }
        // The validator and the trust rules load only for a pack other than the bundled one.
        const pack = stored.json === bundledJson && stored.origin === 'bundled' ? undefined : await loadPackModule();
        const signed =
          pack && stored.origin === 'imported' && stored.signature !== undefined
            ? (await pack.verifyPackSignature(stored.json, stored.signature, keys)).status === 'verified'
            : false;
        const parsed = parseStored(stored.json, pack, signed);
        if (!parsed.ok) {
          const reason = parsed.untrustedText
            ? '之前导入的数据包文字里有电话号码或网址，已停用'
            : '本地缓存中的数据已损坏';
          return { book: bundledPolicyBook, origin: 'bundled', cache: 'unavailable', reason, notices: noSavedNotices };
        }
        // A verified pack is used as published; any other imported pack keeps the bundled book's contacts.
        const book =
          pack && stored.origin === 'imported' && !signed
            ? pack.withTrustedContacts(parsed.book, bundledPolicyBook).book
            : parsed.book;
        // Saved notices over the pack in force: only a signed pack citing the same notice wins over one.
        const notices = checkStored(await db.layers.toArray());
        const packs = stored.origin === 'imported' ? [{ book, signed }] : [];
        return {
          book: composeBook(bundledPolicyBook, notices.layers, packs),
          origin: signed ? 'signed' : stored.origin,
          installedAt: stored.installedAt,
          cache: 'ok',
          notices,
        };
      })(),
    );
  } catch (error) {
    return {
      book: bundledPolicyBook,
      origin: 'bundled',
      cache: 'unavailable',
      reason: `本地缓存不可用（${(error as Error).name || 'Error'}）`,
      notices: noSavedNotices,
    };
  }
}

/** What the signature check found, in the import's words: only `verified` makes a pack 已验证. */
export type ImportSignature = PackSignatureCheck['status'];

export type ImportResult =
  /**
   * Imported; `ignored` names the trusted fields where an unverified pack differed (its values there are not
   * used; always empty for a verified one).
   */
  | { ok: true; version: string; ignored: TrustedField[]; signature: ImportSignature }
  | { ok: false; problems: string[]; signature?: ImportSignature }
  /** Valid, not imported yet: every import is confirmed first; `notNewerThan` when the pack in force is as new. */
  | { ok: false; needsConfirmation: true; version: string; notNewerThan?: string; signature: ImportSignature };

export interface ImportOptions extends KeyOption {
  confirmed?: boolean;
  /** The text of the pack's detached signature file (`.sig.json`), when the user gave one. */
  signature?: string;
}

/**
 * Checks the signature (if any), validates the pack and, only if it passes whole and the user `confirmed`, makes
 * it the pack in force. Without `confirmed` a valid pack is only described, for the confirmation. On any failure
 * the pack in force is untouched. A missing or wrong signature never refuses a pack: it is imported unverified,
 * under the rules for unsigned packs.
 */
export async function importPack(
  db: PolicyCache,
  text: string,
  { confirmed = false, signature, keys }: ImportOptions = {},
): Promise<ImportResult> {
  const pack = await loadPackModule();
  const { compareVersions, parsePack } = pack;
  const check = await pack.verifyPackSignature(text, signature, keys);
  const verified = check.status === 'verified';
  const parsed = parsePack(text, { trusted: verified });
  if (!parsed.ok) return { ok: false, problems: parsed.problems, signature: check.status };
  const ignored = verified ? [] : pack.withTrustedContacts(parsed.book, bundledPolicyBook).ignored;
  try {
    return await db.transaction('rw', db.packs, async (): Promise<ImportResult> => {
      const active = await db.packs.get('active');
      const current = active ? parseStored(active.json, pack, active.signature !== undefined) : undefined;
      const currentVersion = current?.ok ? current.book.version : undefined;
      if (!confirmed) {
        const notNewer = currentVersion !== undefined && compareVersions(parsed.book.version, currentVersion) <= 0;
        return {
          ok: false,
          needsConfirmation: true,
          version: parsed.book.version,
          ...(notNewer && { notNewerThan: currentVersion }),
          signature: check.status,
        };
      }
      await db.packs.put({
        slot: 'active',
        // A verified pack keeps the exact text that was signed, so its signature can be checked on every read.
        json: verified ? text : JSON.stringify(parsed.book),
        origin: 'imported',
        ...(verified && { signature }),
        installedAt: new Date().toISOString(),
      });
      return { ok: true, version: parsed.book.version, ignored, signature: check.status };
    });
  } catch (error) {
    return { ok: false, problems: [`保存失败，原有数据未改变：${(error as Error).message}`] };
  }
}

export async function resetToBundled(db: PolicyCache): Promise<void> {
  await db.packs.put(bundledRow());
}

/** What extension pages send the background after the pack in force changed, so it republishes it. */
export const PACK_CHANGED_MESSAGE = 'yibao:policy-pack-changed';
