/** Inline cleaning: the markup scanner reads what its specification pattern reads, in linear time. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanInline, markupTokens } from '../src/lines/clean.js';

// The pattern the scanner replaces (quadratic on a line of `[`, `![` or `<b`): its specification.
const MARKUP =
  /!\[[^\]\n]*\]\([^)\n]*\)|\[([^\]\n]+)\]\((?:https?:|mailto:|#|\/)[^)\n]*\)|<\/?(?:u|b|i|em|strong|span|sup|sub|p|div|font)\b[^>\n]*>|<(https?:[^>\s]+)>|\\([\\`*_{}[\]()#+\-.!|~])|\*{1,3}|_{2,3}|(?<![\p{L}\p{N}])_(?=\S)|(?<=\S)_(?![\p{L}\p{N}])|`/dgu;

const bySpecification = (raw: string) =>
  [...raw.matchAll(MARKUP)].map((m) => {
    const group = [1, 2, 3].find((g) => m[g] !== undefined);
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
    const alphabet = ['[', ']', '(', ')', '!', '<', '>', 'b', 'span', '/', 'http:', 'https:', 'mailto:', '#', '*', '_', '`', '\\', ' ', 'a', 'ư', '1', '.', '|', '😀', '\t'];
    let seed = 7;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
    for (let k = 0; k < 20000; k++) {
      let line = '';
      const n = Math.floor(rnd() * 30);
      for (let j = 0; j < n; j++) line += alphabet[Math.floor(rnd() * alphabet.length)];
      expect(markupTokens(line), JSON.stringify(line)).toEqual(bySpecification(line));
    }
  });

  it('keeps link text and escaped characters, with their offsets', () => {
    const cleaned = cleanInline('**Xem** [Nghị định](https://x.vn) tại \\*mục 2\\*', 100, { markdown: true });
    expect(cleaned.text).toBe('Xem Nghị định tại *mục 2*');
    expect(cleaned.map.toSource(cleaned.text.indexOf('Nghị'))).toBe(100 + '**Xem** ['.length);
  });
});
