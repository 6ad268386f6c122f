/**
 * Cutting the body into sentences that are exact substrings of the input (they become evidence), with an NFKC
 * form of each for matching: full-width digits and punctuation (２０２４，；：（）－～) read as their ASCII forms.
 */

export interface Segment {
  /** The exact text, a substring of the body (trimmed). */
  raw: string;
  /** `raw` in NFKC, for pattern matching only; never shown as evidence. */
  text: string;
  /** Index of `raw` in the body, so neighbouring segments can be joined into one exact substring. */
  start: number;
  end: number;
}

/** Sentence ends: 。；！？ and their ASCII forms, and line breaks (a paragraph is at most one sentence run). */
const SENTENCE_END = /[。；;！!？?\n]/;

export function normalize(text: string): string {
  return text.normalize('NFKC');
}

/**
 * Limits that keep a hostile or huge page from costing seconds: only the first 300 000 characters are read (a
 * notice is about 10 000), and a run longer than 1 000 characters with no sentence end is no notice sentence.
 */
export const MAX_BODY = 300_000;
export const MAX_SENTENCE = 1_000;

export function splitSegments(fullBody: string): Segment[] {
  const body = fullBody.slice(0, MAX_BODY);
  const segments: Segment[] = [];
  let from = 0;
  const push = (to: number) => {
    const slice = body.slice(from, to);
    const lead = slice.length - slice.trimStart().length;
    const raw = slice.trim();
    if (raw && raw.length <= MAX_SENTENCE)
      segments.push({ raw, text: normalize(raw), start: from + lead, end: from + lead + raw.length });
  };
  for (let i = 0; i < body.length; i++) {
    if (SENTENCE_END.test(body[i])) {
      // Keep the sentence's own mark with it; a line break is not part of the sentence.
      push(body[i] === '\n' ? i : i + 1);
      from = i + 1;
    }
  }
  push(body.length);
  return joinDanglingLines(body, segments);
}

/**
 * "城乡老年人个人缴费标准调整为" on one line and "每人每年400元。" on the next are one sentence split by the page's
 * layout: a line ending in 为 / 到 / 至 / ：and no figure is joined with the line after it.
 */
function joinDanglingLines(body: string, segments: Segment[]): Segment[] {
  const out: Segment[] = [];
  for (const segment of segments) {
    const previous = out[out.length - 1];
    if (previous && isDangling(previous.text) && /^(?:每人每年|每人|人均)?\s*\d/.test(segment.text)) {
      const raw = body.slice(previous.start, segment.end);
      out[out.length - 1] = { raw, text: normalize(raw), start: previous.start, end: segment.end };
    } else {
      out.push(segment);
    }
  }
  return out;
}

/** A line that announces a figure and stops before it: "城乡老年人个人缴费标准调整为". */
function isDangling(text: string): boolean {
  return /(?:为|到|至|:)$/.test(text) && /老年人|学生|儿童|居民|缴费|补助|合计|标准/.test(text);
}

/** A table row as evidence: its cells, trimmed, between " | ". */
export function tableRowText(row: string[]): string {
  return row.map((cell) => cell.trim()).join(' | ');
}
