/**
 * The one grammar of a số/ký hiệu (NĐ 30 Điều 8.3, HD 36 §3), used by the header's number line, the
 * citation reader and the linter. Shapes:
 *
 * - legal `n/yyyy/TYPE-ISSUER` (`30/2020/NĐ-CP`, `85/2015/QH13`);
 * - Party `n-TYPE/ISSUER(-UNIT)` (`15-CV/TU`, `1529-CV/BTGTU`);
 * - state `n/ISSUER-UNIT`, `n/TYPE-ISSUER` (`85/KH-UBND`, `118/TTg`).
 *
 * Two spacing policies share the grammar: on a number line (`loose`) any spaces may stand around a
 * separator (`Số:173    /KH-UBND`, `12 /UBND - VP`); in running text (`tight`) at most two, and a
 * spaced hyphen only before a group in capitals, so `số 12/UBND - Ban …` stops before `Ban`.
 */
import { DASH } from './patterns.js';

/**
 * One group of a ký hiệu: a capital first letter, then letters, digits or `&` (`QĐ`, `TTg`,
 * `GD&ĐT`, `QH13`), optionally dotted parts (`OL.WMCLV`) and a bracketed unit (`CAT(PC04)`).
 */
export const CODE_GROUP = '[A-ZĐ][A-Za-zĐđ0-9&]*(?:\\.[A-ZĐ][A-Za-zĐđ0-9&]*)*(?:\\([A-ZĐ0-9][A-Za-zĐđ0-9&]*\\))?';
/** A group in capitals (after a spaced dash in running text). */
export const CODE_GROUP_CAPS = '[A-ZĐ][A-ZĐ0-9&]*(?:\\([A-ZĐ0-9][A-ZĐ0-9&]*\\))?';
/** A group that may start with a digit (`CV/01CPXD`), only after a number-less first group. */
export const CODE_GROUP_DIGIT_FIRST = '(?=[0-9A-ZĐ]*[A-ZĐ])[0-9A-ZĐ][A-Za-zĐđ0-9&]*';
/** The dash between groups: any dash a converter produces (normalised to `-` in the output). */
export const CODE_DASH = `[${DASH}]`;
/** Running number: 1 to 6 digits, with a dotted sub-number (`66.4/2025/NQ-CP`, `128.2025/…`). */
export const RUNNING_NUMBER = '[0-9]{1,6}(?:\\.[0-9]{1,4})?';
/** The year of a legal number. */
export const CODE_YEAR = '(?:19|20)[0-9]{2}';

export type Spacing = 'loose' | 'tight';

export interface NumberGrammarOptions {
  /** Spaces around separators: `loose` on a number line, `tight` in running text. */
  readonly spacing: Spacing;
  /** Capture groups: number, (year), type/first groups, rest (see `parseDocumentNumber`). */
  readonly capture: boolean;
  /** The running number may be left blank (a draft's `Số:      /UBND-VP`). */
  readonly blankNumber: boolean;
}

export interface NumberShapes {
  readonly legal: string;
  readonly party: string;
  readonly state: string;
}

/** The three shapes as pattern sources (not anchored), for one spacing policy. */
export function numberShapes(options: NumberGrammarOptions): NumberShapes {
  const sp = options.spacing === 'loose' ? '\\s*' : '[ \\t]{0,2}';
  const cap = (s: string) => (options.capture ? `(${s})` : s);
  // A unit written in digits (`CV-01`) only with a tight dash, and only last.
  const digitUnit = `(?:${CODE_DASH}[0-9]{1,4}(?![\\p{L}\\p{N}]))?`;
  const more =
    options.spacing === 'loose'
      ? // A bracketed unit may stand a space apart on a number line (`45/TTr-CAT (PC04)`).
        `(?:${sp}${CODE_DASH}${sp}${CODE_GROUP})*${digitUnit}(?:[ \\t]?\\([A-ZĐ0-9][A-Za-zĐđ0-9&]*\\))?`
      : // A code wrapped at a dash (`428/TTXT-` / `ĐTDN ngày …`) goes on on the next line.
        `(?:${CODE_DASH}${CODE_GROUP}|[ \\t]{1,2}${CODE_DASH}[ \\t]{0,2}${CODE_GROUP_CAPS}|${CODE_DASH}[ \\t]{1,2}${CODE_GROUP_CAPS}|${CODE_DASH}[ \\t]*\\n[ \\t]*${CODE_GROUP_CAPS})*${digitUnit}`;
  const groups = `${CODE_GROUP}${more}`;
  const number = options.blankNumber ? `(?:${RUNNING_NUMBER})?` : RUNNING_NUMBER;
  // On a number line a state symbol may carry a second slash (`12/UBND/VP`).
  const stateGroups = options.spacing === 'loose' ? `${groups}(?:${sp}\\/${sp}${groups})?` : groups;
  return {
    legal: `${cap(RUNNING_NUMBER)}${sp}\\/${sp}${cap(CODE_YEAR)}${sp}\\/${sp}${cap(groups)}`,
    party: `${cap(number)}${sp}${CODE_DASH}${sp}${cap(CODE_GROUP)}${sp}\\/${sp}${cap(`${groups}(?:\\/${CODE_GROUP_CAPS})?`)}`,
    state: `${cap(number)}${sp}\\/${sp}${cap(stateGroups)}`,
  };
}

/** Shapes of a number line (header). Groups: legal n/y/rest; party n/type/rest; state n/rest. */
export const NUMBER_LINE_SHAPES: NumberShapes = numberShapes({ spacing: 'loose', capture: true, blankNumber: true });
/** Shapes of a cited code in running text (no groups). */
export const CITED_CODE_SHAPES: NumberShapes = numberShapes({ spacing: 'tight', capture: false, blankNumber: false });
