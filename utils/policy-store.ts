/**
 * The policy cache's schema and the reading of its rows, without Dexie: the background reads and writes the cache
 * with native IndexedDB (utils/idb.ts), the extension pages through Dexie (utils/policy-cache.ts). Both declare
 * the one schema below and turn rows into the pack in force with the same `policyFromRows`.
 *
 * Who creates and upgrades the database: whichever side writes first. Reading never creates or upgrades it (an
 * absent database, or one still at v1, holds no pack: the bundled pack is in force); a write opens it at the
 * latest version (`openLatest`), creating it or adding the missing tables from this schema. No version has an
 * upgrade function, so it makes no difference which side upgraded: a missing `active` row means the bundled pack.
 */
import { bundledPolicyBook, type PolicyBook } from '@/policy';
import { composeBook } from '@/policy/layers';
import { allRows, type DbSchema, oneRow, openExisting, openLatest, putRow, result, committed, withDb } from './idb';
import { checkStored, noSavedNotices, type NoticeStore, type SavedNotices, type StoredLayer } from './notice-layers';
import type { PackKey } from './pack-signature';
import { loadPackModule } from './load-pack-module';
import type { PackParse } from './policy-pack';

export const POLICY_DB_NAME = 'yibao-policy';

/** What extension pages send the background after the pack in force changed, so it republishes it. */
export const PACK_CHANGED_MESSAGE = 'yibao:policy-pack-changed';

/** The cache's schema, version by version (Dexie's declared versions; IndexedDB's are × 10). */
export function policyDbSchema(name = POLICY_DB_NAME): DbSchema {
  return {
    name,
    versions: [
      // v1 (0.1.0): the 2024年度 standards as rows, seeded from the bundled data.
      { version: 1, stores: { standards: '[year+category], year' } },
      // v2: the whole pack in force, so an imported pack replaces it in one transaction. v1 held only bundled
      // data: dropped, and no row is the bundled pack (`policyFromRows`).
      { version: 2, stores: { standards: null, packs: 'slot' } },
      // v3: saved notices (issue 18.3), one row per notice URL. A new table only.
      { version: 3, stores: { layers: 'url' } },
    ],
  };
}

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

export const bundledJson = JSON.stringify(bundledPolicyBook);

export type PackModule = typeof import('./policy-pack');

/** Validates stored JSON; the bundled pack needs no check. `trusted`: its signature verified. */
export function parseStored(json: string, pack?: PackModule, trusted = false): PackParse {
  if (json === bundledJson) return { ok: true, book: bundledPolicyBook };
  return pack ? pack.parsePack(json, { trusted }) : { ok: false, problems: ['validator not loaded'] };
}

export function bundledRow(): StoredPack {
  return { slot: 'active', json: bundledJson, origin: 'bundled', installedAt: new Date().toISOString() };
}

/** Whether install or update puts the bundled pack in: unless an imported pack at least as new is in force. */
export function bundledReplaces(active: StoredPack | undefined, pack: PackModule): boolean {
  // Only the version matters here (no await inside a transaction, so no signature check).
  const current = active && parseStored(active.json, pack, active.signature !== undefined);
  const keepImported =
    active?.origin === 'imported' &&
    current?.ok &&
    pack.compareVersions(current.book.version, bundledPolicyBook.version) >= 0;
  return !keepImported && active?.json !== bundledJson;
}

/** The keys signatures are checked against: the build's own (utils/pack-keys.ts); tests pass theirs. */
export interface KeyOption {
  keys?: readonly PackKey[];
}

export type ActivePolicy =
  /** `installedAt`: absent when no pack row was ever written (the bundled pack, nothing stored). */
  | { book: PolicyBook; origin: PackOrigin; installedAt?: string; cache: 'ok'; notices: SavedNotices }
  | { book: PolicyBook; origin: 'bundled'; cache: 'unavailable'; reason: string; notices: SavedNotices };

const unavailable = (reason: string): ActivePolicy => ({
  book: bundledPolicyBook,
  origin: 'bundled',
  cache: 'unavailable',
  reason,
  notices: noSavedNotices,
});

