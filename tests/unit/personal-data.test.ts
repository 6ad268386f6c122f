/** Personal data is refused however it is written; the labels people should use, and hotlines, pass. */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { type PersonalDataKind, personalDataKind, refusalZh } from '@/utils/personal-data';

// Independent of the module's own arithmetic, so a shared mistake cannot hide.
const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const idCheck = (first17: string) =>
  '10X98765432'[[...first17].reduce((sum, d, i) => sum + Number(d) * ID_WEIGHTS[i], 0) % 11];
const withIdCheck = (first17: string) => first17 + idCheck(first17);
function luhnDigit(body: string): string {
  const sum = [...body]
    .reverse()
    .map((d, i) => (i % 2 === 0 ? [0, 2, 4, 6, 8, 1, 3, 5, 7, 9][Number(d)] : Number(d)))
    .reduce((a, b) => a + b, 0);
  return String((10 - (sum % 10)) % 10);
}
const withLuhn = (body: string) => body + luhnDigit(body);
const fullWidth = (text: string) =>
  text.replace(/[0-9X+]/g, (c) => String.fromCodePoint(c.codePointAt(0)! + 0xfee0)).replace(/ /g, '\u3000');

const ID = '11010519491231002X';
const CARD_16 = withLuhn('622202123456789');
const CARD_19 = withLuhn('621226020000000000');

const refused: [string, PersonalDataKind][] = [
  // ID numbers: 18 characters with X or x, a wrong check character, 15 digits, and how people group them.
  [ID, 'id-number'],
  [ID.toLowerCase(), 'id-number'],
  [fullWidth(ID), 'id-number'],
  ['１１０１０５１９４９１２３１００２ｘ', 'id-number'],
  ['110105 19491231 002X', 'id-number'],
  ['110105-1949-1231-002X', 'id-number'],
  ['110105－19491231－002X', 'id-number'],
  [withIdCheck('11010519900307123'), 'id-number'],
  ['110105199003071230', 'id-number'], // check character wrong: still someone's ID, typed wrong
  ['110105491231002', 'id-number'],
  ['身份证：110105194912310020', 'id-number'],
  ['爸爸110105 19491231 002X', 'id-number'],
  // Mobile numbers, with and without +86 / 0086.
  ['13800138000', 'mobile'],
  ['138 0013 8000', 'mobile'],
  ['138-0013-8000', 'mobile'],
  ['138—0013—8000', 'mobile'],
  ['138‐0013‐8000', 'mobile'],
  ['138–0013–8000', 'mobile'],
  ['138.0013.8000', 'mobile'],
  ['138·0013·8000', 'mobile'],
  ['138\u200B0013\u200B8000', 'mobile'],
  ['+86 138 0013 8000', 'mobile'],
  ['+8613800138000', 'mobile'],
  ['(+86)13800138000', 'mobile'],
  ['008613800138000', 'mobile'],
  ['0086-138-0013-8000', 'mobile'],
  ['8613800138000', 'mobile'],
  ['１３８００１３８０００', 'mobile'],
  [fullWidth('+86 138 0013 8000'), 'mobile'],
  ['爸爸13800138000', 'mobile'],
  ['爸爸：138－0013－8000', 'mobile'],
  ['妈妈 19912345678 打这个', 'mobile'],
  ['13800138000 1234', 'id-number'], // spaces removed it reads as 15 digits: refused all the same
  // Landlines: Beijing's 010 (11 digits like a mobile, but not one), other area codes, bare local numbers.
  ['010-65123456', 'landline'],
  ['01065123456', 'landline'],
  ['(010) 6512 3456', 'landline'],
  ['（０１０）６５１２－３４５６', 'landline'],
  ['+86 10 6512 3456', 'landline'],
  ['0086 10 6512 3456', 'landline'],
  ['0755-23456789', 'landline'],
  ['0311-8765432', 'landline'],
  ['6512 3456', 'landline'],
  ['8765432', 'landline'],
  ['2345678', 'landline'],
  ['奶奶家电话65123456', 'landline'],
  // Bank cards: 16–19 digits passing Luhn.
  ['4111 1111 1111 1111', 'bank-card'],
  [CARD_16, 'bank-card'],
  [CARD_19, 'bank-card'],
  [CARD_19.replace(/(\d{4})(?=\d)/g, '$1 '), 'bank-card'],
  [fullWidth(CARD_19), 'bank-card'],
  [`卡号${CARD_16}`, 'bank-card'],
];

const passing = [
  '',
  '爸爸',
  '妈妈',
  '奶奶',
  '外婆',
  '大儿子',
  '小宝（学生）',
  'X先生',
  '12333',
  '12366',
  '打12333问问',
  '１２３６６',
  '4007112366',
  '400-711-2366',
  '2026',
  '2026年3月5日',
  '第2个孩子',
  '123456',
  '12 34 56',
  '1234567890123456', // 16 digits that fail Luhn: not a card number
  '010-12393', // 010 + a service number, not a local one
  '95588',
  '1949.12.31',
];

