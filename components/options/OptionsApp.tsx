import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ignoredFieldsZh } from '@/policy/pack-trust';
import { confidenceZh } from '@/utils/format-zh';
import {
  activePolicy,
  importPack,
  PACK_CHANGED_MESSAGE,
  PolicyCache,
  resetToBundled,
  type ActivePolicy,
  type ImportResult,
} from '@/utils/policy-cache';
import { bookCoverage } from '@/utils/book-coverage';
import { ImportedPackNotice } from '../imported-pack-notice';
import { SavedNotices } from './SavedNotices';
import './options.css';

type NotImported = Exclude<ImportResult, { ok: true }>;
type Pending = { text: string; result: NotImported } | undefined;

/** The background republishes the pack in force for content scripts; a failure there never blocks this page. */
const announcePackChanged = () => browser.runtime.sendMessage(PACK_CHANGED_MESSAGE).catch(() => {});

export function OptionsApp() {
  const [db] = useState(() => new PolicyCache());
  const [policy, setPolicy] = useState<ActivePolicy>();
  const [pending, setPending] = useState<Pending>();
  const [message, setMessage] = useState<string[]>();
  const refresh = () => activePolicy(db).then(setPolicy);
  useEffect(() => void refresh(), []);

  const runImport = async (text: string, confirmed: boolean) => {
    const result = await importPack(db, text, { confirmed });
    setPending(result.ok ? undefined : { text, result });
    if (result.ok) {
      const ignored = ignoredFieldsZh(result.ignored);
      setMessage([`已导入政策数据包，版本 ${result.version}。`, ...(ignored ? [ignored] : [])]);
      announcePackChanged();
    } else setMessage(undefined);
    await refresh();
  };

  const onFile = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (file) await runImport(await file.text(), false);
  };

  return (
    <main lang="zh-CN" class="options">
      <h1>政策数据</h1>
      {policy && <ActivePack policy={policy} />}

      <section aria-labelledby="import-title">
        <h2 id="import-title">导入政策数据包</h2>
        <p>数据包只含数据（JSON），导入前会整体检查；有任何问题都不会导入，当前数据保持不变。</p>
        <label class="file">
          选择政策数据包文件（JSON）
          <input type="file" accept=".json,application/json" onChange={onFile} />
        </label>
        {message && (
          <div role="status" class="ok">
            {message.map((line, i) => (
              <p key={line} class={i > 0 ? 'caveat' : undefined}>
                {line}
              </p>
            ))}
          </div>
        )}
        {pending && 'needsConfirmation' in pending.result && (
          <ConfirmImport
            result={pending.result}
            onConfirm={() => runImport(pending.text, true)}
            onCancel={() => setPending(undefined)}
          />
        )}
        {pending && 'problems' in pending.result && (
          <div role="alert" class="problems">
            <p>没有导入，当前数据保持不变。问题如下：</p>
            <ul>
              {pending.result.problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          </div>
        )}
      </section>

      {policy && (
        <SavedNotices
          notices={policy.notices}
          onRemove={async (url) => {
            await db.layers.delete(url);
            setMessage(['已删除这份保存的通知。']);
            announcePackChanged();
            await refresh();
          }}
        />
      )}

      <section aria-labelledby="reset-title">
        <h2 id="reset-title">恢复内置数据</h2>
        <button
          type="button"
          onClick={async () => {
            await resetToBundled(db);
            setPending(undefined);
            setMessage(['已恢复为扩展自带的政策数据。']);
            announcePackChanged();
            await refresh();
          }}
        >
          恢复为内置数据
        </button>
      </section>
    </main>
  );
}

/** Every import is asked first, in plain words: where the file comes from and what of it is used. */
function ConfirmImport({
  result,
  onConfirm,
  onCancel,
}: {
  result: Extract<NotImported, { needsConfirmation: true }>;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  return (
    <section class="confirm" data-confirm="import" aria-labelledby="confirm-title">
      <p id="confirm-title">
        <strong>导入前请确认（版本 {result.version}）</strong>
      </p>
      <ul>
        <li>这个文件不是本助手发布的，内容未经本助手核实。</li>
        <li>
          里面的金额、日期等数字没有经过核对，可能是错的；导入后，弹出窗口和帮办清单会标明“导入的数据包（未经核实）”。
        </li>
        <li>文件里的电话号码、缴费渠道和网址不会被使用，仍用本助手自带的。</li>
        {result.notNewerThan && (
          <li>
            这个数据包的版本（{result.version}）不比当前使用的（{result.notNewerThan}）新，会替换掉当前的数据。
          </li>
        )}
      </ul>
      <p class="actions-row">
        <button type="button" onClick={onConfirm}>
          确认导入
        </button>{' '}
        <button type="button" onClick={onCancel}>
          取消
        </button>
      </p>
    </section>
  );
}

function ActivePack({ policy }: { policy: ActivePolicy }) {
  const coverage = bookCoverage(policy.book);
  return (
    <section aria-labelledby="active-title" data-active-pack={policy.book.version}>
      <h2 id="active-title">正在使用的数据</h2>
      {policy.origin === 'imported' && <ImportedPackNotice />}
      {policy.cache === 'unavailable' && <p class="caveat">{policy.reason}，正在使用扩展自带的数据。</p>}
      <dl>
        <dt>版本</dt>
        <dd>
          {policy.book.version}（{policy.origin === 'imported' ? '导入，未经核实' : '扩展自带'}，发布于{' '}
          {policy.book.published}）
        </dd>
        <dt>缴费标准覆盖的年度</dt>
        <dd>{coverage.standardYears.join('、')}年度</dd>
        <dt>节假日安排覆盖的年份</dt>
        <dd>{coverage.holidayYears.join('、')}年</dd>
      </dl>
      <details>
        <summary>数据来源（{coverage.references.length}份）</summary>
        <ul>
          {coverage.references.map((r) => (
            <li key={r.url + r.title}>
              {r.publisher}《{r.title}》{r.published}（{confidenceZh[r.confidence]}）<br />
              <span class="url">{r.url || '网址未核实'}</span>
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}
