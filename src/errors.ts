/**
 * Typed errors. The library throws only these, for input it cannot read at all
 * (the parser itself never throws on content: it returns diagnostics).
 */

export type ErrorCode =
  | 'E_NOT_FOUND'
  | 'E_IS_DIRECTORY'
  | 'E_READ'
  | 'E_EMPTY'
  | 'E_BINARY'
  | 'E_DECODE'
  | 'E_TOO_LARGE'
  | 'E_DOCX'
  | 'E_UNSUPPORTED'
  | 'E_PDF'
  | 'E_NO_TEXT_LAYER'
  | 'E_OCR'
  | 'E_ASYNC_FORMAT'
  | 'E_WRITE'
  | 'E_USAGE';

/** Base class of every error vbparse throws; `code` is stable, `file` names the input when known. */
export class VbparseError extends Error {
  readonly code: ErrorCode;
  readonly file: string | null;
  constructor(code: ErrorCode, message: string, options: { file?: string | null; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'VbparseError';
    this.code = code;
    this.file = options.file ?? null;
  }
}

/** The input could not be read or decoded (missing, a directory, empty, binary, not UTF-8/16, too large). */
export class InputError extends VbparseError {
  constructor(code: ErrorCode, message: string, options: { file?: string | null; cause?: unknown } = {}) {
    super(code, message, options);
    this.name = 'InputError';
  }
}

/** An output file could not be written. */
export class OutputError extends VbparseError {
  constructor(message: string, options: { file?: string | null; cause?: unknown } = {}) {
    super('E_WRITE', message, options);
    this.name = 'OutputError';
  }
}

// The bundles are minified: the classes keep their names for `util.inspect`, stack traces and
// `error.constructor.name` (else an uncaught error prints as `t [InputError]: …`).
for (const [errorClass, name] of [[VbparseError, 'VbparseError'], [InputError, 'InputError'], [OutputError, 'OutputError']] as const) {
  Object.defineProperty(errorClass, 'name', { value: name });
}
