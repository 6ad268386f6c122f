/**
 * The notices the user saved from official notice pages (issue 18.3): what each one sets, where from, the
 * differences between two notices of one 年度, stored notices that were set aside, and 删除.
 */
import { layerFieldLabels, layerFields, type LayerDifference, type NoticeLayer } from '@/policy/layers';
import { confidenceZh } from '@/utils/format-zh';
import type { SavedNotices as Saved } from '@/utils/notice-layers';
import { NOTICE_LIST_URL } from '@/utils/official-sites';

interface Props {
  notices: Saved;
  onRemove(url: string): void;
}

export function SavedNotices({ notices, onRemove }: Props) {
  const { layers, setAside, differences } = notices;
  return (
    <section aria-labelledby="saved-notices-title" data-section="saved-notices">
      <h2 id="saved-notices-title">从官方通知保存的数据</h2>
      {layers.length === 0 && setAside.length === 0 && (
        <p>
          还没有保存通知。缺少某个年度的信息时，可以打开
          <a href={NOTICE_LIST_URL} target="_blank" rel="noopener">
            北京市医保局通知公告
          </a>
          里这个年度的参保缴费通知，在页面旁的本助手提示里点“保存到本助手”。
        </p>
      )}
      <ul class="saved-notices">
        {layers.map((layer) => (
          <SavedNotice key={layer.url} layer={layer} onRemove={onRemove} />
        ))}
      </ul>
      {differences.length > 0 && (
        <div class="caveat" data-notice="differences">
          <p>同一年度的通知有不同之处，按较新发布的通知显示：</p>
          <ul>
            {differences.map((d) => (
              <li key={`${d.year}-${d.field}-${d.newer.url}`}>{differenceZh(d)}</li>
            ))}
          </ul>
        </div>
      )}
      {setAside.map(({ url, reason }) => (
        <p key={url} class="problems" data-notice="set-aside">
          {reason}：{url}{' '}
          <button type="button" onClick={() => onRemove(url)}>
            删除
          </button>
        </p>
      ))}
    </section>
  );
}

function SavedNotice({ layer, onRemove }: { layer: NoticeLayer; onRemove(url: string): void }) {
  const fields = layerFields.filter((field) => layer.values[field] !== undefined);
  return (
    <li data-notice-url={layer.url}>
      <p>
        <strong>{layer.year}年度</strong>：{layer.publisher} {layer.published} 《{layer.title}》（
        {confidenceZh['official-local']}）
      </p>
      <p>
        提供：{fields.map((field) => layerFieldLabels[field]).join('、')}。网址：{layer.url}
      </p>
      <button type="button" onClick={() => onRemove(layer.url)}>
        删除这份通知（{layer.year}年度）
      </button>
    </li>
  );
}

function differenceZh({ year, field, older, newer }: LayerDifference): string {
  return `${year}年度${layerFieldLabels[field]}：《${older.title}》（${older.published}）为 ${show(older.value)}，《${newer.title}》（${newer.published}）为 ${show(newer.value)}`;
}

function show(value: unknown): string {
  if (value && typeof value === 'object' && 'start' in value && 'end' in value)
    return `${(value as { start: string }).start}至${(value as { end: string }).end}`;
  return JSON.stringify(value);
}
