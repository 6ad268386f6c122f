/**
 * Saved notices (issue 18.3 and its Bad input): a notice is read again from its text and kept only when it is
 * consistent; layers merge per 年度 and field, newest publication first; precedence against packs; a stored layer
 * that fails its check is set aside, not used, not overwritten.
 */
import { describe, expect, test } from 'vitest';
import { bundledPolicyBook, type PolicyBook } from '@/policy';
import { checkLayer, composeBook, mergeLayers, type NoticeLayer } from '@/policy/layers';
import { checkStored, keepNoticeLayer, type NoticeStore, type StoredLayer } from '@/utils/notice-layers';
import { layerFromReading, readNotice } from '@/notice-reader';
import { noticeInputFrom, saveNotice } from '@/utils/notice-save';
import { loadNotice } from './notice-reader/load-fixture';

function memoryStore(rows: StoredLayer[] = []): NoticeStore & { rows: StoredLayer[] } {
  return {
    rows,
    all: async () => [...rows],
    put: async (row) => {
      const at = rows.findIndex((r) => r.url === row.url);
      if (at < 0) rows.push(row);
      else rows[at] = row;
    },
    remove: async (url) => {
      const at = rows.findIndex((r) => r.url === url);
      if (at >= 0) rows.splice(at, 1);
    },
  };
}

const TAX_2030 = loadNotice('own-02-tax-table-fullwidth.txt');
const SUPPLEMENT_2030 = loadNotice('own-05-supplement-extends.txt');
const T1 = '2029-11-02T01:00:00.000Z';
const T2 = '2030-01-21T01:00:00.000Z';

async function saved(store: NoticeStore): Promise<NoticeLayer[]> {
  return checkStored(await store.all()).layers;
}

describe('saving', () => {
  test('a consistent notice is kept with its URL, title, publication date and its own confidence', async () => {
    const store = memoryStore();
    const result = await saveNotice(store, TAX_2030, TAX_2030.url, T1);
    expect(result).toEqual({ ok: true, year: 2030, replaced: false, differences: [] });
    const [layer] = await saved(store);
    expect(layer).toMatchObject({
      url: TAX_2030.url,
      published: '2029-10-30',
      year: 2030,
      values: {
        enrolmentPeriod: { start: '2029-11-01', end: '2030-01-31', benefitsStart: '2030-01-01' },
        individualContribution: { elderly: 520, student: 495, 'working-age': 860 },
        governmentSubsidy: { elderly: 4500, student: 1800, 'working-age': 2400 },
      },
    });
    const book = composeBook(bundledPolicyBook, [layer]);
    const value = book.parameters.individualContribution.values.find((v) => v.year === 2030);
    expect(value?.reference).toMatchObject({ url: TAX_2030.url, confidence: 'official-local' });
    // Contacts are never taken from a page.
    expect(book.parameters.hotlines).toBe(bundledPolicyBook.parameters.hotlines);
  });

  test('the same URL saved again replaces its layer', async () => {
    const store = memoryStore();
    await saveNotice(store, TAX_2030, TAX_2030.url, T1);
    const again = await saveNotice(store, TAX_2030, TAX_2030.url, T2);
    expect(again).toMatchObject({ ok: true, replaced: true });
    expect(store.rows).toHaveLength(1);
    expect((await saved(store))[0].savedAt).toBe(T2);
  });

  test('a later 补充通知 for the same 年度 merges field by field, the newer publication winning, differences shown', async () => {
    const store = memoryStore();
    await saveNotice(store, TAX_2030, TAX_2030.url, T1);
    const result = await saveNotice(store, SUPPLEMENT_2030, SUPPLEMENT_2030.url, T2);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.differences.map((d) => d.field)).toContain('enrolmentPeriod');
    const difference = result.differences.find((d) => d.field === 'enrolmentPeriod')!;
    expect(difference.older.url).toBe(TAX_2030.url);
    expect(difference.newer.url).toBe(SUPPLEMENT_2030.url);
    const book = composeBook(bundledPolicyBook, await saved(store));
    const period = book.parameters.enrolmentPeriod.values.find((v) => v.year === 2030)!;
    expect(period.value.end).not.toBe('2030-01-31');
    expect(period.reference.url).toBe(SUPPLEMENT_2030.url);
    // The amounts only the first notice states stay, with it as their source.
    const amounts = book.parameters.individualContribution.values.find((v) => v.year === 2030)!;
    expect(amounts.value.elderly).toBe(520);
    expect(amounts.reference.url).toBe(TAX_2030.url);
  });

  test('the newer publication wins whatever the order of saving', async () => {
    const store = memoryStore();
    await saveNotice(store, SUPPLEMENT_2030, SUPPLEMENT_2030.url, T1);
    await saveNotice(store, TAX_2030, TAX_2030.url, T2);
    const book = composeBook(bundledPolicyBook, await saved(store));
    expect(book.parameters.enrolmentPeriod.values.find((v) => v.year === 2030)!.reference.url).toBe(
      SUPPLEMENT_2030.url,
    );
  });
});

