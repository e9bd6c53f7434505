/**
 * `decode/…` rules of the legacy-encoding, PDF and OCR decoders.
 */
import { describe, expect, it } from 'vitest';
import { ocrWarnings } from '../../src/decode/ocr/index.js';
import { pdfToText } from '../../src/decode/pdf/index.js';
import { parseDocument, parseDocumentAsync } from '../../src/index.js';
import { cp1252Bytes, toTcvn3 } from '../helpers/encodings.js';
import { hasFont, renderPdf } from '../helpers/pdf.js';
import { letter } from './cases.js';

const ruleIds = (doc: { diagnostics: Array<{ ruleId: string }> }) => doc.diagnostics.map((d) => d.ruleId);
const stripMarks = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');

describe('decode/legacy-encoding', () => {
  it('is reported, as info, for a letter in TCVN3 bytes', () => {
    const doc = parseDocument(cp1252Bytes(toTcvn3(letter())), { path: 'letter.txt' });
    expect(doc.diagnostics).toContainEqual(expect.objectContaining({ ruleId: 'decode/legacy-encoding', severity: 'info' }));
    expect(doc.header.number).toBe('215');
  });

  it('is not reported for UTF-8', () => {
    expect(ruleIds(parseDocument(Buffer.from(letter())))).not.toContain('decode/legacy-encoding');
  });
});

describe('decode/pdf-no-diacritics', () => {
  it.skipIf(!hasFont)('is reported for a text layer without Vietnamese marks', async () => {
    // (Where Tesseract is installed the pages are OCR'd again; without marks on the page either,
    // the text layer is kept.)
    const doc = await parseDocumentAsync(await renderPdf(stripMarks(letter())));
    expect(ruleIds(doc)).toContain('decode/pdf-no-diacritics');
  }, 120_000);

  it.skipIf(!hasFont)('is not reported for a text layer with them', async () => {
    expect(ruleIds(await parseDocumentAsync(await renderPdf(letter())))).not.toContain('decode/pdf-no-diacritics');
  });
});

describe('decode/pdf-pages-skipped', () => {
  const long = `${letter()}\n${'Dòng thêm của văn bản.\n'.repeat(80)}`;
  it.skipIf(!hasFont)('is reported when the PDF has more pages than are read', async () => {
    const result = await pdfToText(await renderPdf(long), 'long.pdf', { maxPages: 1 });
    expect(result.warnings.map((w) => w.ruleId)).toContain('decode/pdf-pages-skipped');
  });

  it.skipIf(!hasFont)('is not reported when every page is read', async () => {
    const result = await pdfToText(await renderPdf(long), 'long.pdf');
    expect(result.warnings.map((w) => w.ruleId)).not.toContain('decode/pdf-pages-skipped');
  });
});

describe('decode/ocr-low-confidence', () => {
  const page = (confidence: number) => ({ width: 100, height: 100, words: [{ text: 'Số', left: 0, top: 0, width: 10, height: 10, line: '1.1.1.1', confidence }] });
  it('is reported when Tesseract is unsure of its words', () => {
    expect(ocrWarnings([page(35)]).map((w) => w.ruleId)).toEqual(['decode/ocr-low-confidence']);
  });

  it('is not reported for a clean page', () => {
    expect(ocrWarnings([page(93)])).toEqual([]);
  });
});
