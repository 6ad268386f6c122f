/**
 * The background's native IndexedDB (utils/idb.ts, utils/policy-store.ts, household/peek.ts) in a real
 * IndexedDB (Chromium): every state the databases can be in for an installed user or a fresh install, and the
 * same database written by one side (native, Dexie) and opened by the other.
 */
import Dexie from 'dexie';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { emptyHousehold, type Household } from '@/household/model';
import { householdDbSchema, peekHousehold } from '@/household/peek';
import { HouseholdStore, saveHousehold } from '@/household/store';
import { bundledPolicyBook } from '@/policy';
import { openExisting, openLatest } from '@/utils/idb';
import { activePolicy, importPack, PolicyCache } from '@/utils/policy-cache';
import { idbNoticeStore, policyDbSchema, readActivePolicy, syncBundledPackRows } from '@/utils/policy-store';
import { newerPack } from '../support/malformed-packs';
import { createV1Cache } from './fixtures/policy-db-v1';

let counter = 0;
const names: string[] = [];
const dexies: Dexie[] = [];
function freshName(): string {
  const name = `yibao-idb-test-${Date.now()}-${counter++}`;
  names.push(name);
  return name;
}
const dexie = <D extends Dexie>(db: D): D => {
  dexies.push(db);
  return db;
};
afterEach(async () => {
  for (const db of dexies.splice(0)) db.close();
  for (const name of names.splice(0)) await Dexie.delete(name);
});

const exists = async (name: string) => (await indexedDB.databases()).some((db) => db.name === name);
async function versionOf(name: string): Promise<number> {
  const db = await openExisting(name);
  db?.close();
  return db?.version ?? 0;
}

/** Object stores as IndexedDB has them: name, key path, auto-increment, indexes. */
async function shapeOf(name: string) {
  const db = await openExisting(name);
  if (!db) return undefined;
  const tx = db.transaction([...db.objectStoreNames]);
  const shape = [...db.objectStoreNames].map((store) => {
    const s = tx.objectStore(store);
    return { store, keyPath: s.keyPath, autoIncrement: s.autoIncrement, indexes: [...s.indexNames] };
  });
  db.close();
  return { version: db.version, shape };
}

const url = 'https://ybj.beijing.gov.cn/tzgg2022/203011/t1.html';
const layer = {
  format: 1,
  url,
  title: '关于做好2031年度城乡居民基本医疗保险参保缴费工作的通知',
  publisher: '北京市医疗保障局',
  published: '2030-10-15',
  savedAt: '2030-10-16T00:00:00.000Z',
  year: 2031,
  values: { enrolmentPeriod: { start: '2030-11-01', end: '2031-01-31', benefitsStart: '2031-01-01' } },
  evidence: { enrolmentPeriod: '2031年度集中参保期为2030年11月1日至2031年1月31日。' },
};
const layerRow = { url, json: JSON.stringify(layer) };
const end2031 = (policy: { book: typeof bundledPolicyBook }) =>
  policy.book.parameters.enrolmentPeriod.values.find((v) => v.year === 2031)?.value.end;

// The validator's module loads on the first imported pack; warm it so the 2 s time-out measures IndexedDB only.
beforeAll(async () => {
  await readActivePolicy({ name: freshName() });
});

describe('the policy cache read natively, in every state', () => {
  test('absent (fresh install): the bundled pack, and reading creates nothing', async () => {
    const name = freshName();
    expect(await readActivePolicy({ name })).toMatchObject({ book: bundledPolicyBook, origin: 'bundled', cache: 'ok' });
    await syncBundledPackRows(name);
    expect(await idbNoticeStore(name).all()).toEqual([]);
    expect(await exists(name)).toBe(false);
  });

  test('v1 (0.1.0, standards rows): the bundled pack, left at v1 by reading and by install/update', async () => {
    const name = freshName();
    await createV1Cache(name);
    expect(await readActivePolicy({ name })).toMatchObject({ book: bundledPolicyBook, cache: 'ok' });
    await syncBundledPackRows(name);
    expect(await versionOf(name)).toBe(10);
  });

  test('v2 with an imported pack: read as it is, not upgraded', async () => {
    const name = freshName();
    const v2 = new Dexie(name);
    v2.version(2).stores({ packs: 'slot' });
    await v2.table('packs').put({ slot: 'active', json: newerPack('2099.3.3'), origin: 'imported', installedAt: '' });
    v2.close();
    expect(await readActivePolicy({ name })).toMatchObject({ origin: 'imported', cache: 'ok' });
    expect((await readActivePolicy({ name })).book.version).toBe('2099.3.3');
    expect(await versionOf(name)).toBe(20);
  });

  test('current (Dexie v3): the same policy as the options page reads, notices included', async () => {
    const name = freshName();
    const db = dexie(new PolicyCache(name));
    await importPack(db, newerPack('2099.2.2'), { confirmed: true });
    await db.layers.put(layerRow);
    const native = await readActivePolicy({ name });
    const paged = await activePolicy(db);
    expect(native).toEqual(paged);
    expect(native.book.version).toBe('2099.2.2');
    expect(end2031(native)).toBe('2031-01-31');
  });

  test('newer than this version knows (a later release, extra table): read and written as it is', async () => {
    const name = freshName();
    const later = new Dexie(name);
    later.version(4).stores({ packs: 'slot', layers: 'url', later: 'id' });
    await later
      .table('packs')
      .put({ slot: 'active', json: newerPack('2099.5.5'), origin: 'imported', installedAt: '' });
    later.close();
    expect((await readActivePolicy({ name })).book.version).toBe('2099.5.5');
    await idbNoticeStore(name).put(layerRow);
    expect(end2031(await readActivePolicy({ name }))).toBe('2031-01-31');
    expect(await versionOf(name)).toBe(40);
  });

  test('install/update: an older imported pack is replaced by the bundled one, a newer one kept', async () => {
    const name = freshName();
    const db = dexie(new PolicyCache(name));
    await importPack(db, newerPack('2099.1.1'), { confirmed: true });
    await syncBundledPackRows(name);
    expect((await readActivePolicy({ name })).book.version).toBe('2099.1.1');
    await importPack(db, newerPack('2000.1.1'), { confirmed: true });
    await syncBundledPackRows(name);
    expect(await readActivePolicy({ name })).toMatchObject({ origin: 'bundled', book: bundledPolicyBook });
    expect((await db.packs.get('active'))?.origin).toBe('bundled');
  });
});

