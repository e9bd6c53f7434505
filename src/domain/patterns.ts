/**
 * Shared regular-expression pieces (as strings, to be composed) and anchor patterns that
 * recognise the fixed components of a document, tolerant of OCR that lost diacritics.
 */
import { LOWER, UPPER, vre } from './vietnamese.js';

/** End of a word, for Vietnamese text (`\b` only knows ASCII letters). */
export const WORD_END = '(?![\\p{L}\\p{N}])';

/** Every dash a converter or typist produces. */
export const DASH = '\\-‐‑‒–—―−';
export const UPPER_CLASS = `[${UPPER}]`;
export const LOWER_CLASS = `[${LOWER}]`;
export const LETTER_CLASS = `[${UPPER}${LOWER}]`;

/** A case-insensitive pattern compiled cheaply (see `vre`). */
export function caseless(pattern: string, flags = 'u'): RegExp {
  return vre(pattern, `${flags}i`);
}

/** Quốc hiệu, with or without diacritics, old or new tone placement. */
export const NATIONAL_TITLE = caseless('C[ỘOÔ]NG\\s*H(?:[ÒOÀ]A|OÀ)\\s+X[ÃA]\\s*H[ỘOÔ]I\\s+CH[ỦU]\\s*NGH[ĨI]A\\s+VI[ỆE]T\\s*NAM');
/** Tiêu ngữ. */
export const MOTTO = caseless('[ĐD][ộoô]c\\s*l[ậa]p\\s*[-‐‑‒–—―−]+\\s*T\\S{0,2}\\s*do\\s*[-‐‑‒–—―−]+\\s*H\\S{1,3}nh\\s*ph\\S{1,2}c');
/** The Party's title line (top right of Party documents). */
export const PARTY_TITLE = caseless('[ĐD]\\S{1,2}NG\\s+C\\S{1,2}NG\\s+S\\S{1,2}N\\s+VI\\S{1,2}T\\s+NAM');
