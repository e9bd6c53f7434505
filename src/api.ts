/**
 * The library API. Pure functions over strings and bytes, plus file helpers; no process exit,
 * no console output, no global state. Input that cannot be read at all throws an `InputError`;
 * content never throws: it comes back as `diagnostics`.
 */
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { decodeText } from './decode/index.js';
import { docxToMarkdown, looksLikeZip } from './decode/docx.js';
import { InputError, VbparseError } from './errors.js';
import { parseText, type InputFormat } from './parse.js';
import { documentSchema, type Diagnostic, type ParsedDocument } from './schema/document.js';

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

/**
 * Parse one document given as text or bytes (UTF-8/UTF-16 text, or a .docx file).
 * @throws InputError when the bytes are empty, binary, not decodable, or too large.
 */
export function parseDocument(input: string | Uint8Array, options: ParseOptions = {}): ParsedDocument {
  const path = options.path ?? null;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let text: string;
  let encoding = 'utf-8';
  let bom = false;
  let bytes: number;
  let format = options.format ?? 'auto';
  if (typeof input === 'string') {
    text = input.startsWith('\ufeff') ? input.slice(1) : input;
    bom = input.startsWith('\ufeff');
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
      const decoded = decodeText(input, path);
      text = decoded.text;
      encoding = decoded.encoding;
      bom = decoded.bom;
    }
  }
  if (text.trim().length === 0) {
    throw new InputError('E_EMPTY', bytes === 0 ? 'the file is empty' : 'the file has no text (only whitespace)', { file: path });
  }
  if (format === 'auto' && path !== null) format = formatFromPath(path);
  const document = parseText(text, { format, path, encoding, bom, bytes });
  if (options.validate !== false) validateInto(document);
  return document;
}

/** Parse a file from disk. */
export async function parseFile(path: string, options: Omit<ParseOptions, 'path'> = {}): Promise<ParsedDocument> {
  const bytes = await readInput(path, options.maxBytes ?? DEFAULT_MAX_BYTES);
  return parseDocument(bytes, { ...options, path });
}

/** One result of `parseFiles`: a document, or the error that stopped that file. */
export type FileResult =
  | { readonly path: string; readonly document: ParsedDocument; readonly error?: undefined }
  | { readonly path: string; readonly document?: undefined; readonly error: VbparseError };

/**
 * Parse many files with bounded concurrency, yielding results in input order as they are ready.
 * A file that cannot be read yields its error; the iteration goes on.
 */
export async function* parseFiles(
  paths: Iterable<string>,
  options: Omit<ParseOptions, 'path'> & { readonly concurrency?: number } = {},
): AsyncGenerator<FileResult> {
  const queue = [...paths];
  const concurrency = Math.max(1, Math.floor(options.concurrency ?? 4));
  const pending = new Map<number, Promise<FileResult>>();
  let next = 0;
  const start = (i: number) => {
    const path = queue[i];
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
    const result = await pending.get(i)!;
    pending.delete(i);
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

async function readInput(path: string, maxBytes: number): Promise<Uint8Array> {
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

function asVbparseError(error: unknown, path: string): VbparseError {
  if (error instanceof VbparseError) return error;
  return new VbparseError('E_READ', (error as Error)?.message ?? String(error), { file: path, cause: error });
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
