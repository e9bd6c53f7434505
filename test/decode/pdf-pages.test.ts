/**
 * Pages: positions in a PDF carry the page and the line within it, counted in the text
 * `--format text` prints, whose pages a form feed begins; which pages of a diacritic-less OCR
 * layer are read again; the red channel that drops a seal.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ppmRedChannel } from '../../src/decode/ocr/read.js';
import { pagesToReread } from '../../src/decode/pdf/decoder.js';
import { layoutPagesWithStarts, type GlyphRun } from '../../src/decode/pdf/layout.js';
import { Locator } from '../../src/normalize/locator.js';
import { letter } from '../diagnostics/cases.js';
import { hasFont, renderPdf } from '../helpers/pdf.js';

const ROOT = join(import.meta.dirname, '..', '..');
const work = mkdtempSync(join(tmpdir(), 'vbparse-pdf-pages-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const run = (text: string, top: number): GlyphRun => ({ text, x: 60, y: 842 - top, width: text.length * 6, size: 12 });
const page = (...runs: GlyphRun[]) => ({ width: 595, height: 842, runs });

describe('where each page begins', () => {
  it('a form feed begins each page after the first; the starts count lines of the text', () => {
    const { text, pageStarts } = layoutPagesWithStarts([page(run('một', 100), run('hai', 114)), page(run('ba', 100)), page(run('bốn', 100), run('năm', 114))]);
    expect(text).toBe('một\nhai\n\fba\n\fbốn\nnăm');
    expect(pageStarts).toEqual([0, 2, 3]);
  });

  it('a page without text begins where the next page does, or after the last line', () => {
    const { text, pageStarts } = layoutPagesWithStarts([page(run('một', 100)), page(), page(run('hai', 100)), page()]);
    expect(text).toBe('một\n\fhai');
    expect(pageStarts).toEqual([0, 1, 1, 2]);
  });

  it('a point gets the page and the line within it; without pages, only line and column', () => {
    const text = 'một\nhai\n\fba\n\fbốn\nnăm';
    const paged = new Locator(text, [0, 2, 3]);
    expect(paged.point(text.indexOf('hai'))).toMatchObject({ line: 2, page: 1, pageLine: 2 });
    expect(paged.point(text.indexOf('năm'))).toMatchObject({ line: 5, column: 1, page: 3, pageLine: 2 });
    expect(new Locator(text).point(text.indexOf('năm'))).toEqual({ line: 5, column: 1, offset: text.indexOf('năm') });
  });
});

describe.skipIf(!hasFont)('vbparse on a PDF of several pages', () => {
  it('every source names its page and line: the text --format text prints, split at form feeds, has the value there', async () => {
    const body = Array.from({ length: 60 }, (_, i) => `${i + 1}. Nội dung thứ ${i + 1} của công văn, viết cho đủ dài một dòng.`).join('\n');
    const file = join(work, 'long.pdf');
    writeFileSync(file, await renderPdf(letter({ body })));
    const vbparse = (...args: string[]) => spawnSync(process.execPath, [join(ROOT, 'bin', 'vbparse.js'), file, ...args], { encoding: 'utf8', timeout: 60_000 });
    const json = vbparse('--compact');
    expect(json.status, json.stderr).toBe(0);
    const doc = JSON.parse(json.stdout) as { sources: Record<string, { raw: string; place: { start: { line: number; column: number; page: number; pageLine: number } } }> };
    const pages = vbparse('--format', 'text').stdout.split('\f');
    expect(pages.length).toBeGreaterThanOrEqual(2);
    const onLaterPages = Object.values(doc.sources).filter((s) => s.place.start.page > 1);
    expect(onLaterPages.length).toBeGreaterThan(0);
    for (const { raw, place } of Object.values(doc.sources)) {
      const line = pages[place.start.page - 1]!.split('\n')[place.start.pageLine - 1]!;
      // The column counts the form feed on a page's first line, as `line` and `column` count it in the whole text.
      expect(line.slice(place.start.column - 1)).toContain(raw.split('\n')[0]);
    }
    expect(doc.sources['/signer/name']!.place.start.page).toBe(pages.length);
  }, 60_000);
});

describe('pages of a diacritic-less OCR layer read again', () => {
  const plain = 'Can cu Luat To chuc chinh quyen dia phuong';
  const signature = `No'i nhan:                          KT. CHU TICH`;

  it('the first page through the one with the signature', () => {
    expect(pagesToReread([plain, signature, 'PHU LUC', 'bang'], 4)).toEqual([1, 2]);
  });

  it('without a signature: the first pages, the budget at most', () => {
    expect(pagesToReread([plain, plain, plain, plain, plain, plain], 4)).toEqual([1, 2, 3, 4]);
    expect(pagesToReread([plain, plain], 4)).toEqual([1, 2]);
  });

  it('a signature beyond the budget: the first pages and those that end at the signature', () => {
    expect(pagesToReread([plain, plain, plain, plain, plain, plain, `TM. UY BAN NHAN DAN`, plain], 4)).toEqual([1, 2, 6, 7]);
  });

  it('nothing for no pages or no budget', () => {
    expect(pagesToReread([], 4)).toEqual([]);
    expect(pagesToReread([plain], 0)).toEqual([]);
  });
});

describe('the red channel of a page', () => {
  it('keeps black and blue dark, makes red as light as the paper', () => {
    // 3×1 pixels: black, red (a seal), blue (ink).
    const ppm = Buffer.concat([Buffer.from('P6\n# pdftoppm\n3 1\n255\n', 'latin1'), Buffer.from([0, 0, 0, 230, 40, 40, 20, 40, 200])]);
    const pgm = Buffer.from(ppmRedChannel(ppm)!);
    expect(pgm.subarray(0, 11).toString('latin1')).toBe('P5\n3 1\n255\n');
    expect([...pgm.subarray(11)]).toEqual([0, 230, 20]);
  });

  it('anything but an 8-bit binary PPM gives null', () => {
    expect(ppmRedChannel(Buffer.from('P5\n1 1\n255\n\0', 'latin1'))).toBeNull();
    expect(ppmRedChannel(Buffer.from('P6\n2 2\n255\n\0\0\0', 'latin1'))).toBeNull();
    expect(ppmRedChannel(new Uint8Array(0))).toBeNull();
  });
});
