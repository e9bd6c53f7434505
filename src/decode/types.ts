/** What every decoder gives back: the text, how it was read, and what could not be carried over. */
import type { DecodeRuleId } from '../diagnostics/rules.js';

/** Something a decoder could not carry over into the text; it becomes a `decode/…` diagnostic. */
export interface DecodeWarning {
  readonly ruleId: DecodeRuleId;
  readonly message: string;
  /** Where in the decoded text it concerns (UTF-16 offsets, end exclusive), when it concerns a part. */
  readonly span?: { readonly start: number; readonly end: number };
}

export interface Decoded {
  readonly text: string;
  /** `utf-8`, `utf-16le`, `utf-16be`, or the format's own name (`docx`). */
  readonly encoding: string;
  readonly bom: boolean;
  readonly warnings: readonly DecodeWarning[];
  /**
   * For paged input (PDF, scans): page n (1-based) begins at line `pageStarts[n − 1]` (0-based)
   * of `text`. Positions then carry the page and the line within it.
   */
  readonly pageStarts?: readonly number[];
}

/** How a decoder may read its input (options of `parseFile`/`--ocr`, `--no-ocr`). */
export interface DecodeOptions {
  /**
   * OCR of a PDF's pages: `true` reads every page as an image; `false` never (the text layer as it
   * is); unset, the pages of a text layer without diacritics are read again where Tesseract is installed.
   */
  readonly ocr?: boolean;
}
