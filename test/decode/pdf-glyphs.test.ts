/**
 * Letters a PDF draws without text: a font embedded whole (DejaVu Serif keeps glyphs in the
 * Macintosh order and builds its Vietnamese capitals from parts), its ToUnicode map then made to
 * send some glyphs to a space — as some producers do with the capitals of Times New Roman.
 */
import { readFileSync } from 'node:fs';
import fontkit from '@pdf-lib/fontkit';
import { describe, expect, it } from 'vitest';
import { readGlyphTable } from '../../src/decode/pdf/truetype.js';
import { fontFamily, withKnownMarks } from '../../src/decode/pdf/glyphs.js';
import { letterAt } from '../../src/decode/pdf/unreadable.js';
import { pdfToText } from '../../src/decode/pdf/read.js';
import { FONT_FILE, hasFont, hasOcrTools } from '../helpers/pdf.js';
import { LINES, pdfWithBlankLetters } from '../helpers/pdf-glyphs.js';

describe.skipIf(!hasFont)('letters a ToUnicode map leaves blank', () => {
  it('are put back from the font: Macintosh glyph order for ASCII capitals, composite parts for Vietnamese ones', async () => {
    const read = await pdfToText(await pdfWithBlankLetters('BNDTHỈẬỞ'));
    for (const line of LINES) expect(read.text).toContain(line);
    expect(read.warnings).toContainEqual(expect.objectContaining({ ruleId: 'decode/pdf-unmapped-glyphs', message: expect.stringMatching(/DejaVu.* recovered from the font$/) }));
  });

  it('a letter the font does not tell either (a simple glyph past ASCII: `đ`) shows as U+FFFD without OCR', async () => {
    const read = await pdfToText(await pdfWithBlankLetters('đ'), null, { ocr: false });
    expect(read.text).toContain('Về việc \uFFFDề nghị bổ sung');
    expect(read.warnings).toContainEqual(expect.objectContaining({ ruleId: 'decode/pdf-unmapped-glyphs', message: expect.stringMatching(/1 could not be read and show as \uFFFD$/) }));
  });

  it.skipIf(!hasOcrTools)('…and is read by OCR where it is drawn when Tesseract is there', async () => {
    const read = await pdfToText(await pdfWithBlankLetters('đ'));
    expect(read.text).toContain('Về việc đề nghị bổ sung');
    expect(read.warnings).toContainEqual(expect.objectContaining({ ruleId: 'decode/pdf-unmapped-glyphs', message: expect.stringMatching(/1 read by OCR where it is drawn$/) }));
  }, 60_000);

  it('a map without blanks is read as it is, without the diagnostic', async () => {
    const read = await pdfToText(await pdfWithBlankLetters(''));
    for (const line of LINES) expect(read.text).toContain(line);
    expect(read.warnings.map((w) => w.ruleId)).not.toContain('decode/pdf-unmapped-glyphs');
  });
});

describe('a letter read by OCR where it is drawn', () => {
  const unknown = String.fromCodePoint(0xf0000);

  it('is taken from a reading that lines up with the known letters', () => {
    expect(letterAt(`S${unknown} TÀI CHÍNH`, unknown, 'SỞ TÀI CHÍNH')).toBe('Ở');
    // Marks and case aside, the other letters agree.
    expect(letterAt(`S${unknown} TÀI CHÍNH`, unknown, 'SỞ TAI CHINH')).toBe('Ở');
  });

  it('is found by its neighbours when the reading is longer or shorter', () => {
    expect(letterAt(`Về việc ${unknown}ề nghị`, unknown, '| Về việc đề nghị.')).toBe('đ');
  });

  it('is not taken from a reading that does not line up, nor when it is not a letter', () => {
    expect(letterAt(`S${unknown} TÀI CHÍNH`, unknown, 'xyz')).toBeUndefined();
    expect(letterAt(`S${unknown} TÀI`, unknown, 'S0 TÀI')).toBeUndefined();
  });

  it('the tone mark the font knows wins over the one OCR saw', () => {
    expect(withKnownMarks('Ớ', '\u0309')).toBe('Ở');
    expect(withKnownMarks('O', '\u031b\u0309')).toBe('Ở');
    expect(withKnownMarks('Ớ', '')).toBe('Ớ');
  });
});

describe('font facts', () => {
  it('a family name leaves out the subset prefix and the style', () => {
    expect(fontFamily('ABCDEF+Times New Roman,Bold')).toBe('times new roman');
    expect(fontFamily('TimesNewRomanPS-BoldMT')).toBe('timesnewroman');
    expect(fontFamily('Arial')).toBe('arial');
  });

  it.skipIf(!hasFont)('a TrueType glyph table tells composite glyphs and their parts', () => {
    const table = readGlyphTable(readFileSync(FONT_FILE))!;
    const font = fontkit.create(readFileSync(FONT_FILE));
    const id = (c: string) => font.glyphForCodePoint(c.codePointAt(0)!).id;
    expect(table.hasOutline(id('A'))).toBe(true);
    expect(table.hasOutline(id(' '))).toBe(false);
    expect(table.components(id('A'))).toBeNull();
    expect(table.components(id('Ậ'))?.[0]).toBe(id('A'));
  });

  it('a damaged font file gives null, not an exception', () => {
    expect(readGlyphTable(new Uint8Array([0, 1, 0, 0, 0, 9, 0, 0]))).toBeNull();
    expect(readGlyphTable(new Uint8Array(0))).toBeNull();
  });
});
