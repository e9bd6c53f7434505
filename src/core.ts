/**
 * Reading input: bytes or text → decoded text → parsed, validated document. Shared by the
 * library API (which loads remark eagerly) and the CLI (which loads it only for tables).
 */
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { decodeText } from './decode/index.js';
import { decodeLegacyBytes, repairLegacyText } from './decode/legacy/decode.js';
import { docxToMarkdown, looksLikeZip } from './decode/docx.js';
import { InputError, VbparseError } from './errors.js';
import type { TableFinder } from './lines/tables.js';
import { parseText, type InputFormat } from './parse.js';
import { documentSchema, type ParsedDocument } from './schema/document.js';

export interface ParseOptions {
  /** How to read the input: `auto` (default) looks at the bytes and the file name. */
  readonly format?: InputFormat | 'auto';
  /** Shown in `source.path` and in error messages. */
  readonly path?: string | null;
  /** Check the result against the zod schema (default true); a mismatch becomes a diagnostic. */
  readonly validate?: boolean;
  /** Refuse inputs larger than this many bytes (default 16 MiB). */
  readonly maxBytes?: number;
}

export const DEFAULT_MAX_BYTES = 16 * 1024 * 1024;

/** An input decoded to text, with what was learnt on the way. */
export interface DecodedInput {
  readonly text: string;
  readonly format: InputFormat | 'auto';
  readonly encoding: string;
  readonly bom: boolean;
  readonly bytes: number;
  readonly path: string | null;
  /** What the decoder converted or could not carry over (→ `decode/*` diagnostics). */
  readonly notes?: readonly DecodeNote[];
}

/** A finding of the decoding step, reported with the document's diagnostics. */
export interface DecodeNote {
  readonly ruleId: `decode/${string}`;
  readonly severity: 'warning' | 'info';
  readonly message: string;
}

/**
 * Bytes or text → text. Throws `InputError` for empty, binary, undecodable or too large input.
 */
export function decodeInput(input: string | Uint8Array, options: ParseOptions = {}): DecodedInput {
  const path = options.path ?? null;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let format = options.format ?? 'auto';
  let text: string;
  let encoding = 'utf-8';
  let bom = false;
  let bytes: number;
  const notes: DecodeNote[] = [];
  if (typeof input === 'string') {
    bom = input.startsWith('\ufeff');
    text = bom ? input.slice(1) : input;
    bytes = Buffer.byteLength(input, 'utf8');
    if (bytes > maxBytes) throw tooLarge(bytes, maxBytes, path);
  } else {
    bytes = input.byteLength;
    if (bytes > maxBytes) throw tooLarge(bytes, maxBytes, path);
    if (format === 'docx' || (format === 'auto' && (looksLikeZip(input) || (path !== null && /\.docx$/i.test(path))))) {
      text = wrapDocxError(() => docxToMarkdown(input).text, path);
      format = 'docx';
      encoding = 'docx';
    } else {
      let decoded;
      try {
        decoded = decodeText(input, path);
      } catch (error) {
        // Not UTF-8: a TCVN3, VNI or Windows-1258 file reads as Vietnamese once converted.
        const legacy = error instanceof InputError && error.code === 'E_DECODE' ? decodeLegacyBytes(input) : null;
        if (!legacy) throw error;
        notes.push({ ruleId: 'decode/legacy-encoding', severity: 'info', message: legacy.message });
        decoded = { text: legacy.text, encoding: legacy.encoding, bom: false };
      }
      text = decoded.text;
      encoding = decoded.encoding;
      bom = decoded.bom;
    }
  }
  if (notes.length === 0) {
    const repaired = repairLegacyText(text);
    if (repaired) {
      text = repaired.text;
      if (encoding !== 'docx') encoding = `${encoding}+${repaired.encoding}`;
      notes.push({ ruleId: 'decode/legacy-encoding', severity: 'info', message: repaired.message });
    }
  }
  if (text.trim().length === 0) {
    throw new InputError('E_EMPTY', bytes === 0 ? 'the file is empty' : 'the file has no text (only whitespace)', { file: path });
  }
  if (format === 'auto' && path !== null) format = formatFromPath(path);
  return { text, format, encoding, bom, bytes, path, notes };
}

/**
 * Like {@link decodeInput}, and reads what needs more than a synchronous decoder: PDF (its text
 * layer through pdf.js, loaded only then) and, with `ocr`, scans and images through Tesseract.
 */
export async function decodeInputAsync(input: string | Uint8Array, options: ParseOptions & { readonly ocr?: boolean } = {}): Promise<DecodedInput> {
  if (typeof input !== 'string') {
    const { decodeRichInput } = await import('./decode/rich.js');
    const rich = await decodeRichInput(input, { path: options.path ?? null, maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES, ocr: options.ocr ?? false, format: options.format ?? 'auto' });
    if (rich) return rich;
  }
  return decodeInput(input, options);
}

/** Parse decoded input and validate the result against the schema. */
export function parseDecoded(input: DecodedInput, options: { validate?: boolean; findTables?: TableFinder } = {}): ParsedDocument {
  const document = parseText(input.text, { ...input, findTables: options.findTables });
  for (const note of input.notes ?? []) {
    document.diagnostics.unshift({ ruleId: note.ruleId, severity: note.severity, message: note.message, place: null, source: 'vbparse' });
  }
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
    return await readFile(path);
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    throw new InputError('E_READ', `cannot read (${code ?? String(cause)})`, { file: path, cause });
  }
}

export function asVbparseError(error: unknown, path: string | null): VbparseError {
  if (error instanceof VbparseError) return error;
  return new VbparseError('E_READ', (error as Error)?.message ?? String(error), { file: path, cause: error });
}

function formatFromPath(path: string): InputFormat | 'auto' {
  const ext = extname(path).toLowerCase();
  if (ext === '.md' || ext === '.markdown') return 'markdown';
  return 'auto';
}

function tooLarge(bytes: number, max: number, path: string | null): InputError {
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
  return new InputError('E_TOO_LARGE', `the input is ${mb(bytes)}, more than the ${mb(max)} limit (raise it with --max-bytes)`, { file: path });
}

function wrapDocxError<T>(fn: () => T, path: string | null): T {
  try {
    return fn();
  } catch (error) {
    if (error instanceof VbparseError) {
      if (error.file === null) throw new InputError(error.code, error.message, { file: path, cause: error });
      throw error;
    }
    throw new InputError('E_DOCX', `cannot read .docx: ${(error as Error).message}`, { file: path, cause: error });
  }
}

/** Schema check; a mismatch is a bug in vbparse, reported instead of thrown. */
function validateInto(document: ParsedDocument): void {
  const result = documentSchema.safeParse(document);
  if (result.success) return;
  for (const issue of result.error.issues.slice(0, 5)) {
    document.diagnostics.push({
      ruleId: 'internal/schema',
      severity: 'error',
      message: `Output does not match the schema at /${issue.path.join('/')}: ${issue.message}`,
      place: null,
      source: 'vbparse',
    });
  }
}
