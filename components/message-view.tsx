/**
 * Messages of the answers layer in the extension pages (popup, checklist), with Preact. It renders what the
 * message says and words nothing itself; the panel's DOM builder (components/panel/markup.ts) does the same there.
 */
import type { Block, Message, Run } from '@/answers/message';

function Runs({ runs }: { runs: Run[] }) {
  return (
    <>
      {runs.map((run) =>
        typeof run === 'string' ? (
          run
        ) : 'strong' in run ? (
          <strong>{run.strong}</strong>
        ) : (
          <a href={run.href} target="_blank" rel="noopener noreferrer">
            {run.link}
          </a>
        ),
      )}
    </>
  );
}

export function BlockView({ block }: { block: Block }) {
  if ('p' in block)
    return (
      <p>
        <Runs runs={block.p} />
      </p>
    );
  if ('list' in block)
    return (
      <ul>
        {block.list.map((item, i) => (
          <li key={i}>
            <Runs runs={item} />
          </li>
        ))}
      </ul>
    );
  return <p class="quote">原文：“{block.quote}”</p>;
}

/** Headline (strong when it asks for action), body and caveats; the sources are listed by the section. */
export function MessageView({ message }: { message: Message }) {
  return (
    <>
      <p class="headline" data-message={message.id}>
        {message.severity === 'info' ? message.headline : <strong>{message.headline}</strong>}
      </p>
      {message.body.map((block, i) => (
        <BlockView key={i} block={block} />
      ))}
      {message.caveats.map((caveat) => (
        <span class="caveat" key={caveat}>
          ⚠ {caveat}
        </span>
      ))}
    </>
  );
}
