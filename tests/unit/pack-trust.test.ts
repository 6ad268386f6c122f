/** The trust rules for unsigned packs: contacts only from the bundled book; free text without numbers or links. */
import { describe, expect, test } from 'vitest';
import { bundledPolicyBook, type PolicyBook } from '@/policy';
import { freeTextProblem, freeTextProblems, ignoredFieldsZh, withTrustedContacts } from '@/policy/pack-trust';
import { parsePack } from '@/utils/policy-pack';
import { PLANTED, plantedPacks } from '../support/planted-packs';

/** A pack as the importer sees it: through the validator (keys in schema order, not the bundled book's). */
function validated(text: string): PolicyBook {
  const parsed = parsePack(text);
  if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
  return parsed.book;
}

function edited(edit: (book: PolicyBook) => void): PolicyBook {
  const book = structuredClone(bundledPolicyBook);
  edit(book);
  return validated(JSON.stringify(book));
}

describe('withTrustedContacts', () => {
  test('the bundled book passes through unchanged, nothing ignored', () => {
    const { book, ignored } = withTrustedContacts(validated(JSON.stringify(bundledPolicyBook)), bundledPolicyBook);
    expect(ignored).toEqual([]);
    expect(book).toEqual(bundledPolicyBook);
  });

  test.each([
    ['hotline', ['hotlines']],
    ['channel', ['paymentChannels', 'mutualAidFiling']],
    ['url', ['paymentChannels', 'referenceUrls']],
    ['contacts', ['hotlines', 'paymentChannels', 'mutualAidFiling', 'referenceUrls']],
  ] as const)('the %s pack: planted values gone, fields named', (name, fields) => {
    const pack = validated(plantedPacks[name]);
    const before = JSON.stringify(pack);
    const { book, ignored } = withTrustedContacts(pack, bundledPolicyBook);
    expect(ignored).toEqual(fields);
    for (const planted of Object.values(PLANTED)) expect(JSON.stringify(book)).not.toContain(planted);
    expect(book.parameters.hotlines).toEqual(bundledPolicyBook.parameters.hotlines);
    expect(book.parameters.paymentChannels).toEqual(bundledPolicyBook.parameters.paymentChannels);
    expect(book.version).toBe(pack.version);
    expect(JSON.stringify(pack), 'the pack itself is not changed').toBe(before);
  });

  test('a 年度 the bundled book has no channels for stays not included, never filled from the pack', () => {
    const pack = edited((b) =>
      b.parameters.paymentChannels.values.push({
        year: 2027,
        value: [{ name: '北京市电子税务局' }],
        reference: b.parameters.paymentChannels.values[0].reference,
      }),
    );
    const { book, ignored } = withTrustedContacts(pack, bundledPolicyBook);
    expect(book.parameters.paymentChannels.values.map((v) => v.year)).not.toContain(2027);
    expect(ignored).toEqual(['paymentChannels']);
  });

  test('a figure the pack changes is kept; hotlines the pack drops come back from the bundled book', () => {
    const pack = edited((b) => {
      b.parameters.individualContribution.values[0].value.elderly = 999;
      b.parameters.hotlines.values[0].value.splice(1);
    });
    const { book, ignored } = withTrustedContacts(pack, bundledPolicyBook);
    expect(book.parameters.individualContribution.values[0].value.elderly).toBe(999);
    expect(book.parameters.hotlines.values[0].value.map((h) => h.number)).toEqual(['12333', '12366', '4007112366']);
    expect(ignored).toEqual(['hotlines']);
  });

  test('共济: the pack’s own rule is kept, the filing channels come from the bundled value in force on each date', () => {
    const pack = edited((b) => {
      const [first] = b.parameters.mutualAidFiling.values;
      b.parameters.mutualAidFiling.values.push({
        from: '2026-06-01',
        value: { ...first.value, channels: [PLANTED.channel], ownBalanceFirst: false },
        reference: first.reference,
      });
      // A date before the bundled book's first value: not covered, so not included.
      b.parameters.mutualAid.values.unshift({ ...b.parameters.mutualAid.values[0], from: '2020-01-01' });
      delete b.parameters.mutualAid.values[1].value.filingChannels;
    });
    const { book, ignored } = withTrustedContacts(pack, bundledPolicyBook);
    const filing = book.parameters.mutualAidFiling.values;
    expect(filing.map((v) => [v.from, v.value.ownBalanceFirst])).toEqual([
      ['2025-03-16', true],
      ['2026-06-01', false],
    ]);
    for (const v of filing)
      expect(v.value.channels).toEqual(bundledPolicyBook.parameters.mutualAidFiling.values[0].value.channels);
    expect(book.parameters.mutualAid.values.map((v) => v.from)).toEqual(['2023-11-15']);
    expect(book.parameters.mutualAid.values[0].value.filingChannels).toEqual(
      bundledPolicyBook.parameters.mutualAid.values[0].value.filingChannels,
    );
    expect(ignored).toEqual(['mutualAidFiling']);
  });

  test('a reference whose URL the bundled book does not cite keeps its name and loses its address', () => {
    const pack = edited((b) => {
      const [first, second] = b.parameters.individualContribution.values;
      first.reference = { ...first.reference, title: '2099年度通知', url: 'https://example.org/notice' };
      // The bundled book's own source under another address: the bundled address is shown.
      second.reference = { ...second.reference, url: 'https://example.org/copy' };
    });
    const { book, ignored } = withTrustedContacts(pack, bundledPolicyBook);
    const reference = book.parameters.individualContribution.values[0].reference;
    expect(reference.url).toBe('');
    expect(reference.title).toBe('2099年度通知');
    expect(book.parameters.individualContribution.values[1].reference.url).toBe(
      bundledPolicyBook.parameters.individualContribution.values[1].reference.url,
    );
    expect(book.parameters.individualContribution.values[2].reference.url).toBe(
      bundledPolicyBook.parameters.individualContribution.values[2].reference.url,
    );
    expect(ignored).toEqual(['referenceUrls']);
  });

  test('the result line names the fields, never a value', () => {
    expect(ignoredFieldsZh([])).toBeUndefined();
    const line = ignoredFieldsZh(['hotlines', 'paymentChannels', 'referenceUrls'])!;
    expect(line).toContain('「咨询电话」「缴费渠道」「来源网址」');
    expect(line).toContain('已忽略');
    expect(ignoredFieldsZh(['referenceUrls'])).toContain('网址未核实');
  });
});