describe('bad input: nothing is saved and nothing stored changes', () => {
  const contradicting: [string, (text: string) => string, RegExp][] = [
    ['合计 ≠ 个人 + 补助', (t) => t.replace(/^5020$/, '5030'), /合计是5030元/],
    [
      'period end before start',
      (t) => t.replace('２０３０年１月３１日。在集中', '２０２９年１０月３１日。在集中'),
      /早于开始日/,
    ],
    [
      'benefit start outside the 年度',
      (t) => t.replace('享受待遇时间为２０３０年１月１日', '享受待遇时间为２０３１年１月１日'),
      /不在 2030 年度内/,
    ],
  ];
  test.each(contradicting)('%s', async (_what, edit, reason) => {
    const notice = {
      ...TAX_2030,
      bodyText: edit(TAX_2030.bodyText),
      tables: TAX_2030.tables.map((t) => t.map((row) => row.map(edit))),
    };
    const store = memoryStore([{ url: 'https://ybj.beijing.gov.cn/tzgg2022/x.html', json: '{"kept":true}' }]);
    const before = JSON.stringify(store.rows);
    const result = await saveNotice(store, notice, notice.url, T1);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reasons.join('\n')).toMatch(reason);
    expect(JSON.stringify(store.rows)).toBe(before);
  });

  test('two different target-年度 amounts for one category', async () => {
    const notice = {
      ...TAX_2030,
      bodyText: `${TAX_2030.bodyText}\n２０３０年度城乡老年人个人缴费标准为每人每年５３０元。`,
    };
    const result = await saveNotice(memoryStore(), notice, notice.url, T1);
    expect(result).toMatchObject({ ok: false });
    if (!result.ok) expect(result.reasons.join()).toMatch(/两个不同的数/);
  });

  test('a page whose address is not the one the browser reports, a topic list, a 职工医保 notice, a malformed message', async () => {
    const store = memoryStore();
    expect(await saveNotice(store, TAX_2030, 'https://beijing.chinatax.gov.cn/bjswj/other.html', T1)).toMatchObject({
      ok: false,
    });
    for (const name of ['own-08-topic-list.txt', 'own-06-employee-insurance.txt']) {
      const page = { ...loadNotice(name), url: 'https://ybj.beijing.gov.cn/tzgg2022/y.html' };
      expect(await saveNotice(store, page, page.url, T1)).toMatchObject({ ok: false });
    }
    const offSite = { ...TAX_2030, url: 'https://ybj.beijing.gov.cn/2020_zwfw/x.html' };
    expect(await saveNotice(store, offSite, offSite.url, T1)).toMatchObject({ ok: false });
    expect(await saveNotice(store, { ...TAX_2030, tables: 'x' }, TAX_2030.url, T1)).toMatchObject({ ok: false });
    expect(noticeInputFrom({ ...TAX_2030, bodyText: 'x'.repeat(400_001) })).toBeUndefined();
    expect(store.rows).toEqual([]);
  });
});

describe('the background keeps the layer the notice page read (no reader there)', () => {
  const made = layerFromReading(TAX_2030, readNotice(TAX_2030), T1);
  if (!made.ok) throw new Error('fixture does not read');
  const layer = made.layer;

  test("kept as the userscript keeps it from the text, stamped with the keeper's time", async () => {
    const fromText = memoryStore();
    await saveNotice(fromText, TAX_2030, TAX_2030.url, T2);
    const fromLayer = memoryStore();
    const result = await keepNoticeLayer(fromLayer, { ...layer, savedAt: 'whatever the page said' }, TAX_2030.url, T2);
    expect(result).toEqual({ ok: true, year: 2030, replaced: false, differences: [] });
    expect(fromLayer.rows).toEqual(fromText.rows);
  });

  test("refused whole: another address than the tab's, a page off the notice sites, a failing or oversized layer", async () => {
    const store = memoryStore();
    const other = 'https://beijing.chinatax.gov.cn/bjswj/other.html';
    expect(await keepNoticeLayer(store, layer, other, T1)).toMatchObject({ ok: false });
    expect(await keepNoticeLayer(store, layer, undefined, T1)).toMatchObject({ ok: false });
    // A payment page's script claiming its own page as a notice.
    const etax = 'https://etax.beijing.chinatax.gov.cn/sbf/cxjmyb.html';
    expect(await keepNoticeLayer(store, { ...layer, url: etax }, etax, T1)).toMatchObject({
      ok: false,
      reasons: ['页面地址对不上，没有保存'],
    });
    const backwards = { ...layer.values.enrolmentPeriod, end: '2029-10-01' };
    expect(
      await keepNoticeLayer(store, { ...layer, values: { enrolmentPeriod: backwards } }, layer.url, T1),
    ).toMatchObject({ ok: false, reasons: [expect.stringContaining('早于开始日')] });
    const padded = { ...layer, title: layer.title, evidence: { ...layer.evidence, enrolmentPeriod: 'x'.repeat(1900) } };
    expect(await keepNoticeLayer(store, { ...padded, extra: 'y'.repeat(40_000) }, layer.url, T1)).toMatchObject({
      ok: false,
    });
    for (const raw of [null, 'text', 42, [layer]])
      expect((await keepNoticeLayer(store, raw, layer.url, T1)).ok).toBe(false);
    expect(store.rows).toEqual([]);
  });

  test("what a message carries beyond a layer's fields is not kept", async () => {
    const store = memoryStore();
    const extra = {
      ...layer,
      script: '<img src=x>',
      values: { ...layer.values, enrolmentPeriod: { ...layer.values.enrolmentPeriod, note: 'planted' } },
      evidence: { ...layer.evidence, hotlines: '12345' },
    };
    expect(await keepNoticeLayer(store, extra, layer.url, T1)).toMatchObject({ ok: true });
    const kept = JSON.parse(store.rows[0].json);
    expect(kept).toEqual({ ...layer, savedAt: T1 });
  });
});

