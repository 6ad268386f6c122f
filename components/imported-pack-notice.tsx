import {
  IMPORTED_PACK_DETAIL,
  IMPORTED_PACK_LABEL,
  SIGNED_PACK_DETAIL,
  SIGNED_PACK_LABEL,
} from '@/answers/imported-pack';
import type { ActiveOrigin } from '@/utils/active-pack';

/** The line that says, wherever an imported pack's figures appear, where they come from (answers/imported-pack.ts). */
export { IMPORTED_PACK_LABEL, SIGNED_PACK_LABEL };
export { packOriginZh } from '@/answers/data-date';

/** Nothing for the bundled book; otherwise one line above every answer saying where the figures come from. */
export function PackOriginNotice({ origin }: { origin: ActiveOrigin | undefined }) {
  if (origin === 'signed') {
    return (
      <p class="verified-pack" data-pack-origin="signed">
        <strong>{SIGNED_PACK_LABEL}</strong>：{SIGNED_PACK_DETAIL}
      </p>
    );
  }
  if (origin !== 'imported') return null;
  return (
    <p class="caveat imported-pack" data-pack-origin="imported">
      <strong>{IMPORTED_PACK_LABEL}</strong>：{IMPORTED_PACK_DETAIL}
    </p>
  );
}