describe('a notice saved by the background, in every state', () => {
  test('absent (no extension page ever opened it): the save creates v3, which Dexie then opens as its own', async () => {
    const name = freshName();
    await idbNoticeStore(name).put(layerRow);
    expect(await versionOf(name)).toBe(30);
    const db = dexie(new PolicyCache(name));
    await db.open();
    expect(db.verno).toBe(3);
    expect(await db.layers.toArray()).toEqual([layerRow]);
    expect(end2031(await activePolicy(db))).toBe('2031-01-31');
  });

  test('v1: the save upgrades to v3 (standards dropped), as Dexie would', async () => {
    const name = freshName();
    await createV1Cache(name);
    await idbNoticeStore(name).put(layerRow);
    const shape = await shapeOf(name);
    expect(shape?.version).toBe(30);
    expect(shape?.shape.map((s) => s.store).sort()).toEqual(['layers', 'packs']);
    const db = dexie(new PolicyCache(name));
    expect(end2031(await activePolicy(db))).toBe('2031-01-31');
  });

  test('v2 with an imported pack: upgraded, the pack kept', async () => {
    const name = freshName();
    const v2 = new Dexie(name);
    v2.version(2).stores({ packs: 'slot' });
    await v2.table('packs').put({ slot: 'active', json: newerPack('2099.3.3'), origin: 'imported', installedAt: '' });
    v2.close();
    await idbNoticeStore(name).put(layerRow);
    const policy = await readActivePolicy({ name });
    expect(policy.book.version).toBe('2099.3.3');
    expect(end2031(policy)).toBe('2031-01-31');
  });

  test('created natively or by Dexie: the same object stores, key paths and indexes (one schema)', async () => {
    const native = freshName();
    const byDexie = freshName();
    (await openLatest(policyDbSchema(native))).close();
    await dexie(new PolicyCache(byDexie)).open();
    expect(await shapeOf(native)).toEqual(await shapeOf(byDexie));
    const household = freshName();
    const householdByDexie = freshName();
    (await openLatest(householdDbSchema(household))).close();
    await dexie(new HouseholdStore(householdByDexie)).open();
    expect(await shapeOf(household)).toEqual(await shapeOf(householdByDexie));
  });
});

describe('the household read natively', () => {
  const family: Household = {
    format: 2,
    notifications: false,
    people: [{ id: 'a', label: '爸爸', category: 'elderly', channel: 'self-pay', paidYears: [] }],
  };

  test('absent: the empty household, and nothing created', async () => {
    const name = freshName();
    expect(await peekHousehold(name)).toEqual(emptyHousehold());
    expect(await exists(name)).toBe(false);
  });

  test('saved by the household page: the same household; unreadable: undefined, left where it is', async () => {
    const name = freshName();
    const store = dexie(new HouseholdStore(name));
    await saveHousehold(family, store);
    expect(await peekHousehold(name)).toEqual(family);
    await store.table('household').put({ slot: 'current', value: { format: 99 } });
    expect(await peekHousehold(name)).toBeUndefined();
    expect((await store.table('household').get('current'))?.value).toEqual({ format: 99 });
  });
});

describe('storage that does not answer', () => {
  test('an upgrade blocked by an old connection: reads answer with the bundled pack, a save fails in time and stays undone', async () => {
    const name = freshName();
    await createV1Cache(name);
    const holder = await openExisting(name);
    if (holder) holder.onversionchange = null;
    const started = performance.now();
    await expect(idbNoticeStore(name).put(layerRow)).rejects.toThrow();
    expect(await readActivePolicy({ name })).toMatchObject({ book: bundledPolicyBook, origin: 'bundled' });
    expect(performance.now() - started).toBeLessThan(10_000);
    holder?.close();
    // The save said it failed: once the old connection goes, the upgrade may run, but the row is never written.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await idbNoticeStore(name).all()).toEqual([]);
  });

  test('IndexedDB that throws (a broken profile): bundled pack with a reason; saves and household reads reject', async () => {
    const open = IDBFactory.prototype.open;
    IDBFactory.prototype.open = () => {
      throw new DOMException('broken', 'UnknownError');
    };
    try {
      const name = freshName();
      expect(await readActivePolicy({ name })).toMatchObject({
        book: bundledPolicyBook,
        cache: 'unavailable',
        reason: '本地缓存不可用（UnknownError）',
      });
      await expect(idbNoticeStore(name).put(layerRow)).rejects.toThrow();
      await expect(peekHousehold(name)).rejects.toThrow();
    } finally {
      IDBFactory.prototype.open = open;
    }
  });
});
