/**
 * A PDF whose ToUnicode map leaves some drawn letters blank, as some producers leave the capitals
 * of an embedded Times New Roman: DejaVu Serif (which keeps ASCII glyphs in the Macintosh order and
 * builds its Vietnamese capitals from parts) embedded whole, its map then edited.
 */
import { readFileSync } from 'node:fs';
import fontkit from '@pdf-lib/fontkit';
import { decodePDFRawStream, PDFDocument, PDFRawStream } from 'pdf-lib';
import { FONT_FILE } from './pdf.js';

export const LINES = ['UBND TỈNH BÌNH THUẬN', 'SỞ TÀI CHÍNH', 'Kính gửi: Sở Nội vụ', 'Hiệp hội Doanh nghiệp tỉnh Bình Thuận', 'Sở ấy, chỗ ở, ậm ừ, ì ạch', 'Về việc đề nghị bổ sung'];

/** The lines drawn in DejaVu Serif, embedded whole; `blank` letters' glyphs mapped to a space in ToUnicode. */
export async function pdfWithBlankLetters(blank: string): Promise<Uint8Array> {
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

