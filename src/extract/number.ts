/**
 * Số, ký hiệu: `Số: 821 /MTTQ - BTT`, `Số: 12/QĐ-UBND`, `Số: 30/2020/NĐ-CP`, Party `Số 15-CV/TU`,
 * a draft's `Số:      /UBND-VP`. Spaces that OCR and typists put around separators are tolerated.
 */
import { ADMINISTRATIVE_TYPE_CODES, documentTypeByCode } from '../domain/document-types.js';
import { DASH } from '../domain/patterns.js';
import { DIGIT_LOOKALIKE_CLASS, NUMBER_LABEL_PREFIX, repairDigits } from '../domain/keywords.js';
import { NUMBER_LINE_SHAPES } from '../domain/number-grammar.js';
import type { DocumentNumber } from '../schema/document.js';
import { vre } from '../domain/vietnamese.js';

const PARTY = vre(`^${NUMBER_LINE_SHAPES.party}`, 'u');
const LEGAL = vre(`^${NUMBER_LINE_SHAPES.legal}`, 'u');
const STATE = vre(`^${NUMBER_LINE_SHAPES.state}`, 'u');

export interface ParsedNumber {
  readonly numbering: DocumentNumber;
  readonly symbol: string;
  /** Length of the text the number took, from the start of the input. */
  readonly length: number;
}

const DASHES = vre(`[${DASH}]`, 'gu');
const compact = (s: string) => s.replace(/\s+/g, '').replace(DASHES, '-');

/**
 * OCR reads `1` as `l`/`I` and `0` as `O` in the running number (`1l5/UBND`): restore digits in the
 * number before the first separator when it holds at least one real digit. Same length, so offsets hold.
 */
const OCR_RUNNING_NUMBER = new RegExp(`^\\s*((?:[0-9]|${DIGIT_LOOKALIKE_CLASS}){2,6})(?=\\s*[/${DASH}])`, 'u');

function ocrDigits(rest: string): string {
  const m = OCR_RUNNING_NUMBER.exec(rest);
  const digits = m?.[1];
  if (!m || digits === undefined || /^\d+$/.test(digits)) return rest;
  const fixed = repairDigits(digits);
  return rest.slice(0, m.index + m[0].length - digits.length) + fixed + rest.slice(m.index + m[0].length);
}

/**
 * Read a số/ký hiệu at the start of `text` (with or without the `Số` label).
 * `isLetter` says the document is a công văn, whose first group is the issuer, not a type code.
 */
export function parseDocumentNumber(text: string, options: { isLetter?: boolean } = {}): ParsedNumber | null {
  const label = text.match(NUMBER_LABEL_PREFIX);
  const offset = label ? label[0].length : 0;
  const rest = ocrDigits(text.slice(offset));
  const result = (m: RegExpMatchArray, symbol: string, fields: Omit<DocumentNumber, 'raw' | 'number'>): ParsedNumber => ({
    numbering: { raw: m[0].trim(), number: m[1] || null, ...fields },
    symbol,
    length: offset + m[0].length,
  });
  let m = rest.match(PARTY);
  if (m) {
    const groups = compact(m[3] ?? '').split('-');
    return result(m, `${m[2]}/${compact(m[3] ?? '')}`, {
      year: null,
      typeCode: m[2] ?? null,
      issuerCode: groups[0] ?? null,
      unitCodes: groups.slice(1),
      form: 'party',
    });
  }
  m = rest.match(LEGAL);
  if (m) {
    const groups = compact(m[3] ?? '').split('-');
    const typed = groups.length > 1;
    return result(m, `${m[2]}/${compact(m[3] ?? '')}`, {
      year: m[2] ?? null,
      typeCode: typed ? (groups[0] ?? null) : null,
      issuerCode: (typed ? groups[1] : groups[0]) ?? null,
      unitCodes: groups.slice(2),
      form: 'legal',
    });
  }
  m = rest.match(STATE);
  if (m) {
    const symbol = compact(m[2] ?? '');
    const groups = symbol.split(/[-/]/);
    const typed = !options.isLetter && groups.length > 1 && ADMINISTRATIVE_TYPE_CODES.has(groups[0] ?? '');
    return result(m, symbol, {
      year: null,
      typeCode: typed ? (groups[0] ?? null) : null,
      issuerCode: (typed ? groups[1] : groups[0]) ?? null,
      unitCodes: groups.slice(typed ? 2 : 1),
      form: typed ? 'typed' : groups.length > 1 ? 'administrative' : 'other',
    });
  }
  // A number OCR could not read (a handwritten `308` read as `2Œ`): the code after it still is one;
  // the noise is blanked (same length, so offsets hold) and the number left null.
  // `Số: 1 23 /TB-UBND`: OCR put a space between the digits of a number; read joined (the spaces move
  // after it, so offsets hold).
  const spaced = SPACED_NUMBER.exec(rest);
  if (spaced && label) {
    const digits = spaced[2]!.replace(/ /g, '');
    return parseDocumentNumber(text.slice(0, offset) + spaced[1] + digits + ' '.repeat(spaced[2]!.length - digits.length) + rest.slice(spaced[0].length), options);
  }
  const noise = UNREADABLE_NUMBER.exec(rest);
  if (noise && label) return parseDocumentNumber(text.slice(0, offset) + ' '.repeat(noise[0].length) + rest.slice(noise[0].length), options);
  return null;
}

/** Digits in groups a single space apart before the code's slash: `1 23`, `3 418`. */
const SPACED_NUMBER = /^(\s*)(\d{1,3}(?: \d{1,3}){1,2})(?=\s*\/)/u;

/** A short run of noise (not digits alone) before the code's slash: `2Œ`, `%J'`, `5 ÉØ`. */
const UNREADABLE_NUMBER = /^\s*(?!\d+\s*\/)[^\s/](?:[^/\n]{0,8}[^\s/])?(?=\s*\/)/u;

/** The type a number's code names (`12/QĐ-UBND` → Quyết định), when it has a type code. */
export function documentTypeOfNumber(numbering: DocumentNumber): string | null {
  if (!numbering.typeCode) return null;
  return documentTypeByCode(numbering.typeCode)?.name ?? null;
}
