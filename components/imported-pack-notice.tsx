import { IMPORTED_PACK_DETAIL, IMPORTED_PACK_LABEL } from '@/answers/imported-pack';

/** The line that says, wherever an imported pack's figures appear, that they come from an unchecked file. */
export { IMPORTED_PACK_LABEL };

export function ImportedPackNotice() {
  return (
    <p class="caveat imported-pack" data-pack-origin="imported">
      <strong>{IMPORTED_PACK_LABEL}</strong>：{IMPORTED_PACK_DETAIL}
    </p>
  );
}
