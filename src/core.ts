/**
 * Reading input: bytes or text → decoded text → parsed, validated document. Shared by the
 * library API and the CLI.
 */
import { createReadStream, readFile as readFileCallback, stat as statCallback } from 'node:fs';
import { promisify } from 'node:util';
import { decoderOf, detectBinaryFormat, formatOfPath, isTextFormat, type InputFormat } from './decode/registry.js';
import { decodeTextOrLegacy, repairLegacyText } from './decode/legacy/decode.js';
import { looksLikeHtmlText } from './decode/html.js';
import type { Decoded, DecodeWarning } from './decode/types.js';
import { sniffMagic } from './decode/magic.js';
import { InputError, VbparseError } from './errors.js';
import { diagnostic } from './extract/context.js';
import type { TableFinder } from './lines/tables.js';
import { parseText } from './parse.js';
import type { ParsedDocument } from './schema/document.js';
import { documentIssues, isValidDocument } from './schema/document-validator.generated.js';

// fs's callback API as promises: node:fs/promises loads Node's readline and stream modules, a few
// per cent of a `vbparse FILE` run.
const readFile = promisify(readFileCallback);
const stat = promisify(statCallback);

export interface ParseOptions {
  /** How to read the input: `auto` (default) looks at the bytes and the file name. */
  readonly format?: InputFormat | 'auto';
  /** Shown in `source.path` and in error messages. */
  readonly path?: string | null;
  /** Check the result against the zod schema (default true); a mismatch becomes a diagnostic. */
  readonly validate?: boolean;
  /** Refuse inputs larger than this many bytes (default 16 MiB). */
  readonly maxBytes?: number;
  /**
   * OCR of a PDF: `true` reads every page as an image (as `format: 'ocr'`), `false` never; unset,
   * a text layer without diacritics is read again by OCR where Tesseract is installed.
   */
  readonly ocr?: boolean;
}

export const DEFAULT_MAX_BYTES = 16 * 1024 * 1024;

/** An input decoded to text, with what was learnt on the way. */
export interface DecodedInput {
  readonly text: string;
  /** The format read; `auto` = text whose markup (markdown or plain) the parser decides by its syntax. */
  readonly format: InputFormat | 'auto';
  readonly encoding: string;
  readonly bom: boolean;
  readonly bytes: number;
  readonly path: string | null;
  /** What the decoder could not carry over; becomes `decode/…` diagnostics. */
  readonly warnings: readonly DecodeWarning[];
  /** Paged input (PDF, scans): the 0-based line where each page begins. */
  readonly pageStarts?: readonly number[];
}

/**
 * Bytes or text → text, synchronously. Throws `InputError` for empty, binary, undecodable or too
 * large input, and for a format that can only be decoded asynchronously (use `decodeInputAsync`).
 */
export function decodeInput(input: string | Uint8Array, options: ParseOptions = {}): DecodedInput {
  return decodeWith(input, options, (format, bytes, path) => {
    const decoder = decoderOf(format);
    if (!decoder.decode) {
      throw new InputError('E_ASYNC_FORMAT', `${format} input can only be read asynchronously: use parseFile`, { file: path });
    }
    return decoder.decode(bytes, path);
  });
}

/** Bytes or text → text; formats with an asynchronous decoder (see `decode/registry.ts`) too. */
export async function decodeInputAsync(input: string | Uint8Array, options: ParseOptions = {}): Promise<DecodedInput> {
  const pending: { promise: Promise<Decoded> | null } = { promise: null };
  const decoded = decodeWith(input, options, (format, bytes, path) => {
    const decoder = decoderOf(format);
    if (decoder.decode) return decoder.decode(bytes, path);
    if (!decoder.decodeAsync) throw new InputError('E_DECODE', `no decoder for ${format} input`, { file: path });
    pending.promise = decoder.decodeAsync(bytes, path, { ocr: options.ocr });
    return null;
  });
  const { promise } = pending;
  if (promise === null) return decoded;
  const late = await wrapDecodeError(() => promise, decoded.format, decoded.path);
  return finish({ ...decoded, ...late }, decoded.path);
}

