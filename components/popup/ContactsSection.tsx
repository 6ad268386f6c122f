import { beijingTime, likelyPaymentYear, paymentYear, valueOn, yearFigures, type PolicyBook } from '@/policy';
import { channelsNotIncludedZh } from '@/utils/wording';
import { Sources } from './Sources';

/** Where to pay for the 年度 a payment now is for, and whom to call. */
export function ContactsSection({ now, book }: { now: number; book: PolicyBook }) {
  const year = likelyPaymentYear(paymentYear(now, book)).year;
  const channels = yearFigures(year, book).paymentChannels;
  const notIncluded = channelsNotIncludedZh(year, book);
  const hotlines = valueOn(book.parameters.hotlines, beijingTime(now).date);
  return (
    <section aria-labelledby="contacts-title">
      <h2 id="contacts-title">缴费渠道和咨询电话</h2>
      {channels.kind === 'included' ? (
        <>
          <ul data-answer="channels">
            {channels.value.map((c) => (
              <li key={c.name}>
                <strong>{c.name}</strong>
                {c.detail && `：${c.detail}`}
              </li>
            ))}
          </ul>
          <Sources references={[channels.reference]} />
        </>
      ) : (
        <>
          <p data-answer="channels">{notIncluded.text}</p>
          <Sources references={notIncluded.references} />
        </>
      )}
      {hotlines && (
        <>
          <ul data-answer="hotlines">
            {hotlines.value.map((h) => (
              <li key={h.number}>
                <strong>{h.number}</strong>：{h.for}
              </li>
            ))}
          </ul>
          <Sources references={[hotlines.reference]} />
        </>
      )}
    </section>
  );
}
