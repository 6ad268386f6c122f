import type { AnswerSnapshot } from '@/answers/snapshot';
import { deadlineCalendar } from '@/utils/deadline-calendar';
import type { Selection } from './StandardsSection';

/** Saves a file made in the page (a blob: URL, no network). */
function saveFile(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Plan ahead offline: a calendar file of the coming deadlines and a printable checklist for helpers. */
export function PlanAheadSection({
  snapshot,
  selection,
  checklistUrl,
}: {
  snapshot: AnswerSnapshot;
  selection: Selection;
  checklistUrl?: string;
}) {
  const query = new URLSearchParams({ year: String(selection.year), category: selection.category });
  return (
    <section aria-labelledby="plan-title">
      <h2 id="plan-title">提前安排</h2>
      <p class="actions-row">
        <button
          type="button"
          onClick={() =>
            saveFile('yibao-deadlines.ics', 'text/calendar;charset=utf-8', deadlineCalendar(snapshot.now, snapshot))
          }
        >
          下载日历文件（.ics）
        </button>
        {checklistUrl && (
          <a class="button" href={`${checklistUrl}?${query}`} target="_blank" rel="noopener">
            打印帮办清单
          </a>
        )}
      </p>
      <p class="source">
        日历包括：集中参保期截止日和期内自行缴费的最后机会、今后三个月的可缴费日、银行批量扣款日和个人账户扣费日。文件在本机生成，不联网。
      </p>
    </section>
  );
}
