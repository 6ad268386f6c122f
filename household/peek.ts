/**
 * The household database's schema, and the background's read of it without Dexie (utils/idb.ts): the household
 * page owns the database (household/store.ts, Dexie, the same schema); the background only looks.
 */
import { type DbSchema, oneRow, openExisting, withDb } from '@/utils/idb';
import { emptyHousehold, parseHousehold, type Household } from './model';

export const HOUSEHOLD_DB_NAME = 'yibao-household';

export function householdDbSchema(name = HOUSEHOLD_DB_NAME): DbSchema {
  return { name, versions: [{ version: 1, stores: { household: 'slot', setAside: '++id' } }] };
}

export interface StoredHousehold {
  slot: 'current';
  value: unknown;
}

/**
 * The household for the background: read only, never creates the database nor moves anything (the page sets an
 * unreadable record aside). No database or no record: the empty household; an unreadable one: `undefined`.
 */
export async function peekHousehold(name = HOUSEHOLD_DB_NAME): Promise<Household | undefined> {
  const row = await withDb(openExisting(name), (db) => oneRow<StoredHousehold>(db, 'household', 'current'));
  if (!row) return emptyHousehold();
  const parsed = parseHousehold(row.value);
  return parsed.ok ? parsed.household : undefined;
}
