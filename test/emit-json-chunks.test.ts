import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonChunks, toJson } from '../src/emit/index.js';
import { parseDocument, type ParsedDocument } from '../src/index.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
const OPTIONS = [{}, { compact: true }, { sources: false }, { compact: true, sources: false }];

describe('JSON written in pieces (jsonChunks)', () => {
  it('is the text of toJson, byte for byte, for every fixture and every option', { timeout: 60_000 }, () => {
    for (const name of readdirSync(FIXTURES).filter((n) => /\.(txt|md)$/.test(n) && n !== 'README.md')) {
      const document = parseDocument(readFileSync(join(FIXTURES, name)), { path: name });
      for (const options of OPTIONS) expect([...jsonChunks(document, options)].join(''), `${name} ${JSON.stringify(options)}`).toBe(toJson(document, options));
    }
  });

  it('cuts a large document into pieces of about 64 K characters', () => {
    const letter = readFileSync(join(FIXTURES, 'cv-linear-mttq.md'), 'utf8');
    const [head, body] = [letter.slice(0, letter.indexOf('\n1. ')), letter.slice(letter.indexOf('\n1. '), letter.indexOf('Nơi nhận'))];
    const document = parseDocument(`${head}${body.repeat(60)}\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n`);
    const pieces = [...jsonChunks(document)];
    expect(pieces.join('')).toBe(toJson(document));
    expect(pieces.length).toBeGreaterThan(5);
    expect(Math.max(...pieces.map((piece) => piece.length))).toBeLessThan(2 * 65536);
  });

  it('writes what JSON.stringify writes for values JSON cannot hold and for empty containers', () => {
    const odd = {
      empty: {},
      none: [],
      gone: undefined,
      fn: () => 1,
      list: [undefined, () => 1, Number.NaN, -0, Infinity, { only: undefined }, [[]]],
      big: Array.from({ length: 700 }, (_, i) => ({ i, nested: { deep: [i, `ký tự "${i}"\n`, null, true] }, skip: undefined })),
      date: new Date(0),
    } as unknown as ParsedDocument;
    for (const options of [{}, { compact: true }]) expect([...jsonChunks(odd, options)].join('')).toBe(toJson(odd, options));
  });
});
