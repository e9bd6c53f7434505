/**
 * Letters a PDF draws without text: a font embedded whole (DejaVu Serif keeps glyphs in the
 * Macintosh order and builds its Vietnamese capitals from parts), its ToUnicode map then made to
 * send some glyphs to a space — as some producers do with the capitals of Times New Roman.
 */
import { readFileSync } from 'node:fs';
import fontkit from '@pdf-lib/fontkit';
import { decodePDFRawStream, PDFDocument, PDFName, PDFRawStream } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { readGlyphTable } from '../../src/decode/pdf/truetype.js';
import { fontFamily } from '../../src/decode/pdf/glyphs.js';
import { pdfToText } from '../../src/decode/pdf/read.js';
import { FONT_FILE, hasFont } from '../helpers/pdf.js';

const LINES = ['UBND TỈNH BÌNH THUẬN', 'SỞ TÀI CHÍNH', 'Kính gửi: Sở Nội vụ', 'Hiệp hội Doanh nghiệp tỉnh Bình Thuận', 'Sở ấy, chỗ ở, ậm ừ, ì ạch'];

/** The lines drawn in DejaVu Serif, embedded whole; `blank` letters' glyphs mapped to a space in ToUnicode. */
async function pdfWithBlankLetters(blank: string): Promise<Uint8Array> {
  const bytes = readFileSync(FONT_FILE);
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  const font = await pdf.embedFont(bytes, { subset: false });
  const page = pdf.addPage([595, 842]);
  LINES.forEach((line, i) => page.drawText(line, { x: 60, y: 780 - i * 24, size: 13, font }));
  await pdf.flush();
  const glyphs = new Set([...blank].map((c) => fontkit.create(bytes).glyphForCodePoint(c.codePointAt(0)!).id));
  for (const [ref, object] of pdf.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFRawStream)) continue;
    const text = Buffer.from(decodePDFRawStream(object).decode()).toString('latin1');
    if (!text.includes('begincmap')) continue;
    // `<gid> <text>` pairs: the blanked glyphs' text becomes a space.
    const edited = text.replace(/<([0-9A-Fa-f]{4})>\s*<([0-9A-Fa-f]{4,})>/g, (pair, gid: string) => (glyphs.has(parseInt(gid, 16)) ? `<${gid}> <0020>` : pair));
    pdf.context.assign(ref, pdf.context.flateStream(edited));
  }
  return pdf.save({ useObjectStreams: false });
}

describe.skipIf(!hasFont)('letters a ToUnicode map leaves blank', () => {
  it('are put back from the font: Macintosh glyph order for ASCII capitals, composite parts for Vietnamese ones', async () => {
    const read = await pdfToText(await pdfWithBlankLetters('BNDTHỈẬỞ'));
    for (const line of LINES) expect(read.text).toContain(line);
    expect(read.warnings).toContainEqual(expect.objectContaining({ ruleId: 'decode/pdf-unmapped-glyphs', message: expect.stringMatching(/DejaVu.* recovered from the font$/) }));
  });

  it('a map without blanks is read as it is, without the diagnostic', async () => {
    const read = await pdfToText(await pdfWithBlankLetters(''));
    for (const line of LINES) expect(read.text).toContain(line);
    expect(read.warnings.map((w) => w.ruleId)).not.toContain('decode/pdf-unmapped-glyphs');
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