type RunDecoder = (format: InputFormat, bytes: Uint8Array, path: string | null) => Decoded | null;

function decodeWith(input: string | Uint8Array, options: ParseOptions, run: RunDecoder): DecodedInput {
  const path = options.path ?? null;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const requested = options.format ?? 'auto';
  if (typeof input === 'string') {
    // An HTML page given as a string is converted as its bytes would be.
    if (requested === 'html' || (requested === 'auto' && (formatOfPath(path) === 'html' || looksLikeHtmlText(input)))) {
      return decodeWith(Buffer.from(input, 'utf8'), { ...options, format: 'html' }, run);
    }
    const bytes = Buffer.byteLength(input, 'utf8');
    if (bytes > maxBytes) throw tooLarge(bytes, maxBytes, path);
    const bom = input.startsWith('\ufeff');
    const format = requested === 'auto' ? textFormatOfPath(path) : requested;
    const text = bom ? input.slice(1) : input;
    // A string in a legacy encoding (what a font-unaware conversion left, or VIQR) is converted too.
    const legacy = repairLegacyText(text);
    const warnings = legacy ? [{ ruleId: 'decode/legacy-encoding' as const, message: legacy.message }] : [];
    // Else the BOM stays in the text (normalizing drops it): offsets count it, as they do in the file.
    return finish({ text: legacy?.text ?? input, format, encoding: legacy ? `utf-8+${legacy.encoding}` : 'utf-8', bom, bytes, path, warnings }, path);
  }
  const bytes = input.byteLength;
  if (bytes > maxBytes) throw tooLarge(bytes, maxBytes, path);
  const binary = requested === 'auto' ? detectBinaryFormat(input, path) : isTextFormat(requested) ? null : requested;
  if (binary !== null) {
    const decoded = wrapDecodeError(() => run(binary, input, path), binary, path);
    const base = { format: binary, bytes, path };
    // An asynchronous decoder fills the text in later.
    if (decoded === null) return { ...base, text: '', encoding: binary, bom: false, warnings: [] };
    return finish({ ...base, ...decoded }, path);
  }
  // A PDF saved under any name (`.txt`) is recognised by its bytes, not read as a letter.
  if (sniffMagic(input) === 'pdf') {
    throw new InputError('E_UNSUPPORTED', 'a PDF file; PDF input needs a PDF reader: convert it to text first (pdftotext -layout)', { file: path });
  }
  const decoded = decodeTextOrLegacy(input, path);
  const format = requested === 'auto' ? textFormatOfPath(path) : requested;
  // The BOM stays in the text (unless it was converted from a legacy encoding), as above.
  const keepBom = decoded.bom && !decoded.encoding.includes('+');
  return finish({ ...decoded, text: keepBom ? `\ufeff${decoded.text}` : decoded.text, format, bytes, path }, path);
}

function finish(input: DecodedInput, path: string | null): DecodedInput {
  if (input.text.trim().length === 0) {
    throw new InputError('E_EMPTY', input.bytes === 0 ? 'the file is empty' : 'the file has no text (only whitespace)', { file: path });
  }
  return input;
}

/** Parse decoded input and validate the result against the schema. */
export function parseDecoded(input: DecodedInput, options: { validate?: boolean; findTables?: TableFinder } = {}): ParsedDocument {
  const document = parseText(input.text, { ...input, findTables: options.findTables });
  if (options.validate !== false) validateInto(document);
  return document;
}

