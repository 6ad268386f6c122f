import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { newestSourceDate } from '@/policy/data-date';
import { ignoredFieldsZh } from '@/policy/pack-trust';
import { sourceDateZh } from '@/answers/data-date';
import { confidenceZh } from '@/utils/format-zh';
import {
  activePolicy,
  importPack,
  PACK_CHANGED_MESSAGE,
  PolicyCache,
  resetToBundled,
  type ActivePolicy,
  type ImportResult,
  type ImportSignature,
} from '@/utils/policy-cache';
import { sortPackFiles } from '@/utils/pack-files';
import { bookCoverage } from '@/utils/book-coverage';
import { PackOriginNotice, packOriginZh } from '../imported-pack-notice';
import { SavedNotices } from './SavedNotices';
import './options.css';

type NotImported = Exclude<ImportResult, { ok: true }>;
type Pending = { text: string; signature?: string; result: NotImported } | undefined;

/** What the signature check means for the user, in one line: only a verified one changes how the pack is used. */
const signatureZh: Record<ImportSignature, string> = {
  verified: '已验证（项目发布）：签名与本助手项目的公钥相符，文件没有被改动过。',
  unsigned: '未验证：没有选签名文件（.sig.json）。',
  'bad-signature': '未验证：签名与文件内容不符，文件可能被改动过。',
  'unknown-key': '未验证：签名不是用本助手项目的密钥做的。',
  'malformed-signature': '未验证：签名文件格式不对。',
};

/** The background republishes the pack in force for content scripts; a failure there never blocks this page. */
const announcePackChanged = () => browser.runtime.sendMessage(PACK_CHANGED_MESSAGE).catch(() => {});

export function OptionsApp() {
  const [db] = useState(() => new PolicyCache());
  const [policy, setPolicy] = useState<ActivePolicy>();
  const [pending, setPending] = useState<Pending>();
  const [message, setMessage] = useState<string[]>();
  const refresh = () => activePolicy(db).then(setPolicy);
  useEffect(() => void refresh(), []);

  const runImport = async (text: string, signature: string | undefined, confirmed: boolean) => {
    const result = await importPack(db, text, { confirmed, signature });
    setPending(result.ok ? undefined : { text, signature, result });
    if (result.ok) {
      const ignored = ignoredFieldsZh(result.ignored);
      setMessage([
        `已导入政策数据包，版本 ${result.version}。`,
        signatureZh[result.signature],
        ...(ignored ? [ignored] : []),
      ]);
      announcePackChanged();
    } else setMessage(undefined);
    await refresh();
  };

  const onFile = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const files = await Promise.all(
      [...(input.files ?? [])].map(async (f) => ({ name: f.name, text: await f.text() })),
    );
    input.value = '';
    if (files.length === 0) return;
    const sorted = sortPackFiles(files);
    if (!sorted.ok) {
      setMessage(undefined);
      setPending({ text: '', result: { ok: false, problems: sorted.problems } });
      return;
    }
    await runImport(sorted.pack.text, sorted.signature?.text, false);
  };

  return (
    <main lang="zh-CN" class="options">
      <h1>政策数据</h1>
      {policy && <ActivePack policy={policy} />}

      <section aria-labelledby="import-title">
        <h2 id="import-title">导入政策数据包</h2>
        <p>数据包只含数据（JSON），导入前会整体检查；有任何问题都不会导入，当前数据保持不变。</p>
        <p>
          本助手项目发布的数据包有两个文件：数据包 <code>yibao-policy-版本.json</code> 和签名{' '}
          <code>yibao-policy-版本.sig.json</code>。请<strong>把两个文件一起选中</strong>（按住 Ctrl 或 ⌘
          键点选，或把两个文件一起拖到下面的按钮上），签名核对无误才显示“已验证（项目发布）”；只选数据包也能导入，但按未验证处理。
        </p>
        <label class="file">
          选择政策数据包文件（JSON）和签名文件
          <input type="file" accept=".json,application/json" multiple onChange={onFile} />
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
            onConfirm={() => runImport(pending.text, pending.signature, true)}
            onCancel={() => setPending(undefined)}
          />
        )}
        {pending && 'problems' in pending.result && (
          <div role="alert" class="problems">
            <p>没有导入，当前数据保持不变。问题如下：</p>
            {pending.result.signature === 'verified' && <p>{signatureZh.verified}</p>}
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
  const verified = result.signature === 'verified';
  return (
    <section class="confirm" data-confirm="import" data-signature={result.signature} aria-labelledby="confirm-title">
      <p id="confirm-title">
        <strong>导入前请确认（版本 {result.version}）</strong>
      </p>
      <p class={verified ? 'verified-pack' : 'caveat'}>
        <strong>{signatureZh[result.signature]}</strong>
      </p>
      <ul>
        {verified ? (
          <>
            <li>这是本助手项目发布的数据包，导入后和扩展自带的数据一样使用，包括里面的电话和缴费渠道。</li>
            <li>导入后，弹出窗口和帮办清单会标明“已验证（项目发布）”。</li>
          </>
        ) : (
          <>
            <li>不能确认这个文件是本助手项目发布的，内容未经本助手核实。</li>
            <li>
              里面的金额、日期等数字没有经过核对，可能是错的；导入后，弹出窗口和帮办清单会标明“导入的数据包（未验证）”。
            </li>
            <li>文件里的电话号码、缴费渠道和网址不会被使用，仍用本助手自带的。</li>
          </>
        )}
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
      <PackOriginNotice origin={policy.origin} />
      {policy.cache === 'unavailable' && <p class="caveat">{policy.reason}，正在使用扩展自带的数据。</p>}
      <dl>
        <dt>版本</dt>
        <dd>
          {policy.book.version}（{packOriginZh[policy.origin]}，发布于 {policy.book.published}）
        </dd>
        <dt>数据截至</dt>
        <dd data-data-as-of>{sourceDateZh(newestSourceDate(policy.book))}（来源中最新的发布日期）</dd>
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
