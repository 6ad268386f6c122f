/**
 * A policy pack is the parameter book as JSON: data only. Parsing one never executes or renders anything; a pack
 * with any problem is rejected whole, with every problem named in plain Chinese. A pack is a file someone sent:
 * its free text may carry no phone number or link (`policy/pack-trust.ts`), and its contacts are never used.
 */
import { bundledPolicyBook, type PolicyBook } from '@/policy';
import { freeTextProblems } from '@/policy/pack-trust';

/** Loaded with the validator: the trust rules are needed exactly when a pack other than the bundled one is. */
export { withTrustedContacts } from '@/policy/pack-trust';
/** Loaded with the validator, for the same reason: only a pack file needs its signature checked. */
export { verifyPackSignature } from './pack-signature';
import { migratePack } from '@/policy/migrate-pack';
import { parsePolicyBook } from '@/policy/schema';

/** Far above any honest pack (the bundled one is a few tens of KB). */
export const MAX_PACK_BYTES = 1_000_000;

export type PackParse = { ok: true; book: PolicyBook } | { ok: false; problems: string[]; untrustedText?: true };

/** Strings in a pack are shown as text; markup in one means the file is not what it claims to be. */
const MARKUP = /[<>]|javascript:|data:text\/html/i;

function markupProblems(value: unknown, path: string[] = []): string[] {
  if (typeof value === 'string')
    return MARKUP.test(value) ? [`${path.join('.') || '(根)'}：文字中含有网页标记或脚本，不接受`] : [];
  if (Array.isArray(value)) return value.flatMap((item, i) => markupProblems(item, [...path, String(i)]));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => [
      ...markupProblems(key, [...path, '(键)']),
      ...markupProblems(item, [...path, key]),
    ]);
  }
  return [];
}

/**
 * A source read on this machine from a notice the user saved (`official-local`, policy/layers.ts) is something
 * only this browser can say; a pack claiming it for its own figures is not what it says it is.
 */
function localClaimProblems(value: unknown, path: string[] = []): string[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => localClaimProblems(item, [...path, String(i)]));
  if (!value || typeof value !== 'object') return [];
  if ((value as { confidence?: unknown }).confidence === 'official-local')
    return [
      `${path.join('.')}：来源写成了“官方页面·本机读取”，这只用于本机保存的通知，数据包不能这样写，整个数据包不导入。`,
    ];
  return Object.entries(value).flatMap(([key, item]) => localClaimProblems(item, [...path, key]));
}

/**
 * `trusted`: the pack's signature verified against the project's keys (utils/pack-signature.ts), so it is the
 * project's own publication and its free text may name numbers and sites as the bundled book does. Markup and the
 * schema are checked all the same.
 */
export function parsePack(text: string, { trusted = false } = {}): PackParse {
  if (text.length > MAX_PACK_BYTES)
    return { ok: false, problems: [`文件太大（${text.length} 字节），政策数据包不应超过 ${MAX_PACK_BYTES} 字节`] };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [`文件不是完整有效的 JSON：${(error as Error).message}`] };
  }
  const markup = markupProblems(json);
  if (markup.length > 0) return { ok: false, problems: markup.slice(0, 20) };
  let parsed: ReturnType<typeof parsePolicyBook>;
  try {
    // An older pack format (a file or a stored pack) is brought to the current one first; nothing else changes.
    parsed = parsePolicyBook(migratePack(json));
  } catch (error) {
    // A validator bug must reject the pack, never crash the importer.
    return { ok: false, problems: [`数据无法检查：${(error as Error).message}`] };
  }
  if (!parsed.ok) return { ok: false, problems: parsed.issues.slice(0, 20).map((issue) => `数据格式不符：${issue}`) };
  const claimed = localClaimProblems(parsed.book.parameters, ['parameters']);
  if (claimed.length > 0) return { ok: false, problems: claimed.slice(0, 20) };
  if (trusted) return parsed;
  const untrusted = freeTextProblems(parsed.book, bundledPolicyBook);
  return untrusted.length > 0 ? { ok: false, problems: untrusted.slice(0, 20), untrustedText: true } : parsed;
}

/** Compares dotted versions numerically (`2026.11.2` < `2026.11.10`); a non-numeric part compares as text. */
export function compareVersions(a: string, b: string): number {
  const left = a.split('.');
  const right = b.split('.');
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const [x = '0', y = '0'] = [left[i], right[i]];
    const diff = /^\d+$/.test(x) && /^\d+$/.test(y) ? Number(x) - Number(y) : x.localeCompare(y);
    if (diff !== 0) return Math.sign(diff);
  }
  return 0;
}
