import { describe, expect, test } from 'vitest';
import { bundledPolicyBook } from '@/policy';
import { compareVersions, parsePack } from '@/utils/policy-pack';
import { malformedPacks, newerPack } from '../support/malformed-packs';

describe('policy pack parsing', () => {
  test('the bundled book as JSON is a valid pack', () => {
    const parsed = parsePack(JSON.stringify(bundledPolicyBook));
    expect(parsed.ok).toBe(true);
    expect(parsed.ok && parsed.book).toEqual(bundledPolicyBook);
    expect(parsePack(newerPack()).ok).toBe(true);
  });

  const packs = malformedPacks();
  test('generates at least 200 malformed packs over every operator', () => {
    expect(packs.length).toBeGreaterThanOrEqual(200);
    expect(new Set(packs.map((p) => p.operator)).size).toBe(10);
  });

  test.each(packs.map((p, i) => [i, p.operator, p.text] as const))(
    'pack %i (%s) is rejected with a reason',
    (_, __, text) => {
      const parsed = parsePack(text);
      expect(parsed.ok).toBe(false);
      expect(!parsed.ok && parsed.problems.length).toBeGreaterThan(0);
    },
  );

  test('markup is named as such, in Chinese', () => {
    const parsed = parsePack(
      JSON.stringify({ ...bundledPolicyBook, version: '2099.1.1', published: '2026-11-24', extra: '<script>' }),
    );
    expect(!parsed.ok && parsed.problems[0]).toContain('网页标记或脚本');
  });

  test('free text carrying a phone number or a link is refused whole, naming the field', () => {
    const book = structuredClone(bundledPolicyBook);
    book.version = '2099.1.1';
    book.parameters.enrolThenPay.values[0].value = '详询 400 610 9999';
    const parsed = parsePack(JSON.stringify(book));
    expect(parsed).toMatchObject({ ok: false, untrustedText: true });
    expect(!parsed.ok && parsed.problems).toEqual([
      expect.stringMatching(/^parameters\.enrolThenPay\.values\.0\.value：.*电话号码/),
    ]);
  });

  test.each([false, true])('a pack claiming a source read on this machine is refused whole (signed: %s)', (trusted) => {
    const book = structuredClone(bundledPolicyBook);
    book.version = '2099.1.1';
    // One source object, cited by several values: each citation is named.
    book.parameters.enrolThenPay.values[0].reference = {
      ...book.parameters.enrolThenPay.values[0].reference,
      confidence: 'official-local',
    };
    const parsed = parsePack(JSON.stringify(book), { trusted });
    expect(!parsed.ok && parsed.problems).toEqual([
      expect.stringMatching(/^parameters\.enrolThenPay\.values\.0\.reference：.*本机保存的通知/),
    ]);
  });

  test('an oversized file is refused before parsing', () => {
    const parsed = parsePack(' '.repeat(1_000_001));
    expect(!parsed.ok && parsed.problems[0]).toContain('文件太大');
  });
});

describe('compareVersions', () => {
  test.each([
    ['2026.11.24', '2026.11.24', 0],
    ['2026.11.25', '2026.11.24', 1],
    ['2026.11.2', '2026.11.10', -1],
    ['2027.1.1', '2026.12.31', 1],
    ['2026.11', '2026.11.0', 0],
  ])('%s vs %s', (a, b, expected) => expect(compareVersions(a, b)).toBe(expected));
});

test('structurally hostile packs are rejected, never thrown', () => {
  const hostile = [
    {
      ...bundledPolicyBook,
      parameters: {
        ...bundledPolicyBook.parameters,
        individualContribution: { ...bundledPolicyBook.parameters.individualContribution, values: [null] },
      },
    },
    { ...bundledPolicyBook, parameters: null },
    [],
    'text',
    null,
  ];
  for (const pack of hostile) expect(parsePack(JSON.stringify(pack)).ok).toBe(false);
});

describe('older pack formats', () => {
  test('a format-1 pack file (the 0.1 bundled book) imports through the importer after migration', async () => {
    const { readFileSync } = await import('node:fs');
    const v1 = readFileSync(new URL('./policy/fixtures/policy-pack-v1.json', import.meta.url), 'utf8');
    expect(JSON.parse(v1).format).toBeUndefined();
    const parsed = parsePack(v1);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.book.version).toBe(JSON.parse(v1).version);
  });
});
