/** Where to pay for a 年度 and whom to call: the popup's contacts, the panel's hotlines and channel-moved tips. */
import type { PolicyBook } from '@/policy/book';
import { yearFigures } from '@/policy/rules/snapshot';
import { list, message, noteMessage, p, strong, type Message } from './message';
import { channelItems, hotlineItems } from './phrases';
import type { AnswerSnapshot } from './snapshot';

/** The 年度's channels; when not included, says so and names the latest earlier 年度's with their source. */
export function channelsMessage(year: number, book: PolicyBook): Message<'channels'> {
  const channels = yearFigures(year, book).paymentChannels;
  if (channels.kind === 'included')
    return message({
      id: 'channels',
      severity: 'info',
      headline: `${year}年度的缴费渠道`,
      body: [list(channelItems(channels.value))],
      facts: channels.value.map((c) => ({ kind: 'channel' as const, role: 'channel', name: c.name })),
      caveats: [],
      references: [channels.reference],
    });
  const earlier = book.parameters.paymentChannels.values
    .filter((entry) => entry.year < year)
    .sort((a, b) => b.year - a.year)[0];
  const names = earlier?.value.map((channel) => channel.name).join('、');
  return message({
    id: 'channels',
    severity: 'info',
    headline: `${year}年度的缴费渠道尚未收录`,
    body: [
      p(
        earlier
          ? `${year}年度的缴费渠道尚未收录；${earlier.year}年度的渠道是${names}，请以官方通知为准。`
          : `${year}年度的缴费渠道尚未收录，请以官方通知为准。`,
      ),
    ],
    facts: [],
    caveats: [],
    references: earlier ? [earlier.reference] : [],
  });
}

export function hotlinesMessage({ policy }: AnswerSnapshot): Message<'hotlines'> | null {
  const hotlines = policy.hotlines;
  if (!hotlines) return null;
  return message({
    id: 'hotlines',
    severity: 'info',
    headline: '有疑问，打这些电话',
    body: [list(hotlineItems(hotlines.value))],
    facts: [],
    caveats: [],
    references: [hotlines.reference],
  });
}

/** On the old 社保 platform: resident premiums are not paid here any more. */
export function channelMovedMessage({ policy }: AnswerSnapshot): Message<'channel-moved'> | null {
  const channels = policy.figures.paymentChannels;
  if (channels.kind !== 'included') return null;
  return message({
    id: 'channel-moved',
    severity: 'warning',
    headline: '城乡居民医保费已不在这里缴纳',
    body: [
      p(
        '这是原来的北京市社会保险网上服务平台。',
        strong('城乡居民医保费现在不在这里缴纳'),
        `，请改用下面的渠道（${channels.year}年度通知列出的）：`,
      ),
      list(channelItems(channels.value)),
    ],
    facts: channels.value.map((c) => ({ kind: 'channel' as const, role: 'channel', name: c.name })),
    caveats: [],
    references: [channels.reference],
  });
}

/** The hotlines, or a line saying none are included (the printed checklist always has the heading). */
export function hotlinesOrNote(snapshot: AnswerSnapshot): Message<'hotlines'> {
  return hotlinesMessage(snapshot) ?? noteMessage('hotlines', '咨询电话尚未收录。');
}