describe('free text', () => {
  test.each([
    '请拨打 4006109999',
    '400 610 9999',
    '400-610-9999',
    '４００６１０９９９９',
    '４００－６１０－９９９９',
    '400—610—9999',
    '（010）1234 5678',
    '12345',
    '12366',
    '2023-11-15',
    '400.610.9999',
  ])('%s: digits', (text) => expect(freeTextProblem(text)).toBe('digits'));

  test.each([
    'http://x.y',
    'https://a',
    '见 www.abc',
    'abc.com',
    'pay.example.cn',
    'ｗｗｗ．ａｂｃ．ｃｏｍ',
    '客服 a@b',
    '联系 service@qq',
    '官网 abc。com',
    'HTTPS://A',
  ])('%s: link', (text) => expect(freeTextProblem(text)).toBe('link'));

  test.each([
    '北京市医疗保障局',
    '2024年度城乡居民基本医疗保险',
    '国办发〔2024〕38号',
    '每月最后一天扣费',
    '1234元',
    '银行APP。下载后缴费',
    '3个月',
  ])('%s: fine', (text) => expect(freeTextProblem(text)).toBeUndefined());

  test('the bundled book has none (its own words pass, e.g. a publisher named by its domain)', () => {
    expect(freeTextProblems(JSON.parse(JSON.stringify(bundledPolicyBook)), bundledPolicyBook)).toEqual([]);
  });

  test('problems name the field path, never the value; ids, dates, numbers and URLs are not free text', () => {
    const book = structuredClone(bundledPolicyBook) as PolicyBook;
    book.parameters.waitingPeriod.values[0].value.text = '请拨打 ４００ ６１０ ９９９９';
    book.parameters.hotlines.values[0].value[0].for = '见 pay.example.cn';
    book.parameters.individualContribution.values[0].reference = {
      ...book.parameters.individualContribution.values[0].reference,
      publisher: 'other.com',
    };
    const problems = freeTextProblems(JSON.parse(JSON.stringify(book)), bundledPolicyBook);
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(/^parameters\.individualContribution\.values\.0\.reference\.publisher：.*网址/);
    expect(problems[1]).toMatch(/^parameters\.waitingPeriod\.values\.0\.value\.text：.*电话号码/);
    expect(problems[2]).toMatch(/^parameters\.hotlines\.values\.0\.value\.0\.for：.*网址/);
    for (const problem of problems) expect(problem).not.toMatch(/4006|４００|example|other\.com/);
  });

  test('parsePack rejects such a pack whole, in Chinese, naming the field', () => {
    const parsed = parsePack(plantedPacks.note);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.problems.join('\n')).toContain('parameters.enrolmentPeriod.values.0.reference.note：');
    expect(!parsed.ok && parsed.problems.join('\n')).not.toContain(PLANTED.number);
  });
});

test('sources without an address stay apart when listed once each', async () => {
  const { uniqueByUrl } = await import('@/policy');
  const a = { publisher: '甲', title: '一', url: '', published: '', confidence: 'secondary' as const };
  const b = { ...a, title: '二' };
  expect(uniqueByUrl([a, b, { ...a }])).toEqual([a, b]);
});
