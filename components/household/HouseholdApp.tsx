/**
 * The household page: add people, see the plan, switch reminders on, print the checklist, download the calendar,
 * export and import the list, delete everything. The list lives in this browser only (household/store.ts).
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { householdCalendar } from '@/household/calendar';
import { reminderTextZh } from '@/household/wording';
import { dateZh } from '@/utils/format-zh';
import { HOUSEHOLD_CHANGED_MESSAGE, parseHousehold, randomId, type Household, type Person } from '@/household/model';
import { answerSnapshot } from '@/answers/snapshot';
import { enrolmentMessage } from '@/answers/enrolment';
import { householdPlan } from '@/household/plan';
import { MessageView } from '../message-view';
import { reminderSchedule } from '@/household/reminders';
import { deleteHouseholdData, dropSetAside, loadHousehold, saveHousehold, type SetAside } from '@/household/store';
import { valueOn } from '@/policy/parameter-lookup';
import { beijingTime } from '@/policy/beijing-time';
import { PackOriginNotice } from '../imported-pack-notice';
import { useActivePolicy } from '../use-active-policy';
import { AddPerson } from './AddPerson';
import { HouseholdChecklist } from './HouseholdChecklist';
import { PlanView } from './PlanView';

function download(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

const notify = () => browser.runtime.sendMessage(HOUSEHOLD_CHANGED_MESSAGE).catch(() => {});

export function HouseholdApp({ noticeReaderUrl }: { noticeReaderUrl?: string }) {
  const policy = useActivePolicy();
  const [now, setNow] = useState(Date.now());
  const [household, setHousehold] = useState<Household>();
  const [setAside, setSetAside] = useState<SetAside[]>([]);
  const [message, setMessage] = useState<string>();
  const [confirmDelete, setConfirmDelete] = useState(false);

  useEffect(() => {
    loadHousehold()
      .then((loaded) => {
        setHousehold(loaded.household);
        setSetAside(loaded.setAside);
      })
      .catch(() => setMessage('本机的存储打不开，家庭名单暂时无法保存。'));
    const timer = setInterval(() => setNow(Date.now()), 60_000);
    return () => clearInterval(timer);
  }, []);

  // The same answer snapshot the panel and popup answer from: the plan and the 年度 answer shown above it.
  const snapshot = useMemo(
    () => policy && answerSnapshot({ book: policy.book, origin: policy.origin }, now),
    [policy, now],
  );
  const plan = useMemo(() => snapshot && household && householdPlan(household, snapshot), [snapshot, household]);
  useEffect(() => {
    if (plan) document.documentElement.dataset.ready = 'true';
  }, [plan]);

  const save = async (next: Household, done?: string) => {
    try {
      await saveHousehold(next);
      setHousehold(next);
      setMessage(done);
      await notify();
    } catch (error) {
      setMessage(`没有保存：${error instanceof Error ? error.message : String(error)}`);
    }
  };

  if (!policy || !household || !plan || !snapshot) return <p>{message ?? '正在读取…'}</p>;

  const hotlineValue = valueOn(policy.book.parameters.hotlines, beijingTime(now).date)?.value ?? [];
  const hotlines = hotlineValue.map((h) => `${h.number}（${h.for}）`).join('　') || '咨询电话尚未收录';

  const add = (person: Omit<Person, 'id' | 'paidYears'>) =>
    save(
      { ...household, people: [...household.people, { ...person, id: randomId(), paidYears: [] }] },
      `已添加“${person.label}”。`,
    );
  const change = (person: Person) =>
    save({ ...household, people: household.people.map((p) => (p.id === person.id ? person : p)) });
  const remove = (person: Person) =>
    save({ ...household, people: household.people.filter((p) => p.id !== person.id) }, `已删除“${person.label}”。`);

  // Firefox grants an optional permission only from the click itself: request before any await.
  const toggleNotifications = () => {
    if (household.notifications) {
      void browser.permissions.remove({ permissions: ['notifications'] }).catch(() => {});
      void save({ ...household, notifications: false }, '浏览器提醒已关闭。');
      return;
    }
    browser.permissions
      .request({ permissions: ['notifications'] })
      .then((granted) =>
        granted
          ? save({ ...household, notifications: true }, '浏览器提醒已开启：截止前7天、前1天和每月第一个缴费日提醒。')
          : setMessage('没有得到通知权限，浏览器提醒未开启。'),
      )
      .catch(() => setMessage('没有得到通知权限，浏览器提醒未开启。'));
  };

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    let raw: unknown;
    try {
      raw = JSON.parse(await file.text());
    } catch {
      setMessage('导入失败：文件不是本助手导出的家庭名单（无法读取）。原来的名单没有改动。');
      return;
    }
    const parsed = parseHousehold(raw);
    if (!parsed.ok) {
      setMessage(`导入失败：${parsed.reason}。原来的名单没有改动。`);
      return;
    }
    await save(parsed.household, `已导入${parsed.household.people.length}人的家庭名单。`);
  };

  const deleteAll = async () => {
    await deleteHouseholdData();
    setHousehold({ ...household, people: [], notifications: false });
    setSetAside([]);
    setConfirmDelete(false);
    setMessage('本机保存的家庭信息已全部删除。');
    await notify();
  };

  return (
    <>
      <main class="household" lang="zh-CN">
        <h1>家庭缴费计划</h1>
        <p class="hint">
          请把本扩展的图标固定到浏览器工具栏（点工具栏上的拼图图标，再点“医保缴费助手·北京”旁的图钉），
          否则看不到截止日倒计时。
        </p>
        <PackOriginNotice origin={policy.origin} />
        {setAside.length > 0 && (
          <div class="set-aside" role="alert">
            <p>之前保存的家庭名单无法读取（{setAside.at(-1)?.reason}），已原样另存，不会被覆盖。</p>
            <button
              type="button"
              onClick={() =>
                download(
                  'yibao-household-unreadable.json',
                  JSON.stringify(
                    setAside.map((s) => s.value),
                    null,
                    2,
                  ),
                  'application/json',
                )
              }
            >
              导出无法读取的原始记录
            </button>
            <button type="button" onClick={() => dropSetAside().then(() => setSetAside([]))}>
              删除这份记录
            </button>
          </div>
        )}
        <AddPerson onAdd={add} />
        <p class="message" role="status" aria-live="polite">
          {message}
        </p>
        <section aria-labelledby="year-heading" class="year-answer">
          <h2 id="year-heading">这一年度（与官方页面旁的提示相同）</h2>
          <MessageView message={enrolmentMessage(snapshot, { calendarCaveats: true })} />
        </section>
        <PlanView plan={plan} noticeReaderUrl={noticeReaderUrl} onChange={change} onRemove={remove} />
        <section aria-labelledby="reminders-heading">
          <h2 id="reminders-heading">提醒</h2>
          <div class="actions-row">
            <button
              type="button"
              onClick={() => download('家庭医保缴费.ics', householdCalendar(plan), 'text/calendar')}
            >
              下载日历（截止前7天、前1天提醒）
            </button>
            <button type="button" aria-pressed={household.notifications} onClick={toggleNotifications}>
              浏览器提醒
            </button>
          </div>
          <ul class="reminders" aria-label="接下来的提醒">
            {reminderSchedule(plan, policy.book).map((r) => (
              <li key={r.id} data-reminder={r.id}>
                {dateZh(r.date)} 9:00：{reminderTextZh(r).message}
              </li>
            ))}
          </ul>
          <p class="hint">日历文件可以导入手机日历；浏览器提醒只在这台电脑的浏览器开着时出现，不联网。</p>
        </section>
        <section aria-labelledby="whole-heading">
          <h2 id="whole-heading">打印、换电脑</h2>
          <div class="actions-row">
            <button type="button" onClick={() => print()}>
              打印家庭清单
            </button>
            <button
              type="button"
              onClick={() => download('yibao-household.json', JSON.stringify(household, null, 2), 'application/json')}
            >
              导出家庭名单
            </button>
            <label class="file">
              导入家庭名单
              <input
                type="file"
                accept="application/json,.json"
                onChange={(e) => {
                  void importFile(e.currentTarget.files?.[0]);
                  e.currentTarget.value = '';
                }}
              />
            </label>
          </div>
        </section>
        <section aria-labelledby="privacy-heading">
          <h2 id="privacy-heading">隐私</h2>
          <p>
            这里保存的称呼、类别、缴费方式和“已缴”勾选是您家人的个人信息，只保存在这台电脑的这个浏览器里，不联网、不上传。
          </p>
          {confirmDelete ? (
            <button type="button" class="danger" onClick={deleteAll}>
              确定删除全部家庭信息
            </button>
          ) : (
            <button type="button" onClick={() => setConfirmDelete(true)}>
              删除本机保存的全部家庭信息
            </button>
          )}
        </section>
      </main>
      <HouseholdChecklist plan={plan} hotlines={hotlines} />
    </>
  );
}
