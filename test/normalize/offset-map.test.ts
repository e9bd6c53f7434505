/** Offset maps: normalized text → original text, packed small or large, as the text was edited. */
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/normalize/index.js';
import { MappedTextBuilder, OffsetMap } from '../../src/normalize/offset-map.js';

describe('OffsetMap', () => {
  it('maps a text shifted as a whole with its one anchor', () => {
    const map = new OffsetMap([{ target: 0, source: 7 }]);
    expect(map.toSource(0)).toBe(7);
    expect(map.toSource(5)).toBe(12);
    expect(map.toSourceEnd(5)).toBe(12);
    expect(map.anchorList()).toEqual([{ target: 0, source: 7 }]);
  });

  it('ends a span at the end of the replaced source it ends on', () => {
    // `Hue\u0302\u0301 x` → `Huế x`: the `ế` stands for three code units.
    const map = new OffsetMap([{ target: 0, source: 0 }, { target: 3, source: 5, replacedEnd: true }]);
    expect(map.toSourceEnd(3)).toBe(5);
    expect(map.toSource(4)).toBe(6);
    expect(map.anchorList()).toEqual([{ target: 0, source: 0 }, { target: 3, source: 5, replacedEnd: true }]);
  });

  it('gives every offset of a decomposed text, short or with thousands of accented letters', () => {
    for (const words of [1, 3, 2000]) {
      const composed = Array.from({ length: words }, (_, i) => `Huế ${i} Đà Nẵng`).join('\n');
      const original = composed.normalize('NFD');
      const { text, map } = normalizeText(original);
      expect(text).toBe(composed);
      // Every character of the normalized text slices, through the map, to its source.
      for (let i = 0; i < text.length; i++) {
        expect(original.slice(map.toSource(i), map.toSourceEnd(i + 1)).normalize('NFC'), `${words} words, at ${i}`).toBe(text[i]);
      }
      expect(new OffsetMap(map.anchorList()).toSourceEnd(text.length)).toBe(original.length);
    }
  });
});

describe('MappedTextBuilder', () => {
  it('joins any number of pieces into the text they make', () => {
    const builder = new MappedTextBuilder();
    let expected = '';
    for (let i = 0; i < 5000; i++) {
      builder.keep(`${i},`, expected.length + i);
      expected += `${i},`;
    }
    const { text, map } = builder.build();
    expect(text).toBe(expected);
    // Each piece was kept one code unit further on in the source than the one before.
    expect(map.toSource(expected.indexOf('4999,'))).toBe(expected.indexOf('4999,') + 4999);
  });
});
