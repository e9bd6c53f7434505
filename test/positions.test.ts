/**
 * Positions are exact: for every `sources` entry of every fixture (BOM, CRLF, NFD, UTF-16, tables,
 * .docx), the original text (as decoded, BOM included) sliced at its place reads as its raw value.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeInput } from '../src/core.js';
import { parseDocument } from '../src/index.js';
import { normalizeText } from '../src/normalize/index.js';
import { defined } from './helpers/defined.js';

const dir = join(import.meta.dirname, '..', 'fixtures');
const documents = readdirSync(dir).filter((n) => /\.(md|txt|docx|html)$/.test(n) && n !== 'README.md');

/**
 * Read as a reader reads: normalized (NFC, character references as their characters), markup and
 * table rules (`|`, box drawing's `│`) gone, whitespace folded.
 */
const reading = (s: string) =>
  normalizeText(s)
    .text
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/[*_\\|│┃║`]/g, '')
    .replace(/[\s\u00a0\u200b\ufeff]+/gu, ' ')
    .trim();

describe('every source place slices to its raw value', () => {
  for (const name of documents) {
    it(name, () => {
      const bytes = readFileSync(join(dir, name));
      const original = decodeInput(bytes, { path: name }).text;
      const doc = parseDocument(bytes, { path: name });
      const wrong: string[] = [];
      for (const [pointer, source] of Object.entries(doc.sources)) {
        const slice = original.slice(source.place.start.offset, source.place.end.offset);
        if (reading(slice) !== reading(source.raw)) wrong.push(`${pointer}: ${JSON.stringify(slice)} ≠ ${JSON.stringify(source.raw)}`);
      }
      expect(wrong).toEqual([]);
    });
  }

  it('counts a UTF-8 BOM as the first character, as the README says', () => {
    const text = 'Số: 12/UBND-VP\nV/v họp\n';
    const withBom = parseDocument(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]));
    const without = parseDocument(text);
    expect(defined(withBom.sources['/header/number']).place.start.offset).toBe(defined(without.sources['/header/number']).place.start.offset + 1);
  });

  it('ends a place after the combining marks of decomposed text (Huế)', () => {
    const original = 'UBND TỈNH\nSố: 12/UBND-VP\nHue\u0302\u0301, ngày 5 tháng 6 năm 2024\nV/v họp\n';
    const doc = parseDocument(original);
    const place = defined(doc.sources['/header/place']).place;
    expect(original.slice(place.start.offset, place.end.offset)).toBe('Hue\u0302\u0301');
  });

  it('places the subject on the subject alone, without V/v and the closing punctuation', () => {
    const original = 'UBND TỈNH\nSố: 12/UBND-VP\nV/v tăng cường phòng,\nchống dịch bệnh.\n\nKính gửi: Sở Y tế.\n';
    const source = defined(parseDocument(original).sources['/header/subject']);
    expect(original.slice(source.place.start.offset, source.place.end.offset)).toBe('tăng cường phòng,\nchống dịch bệnh');
  });
});
