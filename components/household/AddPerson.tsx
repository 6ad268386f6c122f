/**
 * Adding a person: 称呼 (never a name or a number), 类别 and how they pay. A label that looks like an ID, phone
 * or card number is refused here and never reaches any storage; 新生儿 answers with the consultation line.
 */
import { useState } from 'preact/hooks';
import { channelsFor, labelProblem, type PayChannel, type Person } from '@/household/model';
import { channelLabelsZh, categoryZh, NEWBORN_ZH } from '@/household/wording';
import { categories, type Category } from '@/policy/parameters/standards';

interface Props {
  onAdd(person: Omit<Person, 'id' | 'paidYears'>): void;
}

export function AddPerson({ onAdd }: Props) {
  const [label, setLabel] = useState('');
  const [category, setCategory] = useState<Category | 'newborn'>('elderly');
  const [channel, setChannel] = useState<PayChannel>('self-pay');
  const [message, setMessage] = useState<string>();

  const submit = (event: Event) => {
    event.preventDefault();
    const problem = labelProblem(label);
    if (problem) {
      // The refused text is cleared from the box too: nothing of it stays anywhere.
      if (problem.startsWith('请不要')) setLabel('');
      setMessage(problem);
      return;
    }
    if (category === 'newborn') {
      setMessage(NEWBORN_ZH);
      return;
    }
    onAdd({
      label: label.trim(),
      category,
      channel: category !== 'student' && channel === 'school' ? 'self-pay' : channel,
    });
    setLabel('');
    setMessage(undefined);
  };

  return (
    <form class="add-person" onSubmit={submit} autocomplete="off">
      <h2>添加一位家人</h2>
      <div class="controls">
        <label>
          称呼
          <input
            name="label"
            value={label}
            placeholder="如：爸爸（请勿填写姓名）"
            onInput={(e) => setLabel(e.currentTarget.value)}
            aria-describedby="add-person-message"
          />
        </label>
        <label>
          类别
          <select
            name="category"
            value={category}
            onChange={(e) => setCategory(e.currentTarget.value as Category | 'newborn')}
          >
            {categories.map((c) => (
              <option key={c} value={c}>
                {categoryZh(c)}
              </option>
            ))}
            <option value="newborn">新生儿</option>
          </select>
        </label>
        <label>
          怎么缴
          <select name="channel" value={channel} onChange={(e) => setChannel(e.currentTarget.value as PayChannel)}>
            {channelsFor(category).map((c) => (
              <option key={c} value={c}>
                {channelLabelsZh[c]}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">添加</button>
      </div>
      <p id="add-person-message" class="message" role="status">
        {message}
      </p>
      <p class="hint">只填称呼（最多8个字），不填姓名、身份证号、电话或银行卡号。</p>
    </form>
  );
}
