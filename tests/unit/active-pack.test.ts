/** The record content scripts read the pack in force from: anything doubtful means the bundled book. */
import { describe, expect, test } from 'vitest';
import { bundledPolicyBook } from '@/policy';
import { withTrustedContacts } from '@/policy/pack-trust';
import { activePackRecord, bookFromRecord, policyFromRecord } from '@/utils/active-pack';
import { parsePack } from '@/utils/policy-pack';
import { plantedPacks } from '../support/planted-packs';

describe('bookFromRecord', () => {
  test('an imported record gives its book back, labelled imported', () => {
    const parsed = parsePack(plantedPacks.contacts);
    if (!parsed.ok) throw new Error('pack rejected');
    const { book } = withTrustedContacts(parsed.book, bundledPolicyBook);
    const read = bookFromRecord(structuredClone(activePackRecord(book, 'imported')));
    expect(read.origin).toBe('imported');
    expect(read.book).toEqual(book);
  });

  test('the bundled record stores no copy of the book', () => {
    expect(activePackRecord(bundledPolicyBook, 'bundled')).toEqual({
      origin: 'bundled',
      version: bundledPolicyBook.version,
    });
    expect(bookFromRecord(activePackRecord(bundledPolicyBook, 'bundled'))).toEqual({
      book: bundledPolicyBook,
      origin: 'bundled',
    });
  });

  const { hotlines: _, ...withoutHotlines } = bundledPolicyBook.parameters;
  test.each([
    ['nothing stored', undefined],
    ['not an object', 'imported'],
    ['json missing', { origin: 'imported', version: '1' }],
    ['truncated json', { origin: 'imported', version: '1', json: JSON.stringify(bundledPolicyBook).slice(0, 500) }],
    [
      'a parameter missing',
      { origin: 'imported', version: '1', json: JSON.stringify({ ...bundledPolicyBook, parameters: withoutHotlines }) },
    ],
    [
      'values not a list',
      {
        origin: 'imported',
        version: '1',
        json: JSON.stringify({
          ...bundledPolicyBook,
          parameters: { ...bundledPolicyBook.parameters, hotlines: { values: 'x' } },
        }),
      },
    ],
    ['unknown origin', { origin: 'verified', version: '1', json: JSON.stringify(bundledPolicyBook) }],
  ])('%s: bundled', (_, record) => {
    expect(bookFromRecord(record)).toEqual({ book: bundledPolicyBook, origin: 'bundled' });
  });
});

describe('what the popup learns from the record', () => {
  test("the background's reason for an unavailable cache reaches the popup; an imported book is never 'unavailable'", () => {
    const record = activePackRecord(bundledPolicyBook, 'bundled', '本地缓存不可用（UnknownError）');
    expect(policyFromRecord(structuredClone(record))).toEqual({
      book: bundledPolicyBook,
      origin: 'bundled',
      cache: 'unavailable',
      reason: '本地缓存不可用（UnknownError）',
    });
    expect(policyFromRecord(undefined)).toEqual({ book: bundledPolicyBook, origin: 'bundled', cache: 'ok' });
    const imported = policyFromRecord({ ...activePackRecord(bundledPolicyBook, 'imported'), unavailable: 'x' });
    expect(imported).toMatchObject({ origin: 'imported', cache: 'ok' });
  });
});
