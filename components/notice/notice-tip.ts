/**
 * The notice-reader tip (`data-tip="notice-reader"`): what the reader found on this notice page, each value beside
 * the sentence it came from, what it did not find, and 保存到本助手. Built with the DOM API and textContent only:
 * the page's text is never parsed as markup.
 */
import type { Found, NoticeReading, ReadField } from '@/notice-reader';
import { categories, categoryLabels, type Category } from '@/policy/parameters/standards';
import { layerFieldLabels } from '@/policy/layers';
import { element as el } from '@/components/panel/markup';
import { dateZh } from '@/utils/format-zh';
import type { SaveNoticeResult } from '@/utils/notice-save';

export const NOTICE_TIP_ID = 'notice-reader';

export interface NoticeTipActions {
  save(): Promise<SaveNoticeResult>;
  /** Userscript only: the extension removes saved notices on its options page. */
  remove?(): Promise<void>;
}

const FIELD_LABELS: Record<string, string> = {
  year: '年度',
  periodStart: '集中参保期开始日',
  periodEnd: '集中参保期结束日',
  benefitsStart: '待遇开始日',
  waitingMonths: '集中参保期后参保的待遇等待期',
  batchDebitDays: '公布的批量扣款日',
  hotlines: '咨询电话',
  published: '发布日期',
  publishers: '发布单位',
};

export function readFieldLabel(field: ReadField | string): string {
  const [kind, category] = field.split('.') as [string, Category | undefined];
  if (category && categoryLabels[category]) {
    const what = kind === 'individual' ? '个人缴费' : kind === 'subsidy' ? '财政补助' : '合计';
    return `${categoryLabels[category]}${what}`;
  }
  return FIELD_LABELS[field] ?? field;
}

/** One read value: what it is, the value, and the sentence it was read from. */
function valueItem(label: string, value: string, evidence: string, field: string): HTMLElement {
  return el(
    'li',
    { 'data-field': field },
    el('strong', {}, `${label}：`),
    value,
    el('blockquote', { class: 'evidence' }, `原文：${evidence}`),
  );
}

function amountItems(kind: 'individual' | 'subsidy', figures: NoticeReading['individual']): HTMLElement[] {
  const what = kind === 'individual' ? '个人缴费' : '财政补助';
  return categories.flatMap((category) => {
    const found = figures[category];
    return found
      ? [
          valueItem(
            `${categoryLabels[category]}${what}`,
            `${found.value}元/人·年`,
            found.evidence,
            `${kind}.${category}`,
          ),
        ]
      : [];
  });
}

function readItems(reading: NoticeReading): HTMLElement[] {
  const items: HTMLElement[] = [];
  const date = (label: string, found: Found<string> | undefined, field: string) => {
    if (found) items.push(valueItem(label, dateZh(found.value), found.evidence, field));
  };
  if (reading.year) items.push(valueItem('年度', `${reading.year.value}年度`, reading.year.evidence, 'year'));
  date('集中参保期开始', reading.periodStart, 'periodStart');
  date(reading.periodExtended ? '集中参保期结束（延长后）' : '集中参保期结束', reading.periodEnd, 'periodEnd');
  date('待遇开始', reading.benefitsStart, 'benefitsStart');
  if (reading.waitingMonths)
    items.push(
      valueItem(
        '集中参保期后参保的待遇等待期',
        `${reading.waitingMonths.value}个月`,
        reading.waitingMonths.evidence,
        'waitingMonths',
      ),
    );
  items.push(...amountItems('individual', reading.individual), ...amountItems('subsidy', reading.subsidy));
  for (const { value, evidence } of reading.batchDebitDays) {
    const days = value.spans.map((s) => (s.from === s.to ? `${s.from}日` : `${s.from}日至${s.to}日`)).join('、');
    items.push(valueItem('批量扣款日', `${value.year}年${value.month}月${days}`, evidence, 'batchDebitDays'));
  }
  for (const { value, evidence } of reading.hotlines)
    items.push(valueItem('咨询电话（只显示，不保存）', `${value.number}（${value.purpose}）`, evidence, 'hotlines'));
  date('发布日期', reading.published, 'published');
  return items;
}

