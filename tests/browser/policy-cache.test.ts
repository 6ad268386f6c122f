/** The Dexie cache in a real IndexedDB (Chromium): seed, migrate, read, and every way it can fail. */
import Dexie from 'dexie';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { bundledPolicyBook } from '@/policy';
import { formatSignatureFile, packKeyId, type PackKey, type PackPublicJwk } from '@/utils/pack-signature';
import { activePolicy, importPack, PolicyCache, resetToBundled, syncBundledPack } from '@/utils/policy-cache';
import { malformedPacks, newerPack } from '../support/malformed-packs';
import { PLANTED, plantedPacks } from '../support/planted-packs';
import { createV1Cache } from './fixtures/policy-db-v1';

let counter = 0;
const opened: PolicyCache[] = [];
function freshName(): string {
  return `yibao-test-${Date.now()}-${counter++}`;
}
function cache(name = freshName()): PolicyCache {
  const db = new PolicyCache(name);
  opened.push(db);
  return db;
}
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

// The first read in a fresh browser also loads the pack validator's module; on a loaded 2-core machine that can
// outlast the cache's 2 s time-out (the product then answers from the bundled pack, as it should). Warm it once so
// each test measures what it names, not the cold start.
beforeAll(async () => {
  await activePolicy(cache());
});

describe('seeding and reading', () => {
  test('an empty cache is seeded with the bundled pack on first read', async () => {
    const db = cache();
    const policy = await activePolicy(db);
    expect(policy.cache).toBe('ok');
    expect(policy.origin).toBe('bundled');
    expect(policy.book).toEqual(bundledPolicyBook);
    expect(await db.packs.count()).toBe(1);
  });

  test('install/update keeps an imported pack at least as new, replaces an older one', async () => {
    const db = cache();
    await importPack(db, newerPack('2099.1.1'), { confirmed: true });
    await syncBundledPack(db);
    expect((await activePolicy(db)).book.version).toBe('2099.1.1');

    await importPack(db, newerPack('2000.1.1'), { confirmed: true });
    await syncBundledPack(db);
    const policy = await activePolicy(db);
    expect(policy.book.version).toBe(bundledPolicyBook.version);
    expect(policy.origin).toBe('bundled');
  });
});

describe('migrations (one fixture per schema version)', () => {
  test('v1 (0.1.0: standards rows) → v3: the old table dropped, no saved notice; the first read installs the bundled pack', async () => {
    const name = freshName();
    await createV1Cache(name);
    const db = cache(name);
    await db.open();
    expect(db.verno).toBe(3);
    expect(db.tables.map((t) => t.name).sort()).toEqual(['layers', 'packs']);
    expect(await db.layers.count()).toBe(0);
    // No upgrade function (utils/policy-store.ts): no pack row is the bundled pack, and the first read says so.
    expect(await db.packs.count()).toBe(0);
    expect(await activePolicy(db)).toMatchObject({ origin: 'bundled', cache: 'ok', book: bundledPolicyBook });
    const stored = await db.packs.get('active');
    expect(stored?.origin).toBe('bundled');
    expect(JSON.parse(stored!.json)).toEqual(bundledPolicyBook);
  });

  test('v2 → v3 keeps an imported pack as it is', async () => {
    const name = freshName();
    const v2 = new Dexie(name);
    v2.version(2).stores({ packs: 'slot' });
    await v2.table('packs').put({ slot: 'active', json: newerPack('2099.3.3'), origin: 'imported', installedAt: '' });
    v2.close();
    const db = cache(name);
    expect((await activePolicy(db)).book.version).toBe('2099.3.3');
    expect(db.verno).toBe(3);
  });

  test('v2 with an imported pack opens unchanged', async () => {
    const name = freshName();
    const first = cache(name);
    await importPack(first, newerPack('2099.2.2'), { confirmed: true });
    first.close();
    const reopened = cache(name);
    expect((await activePolicy(reopened)).book.version).toBe('2099.2.2');
  });
});

describe('fallback to the bundled pack, one line of reason, no exception', () => {
  test('corrupt data in the cache', async () => {
    const db = cache();
    await db.packs.put({ slot: 'active', json: '{"version": "1", "trunc', origin: 'imported', installedAt: '' });
    const policy = await activePolicy(db);
    expect(policy).toMatchObject({ cache: 'unavailable', origin: 'bundled', reason: '本地缓存中的数据已损坏' });
    expect(policy.book).toEqual(bundledPolicyBook);
  });

  test('an upgrade blocked by an old connection that never closes', async () => {
    const name = freshName();
    await createV1Cache(name);
    // A v1 connection that ignores versionchange holds the upgrade to v2 forever.
    const holder = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    holder.onversionchange = null;
    const started = performance.now();
    const policy = await activePolicy(cache(name));
    expect(policy.cache).toBe('unavailable');
    expect(policy.book).toEqual(bundledPolicyBook);
    expect(performance.now() - started).toBeLessThan(10_000);
    holder.close();
  });

  test('the database deleted under an open connection (site data cleared while the extension runs)', async () => {
    const db = cache();
    await importPack(db, newerPack('2099.4.4'), { confirmed: true });
    expect(db.isOpen()).toBe(true);
    // The deletion waits for nothing: Dexie closes the live connection on 'versionchange'.
    await Dexie.delete(db.name);
    expect(await Dexie.exists(db.name)).toBe(false);
    // The same instance answers again, with the bundled book (the imported pack went with the database).
    const policy = await activePolicy(db);
    expect(policy).toMatchObject({ book: bundledPolicyBook, origin: 'bundled', cache: 'ok' });
  });
});