/** The pack in force from the stored rows: no pack row is the bundled pack. */
export async function policyFromRows(
  stored: StoredPack | undefined,
  layerRows: readonly StoredLayer[],
  { keys }: KeyOption = {},
): Promise<ActivePolicy> {
  const row = stored ?? { json: bundledJson, origin: 'bundled' as const, signature: undefined, installedAt: undefined };
  // The validator and the trust rules load only for a pack other than the bundled one.
  const pack = row.json === bundledJson && row.origin === 'bundled' ? undefined : await loadPackModule();
  const signed =
    pack && row.origin === 'imported' && row.signature !== undefined
      ? (await pack.verifyPackSignature(row.json, row.signature, keys)).status === 'verified'
      : false;
  const parsed = parseStored(row.json, pack, signed);
  if (!parsed.ok)
    return unavailable(
      parsed.untrustedText ? '之前导入的数据包文字里有电话号码或网址，已停用' : '本地缓存中的数据已损坏',
    );
  // A verified pack is used as published; any other imported pack keeps the bundled book's contacts.
  const book =
    pack && row.origin === 'imported' && !signed
      ? pack.withTrustedContacts(parsed.book, bundledPolicyBook).book
      : parsed.book;
  // Saved notices over the pack in force: only a signed pack citing the same notice wins over one.
  const notices = checkStored(layerRows);
  const packs = row.origin === 'imported' ? [{ book, signed }] : [];
  return {
    book: composeBook(bundledPolicyBook, notices.layers, packs),
    origin: signed ? 'signed' : row.origin,
    ...(row.installedAt !== undefined && { installedAt: row.installedAt }),
    cache: 'ok',
    notices,
  };
}

/** Runs a read of the cache; whatever goes wrong (time-out included), the bundled pack and one line of reason. */
export async function policyOrBundled(read: () => Promise<ActivePolicy>): Promise<ActivePolicy> {
  try {
    return await read();
  } catch (error) {
    return unavailable(`本地缓存不可用（${(error as Error).name || 'Error'}）`);
  }
}

// ---- The background's side: native IndexedDB. ----

/** The pack in force, read without creating or upgrading the database. */
export function readActivePolicy({ name = POLICY_DB_NAME, keys }: KeyOption & { name?: string } = {}) {
  return policyOrBundled(async () => {
    const [stored, layers] = await withDb(openExisting(name), (db) =>
      Promise.all([oneRow<StoredPack>(db, 'packs', 'active'), allRows<StoredLayer>(db, 'layers')]),
    );
    return policyFromRows(stored, layers, { keys });
  });
}

/**
 * On install and update: the bundled pack replaces an older imported one (or an older bundled one). A database
 * that is absent or has no `packs` table already means the bundled pack: nothing is created.
 */
export async function syncBundledPackRows(name = POLICY_DB_NAME): Promise<void> {
  const pack = await loadPackModule();
  await withDb(openExisting(name), async (db) => {
    if (!db?.objectStoreNames.contains('packs')) return;
    const tx = db.transaction('packs', 'readwrite');
    const packs = tx.objectStore('packs');
    const active = await result(packs.get('active') as IDBRequest<StoredPack | undefined>);
    if (bundledReplaces(active, pack)) packs.put(bundledRow());
    await committed(tx);
  });
}

/** The saved notices in the cache: a save creates or upgrades the database when needed (the first save). */
export function idbNoticeStore(name = POLICY_DB_NAME): NoticeStore {
  return {
    all: () => withDb(openExisting(name), (db) => allRows<StoredLayer>(db, 'layers')),
    put: (row) => withDb(openLatest(policyDbSchema(name)), (db) => putRow(db, 'layers', row)),
    remove: (url) =>
      withDb(openExisting(name), async (db) => {
        if (!db?.objectStoreNames.contains('layers')) return;
        const tx = db.transaction('layers', 'readwrite');
        tx.objectStore('layers').delete(url);
        await committed(tx);
      }),
  };
}
