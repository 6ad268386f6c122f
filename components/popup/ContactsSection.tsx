import { channelsMessage, hotlinesMessage } from '@/answers/contacts';
import type { AnswerSnapshot } from '@/answers/snapshot';
import { BlockView } from '../message-view';
import { Sources } from './Sources';

/** Where to pay for the 年度 a payment now is for, and whom to call. */
export function ContactsSection({ snapshot }: { snapshot: AnswerSnapshot }) {
  const channels = channelsMessage(snapshot.likely.year, snapshot.book);
  const hotlines = hotlinesMessage(snapshot);
  return (
    <section aria-labelledby="contacts-title">
      <h2 id="contacts-title">缴费渠道和咨询电话</h2>
      {[channels, ...(hotlines ? [hotlines] : [])].map((message) => (
        <div key={message.id} data-answer={message.id}>
          {message.body.map((block, i) => (
            <BlockView key={i} block={block} />
          ))}
          <Sources references={message.references} />
        </div>
      ))}
    </section>
  );
}
