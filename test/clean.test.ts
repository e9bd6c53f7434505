/** Inline cleaning: the markup scanner reads what its specification pattern reads, in linear time. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { blockMarkerLength, cleanInline, markupTokens } from '../src/lines/clean.js';
import { MappedTextBuilder } from '../src/normalize/offset-map.js';

// The pattern the scanner replaces (quadratic on a line of `[`, `![` or `<b`): its specification.
// A `*` and a space opening the line is a list bullet, not markup. A `\` before a space or at the
// end is pandoc's non-breaking space or hard line break; its `--`/`---` between words, a dash. An
// HTML comment (`<!-- image -->`, a picture a converter left out) is removed.
const MARKUP =
  /<!--.*?-->|!\[[^\]\n]*\]\([^)\n]*\)|\[([^\]\n]+)\]\((?:https?:|mailto:|#|\/)[^)\n]*\)|<\/?(?:u|b|i|em|strong|span|sup|sub|p|div|font)\b[^>\n]*>|<(https?:[^>\s]+)>|\\([\\`*_{}[\]()#+\-.!|~])|\\(?= |$)|(?<=[\p{L}\p{N}.,)] )---?(?= [\p{L}\p{N}(])|(?<=\p{N})--(?=\p{N})|~~|~([^\s~]+)~|\^([^\s^]+)\^|(?!(?<=^\s*)\*\s)\*{1,3}|_{2,3}|(?<![\p{L}\p{N}])_(?=\S)|(?<=\S)_(?![\p{L}\p{N}])|`/dgu;

const bySpecification = (raw: string) =>
  [...raw.matchAll(MARKUP)].map((m) => {
    const group = [1, 2, 3, 4, 5].find((g) => m[g] !== undefined);
    // pandoc's dashes: read as the en or em dash they stand for.
    if (/^---?$/.test(m[0])) return { index: m.index, length: m[0].length, replaced: m[0] === '--' ? '–' : '—' };
    return { index: m.index, length: m[0].length, ...(group === undefined ? {} : { kept: { at: m.indices![group]![0], text: m[group]! } }) };
  });

describe('markup tokens', () => {
  it('are those of the specification pattern on every fixture line', () => {
    const dir = join(import.meta.dirname, '..', 'fixtures');
    for (const name of readdirSync(dir).filter((n) => /\.(md|txt)$/.test(n))) {
      for (const line of readFileSync(join(dir, name), 'utf8').split('\n')) {
        expect(markupTokens(line), `${name}: ${line}`).toEqual(bySpecification(line));
      }
    }
  });

  it('are those of the specification pattern on random markup soup', () => {
    const alphabet = ['[', ']', '(', ')', '!', '<', '>', 'b', 'span', '/', 'http:', 'https:', 'mailto:', '#', '*', '_', '`', '\\', ' ', 'a', 'ư', '1', '.', '|', '😀', '\t', '~', '^', '\u00a0', '-', '--', '2', 'Bà ', '<!--', '-->'];
    let seed = 7;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
    for (let k = 0; k < 20000; k++) {
      let line = '';
      const n = Math.floor(rnd() * 30);
      for (let j = 0; j < n; j++) line += alphabet[Math.floor(rnd() * alphabet.length)];
      expect(markupTokens(line), JSON.stringify(line)).toEqual(bySpecification(line));
    }
  });

  it('removes an HTML comment where a converter left out a picture', () => {
    expect(cleanInline('PHÓ CHỦ TỊCH <!-- image --> Trần Thị Thu Hằng', 0, { markdown: true }).text).toBe('PHÓ CHỦ TỊCH Trần Thị Thu Hằng');
    expect(cleanInline('a <!-- không đóng', 0, { markdown: true }).text).toBe('a <!-- không đóng');
  });

  it('keeps link text and escaped characters, with their offsets', () => {
    const cleaned = cleanInline('**Xem** [Nghị định](https://x.vn) tại \\*mục 2\\*', 100, { markdown: true });
    expect(cleaned.text).toBe('Xem Nghị định tại *mục 2*');
    expect(cleaned.map.toSource(cleaned.text.indexOf('Nghị'))).toBe(100 + '**Xem** ['.length);
  });
});

/** Cleaning as it was first written, one builder piece per word: the reference for the runs kept whole. */
function cleanWordByWord(raw: string, offset: number, markdown: boolean) {
  const builder = new MappedTextBuilder();
  let pendingSpace = false;
  const push = (chunk: string, at: number) => {
    for (let i = 0; i < chunk.length; ) {
      let j = i;
      while (j < chunk.length && chunk[j] !== ' ' && chunk[j] !== '\t') j++;
      if (j > i) {
        if (pendingSpace) builder.keep(' ', at + i - 1);
        pendingSpace = false;
        builder.keep(chunk.slice(i, j), at + i);
      }
      let k = j;
      while (k < chunk.length && (chunk[k] === ' ' || chunk[k] === '\t')) k++;
      if (k > j) pendingSpace = builder.textLength > 0;
      i = k;
    }
  };
  if (!markdown || raw.trim() === '*') push(raw, offset);
  else {
    let last = 0;
    for (const token of markupTokens(raw)) {
      push(raw.slice(last, token.index), offset + last);
      if (token.kept) push(token.kept.text, offset + token.kept.at);
      last = token.index + token.length;
    }
    push(raw.slice(last), offset + last);
  }
  return builder.build();
}

