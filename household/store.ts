/**
 * The household in its own IndexedDB database (Dexie), used by the household page; the background reads it
 * without Dexie (household/peek.ts, which holds the schema both declare).
 * A record that cannot be read is set aside unchanged (its own row, never overwritten by the next save), so the
 * page can offer it for export and start afresh; a format-1 record is migrated and saved back.
 */
import Dexie, { type Table } from 'dexie';
import { emptyHousehold, parseHousehold, type Household } from './model';
import { HOUSEHOLD_DB_NAME, householdDbSchema, type StoredHousehold } from './peek';

export interface SetAside {
  id?: number;
  /** The record exactly as it was found. */
  value: unknown;
  reason: string;
  at: string;
}

export class HouseholdStore extends Dexie {
  household!: Table<StoredHousehold, 'current'>;
  setAside!: Table<SetAside, number>;

  constructor(name = HOUSEHOLD_DB_NAME) {
    super(name);
    for (const { version, stores } of householdDbSchema(name).versions) this.version(version).stores(stores);
  }
}

export interface LoadedHousehold {
  household: Household;
  /** Records that could not be read, newest last. */
  setAside: SetAside[];
}

/** The household for the page: an unreadable record is moved aside (in one transaction) and an empty one returned. */
export async function loadHousehold(store = new HouseholdStore()): Promise<LoadedHousehold> {
  return store.transaction('rw', store.household, store.setAside, async () => {
    const row = await store.household.get('current');
    let household = emptyHousehold();
    if (row) {
      const parsed = parseHousehold(row.value);
      if (parsed.ok) {
        household = parsed.household;
        if (parsed.migrated) await store.household.put({ slot: 'current', value: household });
      } else {
        await store.setAside.add({ value: row.value, reason: parsed.reason, at: new Date().toISOString() });
        await store.household.delete('current');
      }
    }
    return { household, setAside: await store.setAside.toArray() };
  });
}

export async function saveHousehold(household: Household, store = new HouseholdStore()): Promise<void> {
  const parsed = parseHousehold(household);
  if (!parsed.ok) throw new Error(parsed.reason);
  await store.household.put({ slot: 'current', value: parsed.household });
}

export async function dropSetAside(store = new HouseholdStore()): Promise<void> {
  await store.setAside.clear();
}

/** Deletes everything the household page ever stored. */
export async function deleteHouseholdData(store = new HouseholdStore()): Promise<void> {
  await store.delete();
}
