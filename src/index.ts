export { parseDocument, parseDocumentAsync, parseFile, parseFiles, checkDocument, DEFAULT_MAX_BYTES } from './api.js';
export type { ParseOptions, FileResult } from './api.js';
export { parseText, looksLikeMarkdown } from './parse.js';
export type { ParseTextOptions, InputFormat } from './parse.js';
export {
  documentSchema,
  referenceSchema,
  taskSchema,
  signerSchema,
  diagnosticSchema,
  positionSchema,
  SCHEMA_VERSION,
} from './schema/document.js';
export type {
  ParsedDocument,
  Header,
  Reference,
  Task,
  TaskKind,
  DistributionEntry,
  Signer,
  Diagnostic,
  Position,
  Point,
  DocumentNumber,
  IssueDate,
  SourceRef,
  BodyParagraph,
} from './schema/document.js';
export { documentJsonSchema } from './schema/json-schema.js';
export { parseDocumentNumber } from './extract/number.js';
export { parsePlaceDate } from './extract/date.js';
export { toJson, toYaml, toMarkdown, emit } from './emit/index.js';
export type { OutputFormat, EmitOptions } from './emit/index.js';
export { VbparseError, InputError, OutputError } from './errors.js';
export type { ErrorCode } from './errors.js';
export { DOCUMENT_TYPES, documentTypeByCode, documentTypeByName } from './domain/document-types.js';
export { VERSION } from './version.js';
export { lintDocument, RULES as LINT_RULES, runCheck } from './check/index.js';
export type { LintMessage, LintResult, LintDocumentOptions, CheckOptions } from './check/index.js';
