/** The line that says, wherever an imported pack's figures appear, that they come from an unchecked file. */
export const IMPORTED_PACK_LABEL = '正在使用导入的数据包（未经核实）';

export function ImportedPackNotice() {
  return (
    <p class="caveat imported-pack" data-pack-origin="imported">
      <strong>{IMPORTED_PACK_LABEL}</strong>
      ：金额和日期来自别人提供的文件，请以官方通知为准；电话、渠道和网址仍用本助手自带的。
    </p>
  );
}
