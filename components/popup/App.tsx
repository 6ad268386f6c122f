import { useEffect, useState } from 'preact/hooks';
import { loadSettings, saveSettings } from '#platform';
import { defaultPanelSettings, type PanelSettings } from '@/utils/panel-settings';
import { ContactsSection } from './ContactsSection';
import { PayOnDateSection } from './PayOnDateSection';
import { StandardsSection } from './StandardsSection';
import { TodaySection } from './TodaySection';
import { useActivePolicy } from './use-active-policy';

export function App({ now, optionsUrl }: { now: number; optionsUrl?: string }) {
  const policy = useActivePolicy();
  const [settings, setSettings] = useState<PanelSettings>(defaultPanelSettings);
  useEffect(() => void loadSettings().then(setSettings).catch(() => {}), []);
  const toggleLargeText = () => {
    const next = { ...settings, largeText: !settings.largeText };
    setSettings(next);
    saveSettings(next).catch(() => {});
  };

  return (
    <main lang="zh-CN" class={settings.largeText ? 'large' : undefined}>
      <header>
        <h1>医保缴费助手·北京</h1>
        <button type="button" aria-pressed={settings.largeText} onClick={toggleLargeText}>
          大字
        </button>
      </header>
      {!policy && <p>正在读取政策数据…</p>}
      {policy && (
        <>
          {policy.cache === 'unavailable' && (
            <p class="caveat" data-cache="unavailable">
              {policy.reason}，正在使用扩展自带的数据。
            </p>
          )}
          <TodaySection now={now} book={policy.book} />
          <StandardsSection now={now} book={policy.book} />
          <PayOnDateSection now={now} book={policy.book} />
          <ContactsSection now={now} book={policy.book} />
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