describe('policy-pack import', () => {
  test('every malformed pack is rejected and the pack in force stays byte-identical', async () => {
    const db = cache();
    await importPack(db, newerPack('2099.3.3'), { confirmed: true });
    const before = JSON.stringify(await db.packs.get('active'));
    const packs = malformedPacks();
    expect(packs.length).toBeGreaterThanOrEqual(200);
    for (const pack of packs) {
      const result = await importPack(db, pack.text, { confirmed: true });
      expect(result.ok, `${pack.operator} accepted`).toBe(false);
    }
    expect(JSON.stringify(await db.packs.get('active'))).toBe(before);
  });

  test('every pack is confirmed first (an older one says so); until then the pack in force stays; reset restores the bundled one', async () => {
    const db = cache();
    const before = JSON.stringify(await db.packs.get('active'));
    expect(await importPack(db, newerPack('2099.1.1'))).toEqual({
      ok: false,
      needsConfirmation: true,
      version: '2099.1.1',
      signature: 'unsigned',
    });
    expect(JSON.stringify(await db.packs.get('active'))).toBe(before);
    expect((await activePolicy(db)).origin).toBe('bundled');
    expect(await importPack(db, newerPack('2099.1.1'), { confirmed: true })).toEqual({
      ok: true,
      version: '2099.1.1',
      ignored: [],
      signature: 'unsigned',
    });
    const older = await importPack(db, newerPack('2098.1.1'));
    expect(older).toEqual({
      ok: false,
      needsConfirmation: true,
      version: '2098.1.1',
      notNewerThan: '2099.1.1',
      signature: 'unsigned',
    });
    expect((await activePolicy(db)).book.version).toBe('2099.1.1');
    expect(await importPack(db, newerPack('2098.1.1'), { confirmed: true })).toEqual({
      ok: true,
      version: '2098.1.1',
      ignored: [],
      signature: 'unsigned',
    });
    await resetToBundled(db);
    expect(await activePolicy(db)).toMatchObject({ origin: 'bundled', book: bundledPolicyBook });
  });

  test('a pack with planted contacts: the result names the fields; the pack in force has the bundled ones', async () => {
    const db = cache();
    const result = await importPack(db, plantedPacks.contacts, { confirmed: true });
    expect(result).toEqual({
      ok: true,
      version: '2099.1.4',
      ignored: ['hotlines', 'paymentChannels', 'mutualAidFiling', 'referenceUrls'],
      signature: 'unsigned',
    });
    const policy = await activePolicy(db);
    expect(policy.origin).toBe('imported');
    expect(policy.book.parameters.hotlines).toEqual(bundledPolicyBook.parameters.hotlines);
    expect(policy.book.parameters.paymentChannels).toEqual(bundledPolicyBook.parameters.paymentChannels);
    for (const planted of Object.values(PLANTED)) expect(JSON.stringify(policy.book)).not.toContain(planted);
  });
});

describe('a stored pack from before the trust rules (defence in depth on read)', () => {
  test('planted contacts stored by an older version are never read back', async () => {
    const db = cache();
    await db.packs.put({ slot: 'active', json: plantedPacks.contacts, origin: 'imported', installedAt: '' });
    const policy = await activePolicy(db);
    expect(policy).toMatchObject({ origin: 'imported', cache: 'ok' });
    expect(policy.book.version).toBe('2099.1.4');
    expect(policy.book.parameters.hotlines).toEqual(bundledPolicyBook.parameters.hotlines);
    for (const planted of Object.values(PLANTED)) expect(JSON.stringify(policy.book)).not.toContain(planted);
  });

  test('a stored pack whose note carries a phone number is set aside for the bundled one, with one line', async () => {
    const db = cache();
    await db.packs.put({ slot: 'active', json: plantedPacks.note, origin: 'imported', installedAt: '' });
    const policy = await activePolicy(db);
    expect(policy).toMatchObject({
      origin: 'bundled',
      cache: 'unavailable',
      reason: '之前导入的数据包文字里有电话号码或网址，已停用',
    });
    expect(policy.book).toEqual(bundledPolicyBook);
  });
});