/** A stored layer's JSON as a hand edit sees it. */
interface LayerJson {
  format: number;
  values: {
    individualContribution: Record<string, unknown>;
    enrolmentPeriod: Record<string, string>;
    hotlines?: unknown;
  };
}

describe('stored layers are checked on every load', () => {
  async function goodRow(): Promise<StoredLayer> {
    const store = memoryStore();
    await saveNotice(store, TAX_2030, TAX_2030.url, T1);
    return store.rows[0];
  }

  test.each([
    [
      'edited by hand: an amount as text',
      (l: LayerJson) => (l.values.individualContribution.elderly = '520'),
      /个人缴费标准/,
    ],
    ['an older format', (l: LayerJson) => (l.format = 0), /格式版本0/],
    ['end before start', (l: LayerJson) => (l.values.enrolmentPeriod.end = '2029-10-01'), /早于开始日/],
    [
      'benefit start outside the 年度',
      (l: LayerJson) => (l.values.enrolmentPeriod.benefitsStart = '2031-01-01'),
      /不在2030年度内/,
    ],
    ['an unknown value', (l: LayerJson) => (l.values.hotlines = []), /不认识/],
  ])('%s: set aside with one line, the row left as it is', async (_what, edit, reason) => {
    const row = await goodRow();
    const layer = JSON.parse(row.json);
    edit(layer);
    const broken = { url: row.url, json: JSON.stringify(layer) };
    const other = { url: 'https://ybj.beijing.gov.cn/tzgg2022/z.html', json: 'not json' };
    const result = checkStored([broken, other]);
    expect(result.layers).toEqual([]);
    expect(result.setAside).toHaveLength(2);
    expect(result.setAside[0].reason).toMatch(reason);
    expect(result.setAside[0].reason).toMatch(/已停用，未删除/);
    expect(result.setAside[1].reason).toMatch(/格式不对/);
    expect(result.setAside[0].reason.split('\n')).toHaveLength(1);
  });

  test('a valid row passes the check', async () => {
    expect(checkLayer(JSON.parse((await goodRow()).json)).ok).toBe(true);
  });
});

describe('precedence', () => {
  async function layer2030(): Promise<NoticeLayer> {
    const store = memoryStore();
    await saveNotice(store, TAX_2030, TAX_2030.url, T1);
    return (await saved(store))[0];
  }

  function packWith2030(url: string): PolicyBook {
    const p = bundledPolicyBook.parameters.individualContribution;
    return {
      ...bundledPolicyBook,
      version: '2029.11.01',
      parameters: {
        ...bundledPolicyBook.parameters,
        individualContribution: {
          ...p,
          values: [
            ...p.values,
            {
              year: 2030,
              value: { elderly: 1, student: 2, 'working-age': 3 },
              reference: { publisher: 'x', title: 'x', url, published: '2029-10-30', confidence: 'official' },
            },
          ],
        },
      },
    };
  }
  const elderly2030 = (book: PolicyBook) =>
    book.parameters.individualContribution.values.find((v) => v.year === 2030)!.value.elderly;

  test('no layer: the very same book', () => {
    expect(composeBook(bundledPolicyBook, [])).toBe(bundledPolicyBook);
  });
  test('a signed pack citing the same notice wins over the saved notice', async () => {
    const layer = await layer2030();
    expect(
      elderly2030(composeBook(bundledPolicyBook, [layer], [{ book: packWith2030(layer.url), signed: true }])),
    ).toBe(1);
  });
  test('an unsigned pack never overrides the saved notice, even citing it', async () => {
    const layer = await layer2030();
    expect(
      elderly2030(composeBook(bundledPolicyBook, [layer], [{ book: packWith2030(layer.url), signed: false }])),
    ).toBe(520);
  });
  test('a signed pack citing another page does not override the saved notice', async () => {
    const layer = await layer2030();
    const book = composeBook(
      bundledPolicyBook,
      [layer],
      [{ book: packWith2030('https://example.invalid/'), signed: true }],
    );
    expect(elderly2030(book)).toBe(520);
  });
  test('a saved notice wins over the bundled book for its 年度 only; other years stay bundled', async () => {
    const book = composeBook(bundledPolicyBook, [await layer2030()]);
    const years = (b: PolicyBook) => b.parameters.individualContribution.values.filter((v) => v.year !== 2030);
    expect(years(book)).toEqual(years(bundledPolicyBook));
    expect(mergeLayers([]).values).toEqual([]);
  });
});