/** The tip's content; `actions` is undefined when the page cannot be saved at all. */
export function noticeTipBody(reading: NoticeReading, actions: NoticeTipActions): HTMLElement {
  const root = el('div', { class: 'notice-reader' });
  const year = reading.year?.value;
  root.append(
    el(
      'p',
      {},
      `这是${year ?? ''}年度城乡居民医保参保缴费的官方通知。下面是本助手在本页读到的内容（只在您的电脑上读取，不联网），每项后面是它所在的原文句子，请核对。`,
    ),
  );
  const status = el('p', { role: 'status', class: 'save-status' });
  if (reading.conflicts.length)
    root.append(
      el('p', { class: 'conflicts' }, el('strong', {}, '这份通知里的数字互相矛盾，不能保存：')),
      el(
        'ul',
        { class: 'conflicts' },
        ...reading.conflicts.map((c) =>
          el(
            'li',
            {},
            c.message,
            ...[...new Set(c.values.map((v) => v.evidence))].map((evidence) =>
              el('blockquote', { class: 'evidence' }, `原文：${evidence}`),
            ),
          ),
        ),
      ),
    );
  else root.append(...saveBlock(reading, actions, status));
  const read = readItems(reading);
  if (read.length) root.append(el('ul', { class: 'read-values' }, ...read));
  if (reading.notFound.length) {
    const attachment = reading.mentionsAttachmentOrImage ? '（正文提到附件或图解，其中的内容本助手不读取）' : '';
    root.append(
      el('p', { class: 'not-found' }, `没有找到${attachment}：${reading.notFound.map(readFieldLabel).join('、')}。`),
    );
  } else root.append(el('p', { class: 'not-found' }, '要读的各项都找到了。'));
  const context = reading.context.filter((c) => typeof c.value === 'number').slice(0, 6);
  if (context.length)
    root.append(
      el('p', {}, '以下数字是往年的或变化幅度，只作参考，不保存：'),
      el('ul', { class: 'context' }, ...context.map((c) => el('li', {}, `${c.value}元 — 原文：${c.evidence}`))),
    );
  return root;
}

/** 保存到本助手 (and, for the userscript, 删除), with the line that says what happened. */
function saveBlock(reading: NoticeReading, actions: NoticeTipActions, status: HTMLElement): HTMLElement[] {
  const year = reading.year?.value;
  const save = el('button', { type: 'button', class: 'save' }, '保存到本助手');
  save.addEventListener('click', () => {
    save.disabled = true;
    status.textContent = '正在保存…';
    actions
      .save()
      .then((result) => showResult(status, result))
      .catch(() => {
        status.textContent = '保存失败，原有数据未改变。';
      })
      .finally(() => {
        save.disabled = false;
      });
  });
  const buttons = el('p', { class: 'notice-actions' }, save);
  if (actions.remove) {
    const remove = el('button', { type: 'button', class: 'remove' }, '从本助手删除这份通知');
    const doRemove = actions.remove;
    remove.addEventListener('click', () => {
      doRemove().then(
        () => {
          status.textContent = '已删除。';
        },
        () => {
          status.textContent = '删除失败。';
        },
      );
    });
    buttons.append(remove);
  }
  return [
    el(
      'p',
      {},
      `保存后，本助手在缴费页面、弹出窗口、清单和日历里按这份通知显示${year ?? ''}年度的时间和金额，并注明来源。`,
    ),
    buttons,
    status,
  ];
}

function showResult(status: HTMLElement, result: SaveNoticeResult): void {
  if (!result.ok) {
    status.textContent = `没有保存：${result.reasons.join('；')}`;
    return;
  }
  const changed = result.differences.map(
    (d) => `${layerFieldLabels[d.field]}按${d.newer.published || '较新'}发布的《${d.newer.title}》更新`,
  );
  status.textContent = [
    `已保存${result.year}年度的通知${result.replaced ? '（替换了之前保存的同一页面）' : ''}。`,
    ...changed,
  ].join(' ');
}
