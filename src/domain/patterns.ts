/**
 * Shared regular-expression pieces (as strings, to be composed) and anchor patterns that
 * recognise the fixed components of a document, tolerant of OCR that lost diacritics.
 */
import { LOWER, UPPER } from './vietnamese.js';

/** End of a word, for Vietnamese text (`\b` only knows ASCII letters). */
export const WORD_END = '(?![\\p{L}\\p{N}])';

/** Every dash a converter or typist produces. */
export const DASH = '\\-‐‑‒–—―−';
export const UPPER_CLASS = `[${UPPER}]`;
export const LOWER_CLASS = `[${LOWER}]`;
export const LETTER_CLASS = `[${UPPER}${LOWER}]`;

/** Quốc hiệu, with or without diacritics, old or new tone placement. */
export const NATIONAL_TITLE = /C[ỘOÔ]NG\s*H[ÒOÀ]A\s+X[ÃA]\s*H[ỘOÔ]I\s+CH[ỦU]\s*NGH[ĨI]A\s+VI[ỆE]T\s*NAM/iu;
/** Tiêu ngữ. */
export const MOTTO = /[ĐD][ộoô]c\s*l[ậa]p\s*[-‐‑‒–—―−]+\s*T\S{0,2}\s*do\s*[-‐‑‒–—―−]+\s*H\S{1,3}nh\s*ph\S{1,2}c/iu;
/** The Party's title line (top right of Party documents). */
export const PARTY_TITLE = /[ĐD][ẢA]NG\s+C[ỘOÔ]NG\s+S[ẢA]N\s+VI[ỆE]T\s+NAM/iu;
