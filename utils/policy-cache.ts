/**
 * The policy cache in IndexedDB through Dexie: the pack in force, for the extension pages (import, reset, saved
 * notices). The background reads and writes the same database without Dexie (utils/policy-store.ts, which holds
 * the schema both declare). A content script's IndexedDB belongs to the official site. Whatever goes wrong with
 * IndexedDB, callers get the bundled pack and a one-line reason, never an exception.
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
import { bundledPolicyBook } from '@/policy';
import type { TrustedField } from '@/policy/pack-trust';
import type { NoticeStore, StoredLayer } from './notice-layers';
import type { PackSignatureCheck } from './pack-signature';
import { loadPackModule } from './load-pack-module';
import {
  type ActivePolicy,
  bundledReplaces,
  bundledRow,
  type KeyOption,
  parseStored,
  POLICY_DB_NAME,
  policyDbSchema,
  policyFromRows,
  policyOrBundled,
  type StoredPack,
} from './policy-store';
import { IDB_TIMEOUT_MS } from './idb';

export type { ActivePolicy, KeyOption, PackOrigin, StoredPack } from './policy-store';
export { PACK_CHANGED_MESSAGE, POLICY_DB_NAME } from './policy-store';

export class PolicyCache extends Dexie {
  packs!: Table<StoredPack, 'active'>;
  /** Saved notices (issue 18.3), one row per notice URL, kept as JSON text and checked on every read. */
  layers!: Table<StoredLayer, string>;

  /** The versions of utils/policy-store.ts, the one schema the background's native reader also opens. */
  constructor(name = POLICY_DB_NAME) {
    super(name);
    for (const { version, stores } of policyDbSchema(name).versions) this.version(version).stores(stores);
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

// The validator (zod) loads only when a pack other than the bundled one is met, which keeps it off the extension
// pages' start-up path. Load it before a transaction: awaiting anything but Dexie inside one ends it.

function withTimeout<T>(work: Promise<T>): Promise<T> {
  return Promise.race([
    work,
    new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error('IndexedDB did not answer in time')), IDB_TIMEOUT_MS),
    ),
  ]);
}

/**
 * Installs the bundled pack unless the pack in force is an imported one at least as new (by readers that find
 * the cache empty; the background does the same on install and update with `syncBundledPackRows`).
 */
export async function syncBundledPack(db: PolicyCache): Promise<void> {
  const pack = await loadPackModule();
  await db.transaction('rw', db.packs, async () => {
    if (bundledReplaces(await db.packs.get('active'), pack)) await db.packs.put(bundledRow());
  });
}

/** The pack in force for an extension page (the options page): Dexie opens, creates or upgrades the cache. */
export async function activePolicy(
  db: PolicyCache = new PolicyCache(),
  options: KeyOption = {},
): Promise<ActivePolicy> {
  return policyOrBundled(() =>
    withTimeout(
      (async () => {
        let stored = await db.packs.get('active');
        if (!stored) {
          await syncBundledPack(db);
          stored = await db.packs.get('active');
        }
        return policyFromRows(stored, await db.layers.toArray(), options);
      })(),
    ),
  );
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