describe('saved notices in the real IndexedDB (issue 18.3)', () => {
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

  test('a saved layer is laid over the pack in force, with its own confidence', async () => {
    const db = cache();
    await db.layers.put({ url, json: JSON.stringify(layer) });
    const policy = await activePolicy(db);
    const period = policy.book.parameters.enrolmentPeriod.values.find((v) => v.year === 2031);
    expect(period?.value.end).toBe('2031-01-31');
    expect(period?.reference.confidence).toBe('official-local');
    expect(policy.notices.layers.map((l) => l.url)).toEqual([url]);
  });

  test('a layer edited by hand is set aside with one line, not used and not overwritten', async () => {
    const db = cache();
    const edited = JSON.stringify({
      ...layer,
      values: { enrolmentPeriod: { start: '2030-11-01', end: '2030-01-31' } },
    });
    await db.layers.put({ url, json: edited });
    const policy = await activePolicy(db);
    expect(policy.cache).toBe('ok');
    expect(policy.book.parameters.enrolmentPeriod.values.find((v) => v.year === 2031)).toBeUndefined();
    expect(policy.notices.setAside).toEqual([{ url, reason: expect.stringMatching(/早于开始日.*已停用，未删除/) }]);
    expect((await db.layers.get(url))?.json).toBe(edited);
  });
});

describe('signed packs (a throwaway key passed as the allow-list)', () => {
  async function signer() {
    const pair = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign', 'verify']);
    const { kty, crv, x, y } = await crypto.subtle.exportKey('jwk', pair.publicKey);
    const jwk = { kty, crv, x, y } as PackPublicJwk;
    const key: PackKey = { keyId: await packKeyId(jwk), jwk };
    const sign = async (text: string) =>
      formatSignatureFile(
        key.keyId,
        new Uint8Array(
          await crypto.subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, pair.privateKey, new TextEncoder().encode(text)),
        ),
      );
    return { keys: [key], sign };
  }

  test('a valid signature: imported as published, contacts included, origin signed', async () => {
    const db = cache();
    const { keys, sign } = await signer();
    const signature = await sign(plantedPacks.contacts);
    const asked = await importPack(db, plantedPacks.contacts, { signature, keys });
    expect(asked).toMatchObject({ needsConfirmation: true, signature: 'verified' });
    const result = await importPack(db, plantedPacks.contacts, { signature, keys, confirmed: true });
    expect(result).toEqual({ ok: true, version: '2099.1.4', ignored: [], signature: 'verified' });
    const policy = await activePolicy(db, { keys });
    expect(policy.origin).toBe('signed');
    expect(JSON.stringify(policy.book.parameters.hotlines)).toContain(PLANTED.number);
    // Its free text may name a number as the bundled book's does: the signature says it is the project's.
    const note = await importPack(db, plantedPacks.note, { signature: await sign(plantedPacks.note), keys });
    expect(note).toMatchObject({ needsConfirmation: true, signature: 'verified' });
  });

  test('one changed byte: imported unverified, under the rules for unsigned packs', async () => {
    const db = cache();
    const { keys, sign } = await signer();
    const signature = await sign(plantedPacks.contacts);
    // A tab added where JSON allows white space (the same data), and one digit changed.
    const changed = plantedPacks.contacts.replace('{"', '{\t"');
    expect(changed.length).toBe(plantedPacks.contacts.length + 1);
    const oneByte = plantedPacks.contacts.replace('"version":"2099.1.4"', '"version":"2099.1.5"');
    expect(oneByte.length).toBe(plantedPacks.contacts.length);
    for (const text of [changed, oneByte]) {
      const result = await importPack(db, text, { signature, keys, confirmed: true });
      expect(result).toMatchObject({ ok: true, signature: 'bad-signature' });
      const policy = await activePolicy(db, { keys });
      expect(policy.origin).toBe('imported');
      expect(policy.book.parameters.hotlines).toEqual(bundledPolicyBook.parameters.hotlines);
      expect((await db.packs.get('active'))?.signature).toBeUndefined();
    }
    // Signed by a key not on the list: unverified too.
    const stranger = await signer();
    const result = await importPack(db, plantedPacks.contacts, {
      signature: await stranger.sign(plantedPacks.contacts),
      keys,
      confirmed: true,
    });
    expect(result).toMatchObject({ ok: true, signature: 'unknown-key' });
  });

  test('a stored signed pack whose key is no longer trusted is read as unverified', async () => {
    const db = cache();
    const { keys, sign } = await signer();
    await importPack(db, plantedPacks.contacts, {
      signature: await sign(plantedPacks.contacts),
      keys,
      confirmed: true,
    });
    expect((await activePolicy(db, { keys })).origin).toBe('signed');
    const policy = await activePolicy(db, { keys: [] });
    expect(policy.origin).toBe('imported');
    expect(policy.book.parameters.hotlines).toEqual(bundledPolicyBook.parameters.hotlines);
  });
});
