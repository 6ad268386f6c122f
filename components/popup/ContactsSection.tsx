import { beijingTime, likelyPaymentYear, paymentYear, valueOn, yearFigures, type PolicyBook } from '@/policy';
import { sourceLineZh } from '@/utils/format-zh';

/** Where to pay for the 年度 a payment now is for, and whom to call. */
export function ContactsSection({ now, book }: { now: number; book: PolicyBook }) {
  const year = likelyPaymentYear(paymentYear(now, book)).year;
  const channels = yearFigures(year, book).paymentChannels;
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
          <p class="source">{sourceLineZh(channels.reference)}</p>
        </>
      ) : (
        <p data-answer="channels">{year}年度的缴费渠道尚未收录；往年的渠道是电子税务局、京通小程序、银行APP或柜台、银行批量扣款，请以官方通知为准。</p>
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
          <p class="source">{sourceLineZh(hotlines.reference)}</p>
        </>
      )}
    </section>
  );
}
