/**
 * Reading input: bytes or text → decoded text → parsed, validated document. Shared by the
 * library API and the CLI.
 */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { decodeText } from './decode/index.js';
import { sniffMagic } from './decode/magic.js';
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
  if (typeof input === 'string') {
    bom = input.startsWith('\ufeff');
    // The BOM stays in the text (normalizing drops it): offsets count it, as they do in the file.
    text = input;
    bytes = Buffer.byteLength(input, 'utf8');
    if (bytes > maxBytes) throw tooLarge(bytes, maxBytes, path);
  } else {
    bytes = input.byteLength;
    if (bytes > maxBytes) throw tooLarge(bytes, maxBytes, path);
    if (sniffMagic(input) === 'pdf') {
      throw new InputError('E_UNSUPPORTED', 'a PDF file; PDF input needs a PDF reader: convert it to text first (pdftotext -layout)', { file: path });
    }
    if (format === 'docx' || (format === 'auto' && (looksLikeZip(input) || (path !== null && /\.docx$/i.test(path))))) {
      text = wrapDocxError(() => docxToMarkdown(input).text, path);
      format = 'docx';
      encoding = 'docx';
    } else {
      const decoded = decodeText(input, path);
      text = decoded.bom ? `\ufeff${decoded.text}` : decoded.text;
      encoding = decoded.encoding;
      bom = decoded.bom;
    }
  }
  if (text.trim().length === 0) {
    throw new InputError('E_EMPTY', bytes === 0 ? 'the file is empty' : 'the file has no text (only whitespace)', { file: path });
  }
  if (format === 'auto' && path !== null) format = formatFromPath(path);
  return { text, format, encoding, bom, bytes, path };
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

function formatFromPath(path: string): InputFormat | 'auto' {
  const ext = extname(path).toLowerCase();
  if (ext === '.md' || ext === '.markdown') return 'markdown';
  return 'auto';
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
