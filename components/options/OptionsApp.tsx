import { useEffect, useState } from 'preact/hooks';
import { confidenceZh } from '@/utils/format-zh';
import { activePolicy, importPack, PolicyCache, resetToBundled, type ActivePolicy, type ImportResult } from '@/utils/policy-cache';
import { bookCoverage } from '@/utils/book-coverage';

type Pending = { text: string; result: ImportResult } | undefined;

export function OptionsApp() {
  const [db] = useState(() => new PolicyCache());
  const [policy, setPolicy] = useState<ActivePolicy>();
  const [pending, setPending] = useState<Pending>();
  const [message, setMessage] = useState<string>();
  const refresh = () => activePolicy(db).then(setPolicy);
  useEffect(() => void refresh(), []);

  const runImport = async (text: string, confirmed: boolean) => {
    const result = await importPack(db, text, { confirmed });
    setPending(result.ok ? undefined : { text, result });
    setMessage(result.ok ? `已导入政策数据包，版本 ${result.version}。` : undefined);
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
        {message && <p role="status" class="ok">{message}</p>}
        {pending && !pending.result.ok && (
          <div role="alert" class="problems">
            <p>{pending.result.needsConfirmation ? '需要确认：' : '没有导入，当前数据保持不变。问题如下：'}</p>
            <ul>{pending.result.problems.map((p) => <li key={p}>{p}</li>)}</ul>
            {pending.result.needsConfirmation && (
              <button type="button" onClick={() => runImport(pending.text, true)}>确认替换</button>
            )}
          </div>
        )}
      </section>

      <section aria-labelledby="reset-title">
        <h2 id="reset-title">恢复内置数据</h2>
        <button
          type="button"
          onClick={async () => {
            await resetToBundled(db);
            setPending(undefined);
            setMessage('已恢复为扩展自带的政策数据。');
            await refresh();
          }}
        >
          恢复为内置数据
        </button>
      </section>
    </main>
  );
}

function ActivePack({ policy }: { policy: ActivePolicy }) {
  const coverage = bookCoverage(policy.book);
  return (
    <section aria-labelledby="active-title" data-active-pack={policy.book.version}>
      <h2 id="active-title">正在使用的数据</h2>
      {policy.cache === 'unavailable' && <p class="caveat">{policy.reason}，正在使用扩展自带的数据。</p>}
      <dl>
        <dt>版本</dt>
        <dd>{policy.book.version}（{policy.origin === 'imported' ? '导入' : '扩展自带'}，发布于 {policy.book.published}）</dd>
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
              <span class="url">{r.url}</span>
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}
