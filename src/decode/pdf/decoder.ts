/** The `pdf` input format's decoder (registry entry in `../registry.ts`); pdf.js loads on first use. */
import type { Decoded, DecodeWarning } from '../types.js';
import { looksLikePdf } from './magic.js';

export { looksLikePdf };

export async function decodePdf(bytes: Uint8Array, file: string | null): Promise<Decoded> {
  const { pdfToText } = await import('./read.js');
  const result = await pdfToText(bytes, file);
  return { text: result.text, encoding: 'pdf', bom: false, warnings: result.warnings };
}

export type { DecodeWarning };
