/**
 * The deadline calendar file: the answers layer's calendar messages (answers/calendar.ts) as all-day `.ics`
 * events, each naming its sources. Made locally; nothing is fetched. Words nothing itself.
 */
import { calendarMessages } from '@/answers/calendar';
import { bodyText, type Message } from '@/answers/message';
import { answerSnapshot, type ActiveBook } from '@/answers/snapshot';
import { sourceLineZh } from './format-zh';
import { toIcs, type AllDayEvent } from './ics';

function event(message: Message & { deadline: NonNullable<Message['deadline']> }): AllDayEvent {
  return {
    uid: `${message.id}@yibao-helper.invalid`,
    date: message.deadline.date,
    summary: message.headline,
    description: [
      bodyText(message),
      ...message.caveats.map((c) => `注意：${c}`),
      ...message.references.map(sourceLineZh),
      '以官方通知为准。本日历由“医保缴费助手·北京”在本机生成。',
    ]
      .filter(Boolean)
      .join('\n'),
    url: message.references[0]?.url,
  };
}

export function deadlineEvents(now: number, active: ActiveBook): AllDayEvent[] {
  return calendarMessages(answerSnapshot(active, now))
    .filter((m): m is Message & { deadline: NonNullable<Message['deadline']> } => !!m.deadline)
    .map(event)
    .sort((a, b) => a.date.localeCompare(b.date) || a.uid.localeCompare(b.uid));
}

export function deadlineCalendar(now: number, active: ActiveBook): string {
  return toIcs('医保缴费日程（北京）', deadlineEvents(now, active), now);
}
