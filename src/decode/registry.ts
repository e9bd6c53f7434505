/**
 * The input formats, each defined once. The `--input-format` choices, the config enum, the JSON
 * Schema of `source.format` and the `InputFormat` type all derive from this table, so adding a
 * format is one entry here and one module (its decoder).
 *
 * Detection (`--input-format auto`): the first entry whose `magic` matches the bytes, else the
 * first whose `extensions` match the file name, else the bytes are decoded as text and the text
 * formats decide by `sniff` (markdown syntax) — plain text last.
 *
 * Sync and async: `decode` runs synchronously and serves `parseDocument` as well as `parseFile`
 * and the CLI. A format whose decoder can only be asynchronous (pdf.js) gives `decodeAsync`
 * instead; `parseFile`, `parseFiles` and the CLI use it, and `parseDocument` refuses such input
 * with an `InputError` (`E_ASYNC_FORMAT`) that names `parseFile`/`parseDocumentAsync`.
 */
import type { ErrorCode } from '../errors.js';
import { docxToMarkdown, looksLikeZip } from './docx/index.js';
import { htmlToMarkdown, looksLikeHtml } from './html.js';
import { decodeTextOrLegacy } from './legacy/decode.js';
import { decodeOcr, looksLikeImage } from './ocr/decoder.js';
import { decodePdf, looksLikePdf } from './pdf/decoder.js';
import type { Decoded, DecodeOptions } from './types.js';

export interface DecoderEntry {
  /** One line for `--help` and the docs. */
  readonly description: string;
  /** File name endings, lower case, with the dot. */
  readonly extensions: readonly string[];
  /** True when the first bytes mark this format (magic numbers); checked before the file name. */
  readonly magic?: (bytes: Uint8Array) => boolean;
  /** For text formats: true when decoded text shows this format's syntax. */
  readonly sniff?: (text: string) => boolean;
  /** The decoded text is read as markdown (emphasis, GFM tables), not as plain text. */
  readonly markdown: boolean;
  /** The `InputError` code of a failure inside the decoder (default `E_DECODE`). */
  readonly errorCode?: ErrorCode;
  /** Bytes → text. `file` only names the input in error messages. */
  readonly decode?: (bytes: Uint8Array, file: string | null) => Decoded;
  /** Bytes → text for formats that can only be decoded asynchronously. */
  readonly decodeAsync?: (bytes: Uint8Array, file: string | null, options?: DecodeOptions) => Promise<Decoded>;
}

/** Markdown signals: emphasis, a GFM delimiter row, ATX headings, `<br>` in cells, HTML tables. */
export function looksLikeMarkdown(text: string): boolean {
  // (`**` then a letter: a line of stars under the agency, `***` in Đoàn and Party letters, is no emphasis.)
  return /\*\*[^\s*]|\|\s*:?-{3,}|^#{1,6}\s|<br\s*\/?>|<t(?:able|[dr])\b|^\s*\|.*\|\s*$/m.test(text.slice(0, 200_000));
}

// UTF-8/UTF-16, or a legacy Vietnamese encoding converted (with a decode/legacy-encoding note).
const asText = (bytes: Uint8Array, file: string | null): Decoded => decodeTextOrLegacy(bytes, file);

export const DECODERS = {
  docx: {
    description: 'Word (Office Open XML) documents, converted to markdown with pipe tables',
    extensions: ['.docx'],
    magic: looksLikeZip,
    errorCode: 'E_DOCX',
    markdown: true,
    decode: (bytes) => {
      const { text, warnings } = docxToMarkdown(bytes);
      return { text, encoding: 'docx', bom: false, warnings };
    },
  },
  pdf: {
    description: 'PDF: its text layer (pdf.js), laid out like `pdftotext -layout`; a scan without one needs --ocr',
    extensions: ['.pdf'],
    magic: looksLikePdf,
    errorCode: 'E_PDF',
    markdown: false,
    decodeAsync: decodePdf,
  },
  ocr: {
    description: 'page images (.png, .jpg, .tif) and, with --ocr, scanned PDFs: read by Tesseract OCR with its Vietnamese data',
    extensions: ['.png', '.jpg', '.jpeg', '.tif', '.tiff'],
    magic: looksLikeImage,
    errorCode: 'E_OCR',
    markdown: false,
    decodeAsync: decodeOcr,
  },
  html: {
    description: 'HTML pages (a saved web page, Word or pandoc HTML): read as markdown, tables kept as tables',
    extensions: ['.html', '.htm', '.xhtml'],
    magic: looksLikeHtml,
    markdown: true,
    decode: (bytes, file) => {
      const decoded = decodeTextOrLegacy(bytes, file);
      return { ...decoded, text: htmlToMarkdown(decoded.text), encoding: 'html', bom: false };
    },
  },
  markdown: {
    description: 'markdown, as converters (pandoc, MinerU, docx2md) write it',
    extensions: ['.md', '.markdown'],
    sniff: looksLikeMarkdown,
    markdown: true,
    decode: asText,
  },
  text: {
    description: 'plain text (UTF-8 or UTF-16), including pdftotext and OCR output',
    // No extension of its own: a `.txt` file with markdown syntax is read as markdown.
    extensions: [],
    markdown: false,
    decode: asText,
  },
} as const satisfies Record<string, DecoderEntry>;

export type InputFormat = keyof typeof DECODERS;
/** The format names, in detection order. */
export const INPUT_FORMATS = Object.keys(DECODERS) as [InputFormat, ...InputFormat[]];
/** `--input-format` values: `auto` and every format. */
export const INPUT_FORMAT_CHOICES = ['auto', ...INPUT_FORMATS] as const;

export function decoderOf(format: InputFormat): DecoderEntry {
  return DECODERS[format];
}

/** The format the bytes announce by magic number, else by the file name's ending; null = text, decide by sniffing. */
export function detectBinaryFormat(bytes: Uint8Array, path: string | null): InputFormat | null {
  for (const format of INPUT_FORMATS) {
    const magic = (DECODERS[format] as DecoderEntry).magic;
    if (magic?.(bytes)) return format;
  }
  const byName = formatOfPath(path);
  return byName !== null && !isTextFormat(byName) ? byName : null;
}

/** The format a file name's ending names, or null. */
export function formatOfPath(path: string | null): InputFormat | null {
  if (path === null) return null;
  const lower = path.toLowerCase();
  return INPUT_FORMATS.find((format) => DECODERS[format].extensions.some((ext) => lower.endsWith(ext))) ?? null;
}

/** Formats whose bytes are text (they share the text decoder and tell each other apart by syntax). */
export function isTextFormat(format: InputFormat): boolean {
  return (DECODERS[format] as DecoderEntry).decode === asText;
}

/** Of the text formats, the one whose syntax the text shows; plain text when none. */
export function sniffTextFormat(text: string): InputFormat {
  for (const format of INPUT_FORMATS) {
    const sniff = (DECODERS[format] as DecoderEntry).sniff;
    if (isTextFormat(format) && sniff?.(text)) return format;
  }
  return 'text';
}