describe('cleanInline keeps what it copies as it stands in one piece', () => {
  it('with the text and every offset that a word-by-word reading gives', () => {
    const alphabet = ['Sở', ' ', '  ', '\t', 'Nội', 'vụ', '**', '*', '_', '[Điều 1](#d1)', '\\*', '<b>', '</b>', '<https://x.vn>', '`', ',', '.'];
    let seed = 11;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
    for (let k = 0; k < 1500; k++) {
      let line = '';
      const n = Math.floor(rnd() * 20);
      for (let j = 0; j < n; j++) line += alphabet[Math.floor(rnd() * alphabet.length)];
      for (const markdown of [true, false]) {
        const got = cleanInline(line, 40, { markdown });
        const want = cleanWordByWord(line, 40, markdown);
        expect(got.text, JSON.stringify(line)).toBe(want.text);
        for (let i = 0; i <= want.text.length; i++) {
          expect(got.map.toSource(i), `${JSON.stringify(line)} at ${i}`).toBe(want.map.toSource(i));
          expect(got.map.toSourceEnd(i), `${JSON.stringify(line)} end ${i}`).toBe(want.map.toSourceEnd(i));
        }
      }
    }
  });

  it('reads a line of a hundred thousand words as the words with single spaces', () => {
    const line = 'Ủy ban nhân dân tỉnh yêu cầu các sở,  ban,\tngành thực hiện. '.repeat(10_000);
    const cleaned = cleanInline(line, 0, { markdown: false });
    expect(cleaned.text).toBe(line.replace(/[ \t]+/g, ' ').trim());
    const last = cleaned.text.lastIndexOf('ngành');
    expect(line.slice(cleaned.map.toSource(last), cleaned.map.toSource(last) + 5)).toBe('ngành');
  });
});

describe("pandoc's dashes", () => {
  it('reads `--` between words or figures as an en dash, `---` as an em dash, mapped to what was written', () => {
    const raw = 'Tân Phú -- Bảo Lộc, giai đoạn 2021--2025 --- hết';
    const cleaned = cleanInline(raw, 100, { markdown: true });
    expect(cleaned.text).toBe('Tân Phú – Bảo Lộc, giai đoạn 2021–2025 — hết');
    expect(cleaned.map.toSource(cleaned.text.indexOf('–'))).toBe(100 + raw.indexOf('--'));
    expect(cleaned.map.toSource(cleaned.text.indexOf('Bảo'))).toBe(100 + raw.indexOf('Bảo'));
  });

  it('leaves a rule, a table delimiter and plain text as written', () => {
    for (const raw of ['----', '| --- | --- |', 'a -- ', '--option']) expect(cleanInline(raw, 0, { markdown: true }).text).toBe(raw.replace(/\s+/g, ' ').trim());
    expect(cleanInline('Tân Phú -- Bảo Lộc', 0, { markdown: false }).text).toBe('Tân Phú -- Bảo Lộc');
  });
});

describe('block markers', () => {
  it('strip a heading, a quote, and a list bullet before the document\'s own label', () => {
    const after = (raw: string) => raw.slice(blockMarkerLength(raw));
    expect(after('## KẾ HOẠCH')).toBe('KẾ HOẠCH');
    expect(after('- 1. Các sở rà soát')).toBe('1. Các sở rà soát');
    expect(after('## - II. NỘI DUNG')).toBe('II. NỘI DUNG');
    expect(after('* a) Thời gian')).toBe('a) Thời gian');
    // A dash before text is the letter's own (a Nơi nhận entry, a bullet of the body).
    expect(after('- Như trên;')).toBe('- Như trên;');
    expect(after('- 2025 là năm')).toBe('- 2025 là năm');
  });
});
