import { uniqueByUrl, type Reference } from '@/policy';
import { sourceLineZh } from '@/utils/format-zh';

/** The sources of a section's figures and dates, each once, with how far they can be trusted. */
export function Sources({ references }: { references: readonly Reference[] }) {
  return (
    <>
      {uniqueByUrl(references).map((reference) => (
        <p class="source" key={reference.url || reference.title}>
          {sourceLineZh(reference)}
        </p>
      ))}
    </>
  );
}
