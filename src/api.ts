/**
 * The library API. Pure functions over strings and bytes, plus file helpers; no process exit,
 * no console output, no global state. Input that cannot be read at all throws an `InputError`;
 * content never throws: it comes back as `diagnostics`.
 */
import { asVbparseError, decodeInput, decodeInputAsync, parseDecoded, readInputFile, DEFAULT_MAX_BYTES, type ParseOptions } from './core.js';
import { decoderOf, INPUT_FORMATS } from './decode/registry.js';
import { InputError, VbparseError } from './errors.js';
import { findTables } from './lines/markdown.js';
import type { Diagnostic, ParsedDocument } from './schema/document.js';

export { DEFAULT_MAX_BYTES, type ParseOptions } from './core.js';

/**
 * Parse one document given as text or bytes (UTF-8/UTF-16 text, or a .docx file).
 * @throws InputError when the input is empty, binary, not decodable, or too large.
 */
export function parseDocument(input: string | Uint8Array, options: ParseOptions = {}): ParsedDocument {
  if (typeof input !== 'string' && !(input instanceof Uint8Array)) {
    throw new InputError('E_USAGE', `parseDocument expects a string or bytes (Uint8Array, Buffer), not ${kindOf(input)}`);
  }
  checkOptions(options, 'parseDocument');
  return parseDecoded(decodeInput(input, options), { validate: options.validate, findTables });
}

/**
 * Parse one document given as text or bytes, any format: also PDF (its text layer) and page images
 * or, with `format: 'ocr'`, scanned PDFs (Tesseract), whose decoders are asynchronous.
 * @throws InputError as `parseDocument` does, and for a damaged or encrypted PDF, a PDF without a
 * text layer (`E_NO_TEXT_LAYER`), or OCR tools that are not installed (`E_OCR`).
 */
export async function parseDocumentAsync(input: string | Uint8Array, options: ParseOptions = {}): Promise<ParsedDocument> {
  return parseDecoded(await decodeInputAsync(input, options), { validate: options.validate, findTables });
}

/**
 * Parse a file from disk; unlike `parseDocument`, formats whose decoder is asynchronous too.
 * @throws InputError when it is missing, a directory, or unreadable.
 */
export async function parseFile(path: string, options: Omit<ParseOptions, 'path'> = {}): Promise<ParsedDocument> {
  if (typeof path !== 'string' || path.length === 0) throw new InputError('E_USAGE', `parseFile expects a file path, not ${kindOf(path)}`);
  checkOptions(options, 'parseFile');
  // The bytes are held by no variable: once decoded, they are garbage while the text is parsed.
  const decoded = await decodeInputAsync(await readInputFile(path, options.maxBytes ?? DEFAULT_MAX_BYTES), { ...options, path });
  return parseDecoded(decoded, { validate: options.validate, findTables });
}

/** One result of `parseFiles`: a document, or the error that stopped that file. */
export type FileResult =
  | { readonly path: string; readonly document: ParsedDocument; readonly error?: undefined }
  | { readonly path: string; readonly document?: undefined; readonly error: VbparseError };

/**
 * Parse many files with bounded concurrency (file reads overlap; parsing runs on this thread),
 * yielding results in input order. A file that cannot be read yields its error; iteration goes on.
 */
export function parseFiles(
  paths: Iterable<string>,
  options: Omit<ParseOptions, 'path'> & { readonly concurrency?: number } = {},
): AsyncGenerator<FileResult> {
  // Checked now, not at the first `next()`: a wrong call fails where it is made.
  if (paths === null || typeof (paths as Iterable<string>)?.[Symbol.iterator] !== 'function' || typeof paths === 'string') {
    throw new VbparseError('E_USAGE', `parseFiles expects an iterable of file paths, not ${kindOf(paths)}`);
  }
  const queue = [...paths];
  const notPath = queue.find((p) => typeof p !== 'string' || p.length === 0);
  if (notPath !== undefined) throw new VbparseError('E_USAGE', `parseFiles expects file paths, not ${kindOf(notPath)}`);
  checkOptions(options, 'parseFiles');
  const { concurrency } = options;
  if (concurrency !== undefined && (typeof concurrency !== 'number' || !Number.isInteger(concurrency) || concurrency < 1)) {
    throw new VbparseError('E_USAGE', `parseFiles: concurrency must be a whole number of at least 1, not ${kindOf(concurrency)}`);
  }
  return iterateFiles(queue, options);
}

