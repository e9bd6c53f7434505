/**
 * PDFs written for the tests: a text document rendered with pdf-lib and an embedded Unicode font
 * (DejaVu Serif from Debian's fonts-dejavu-core), its columns placed as a word processor would, a
 * page number on every page but the first; a scan of it (page images only, via pdftoppm); an
 * encrypted file; a PDF without text.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, rgb } from 'pdf-lib';

export const FONT_FILE = '/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf';
export const hasFont = existsSync(FONT_FILE);

const commandExists = (name: string) => {
  try {
    execFileSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};
export const hasOcrTools = commandExists('pdftoppm') && commandExists('tesseract');

const PAGE = { width: 595, height: 842, left: 60, right: 320, top: 60, bottom: 60 };

/**
 * Render a plain-text document: each line on a baseline; a cell after a TAB or three spaces or
 * more, or a line indented by 20 spaces or more, goes in the right-hand column.
 */
export async function renderPdf(text: string, options: { size?: number } = {}): Promise<Uint8Array> {
  const size = options.size ?? 11;
  const leading = size * 1.45;
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  const font = await pdf.embedFont(readFileSync(FONT_FILE), { subset: true });
  let page = pdf.addPage([PAGE.width, PAGE.height]);
  let y = PAGE.height - PAGE.top;
  let pageNumber = 1;
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    if (y < PAGE.bottom + leading) {
      page = pdf.addPage([PAGE.width, PAGE.height]);
      pageNumber++;
      page.drawText(String(pageNumber), { x: PAGE.width / 2, y: PAGE.height - 30, size: 10, font });
      y = PAGE.height - PAGE.top;
    }
    const indent = raw.match(/^[ \t]*/)![0];
    const cells = raw.trim().split(/\t+| {3,}/).filter((c) => c.length > 0);
    cells.forEach((cell, i) => {
      const right = i > 0 || indent.replace(/\t/g, '        ').length >= 20;
      const x = right ? PAGE.right : PAGE.left;
      page.drawText(cell, { x, y, size, font, color: rgb(0, 0, 0) });
    });
    y -= leading;
  }
  return pdf.save();
}

/** A scan of the PDF: every page rasterized (grey, like a scanner) and put back as an image only. */
export async function scanPdf(pdfBytes: Uint8Array, dpi = 200): Promise<Uint8Array> {
  const dir = mkdtempSync(join(tmpdir(), 'vbparse-scan-'));
  try {
    writeFileSync(join(dir, 'in.pdf'), pdfBytes);
    execFileSync('pdftoppm', ['-r', String(dpi), '-gray', '-png', join(dir, 'in.pdf'), join(dir, 'page')]);
    const scan = await PDFDocument.create();
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.png')).sort()) {
      const image = await scan.embedPng(readFileSync(join(dir, name)));
      const page = scan.addPage([PAGE.width, PAGE.height]);
      page.drawImage(image, { x: 0, y: 0, width: PAGE.width, height: PAGE.height });
    }
    return scan.save();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** One page image (PNG) of a PDF. */
export function pageImage(pdfBytes: Uint8Array, dpi = 200): Uint8Array {
  const dir = mkdtempSync(join(tmpdir(), 'vbparse-page-'));
  try {
    writeFileSync(join(dir, 'in.pdf'), pdfBytes);
    execFileSync('pdftoppm', ['-r', String(dpi), '-gray', '-png', '-singlefile', '-f', '1', '-l', '1', join(dir, 'in.pdf'), join(dir, 'page')]);
    return readFileSync(join(dir, 'page.png'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A PDF with a drawing and no text at all. */
export async function pdfWithoutText(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const page = pdf.addPage([PAGE.width, PAGE.height]);
  page.drawRectangle({ x: 50, y: 50, width: 200, height: 100, color: rgb(0.2, 0.2, 0.2) });
  return pdf.save();
}

/**
 * A PDF encrypted with the standard security handler and a user password (RC4, revision 2): its
 * `/U` entry matches no empty password, so a reader needs the password to open it.
 */
export function encryptedPdf(): Uint8Array {
  const hex32 = 'a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90';
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>',
    `<< /Filter /Standard /V 1 /R 2 /O <${hex32}> /U <${hex32}> /P -44 >>`,
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Encrypt 4 0 R /ID [<0123456789abcdef0123456789abcdef> <0123456789abcdef0123456789abcdef>] >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(body, 'latin1'));
}
