import { sourceLineZh } from '@/utils/format-zh';
import type { PanelSettings } from '@/utils/panel-settings';
import type { RenderedTip } from '../tips';

export type PanelSide = 'right' | 'left';

const bodyId = 'yibao-helper-body';

interface Props {
  tips: RenderedTip[];
  settings: PanelSettings;
  side: PanelSide;
  onSettings(settings: PanelSettings): void;
}

export function Panel({ tips, settings, side, onSettings }: Props) {
  const { collapsed, largeText } = settings;
  return (
    <aside
      class={`panel side-${side}${largeText ? ' large' : ''}${collapsed ? ' collapsed' : ''}`}
      lang="zh-CN"
      aria-label="医保缴费助手"
    >
      <header>
        <h2>医保缴费助手</h2>
        <div class="actions">
          {!collapsed && (
            <button type="button" aria-pressed={largeText} onClick={() => onSettings({ ...settings, largeText: !largeText })}>
              大字
            </button>
          )}
          <button
            type="button"
            class="toggle"
            aria-expanded={!collapsed}
            aria-controls={bodyId}
            onClick={() => onSettings({ ...settings, collapsed: !collapsed })}
          >
            {collapsed ? `展开（${tips.length}条提示）` : '收起'}
          </button>
        </div>
      </header>
      <div id={bodyId} class="body" hidden={collapsed} aria-live="polite">
        {tips.map((tip) => (
          <section key={tip.id} data-tip={tip.id} aria-labelledby={`tip-${tip.id}`}>
            <h3 id={`tip-${tip.id}`}>{tip.title}</h3>
            <div class="content">{tip.body}</div>
            {tip.caveats?.map((caveat) => (
              <p class="caveat" key={caveat}>
                ⚠ {caveat}
              </p>
            ))}
            {tip.references.map((reference) => (
              <p class="source" key={reference.url}>
                {sourceLineZh(reference)}
              </p>
            ))}
          </section>
        ))}
        <p class="disclaimer">本助手只提供提示，不会填写或提交表单，也不收集任何信息。</p>
      </div>
    </aside>
  );
}