async function* iterateFiles(queue: string[], options: Omit<ParseOptions, 'path'> & { readonly concurrency?: number }): AsyncGenerator<FileResult> {
  const concurrency = Math.max(1, Math.floor(options.concurrency ?? 4));
  const pending = new Map<number, Promise<FileResult>>();
  let next = 0;
  const start = (i: number) => {
    const path = queue[i];
    if (path === undefined) return;
    pending.set(
      i,
      parseFile(path, options).then(
        (document): FileResult => ({ path, document }),
        (error: unknown): FileResult => ({ path, error: asVbparseError(error, path) }),
      ),
    );
  };
  while (next < queue.length && pending.size < concurrency) start(next++);
  for (let i = 0; i < queue.length; i++) {
    const result = await pending.get(i);
    pending.delete(i);
    if (result === undefined) throw new Error(`parseFiles: no result for ${queue[i]} (a bug in vbparse)`);
    if (next < queue.length) start(next++);
    yield result;
  }
}

/**
 * The findings about a document's form that the parser makes (missing components, blank number,
 * numbering gaps…), sorted by position.
 */
export function checkDocument(input: string | Uint8Array | ParsedDocument, options: ParseOptions = {}): Diagnostic[] {
  const document = typeof input === 'string' || input instanceof Uint8Array ? parseDocument(input, options) : input;
  return [...document.diagnostics].sort((a, b) => (a.place?.start.offset ?? -1) - (b.place?.start.offset ?? -1));
}

/** `format` values the library takes: `auto` and every format with a synchronous decoder (the registry's). */
const FORMAT_NAMES = ['auto', ...INPUT_FORMATS.filter((format) => decoderOf(format).decode !== undefined)];
const FORMATS: ReadonlySet<unknown> = new Set(FORMAT_NAMES);

/** Options are checked where they come in, with a message that names the call and the option. */
function checkOptions(options: unknown, call: string): void {
  if (options === undefined) return;
  if (options === null || typeof options !== 'object') throw new VbparseError('E_USAGE', `${call}: options must be an object, not ${kindOf(options)}`);
  const o = options as Record<string, unknown>;
  if (o.format !== undefined && !FORMATS.has(o.format)) throw new VbparseError('E_USAGE', `${call}: format must be one of ${FORMAT_NAMES.join(', ')}, not ${kindOf(o.format)}`);
  if (o.maxBytes !== undefined && (typeof o.maxBytes !== 'number' || !Number.isInteger(o.maxBytes) || o.maxBytes < 1)) {
    throw new VbparseError('E_USAGE', `${call}: maxBytes must be a whole number of bytes, at least 1, not ${kindOf(o.maxBytes)}`);
  }
  if (o.ocr !== undefined && typeof o.ocr !== 'boolean') throw new VbparseError('E_USAGE', `${call}: ocr must be true or false, not ${kindOf(o.ocr)}`);
  if (o.validate !== undefined && typeof o.validate !== 'boolean') throw new VbparseError('E_USAGE', `${call}: validate must be true or false, not ${kindOf(o.validate)}`);
  if (o.path !== undefined && o.path !== null && typeof o.path !== 'string') throw new VbparseError('E_USAGE', `${call}: path must be a string or null, not ${kindOf(o.path)}`);
}

/** A value named for an error message: `null`, `42`, `an object`, `"x"`. */
function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') {
    const name = (value as object).constructor?.name;
    return name && name !== 'Object' ? `a ${name}` : 'an object';
  }
  return `a ${typeof value}`;
}
