import type { ActiveOrigin } from '@/utils/active-pack';

export { packOriginZh } from '@/answers/data-date';

/** The line that says, wherever an unverified pack's figures appear, that they come from an unchecked file. */
export const IMPORTED_PACK_LABEL = '正在使用导入的数据包（未验证）';
/** A pack whose signature verified against the project's key: the project's own publication. */
export const SIGNED_PACK_LABEL = '正在使用导入的数据包：已验证（项目发布）';

/** Nothing for the bundled book; otherwise one line above every answer saying where the figures come from. */
export function PackOriginNotice({ origin }: { origin: ActiveOrigin | undefined }) {
  if (origin === 'signed') {
    return (
      <p class="verified-pack" data-pack-origin="signed">
        <strong>{SIGNED_PACK_LABEL}</strong>：签名已用本助手项目的公钥核对，文件没有被改动过。
      </p>
    );
  }
  if (origin !== 'imported') return null;
  return (
    <p class="caveat imported-pack" data-pack-origin="imported">
      <strong>{IMPORTED_PACK_LABEL}</strong>
      ：金额和日期来自别人提供的文件，没有本助手项目的有效签名，请以官方通知为准；电话、渠道和网址仍用本助手自带的。
    </p>
  );
}
