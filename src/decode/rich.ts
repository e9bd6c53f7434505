/**
 * Inputs that are not text: PDF (text layer, or OCR with `ocr`) and page images (OCR). Recognised
 * by their first bytes, or by the format asked for; anything else is left to the text decoders.
 */
import type { DecodedInput, DecodeNote } from '../core.js';
import { InputError } from '../errors.js';
import type { InputFormat } from '../parse.js';
import { looksLikePdf } from './pdf/read.js';
import { imageKind } from './ocr/image.js';

export interface RichInputOptions {
  readonly path: string | null;
  readonly maxBytes: number;
  /** Read scans and PDFs with Tesseract instead of (or without) their text layer. */
  readonly ocr: boolean;
  readonly format: InputFormat | 'auto' | 'pdf';
}

/** Decode a PDF or an image, or return null for input that is neither. */
export async function decodeRichInput(bytes: Uint8Array, options: RichInputOptions): Promise<DecodedInput | null> {
  const { path } = options;
  const pdf = options.format === 'pdf' || (options.format === 'auto' && looksLikePdf(bytes));
  const image = options.format === 'auto' ? imageKind(bytes) : null;
  if (!pdf && image === null) {
    if (options.format === 'auto' && path !== null && /\.pdf$/i.test(path)) {
      throw new InputError('E_PDF', 'not a PDF (no %PDF- header): the file is damaged or misnamed', { file: path });
    }
    return null;
  }
  const notes: DecodeNote[] = [];
  let text: string;
  let encoding: string;
  if (pdf && !options.ocr) {
    const { pdfToText } = await import('./pdf/read.js');
    const result = await pdfToText(bytes, path);
    text = result.text;
    encoding = 'pdf';
    for (const message of result.warnings) notes.push({ ruleId: 'decode/pdf', severity: 'warning', message });
  } else {
    const { ocrToText } = await import('./ocr/index.js');
    const result = await ocrToText(bytes, { kind: pdf ? 'pdf' : image!, file: path });
    text = result.text;
    encoding = 'ocr';
    for (const message of result.warnings) notes.push({ ruleId: 'decode/ocr', severity: 'warning', message });
  }
  if (text.trim().length === 0) {
    throw new InputError('E_EMPTY', pdf ? 'no text on the pages' : 'no text found in the image', { file: path });
  }
  return { text, format: 'text', encoding, bom: false, bytes: bytes.byteLength, path, notes };
}
