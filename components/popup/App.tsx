import { useEffect, useState } from 'preact/hooks';
import { loadSettings, saveSettings } from '#platform';
import { likelyPaymentYear, paymentYear } from '@/policy';
import { defaultPanelSettings, type PanelSettings } from '@/utils/panel-settings';
import { ContactsSection } from './ContactsSection';
import { PayOnDateSection } from './PayOnDateSection';
import { PlanAheadSection } from './PlanAheadSection';
import { selectableYears, StandardsSection, type Selection } from './StandardsSection';
import { TodaySection } from './TodaySection';
import { ImportedPackNotice } from '../imported-pack-notice';
import { FillGap, yearMissing } from '../notice/fill-gap';
import { useActivePolicy } from '../use-active-policy';

interface Props {
  now: number;
  optionsUrl?: string;
  checklistUrl?: string;
}

export function App({ now, optionsUrl, checklistUrl }: Props) {
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
  const likely = policy && likelyPaymentYear(paymentYear(now, policy.book)).year;
  const selection: Selection = chosen ?? { year: likely ?? 0, category: 'elderly' };

  return (
    <main lang="zh-CN" class={settings.largeText ? 'large' : undefined}>
      <header>
        <h1>医保缴费助手·北京</h1>
        <button type="button" aria-pressed={settings.largeText} onClick={toggleLargeText}>
          大字
        </button>
      </header>
      {policy?.origin === 'imported' && <ImportedPackNotice />}
      {!policy && <p>正在读取政策数据…</p>}
      {policy && likely && (
        <>
          {policy.cache === 'unavailable' && (
            <p class="caveat" data-cache="unavailable">
              {policy.reason}，正在使用扩展自带的数据。
            </p>
          )}
          <TodaySection now={now} book={policy.book} />
          {yearMissing(policy.book, likely) && <FillGap year={likely} />}
          <StandardsSection
            book={policy.book}
            years={selectableYears(policy.book, likely)}
            selection={selection}
            onSelect={setChosen}
          />
          <PayOnDateSection now={now} book={policy.book} />
          <ContactsSection now={now} book={policy.book} />
          <PlanAheadSection now={now} book={policy.book} selection={selection} checklistUrl={checklistUrl} />
          <footer>
            数据版本 {policy.book.version}（{policy.origin === 'imported' ? '导入' : '扩展自带'}）
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
