import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { layoutPages, type GlyphRun } from '../../src/decode/pdf/index.js';
import { InputError, parseDocument, parseDocumentAsync } from '../../src/index.js';
import { agreement } from '../helpers/fields.js';
import { encryptedPdf, hasFont, pdfWithoutText, renderPdf } from '../helpers/pdf.js';

/** A run of text at (x, y from the top) in a 12-point font, 6 points per character. */
const run = (text: string, x: number, top: number, size = 12): GlyphRun => ({ text, x, y: 842 - top, width: text.length * size * 0.5, size });
const page = (...runs: GlyphRun[]) => ({ width: 595, height: 842, runs });

describe('layout text from glyph positions', () => {
  it('keeps the header cells apart, on one line, with a column gap', () => {
    const text = layoutPages([page(run('UBND TỈNH', 60, 60), run('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 280, 60.5), run('SỞ Y TẾ', 70, 75))]);
    const [first, second] = text.split('\n');
    expect(first).toMatch(/^UBND TỈNH {3,}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM$/);
    expect(second).toBe('  SỞ Y TẾ');
  });

  it('joins runs split inside a word, and spaces words apart', () => {
    const text = layoutPages([page(run('Hà Nộ', 60, 60), run('i', 90, 60), run('ngày', 99.5, 60))]);
    expect(text).toBe('Hà Nội ngày');
  });

  it('leaves a blank line where the page leaves space, and none between lines of a paragraph', () => {
    const text = layoutPages([page(run('một', 60, 100), run('hai', 60, 114), run('ba', 60, 128), run('bốn', 60, 156))]);
    expect(text).toBe('một\nhai\nba\n\nbốn');
  });

  it('puts a raised footnote mark on its line', () => {
    const text = layoutPages([page(run('sáng kiến', 60, 100), run('1', 114, 95, 7), run('tại Trung tâm', 124, 100))]);
    expect(text).toBe('sáng kiến1 tại Trung tâm');
  });

  it('leaves out page numbers', () => {
    const text = layoutPages([page(run('Trang một', 60, 100)), page(run('2', 290, 30), run('Trang hai', 60, 100)), page(run('Trang ba', 60, 100), run('- 3 -', 290, 800))]);
    expect(text).toBe('Trang một\n\fTrang hai\n\fTrang ba');
  });
});

describe('PDF input errors: one InputError naming the file', () => {
  it('a PDF without a text layer', async () => {
    await expect(parseDocumentAsync(await pdfWithoutText(), { path: 'scan.pdf' })).rejects.toMatchObject({ code: 'E_NO_TEXT_LAYER', file: 'scan.pdf', message: 'no text layer (scanned); use --ocr' });
  });

  it('an encrypted PDF', async () => {
    await expect(parseDocumentAsync(encryptedPdf(), { path: 'secret.pdf' })).rejects.toMatchObject({ code: 'E_PDF', file: 'secret.pdf', message: expect.stringMatching(/encrypted|password/) });
  });

  it('a damaged PDF', async () => {
    const error = await parseDocumentAsync(Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog'), { path: 'broken.pdf' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect(error).toMatchObject({ code: 'E_PDF', file: 'broken.pdf' });
  });

  it('parseDocument (synchronous) refuses a PDF and names the asynchronous API', () => {
    expect(() => parseDocument(encryptedPdf())).toThrow(/parseFile|asynchronous/);
  });
});

const dir = join(import.meta.dirname, '..', '..', 'fixtures');
const fixtures = readdirSync(dir)
  .filter((n) => n.endsWith('.txt') && !n.includes('utf16'))
  .map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8').replace(/^\ufeff/, '') }));

describe.skipIf(!hasFont)('fixtures rendered to PDF parse to the same fields', () => {
  it('every plain-text fixture', async () => {
    let total = 0;
    const misses: string[] = [];
    for (const { name, text } of fixtures) {
      const original = parseDocument(text, { path: name });
      const fromPdf = await parseDocumentAsync(await renderPdf(text), { path: `${name}.pdf` });
      expect(fromPdf.source.format).toBe('pdf');
      const { score, differences } = agreement(original, fromPdf);
      total += score;
      if (score < 1) misses.push(`${name}: ${differences.join('; ')}`);
    }
    expect(total / fixtures.length, misses.join('\n')).toBeGreaterThanOrEqual(0.9);
  }, 120_000);
});
