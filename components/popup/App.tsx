import { useEffect, useMemo, useState } from 'preact/hooks';
import { loadSettings, saveSettings } from '#platform';
import { answerSnapshot } from '@/answers/snapshot';
import { dataDateMessage, outOfDateMessage } from '@/answers/data-date';
import { dateZh } from '@/utils/format-zh';
import { MessageView } from '../message-view';
import { defaultPanelSettings, type PanelSettings } from '@/utils/panel-settings';
import { ContactsSection } from './ContactsSection';
import { HostAccessNotice } from './HostAccessNotice';
import { PayOnDateSection } from './PayOnDateSection';
import { PlanAheadSection } from './PlanAheadSection';
import { ReportSection } from './ReportSection';
import { selectableYears, StandardsSection, type Selection } from './StandardsSection';
import { TodaySection } from './TodaySection';
import { PackOriginNotice } from '../imported-pack-notice';
import { useActivePolicy } from '../use-active-policy';

interface Props {
  now: number;
  optionsUrl?: string;
  checklistUrl?: string;
  householdUrl?: string;
  /** In the extension: say when the browser withholds access to official sites. */
  withHostAccess?: boolean;
}

export function App({ now, optionsUrl, checklistUrl, householdUrl, withHostAccess }: Props) {
  const policy = useActivePolicy();
  const [settings, setSettings] = useState<PanelSettings>(defaultPanelSettings);
  const [chosen, setChosen] = useState<Selection>();
  useEffect(
    () =>
      void loadSettings()
        .then(setSettings)
        .catch(() => {}),
    [],
  );
  // Marks the first painted answer, for `npm run bench` (a User Timing entry: local, never sent anywhere).
  useEffect(() => {
    if (policy) requestAnimationFrame(() => performance.mark('yibao:first-answer'));
  }, [!policy]);
  const toggleLargeText = () => {
    const next = { ...settings, largeText: !settings.largeText };
    setSettings(next);
    saveSettings(next).catch(() => {});
  };
  // One snapshot of the book in force for every answer the popup shows.
  const snapshot = useMemo(
    () => policy && answerSnapshot({ book: policy.book, origin: policy.origin }, now),
    [policy, now],
  );
  const likely = snapshot?.likely.year;
  const selection: Selection = chosen ?? { year: likely ?? 0, category: 'elderly' };
  const dataDate = snapshot && dataDateMessage(snapshot);
  const outOfDate = snapshot && outOfDateMessage(snapshot);

  return (
    <main lang="zh-CN" class={settings.largeText ? 'large' : undefined}>
      <header>
        <h1>医保缴费助手·北京</h1>
        <button type="button" aria-pressed={settings.largeText} onClick={toggleLargeText}>
          大字
        </button>
      </header>
      {withHostAccess && <HostAccessNotice />}
      {householdUrl && (
        <button type="button" class="household-button" onClick={() => window.open(householdUrl, '_blank')}>
          家庭缴费计划
        </button>
      )}
      <PackOriginNotice origin={policy?.origin} />
      {!policy && <p>正在读取政策数据…</p>}
      {policy && snapshot && likely && (
        <>
          {policy.cache === 'unavailable' && (
            <p class="caveat" data-cache="unavailable">
              {policy.reason}，正在使用扩展自带的数据。
            </p>
          )}
          <TodaySection snapshot={snapshot} />
          <StandardsSection
            book={policy.book}
            years={selectableYears(policy.book, likely)}
            selection={selection}
            onSelect={setChosen}
          />
          <PayOnDateSection now={now} active={snapshot} />
          <ContactsSection snapshot={snapshot} />
          <PlanAheadSection snapshot={snapshot} selection={selection} checklistUrl={checklistUrl} />
          {outOfDate && (
            <div class="caveat" data-answer={outOfDate.id}>
              <MessageView message={outOfDate} />
            </div>
          )}
          <ReportSection dataDate={dataDate?.headline ?? ''} beijingDate={dateZh(snapshot.today)} />
          <footer>
            <span data-data-date>{dataDate?.headline}</span>
            {optionsUrl && (
              <>
                {' · '}
                <a href={optionsUrl} target="_blank" rel="noopener">
                  管理政策数据
                </a>
              </>
            )}
          </footer>
        </>
      )}
    </main>
  );
}
