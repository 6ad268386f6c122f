/**
 * The policy cache in IndexedDB. Extension pages and the background only: a content script's IndexedDB
 * belongs to the official site.
 */
import Dexie, { type EntityTable } from 'dexie';
import { categories, individualContribution, type Category, type Reference } from '@/policy';

export interface StandardRow {
  year: number;
  category: Category;
  yuan: number;
  reference: Reference;
}

export class PolicyDb extends Dexie {
  standards!: EntityTable<StandardRow, 'year'>;

  constructor(name = 'yibao-policy') {
    super(name);
    this.version(1).stores({ standards: '[year+category], year' });
  }
}

/** Rows of the bundled parameter book, ready for the cache. */
export function bundledStandardRows(): StandardRow[] {
  return individualContribution.values.flatMap(({ year, value, reference }) =>
    categories.map((category) => ({ year, category, yuan: value[category], reference })),
  );
}

export async function seedPolicyDb(db: PolicyDb): Promise<void> {
  await db.transaction('rw', db.standards, async () => {
    await db.standards.clear();
    await db.standards.bulkPut(bundledStandardRows());
  });
}

export async function standardsForYear(db: PolicyDb, year: number): Promise<StandardRow[]> {
  return db.standards.where('year').equals(year).toArray();
}

/** Reads a year's standards, seeding an empty cache first (the popup may open before the background ran). */
export async function cachedStandards(db: PolicyDb, year: number): Promise<StandardRow[]> {
  if ((await db.standards.count()) === 0) await seedPolicyDb(db);
  return standardsForYear(db, year);
}