/** Read a file's bytes, with errors that name the file and the reason. */
export async function readInputFile(path: string, maxBytes: number = DEFAULT_MAX_BYTES): Promise<Uint8Array> {
  let info;
  try {
    info = await stat(path);
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError('E_NOT_FOUND', 'no such file', { file: path, cause });
    throw new InputError('E_READ', `cannot read (${code ?? String(cause)})`, { file: path, cause });
  }
  if (info.isDirectory()) throw new InputError('E_IS_DIRECTORY', 'is a directory, not a file', { file: path });
  if (info.size > maxBytes) throw tooLarge(info.size, maxBytes, path);
  try {
    // A FIFO, a device (`/dev/zero`) or a special file has no size up front: read it up to the limit.
    if (!info.isFile()) return await readLimited(createReadStream(path), maxBytes, path);
    return await readFile(path);
  } catch (cause) {
    if (cause instanceof VbparseError) throw cause;
    const code = (cause as NodeJS.ErrnoException).code;
    throw new InputError('E_READ', `cannot read (${code ?? String(cause)})`, { file: path, cause });
  }
}

/**
 * Read a stream (standard input, a FIFO, a device) up to `maxBytes`: one byte more and reading
 * stops with `E_TOO_LARGE`, so an endless or huge input never fills memory.
 */
export async function readLimited(stream: NodeJS.ReadableStream & { destroy?: () => void }, maxBytes: number, path: string | null): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    total += buffer.length;
    if (total > maxBytes) {
      stream.destroy?.();
      throw new InputError('E_TOO_LARGE', `the input is more than the ${formatSize(maxBytes)} limit`, { file: path });
    }
    chunks.push(buffer);
  }
  return Buffer.concat(chunks, total);
}

export function asVbparseError(error: unknown, path: string | null): VbparseError {
  if (error instanceof VbparseError) return error;
  return new VbparseError('E_READ', (error as Error)?.message ?? String(error), { file: path, cause: error });
}

/** A text format named by the file's ending (`.md`); else `auto`: the parser decides by the syntax. */
function textFormatOfPath(path: string | null): InputFormat | 'auto' {
  const format = formatOfPath(path);
  return format !== null && isTextFormat(format) ? format : 'auto';
}

/** A size for people: `1 KB`, `16 MB`, `1.5 GB`, `900 bytes`. */
export function formatSize(bytes: number): string {
  const units: Array<[string, number]> = [['GB', 1024 ** 3], ['MB', 1024 ** 2], ['KB', 1024]];
  for (const [unit, size] of units) {
    if (bytes >= size) {
      const value = bytes / size;
      return `${Number.isInteger(value) ? value : value.toFixed(1).replace(/\.0$/, '')} ${unit}`;
    }
  }
  return `${bytes} bytes`;
}

function tooLarge(bytes: number, max: number, path: string | null): InputError {
  return new InputError('E_TOO_LARGE', `the input is ${formatSize(bytes)}, more than the ${formatSize(max)} limit (maxBytes)`, { file: path });
}

/** A decoder's failure as an `InputError` that names the file; a sync or async decoder alike. */
function wrapDecodeError<T>(fn: () => T, format: InputFormat | 'auto', path: string | null): T {
  const wrap = (error: unknown): never => {
    if (error instanceof VbparseError) {
      if (error.file === null) throw new InputError(error.code, error.message, { file: path, cause: error });
      throw error;
    }
    const code = format === 'auto' ? 'E_DECODE' : (decoderOf(format).errorCode ?? 'E_DECODE');
    throw new InputError(code, `cannot read ${format} input: ${(error as Error)?.message ?? String(error)}`, { file: path, cause: error });
  };
  try {
    const result = fn();
    return (result instanceof Promise ? result.catch(wrap) : result) as T;
  } catch (error) {
    return wrap(error);
  }
}

/**
 * Schema check; a mismatch is a bug in vbparse, reported instead of thrown. The validator is
 * compiled from the zod schema by the build: no zod to build or interpret at run time.
 */
function validateInto(document: ParsedDocument): void {
  if (isValidDocument(document)) return;
  for (const issue of documentIssues(document).slice(0, 5)) {
    document.diagnostics.push(diagnostic('internal/schema', `Output does not match the schema at /${issue.path.join('/')}: ${issue.message}`));
  }
}
