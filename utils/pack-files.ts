/**
 * The files a user picks to import a pack: the pack (`yibao-policy-<version>.json`) alone, or together with its
 * detached signature (`yibao-policy-<version>.sig.json`), chosen together in one file dialog or dropped together.
 * A browser page cannot read a file next to the one picked, so the signature must be picked too; without it the
 * pack is imported unverified. Which file is which is told by content, not only by name: a renamed file still works.
 */
import { MAX_SIGNATURE_FILE_CHARS, parseSignatureFile } from './pack-signature';

export interface PickedFile {
  name: string;
  text: string;
}

export type PackFiles = { ok: true; pack: PickedFile; signature?: PickedFile } | { ok: false; problems: string[] };

const looksLikeSignature = (file: PickedFile) =>
  /\.sig\.json$/i.test(file.name) ||
  (file.text.length <= MAX_SIGNATURE_FILE_CHARS && parseSignatureFile(file.text) !== null);

export function sortPackFiles(files: readonly PickedFile[]): PackFiles {
  if (files.length === 0) return { ok: false, problems: ['没有选中文件。'] };
  if (files.length > 2)
    return { ok: false, problems: [`选中了 ${files.length} 个文件。请只选数据包文件，和它的签名文件（.sig.json）。`] };
  const signatures = files.filter(looksLikeSignature);
  const packs = files.filter((file) => !looksLikeSignature(file));
  if (packs.length === 0)
    return {
      ok: false,
      problems: ['只选中了签名文件（.sig.json）。请把数据包文件和签名文件一起选中（按住 Ctrl 或 ⌘ 键点选两个文件）。'],
    };
  if (packs.length > 1)
    return { ok: false, problems: ['选中了两个数据包文件。一次只能导入一个数据包（可以加上它的签名文件）。'] };
  return { ok: true, pack: packs[0]!, ...(signatures[0] && { signature: signatures[0] }) };
}
