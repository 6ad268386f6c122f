/**
 * A made-up resident, typed into the replica forms the way a person would, and the places where the browser
 * could keep what was typed (for the privacy guard: none of these values may turn up in them).
 */
import type { Page } from '@playwright/test';

export const fakePerson = {
  idNumber: '110105194912310027',
  name: '测试王秀兰',
  phone: '13912345678',
  address: '北京市朝阳区测试路九十九号',
  password: 'Pa55word-测试',
  creditCode: '91110105TEST0099X7',
  captcha: '8352',
};

/** What a field expects, from its name on the replica pages. */
const valueFor: [RegExp, keyof typeof fakePerson][] = [
  [/zjhm|sfzh/, 'idNumber'],
  [/xm$/, 'name'],
  [/sjhm/, 'phone'],
  [/jzd/, 'address'],
  [/^mm$/, 'password'],
  [/tyshxydm/, 'creditCode'],
  [/yzm/, 'captcha'],
];

/** The values that must never be found anywhere we could write (the captcha is printed on the page itself). */
export const secretValues = [
  fakePerson.idNumber,
  fakePerson.name,
  fakePerson.phone,
  fakePerson.address,
  fakePerson.password,
  fakePerson.creditCode,
];

/** Types into every editable field of the page's forms, picks the last option of each select, ticks boxes. */
export async function fillFakePerson(page: Page): Promise<void> {
  const fields = page.locator(
    'form input:not([type]):not([readonly]), form input[type="text"]:not([readonly]), form input[type="password"]',
  );
  for (let i = 0; i < (await fields.count()); i++) {
    const name = (await fields.nth(i).getAttribute('name')) ?? '';
    const key = valueFor.find(([pattern]) => pattern.test(name))?.[1];
    if (!key) throw new Error(`No fake value for field ${name}`);
    await fields.nth(i).pressSequentially(fakePerson[key]);
  }
  const selects = page.locator('form select');
  for (let i = 0; i < (await selects.count()); i++) {
    const options = await selects.nth(i).locator('option').allTextContents();
    await selects.nth(i).selectOption({ label: options.at(-1)! });
  }
  const boxes = page.locator('form input[type="checkbox"]');
  for (let i = 0; i < (await boxes.count()); i++) await boxes.nth(i).check();
}

/** Runs in a page or worker: every record of every IndexedDB database of its origin, as JSON. */
export async function dumpIndexedDb(): Promise<string> {
  const dump: { db: string; store: string; records: unknown[] }[] = [];
  for (const { name } of await indexedDB.databases()) {
    if (!name) continue;
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    for (const store of [...db.objectStoreNames]) {
      const records = await new Promise<unknown[]>((resolve, reject) => {
        const request = db.transaction(store).objectStore(store).getAll();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      dump.push({ db: name, store, records });
    }
    db.close();
  }
  return JSON.stringify(dump);
}

/** The page origin's own storage: localStorage, sessionStorage and IndexedDB. */
export async function pageOriginStorage(
  page: Page,
): Promise<{ origin: string; localStorage: string; sessionStorage: string; indexedDb: string }> {
  const web = await page.evaluate(() => ({
    origin: location.origin,
    localStorage: JSON.stringify({ ...localStorage }),
    sessionStorage: JSON.stringify({ ...sessionStorage }),
  }));
  return { ...web, indexedDb: await page.evaluate(dumpIndexedDb) };
}

/** Which of the secret values (or their distinctive parts) a text contains. */
export function secretsIn(text: string): string[] {
  const parts = secretValues.flatMap((value) => [value, value.slice(0, 10), value.slice(-8)]);
  return [...new Set(parts.filter((part) => text.includes(part)))];
}
