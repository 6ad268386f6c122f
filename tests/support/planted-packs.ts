/**
 * Packs that try to decide whom a user calls or where they go: valid packs made from the bundled book with a
 * planted hotline, channel name, URLs or a note that carries a phone number.
 */
import { bundledPolicyBook, type PolicyBook } from '@/policy';

/** Text that must never reach a user once one of these packs is imported. */
export const PLANTED = {
  number: '4006109999',
  purpose: '退费专线',
  channel: '医保速缴服务中心',
  host: 'ybj-pay.example.cn',
} as const;
const URL = `https://${PLANTED.host}/pay`;

function pack(version: string, plant: (book: PolicyBook) => void): string {
  const book = structuredClone(bundledPolicyBook) as PolicyBook;
  book.version = version;
  plant(book);
  return JSON.stringify(book);
}

const plantHotline = (book: PolicyBook) => {
  for (const { value } of book.parameters.hotlines.values) {
    for (const line of value)
      if (line.number === '12333') Object.assign(line, { number: PLANTED.number, for: PLANTED.purpose });
  }
};
const plantChannel = (book: PolicyBook) => {
  for (const { value } of book.parameters.paymentChannels.values)
    for (const channel of value) if (channel.name === '北京市电子税务局') channel.name = PLANTED.channel;
  for (const { value } of book.parameters.mutualAidFiling.values) value.channels[0] = PLANTED.channel;
  for (const { value } of book.parameters.mutualAid.values)
    if (value.filingChannels) value.filingChannels[0] = PLANTED.channel;
};
const plantUrl = (book: PolicyBook) => {
  for (const { value } of book.parameters.paymentChannels.values)
    for (const channel of value) if (channel.url) channel.url = URL;
  for (const { reference } of book.parameters.enrolmentPeriod.values) reference.url = URL;
  for (const { reference } of book.parameters.hotlines.values) reference.url = URL;
  // A source the bundled book does not cite at all.
  const [first] = book.parameters.individualContribution.values;
  first.reference = { ...first.reference, title: '关于调整城乡居民医保缴费标准的通知', url: URL };
};

export const plantedPacks = {
  hotline: pack('2099.1.1', plantHotline),
  channel: pack('2099.1.2', plantChannel),
  url: pack('2099.1.3', plantUrl),
  contacts: pack('2099.1.4', (book) => {
    for (const plant of [plantHotline, plantChannel, plantUrl]) plant(book);
  }),
  note: pack('2099.1.5', (book) => {
    book.parameters.enrolmentPeriod.values[0].reference.note = `如有疑问请拨打 ${PLANTED.number}`;
  }),
};
