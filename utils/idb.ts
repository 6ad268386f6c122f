/**
 * Native IndexedDB for the background, which reads and writes the extension pages' Dexie databases without
 * bundling Dexie (issue 17.7: Dexie was 29 of the background's 69 kB gzip). A Dexie table is a plain object
 * store and Dexie's IndexedDB version is its declared version × 10, so both sides see the same rows.
 *
 * One schema, two readers: a database's schema is data (`DbSchema`, Dexie's `stores()` syntax, version by
 * version); the Dexie class declares exactly those versions and `openLatest` derives the same object stores from
 * them. Versions carry no upgrade functions, so an upgrade done here or by Dexie leaves the same stores and rows.
 * Every connection is closed after use and closes itself on `versionchange`, so neither side ever blocks the other.
 */

export interface DbSchema {
  name: string;
  /** Dexie's versions, oldest first: each one's `stores()` argument (`null` drops a table). */
  versions: readonly { version: number; stores: Readonly<Record<string, string | null>> }[];
}

/** The IndexedDB version Dexie opens for a declared version. */
export const idbVersion = (dexieVersion: number): number => Math.round(dexieVersion * 10);

/** The tables of the schema's latest version, with their Dexie spec. */
export function latestStores(schema: DbSchema): Map<string, string> {
  const stores = new Map<string, string>();
  for (const { stores: changes } of schema.versions)
    for (const [name, spec] of Object.entries(changes)) {
      if (spec === null) stores.delete(name);
      else stores.set(name, spec);
    }
  return stores;
}

/** `[a+b]` → ['a', 'b'], `a` → 'a'. */
const keyPathOf = (part: string): string | string[] =>
  part.startsWith('[') ? part.slice(1, -1).split('+') : part.replace(/^(\+\+|&|\*)/, '');

/** Creates an object store as Dexie does from its spec: primary key first, then the indexes. */
function createStore(db: IDBDatabase, name: string, spec: string): void {
  const [primary = '', ...indexes] = spec.split(',').map((part) => part.trim());
  const store = db.createObjectStore(name, {
    keyPath: primary === '' || primary === '++' ? null : keyPathOf(primary),
    autoIncrement: primary.startsWith('++'),
  });
  for (const index of indexes) {
    const keyPath = keyPathOf(index);
    store.createIndex(index.replace(/^(&|\*)/, ''), keyPath, {
      unique: index.startsWith('&'),
      multiEntry: index.startsWith('*'),
    });
  }
}

function opened(request: IDBOpenDBRequest, upgrade: (db: IDBDatabase, oldVersion: number) => void) {
  return new Promise<IDBDatabase | undefined>((resolve, reject) => {
    let aborted = false;
    request.onupgradeneeded = (event) => {
      try {
        upgrade(request.result, event.oldVersion);
      } catch (error) {
        aborted = true;
        request.transaction?.abort();
        if (event.oldVersion !== 0) reject(error);
      }
    };
    request.onsuccess = () => {
      const db = request.result;
      db.onversionchange = () => db.close();
      resolve(db);
    };
    request.onerror = (event) => {
      event.preventDefault();
      if (aborted) resolve(undefined);
      else reject(request.error);
    };
  });
}

class NotThere extends Error {}

/** The database as it is, never created nor upgraded; `undefined` when it does not exist. */
export function openExisting(name: string): Promise<IDBDatabase | undefined> {
  return opened(indexedDB.open(name), (_, oldVersion) => {
    // A version-less open of a missing database would create an empty one at version 1, which Dexie would
    // later take for an old schema: abort, and the database stays absent.
    if (oldVersion === 0) throw new NotThere();
  });
}

/**
 * The database at the schema's latest version: created when absent, or the missing tables added and the dropped
 * ones removed when older. A newer version (a later release, or Dexie's own bump when it met a schema it did not
 * expect) opens as it is.
 */
export async function openLatest(schema: DbSchema): Promise<IDBDatabase> {
  const latest = schema.versions.at(-1)?.version ?? 1;
  const stores = latestStores(schema);
  const dropped = new Set(schema.versions.flatMap((v) => Object.keys(v.stores)).filter((name) => !stores.has(name)));
  try {
    const db = await opened(indexedDB.open(schema.name, idbVersion(latest)), (db) => {
      for (const name of [...db.objectStoreNames]) if (dropped.has(name)) db.deleteObjectStore(name);
      for (const [name, spec] of stores) if (!db.objectStoreNames.contains(name)) createStore(db, name, spec);
    });
    if (db) return db;
  } catch (error) {
    if ((error as Error).name !== 'VersionError') throw error;
  }
  const db = await openExisting(schema.name);
  if (!db) throw new Error(`${schema.name} disappeared while opening`);
  return db;
}

/** A request's result as a promise. */
export function result<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/** Resolves when the transaction committed (its writes are on disk as far as IndexedDB promises). */
export function committed(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error ?? new Error('transaction aborted'));
  });
}

/** IndexedDB can hang (an upgrade blocked by another connection, a broken profile): past this, callers give up. */
export const IDB_TIMEOUT_MS = 2000;

/**
 * Runs `use` on a connection and closes it after, whatever happens. Rejects after `IDB_TIMEOUT_MS`; a connection
 * that opens later is closed unused, so a write reported as failed never happens afterwards.
 */
export function withDb<D extends IDBDatabase | undefined, T>(
  opening: Promise<D>,
  use: (db: D) => Promise<T>,
): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let late = false;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      late = true;
      reject(new Error('IndexedDB did not answer in time'));
    }, IDB_TIMEOUT_MS);
  });
  const work = opening.then(async (db) => {
    try {
      if (late) throw new Error('IndexedDB answered too late');
      return await use(db);
    } finally {
      db?.close();
    }
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/** Every row of a store, or none when the database or the store is not there (an older schema). */
export async function allRows<T>(db: IDBDatabase | undefined, store: string): Promise<T[]> {
  if (!db?.objectStoreNames.contains(store)) return [];
  return result(db.transaction(store).objectStore(store).getAll() as IDBRequest<T[]>);
}

/** One row by key, or `undefined` (no database, no store, no row). */
export async function oneRow<T>(db: IDBDatabase | undefined, store: string, key: IDBValidKey): Promise<T | undefined> {
  if (!db?.objectStoreNames.contains(store)) return undefined;
  return result(db.transaction(store).objectStore(store).get(key) as IDBRequest<T | undefined>);
}

/** Puts one row and waits for the commit. */
export async function putRow(db: IDBDatabase, store: string, row: unknown): Promise<void> {
  const tx = db.transaction(store, 'readwrite');
  tx.objectStore(store).put(row);
  await committed(tx);
}
