import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { bundledPolicyBook, migratePack, POLICY_PACK_FORMAT, selfPayDeadline, beijingInstant } from '@/policy';
import { parsePolicyBook } from '@/policy/schema';

/** The bundled book of data version 2026.11.25.1, as `JSON.stringify` wrote it: format 1 (no `format` key). */
const v1Text = readFileSync(resolve(import.meta.dirname, 'fixtures/policy-pack-v1.json'), 'utf8');
const v1 = () => JSON.parse(v1Text) as Record<string, any>;

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') for (const item of Object.values(Object.freeze(value))) deepFreeze(item);
  return value;
}

describe('format 1 packs (before `format`)', () => {
  test('the fixture is a real format-1 pack: the current schema rejects it as it is', () => {
    const pack = v1();
    expect(pack.format).toBeUndefined();
    expect(pack.parameters.mutualAidFiling.values[0].value.moduleName).toBeTruthy();
    const result = parsePolicyBook(pack);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.join('\n')).toMatch(/format[\s\S]*moduleName|moduleName[\s\S]*format/);
  });

  test('after migratePack it loads, with only the removed keys dropped and the format added', () => {
    const migrated = migratePack(deepFreeze(v1()));
    const result = parsePolicyBook(migrated);
    expect(result).toMatchObject({ ok: true });
    if (!result.ok) return;
    const expected = v1();
    for (const entry of expected.parameters.mutualAidFiling.values) delete entry.value.moduleName;
    for (const entry of expected.parameters.personalAccountDeduction.values) delete entry.value.when;
    expect(result.book).toEqual({ format: POLICY_PACK_FORMAT, ...expected });
    // The rules run on it.
    expect(selfPayDeadline(beijingInstant('2026-02-24', '10:00'), {}, result.book)).toMatchObject({
      kind: 'period',
      lastSlot: { date: '2026-02-13' },
    });
  });

  test('a key that was never part of any format is still rejected after migration', () => {
    const pack = v1();
    pack.parameters.hotlines.values[0].value[0].extra = 'x';
    expect(parsePolicyBook(migratePack(pack)).ok).toBe(false);
  });
});

describe('current and unknown formats', () => {
  test('a current-format pack passes through unchanged (the same object)', () => {
    const pack = JSON.parse(JSON.stringify(bundledPolicyBook));
    expect(migratePack(pack)).toBe(pack);
    expect(parsePolicyBook(migratePack(pack))).toEqual({ ok: true, book: bundledPolicyBook });
  });

  test('the schema still rejects unknown keys in current-format packs, removed ones included', () => {
    const withRemoved = JSON.parse(JSON.stringify(bundledPolicyBook));
    withRemoved.parameters.mutualAidFiling.values[0].value.moduleName = '个人账户家庭共济关系维护';
    expect(parsePolicyBook(migratePack(withRemoved)).ok).toBe(false);
    expect(parsePolicyBook(migratePack({ ...bundledPolicyBook, extra: 1 })).ok).toBe(false);
  });

  test('a future or nonsense format is left for the schema to reject', () => {
    for (const format of [POLICY_PACK_FORMAT + 1, 0, '2', null]) {
      const pack = { ...JSON.parse(JSON.stringify(bundledPolicyBook)), format };
      expect(migratePack(pack)).toBe(pack);
      expect(parsePolicyBook(pack).ok).toBe(false);
    }
    for (const input of [null, 42, 'book', []]) expect(migratePack(input)).toBe(input);
  });
});
