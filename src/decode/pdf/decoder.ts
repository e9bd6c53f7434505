/** The `pdf` input format's decoder (registry entry in `../registry.ts`); pdf.js loads on first use. */
import { InputError } from '../../errors.js';
import type { Decoded, DecodeOptions } from '../types.js';
import { lacksDiacritics } from './diacritics.js';
import { layoutPages, layoutPagesWithStarts, type PageRuns } from './layout.js';
import { looksLikePdf } from './magic.js';

export { looksLikePdf };

/**
 * Pages read again by OCR unasked, at most (a page takes 2–5 s to render and read): the first
 * pages up to the signature, which hold every field but the appendices. `--ocr` reads them all.
 */
export const AUTO_OCR_MAX_PAGES = 4;

/**
 * The text layer; when that layer is OCR without Vietnamese (no diacritics at all) and Tesseract
 * with its Vietnamese data is installed, the pages that carry the letter (see `pagesToReread`)
 * are read again by OCR and stand in for their layer, and the diagnostic says so. Without
 * Tesseract (or with `ocr: false`) the layer is kept, with the diagnostic.
 */
export async function decodePdf(bytes: Uint8Array, file: string | null, options: DecodeOptions = {}): Promise<Decoded> {
  if (options.ocr === true) {
    const { decodeOcr } = await import('../ocr/decoder.js');
    return decodeOcr(bytes, file);
  }
  const { pdfToText } = await import('./read.js');
  const layer = await pdfToText(bytes, file);
  const layerDecoded: Decoded = { text: layer.text, encoding: 'pdf', bom: false, warnings: layer.warnings, pageStarts: layer.pageStarts };
  if (options.ocr === false || !layer.warnings.some((w) => w.ruleId === 'decode/pdf-no-diacritics')) return layerDecoded;
  const wanted = pagesToReread(layer.pageRuns.map((page) => layoutPages([page])), AUTO_OCR_MAX_PAGES);
  const { ocrPdfPages, ocrWarnings } = await import('../ocr/read.js');
  let read;
  try {
    read = await ocrPdfPages(bytes, { file, pages: wanted });
  } catch (error) {
    // No OCR tools (or OCR failed on this file): the text layer is what there is.
    if (error instanceof InputError) return layerDecoded;
    throw error;
  }
  const reread = wanted.filter((n) => (read.pages[n - 1]?.runs.length ?? 0) > 0);
  const pages: PageRuns[] = layer.pageRuns.map((page, i) => (reread.includes(i + 1) ? read.pages[i]! : page));
  const ocrText = layoutPages(reread.map((n) => read.pages[n - 1]!));
  if (reread.length === 0 || lacksDiacritics(ocrText)) return layerDecoded;
  const kept = layer.pageRuns.length - reread.length;
  const how =
    kept === 0
      ? 'the pages were read again with Tesseract'
      : `page${reread.length > 1 ? 's' : ''} ${pageList(reread)} (the letter up to its signature) were read again with Tesseract; the other ${kept} keep the text layer (--ocr reads every page)`;
  const merged = layoutPagesWithStarts(pages);
  return {
    text: merged.text,
    pageStarts: merged.pageStarts,
    encoding: 'pdf+ocr',
    bom: false,
    warnings: [
      { ruleId: 'decode/pdf-no-diacritics', message: `The text layer has no Vietnamese diacritics (OCR without Vietnamese): ${how}` },
      ...layer.warnings.filter((w) => w.ruleId !== 'decode/pdf-no-diacritics'),
      ...ocrWarnings(read.ocr),
    ],
  };
}

/** The signature block or Nơi nhận as a diacritic-less OCR layer spells them (`No'i nhan`, `KT. CHU TICH`). */
const SIGNATURE = /^\s*N\S{0,2}i\s+nh\S{1,3}n\b|(?:^|\s{3})(?:KT|TM|TL|TUQ|Q)\s?\.\s*[A-ZĐ]{2}/imu;

/**
 * Which pages (1-based) to read again: the first, and the following ones up to the page with the
 * signature or Nơi nhận (the letter; an appendix after it keeps its layer), `budget` at most —
 * then the first two and the two that end at the signature. Without a signature, the first pages.
 */
export function pagesToReread(pageTexts: readonly string[], budget: number): number[] {
  const count = pageTexts.length;
  if (count === 0 || budget < 1) return [];
  const found = pageTexts.findIndex((text) => SIGNATURE.test(text));
  const last = found === -1 ? Math.min(count, budget) : found + 1;
  if (last <= budget) return Array.from({ length: last }, (_, i) => i + 1);
  const head = Math.ceil(budget / 2);
  const tail = budget - head;
  return [...Array.from({ length: head }, (_, i) => i + 1), ...Array.from({ length: tail }, (_, i) => last - tail + 1 + i)];
}

/** `1–3`, `1, 2, 9, 10`. */
function pageList(pages: readonly number[]): string {
  const consecutive = pages.every((n, i) => i === 0 || n === pages[i - 1]! + 1);
  return consecutive && pages.length > 2 ? `${pages[0]}–${pages[pages.length - 1]}` : pages.join(', ');
}
