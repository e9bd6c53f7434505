/**
 * The `ocr` input format's decoder (registry entry in `../registry.ts`): page images, and PDFs
 * when `--ocr` (`--input-format ocr`) asks for their pages to be read as images.
 */
import { InputError } from '../../errors.js';
import { looksLikePdf } from '../pdf/magic.js';
import type { Decoded } from '../types.js';
import { imageKind } from './image.js';

export const looksLikeImage = (bytes: Uint8Array): boolean => imageKind(bytes) !== null;

export async function decodeOcr(bytes: Uint8Array, file: string | null): Promise<Decoded> {
  const kind = looksLikePdf(bytes) ? 'pdf' : imageKind(bytes);
  if (kind === null) throw new InputError('E_OCR', 'not a PDF or a PNG, JPEG or TIFF image: nothing to OCR', { file });
  const { ocrToText } = await import('./read.js');
  const result = await ocrToText(bytes, { kind, file });
  return { text: result.text, encoding: 'ocr', bom: false, warnings: result.warnings, ...(result.pageStarts && { pageStarts: result.pageStarts }) };
}