describe('personalDataKind', () => {
  test.each(refused)('%s → %s', (text, kind) => {
    expect(personalDataKind(text)).toBe(kind);
  });

  test.each(passing.map((text) => [text]))('%j passes', (text) => {
    expect(personalDataKind(text)).toBeUndefined();
  });

  test('the example numbers are what they claim (ID check character, Luhn)', () => {
    expect(idCheck(ID.slice(0, 17))).toBe('X');
    expect(idCheck('11010519900307123')).not.toBe('0');
    expect(withLuhn('411111111111111')).toBe('4111111111111111');
    expect(withLuhn('1234567890123456'.slice(0, 15))).not.toBe('1234567890123456');
  });
});

describe('refusalZh', () => {
  test.each([
    ['id-number', '身份证号'],
    ['mobile', '电话号码'],
    ['landline', '电话号码'],
    ['bank-card', '银行卡号'],
  ] as const)('%s: asks in plain words and says nothing is kept', (kind, what) => {
    expect(refusalZh(kind)).toBe(`请不要填写${what}，本助手不保存这些信息。`);
  });
});

// ---- properties ----

const digits = (min: number, max = min) =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: min, maxLength: max }).map((ds) => ds.join(''));
const date = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2025-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10).replace(/-/g, ''));
const idNumber18 = fc
  .tuple(fc.integer({ min: 11, max: 82 }), digits(4), date, digits(3), fc.boolean())
  .map(([province, area, birth, order, lower]) => {
    const id = withIdCheck(`${province}${area}${birth}${order}`);
    return lower ? id.toLowerCase() : id;
  });
const idNumber15 = fc
  .tuple(fc.integer({ min: 11, max: 82 }), digits(4), date, digits(3))
  .map(([province, area, birth, order]) => `${province}${area}${birth.slice(2)}${order}`);
const mobile = fc
  .tuple(fc.constantFrom('', '+86', '0086', '+86 ', '0086-'), fc.integer({ min: 3, max: 9 }), digits(9))
  .map(([prefix, second, rest]) => `${prefix}1${second}${rest}`);
const card = fc
  .tuple(fc.constantFrom('62', '4', '51', '35'), fc.integer({ min: 16, max: 19 }), digits(18))
  .map(([prefix, length, rest]) => withLuhn((prefix + rest).slice(0, length - 1)));
const landline = fc.oneof(
  fc
    .tuple(fc.constantFrom('010', '021', '022', '0311', '0755', '0891'), fc.integer({ min: 2, max: 9 }), digits(6, 7))
    .map(([area, first, rest]) => `${area}${first}${rest}`),
  fc.tuple(fc.integer({ min: 2, max: 9 }), digits(6, 7)).map(([first, rest]) => `${first}${rest}`),
);

const SEPARATORS = [' ', '\u3000', '-', '－', '—', '‐', '–', '−', '.', '·', '・', '\u200B'];
/** Separators between characters at random places, full-width or not, with words around it. */
function disguised(value: string) {
  return fc
    .record({
      cuts: fc.array(fc.constantFrom(...SEPARATORS, ''), { minLength: value.length, maxLength: value.length }),
      wide: fc.boolean(),
      before: fc.constantFrom('', '爸爸', '妈妈：', '电话 ', '（', 'No.'),
      after: fc.constantFrom('', '）', ' 奶奶', '号', '。'),
    })
    .map(({ cuts, wide, before, after }) => {
      const spread = [...value].map((c, i) => c + cuts[i]).join('');
      return before + (wide ? fullWidth(spread) : spread) + after;
    });
}

describe('properties', () => {
  test('any valid 18-digit ID, disguised, is refused as an ID number', () => {
    fc.assert(fc.property(idNumber18.chain(disguised), (text) => personalDataKind(text) === 'id-number'));
  });

  test('any 15-digit ID, disguised, is refused as an ID number', () => {
    fc.assert(fc.property(idNumber15.chain(disguised), (text) => personalDataKind(text) === 'id-number'));
  });

  test('any mobile number, with or without +86 / 0086, disguised, is refused as a mobile', () => {
    fc.assert(fc.property(mobile.chain(disguised), (text) => personalDataKind(text) === 'mobile'));
  });

  test('any landline, with area code or bare, disguised, is refused as a landline', () => {
    fc.assert(fc.property(landline.chain(disguised), (text) => personalDataKind(text) === 'landline'));
  });

  test('any card number passing Luhn, disguised, is refused (as a card; 18 digits may read as an ID)', () => {
    const cases = card.chain((number) => disguised(number).map((text) => ({ number, text })));
    fc.assert(
      fc.property(cases, ({ number, text }) => {
        const allowed = number.length === 18 ? ['bank-card', 'id-number'] : ['bank-card'];
        return allowed.includes(personalDataKind(text) ?? '');
      }),
    );
  });

  const fewDigits = (text: string) => (text.normalize('NFKC').match(/[0-9]/g) ?? []).length < 7;

  test('any text with fewer than 7 digits passes, however digits and separators are mixed', () => {
    const pieces = fc.constantFrom(
      ...SEPARATORS,
      '+',
      'X',
      'x',
      '爸',
      '妈',
      '号',
      '（',
      '）',
      'a',
      '0',
      '1',
      '８',
      '9',
    );
    fc.assert(
      fc.property(
        fc
          .array(pieces, { maxLength: 40 })
          .map((p) => p.join(''))
          .filter(fewDigits),
        (text) => personalDataKind(text) === undefined,
      ),
    );
  });

  test('any Unicode text with fewer than 7 digits passes', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 60 }).filter(fewDigits),
        (text) => personalDataKind(text) === undefined,
      ),
    );
  });
});
