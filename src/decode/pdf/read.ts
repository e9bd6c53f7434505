/**
 * `.pdf` → layout text (see `layout.ts`) and warnings. The text layer is read as it is; a PDF
 * without one (a scan) is refused with a hint to use OCR, a damaged or encrypted one with the reason.
 */
import { InputError } from '../../errors.js';
import type { DecodeWarning } from '../types.js';
import { lacksDiacritics } from './diacritics.js';
import { layoutPagesWithStarts, type PageRuns } from './layout.js';

export interface PdfTextResult {
  text: string;
  warnings: DecodeWarning[];
  /** Pages in the file. */
  pages: number;
  /** The runs of every page read, for a caller that lays some pages out again (OCR of a few pages). */
  pageRuns: PageRuns[];
  /** The line of `text` where each page begins (0-based). */
  pageStarts: readonly number[];
}

/** Pages read at most; a longer PDF is cut there (with a warning). */
export const MAX_PDF_PAGES = 500;

export { looksLikePdf } from './magic.js';

/**
 * Read a PDF's text layer as layout text.
 * @throws InputError `E_PDF` for a damaged, encrypted or password-protected file, `E_NO_TEXT_LAYER`
 * for a PDF whose pages carry no text (a scan: read it with OCR).
 */
export async function pdfToText(bytes: Uint8Array, file: string | null = null, options: { maxPages?: number } = {}): Promise<PdfTextResult> {
  const maxPages = options.maxPages ?? MAX_PDF_PAGES;
  const { readTextLayer, PdfOpenError } = await import('./pdfjs.js');
  let layer;
  try {
    layer = await readTextLayer(bytes, { maxPages });
  } catch (error) {
    if (error instanceof PdfOpenError) {
      const why =
        error.reason === 'password'
          ? 'the PDF is encrypted (password-protected): cannot read its text'
          : `not a readable PDF (${error.message.replace(/\s+/g, ' ').slice(0, 120)})`;
      throw new InputError('E_PDF', why, { file, cause: error });
    }
    throw new InputError('E_PDF', `cannot read the PDF (${oneLine(error)})`, { file, cause: error });
  }
  const { text, pageStarts } = layoutPagesWithStarts(layer.pages);
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  if (letters < 20 * Math.max(1, Math.min(layer.pages.length, 3)) / 3) {
    throw new InputError('E_NO_TEXT_LAYER', 'no text layer (scanned); use --ocr', { file });
  }
  const warnings: DecodeWarning[] = [];
  if (layer.skippedPages > 0) {
    warnings.push({ ruleId: 'decode/pdf-pages-skipped', message: `Only the first ${maxPages} of ${layer.pageCount} pages were read` });
  }
  const { recovered, unresolved, fonts } = layer.glyphs;
  if (recovered + unresolved > 0) {
    const left = unresolved > 0 ? `; ${unresolved} could not be read and show as \uFFFD` : '';
    warnings.push({
      ruleId: 'decode/pdf-unmapped-glyphs',
      message: `The font${fonts.length > 1 ? 's' : ''} ${fonts.join(', ')} draw${fonts.length > 1 ? '' : 's'} letters without text in the PDF: ${recovered} recovered from the font${left}`,
    });
  }
  if (lacksDiacritics(text)) {
    warnings.push({ ruleId: 'decode/pdf-no-diacritics', message: 'The text layer has no Vietnamese diacritics (OCR without Vietnamese?): names and words may be misread; --ocr reads the page images instead' });
  }
  return { text, warnings, pages: layer.pageCount, pageRuns: layer.pages, pageStarts };
}

function oneLine(error: unknown): string {
  return String((error as Error)?.message ?? error).replace(/\s+/g, ' ').slice(0, 160);
}
