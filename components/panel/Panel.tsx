import { sourceLineZh } from '@/utils/format-zh';
import type { PanelSettings } from '@/utils/panel-settings';
import type { RenderedTip } from '../tips';
import type { Placement } from './placement';

const bodyId = 'yibao-helper-body';

interface Props {
  tips: RenderedTip[];
  settings: PanelSettings;
  placement: Placement;
  /** Collapsed for now only, because no corner leaves the focused field free; not remembered. */
  shrunk: boolean;
  /** Read out by screen readers when tips appear. */
  announcement: string;
  onSettings(settings: PanelSettings): void;
}

export function Panel({ tips, settings, placement, shrunk, announcement, onSettings }: Props) {
  const { largeText } = settings;
  const collapsed = settings.collapsed || shrunk;
  const classes = ['panel', `side-${placement.side}`, `edge-${placement.edge}`, largeText && 'large', collapsed && 'collapsed'];
  const toggle = () => onSettings({ ...settings, collapsed: !collapsed });
  return (
    <aside
      class={classes.filter(Boolean).join(' ')}
      lang="zh-CN"
      aria-label="医保缴费助手"
      onKeyDown={(event) => {
        if (event.key === 'Escape' && !collapsed) toggle();
      }}
    >
      <header>
        <h2>医保缴费助手</h2>
        <div class="actions">
          {!collapsed && (
            <button type="button" aria-pressed={largeText} onClick={() => onSettings({ ...settings, largeText: !largeText })}>
              大字
            </button>
          )}
          <button type="button" class="toggle" aria-expanded={!collapsed} aria-controls={bodyId} onClick={toggle}>
            {collapsed ? `展开（${tips.length}条提示）` : '收起'}
          </button>
        </div>
      </header>
      <p class="visually-hidden" role="status">
        {announcement}
      </p>
      {/* Focusable so the keyboard can scroll it when the tips are longer than the screen. */}
      <div id={bodyId} class="body" hidden={collapsed} tabIndex={0} role="region" aria-label="提示内容">
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
        <p class="disclaimer">本助手只提供提示，不会填写或提交表单，也不收集任何信息。按 Esc 可收起。</p>
      </div>
    </aside>
  );
}
