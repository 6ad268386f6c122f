/**
 * Refuses personal data where people type (e.g. a household member's 称呼): ID numbers, phone numbers and bank
 * cards, however they are written (full-width digits, spaces, dashes, dots, +86), alone or inside longer text.
 * Pure: nothing is kept, and the refusal never repeats the number back.
 */

export type PersonalDataKind = 'id-number' | 'mobile' | 'landline' | 'bank-card';

/** Every dash (and the minus sign), dots and middle dots, and the invisible characters a paste can carry. */
const MARKS = String.raw`\p{Pd}\u2212\u00AD.\u00B7\u2022\u2027\u2219\u30FB\u3002\u200B-\u200D\u2060\uFEFF`;
const SEPARATORS = new RegExp(String.raw`[\s${MARKS}]`, 'gu');
const SEPARATORS_BUT_SPACE = new RegExp(`[${MARKS}]`, 'gu');
/** A run of digits, with the `+` of a country code before it and the `X` of an ID number after it. */
const RUN = /(\+?)([0-9]+)([Xx]?)/g;

const MOBILE = /^(?:0086|86)?1[3-9][0-9]{9}$/;
/** A local number: 7–8 digits, never starting with 0 (the trunk prefix) or 1 (service numbers such as 12333). */
const LOCAL_NUMBER = /^[2-9][0-9]{6,7}$/;
/** 0, an area code (Beijing 10, 2x, or three digits from 3xx on), a local number. */
const LANDLINE = /^0(?:10|2[0-9]|[3-9][0-9]{2})[2-9][0-9]{6,7}$/;
const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

/** The 18-digit ID's last character (GB 11643), from the first 17 digits. */
function idCheckCharacter(first17: string): string {
  const sum = ID_WEIGHTS.reduce((total, weight, i) => total + weight * Number(first17[i]), 0);
  return '10X98765432'[sum % 11];
}

function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
    sum += digit;
  }
  return sum % 10 === 0;
}

function kindOfRun(plus: string, digits: string, x: string): PersonalDataKind | undefined {
  // A typo'd ID is still personal: the checksum only tells an 18-digit ID from an 18-digit card.
  if (x && digits.length === 17 && digits[0] !== '0') return 'id-number';
  if (MOBILE.test(digits)) return 'mobile';
  if (digits.length === 15 && digits[0] !== '0') return 'id-number';
  if (digits.length === 18 && digits[0] !== '0') {
    const idLike = idCheckCharacter(digits.slice(0, 17)) === digits[17];
    return !idLike && passesLuhn(digits) ? 'bank-card' : 'id-number';
  }
  if (digits.length >= 16 && digits.length <= 19 && passesLuhn(digits)) return 'bank-card';
  const countryCode = plus ? /^(?:00)?86/ : /^0086/;
  const national = countryCode.test(digits) ? `0${digits.replace(countryCode, '')}` : digits;
  if (LANDLINE.test(national) || LOCAL_NUMBER.test(digits)) return 'landline';
  return undefined;
}

const PRIORITY: PersonalDataKind[] = ['id-number', 'bank-card', 'mobile', 'landline'];

function kindIn(view: string): PersonalDataKind | undefined {
  const kinds = new Set<PersonalDataKind>();
  for (const [, plus, digits, x] of view.matchAll(RUN)) {
    const kind = kindOfRun(plus, digits, x);
    if (kind) kinds.add(kind);
  }
  return PRIORITY.find((kind) => kinds.has(kind));
}

/**
 * What personal data `text` holds, if any. The text is read three ways, and the first that finds something
 * names the kind: separators removed (`138 0013 8000`), then spaces as boundaries (two numbers side by side),
 * then every separator as a boundary.
 */
export function personalDataKind(text: string): PersonalDataKind | undefined {
  const normal = text.normalize('NFKC');
  const views = [
    normal.replace(SEPARATORS, ''),
    normal.replace(SEPARATORS_BUT_SPACE, ''),
    normal.replace(SEPARATORS, ' '),
  ];
  for (const view of views) {
    const kind = kindIn(view);
    if (kind) return kind;
  }
  return undefined;
}

const WHAT_ZH: Record<PersonalDataKind, string> = {
  'id-number': '身份证号',
  mobile: '电话号码',
  landline: '电话号码',
  'bank-card': '银行卡号',
};

/** The refusal shown beside the field, in plain words. */
export function refusalZh(kind: PersonalDataKind): string {
  return `请不要填写${WHAT_ZH[kind]}，本助手不保存这些信息。`;
}
