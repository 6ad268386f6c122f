/** Telling the pack from its signature among the files a user picked together. */
import { describe, expect, test } from 'vitest';
import { sortPackFiles } from '@/utils/pack-files';
import { formatSignatureFile } from '@/utils/pack-signature';

const pack = { name: 'yibao-policy-2026.12.1.json', text: '{"version":"2026.12.1"}' };
const signature = {
  name: 'yibao-policy-2026.12.1.sig.json',
  text: formatSignatureFile('0123456789abcdef', new Uint8Array(64)),
};

describe('sortPackFiles', () => {
  test('a pack alone, or with its signature in either order', () => {
    expect(sortPackFiles([pack])).toEqual({ ok: true, pack });
    expect(sortPackFiles([pack, signature])).toEqual({ ok: true, pack, signature });
    expect(sortPackFiles([signature, pack])).toEqual({ ok: true, pack, signature });
  });

  test('a renamed signature file is still told by its content', () => {
    const renamed = { ...signature, name: 'download (1).json' };
    expect(sortPackFiles([renamed, pack])).toEqual({ ok: true, pack, signature: renamed });
  });

  test('only a signature, two packs, three files or none: refused with a plain reason', () => {
    for (const files of [[signature], [pack, { ...pack, name: 'other.json' }], [pack, signature, signature], []]) {
      const sorted = sortPackFiles(files);
      expect(sorted.ok).toBe(false);
      if (!sorted.ok) expect(sorted.problems[0]).toMatch(/[\u4e00-\u9fff]/);
    }
    const onlySignature = sortPackFiles([signature]);
    expect(!onlySignature.ok && onlySignature.problems[0]).toContain('一起选中');
  });
});
