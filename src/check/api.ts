/**
 * `lintDocument(input)`: the thể thức messages of one document given as text or bytes (a .docx
 * is linted with its Word run properties too). Never throws on content; throws `InputError` only
 * for input that cannot be read at all, as `parseDocument` does.
 */
import { decodeInput, type ParseOptions } from '../core.js';
import { findTables } from '../lines/markdown.js';
import { readDocxLayout } from './docx/read.js';
import { lintDecoded, type LintOptions } from './lint.js';
import type { LintMessage } from './types.js';

export interface LintDocumentOptions extends Pick<ParseOptions, 'format' | 'path' | 'maxBytes'>, Pick<LintOptions, 'lang' | 'rules'> {}

export function lintDocument(input: string | Uint8Array, options: LintDocumentOptions = {}): LintMessage[] {
  const decoded = decodeInput(input, options);
  let docx = null;
  if (decoded.encoding === 'docx' && typeof input !== 'string') {
    try {
      docx = readDocxLayout(input);
    } catch {
      docx = null; // the text rules still run
    }
  }
  return lintDecoded(decoded, { lang: options.lang, rules: options.rules, findTables, docx }).messages;
}
