/** The `pdf` input format's decoder (registry entry in `../registry.ts`); pdf.js loads on first use. */
import { InputError } from '../../errors.js';
import type { Decoded } from '../types.js';
import { lacksDiacritics } from './diacritics.js';
import { looksLikePdf } from './magic.js';

export { looksLikePdf };

/** Longer PDFs are not read again by OCR unasked (it takes seconds a page): `--ocr` does it. */
export const AUTO_OCR_MAX_PAGES = 6;

/**
 * The text layer; when that layer is OCR without Vietnamese (no diacritics at all) and Tesseract
 * with its Vietnamese data is installed, the pages of a short PDF are read again by OCR — the
 * better text of the two — and the diagnostic says so. Without Tesseract the layer is kept, with the diagnostic.
 */
export async function decodePdf(bytes: Uint8Array, file: string | null): Promise<Decoded> {
  const { pdfToText } = await import('./read.js');
  const layer = await pdfToText(bytes, file);
  const layerDecoded: Decoded = { text: layer.text, encoding: 'pdf', bom: false, warnings: layer.warnings };
  if (!layer.warnings.some((w) => w.ruleId === 'decode/pdf-no-diacritics') || layer.pages > AUTO_OCR_MAX_PAGES) return layerDecoded;
  const { decodeOcr } = await import('../ocr/decoder.js');
  let ocr: Decoded;
  try {
    ocr = await decodeOcr(bytes, file);
  } catch (error) {
    // No OCR tools (or OCR failed on this file): the text layer is what there is.
    if (error instanceof InputError) return layerDecoded;
    throw error;
  }
  if (ocr.text.trim().length === 0 || lacksDiacritics(ocr.text)) return layerDecoded;
  return {
    ...ocr,
    warnings: [
      { ruleId: 'decode/pdf-no-diacritics', message: 'The text layer has no Vietnamese diacritics (OCR without Vietnamese): the pages were read again with Tesseract' },
      ...ocr.warnings,
    ],
  };
}
