/**
 * Shared regular-expression pieces (as strings, to be composed) and anchor patterns that
 * recognise the fixed components of a document, tolerant of OCR that lost diacritics.
 */
import { LETTERS, LOWER, UPPER, vre } from './vietnamese.js';

/** End of a word, for Vietnamese text (`\b` only knows ASCII letters). */
export const WORD_END = '(?![\\p{L}\\p{N}])';

/**
 * Every dash a converter or typist produces, as character-class content: hyphen-minus, hyphen,
 * non-breaking hyphen, figure dash, en dash, em dash, horizontal bar, minus sign.
 */
export const DASH = '\\-‐‑‒–—―−';
/** The dash class compiled, for normalising any dash to `-`. */
export const ANY_DASH = new RegExp(`[${DASH}]`, 'gu');
export const UPPER_CLASS = `[${UPPER}]`;
export const LOWER_CLASS = `[${LOWER}]`;
export const LETTER_CLASS = `[${LETTERS}]`;

/** A case-insensitive pattern compiled cheaply (see `vre`). */
export function caseless(pattern: string, flags = 'u'): RegExp {
  return vre(pattern, `${flags}i`);
}


/** A page mark in words: `Trang 2/3`, `Page 2 of 3`. */
export const PAGE_MARK_LINE = /^(?:Trang|TRANG|Page)\s+\d{1,3}(?:\s*(?:\/|of|trên)\s*\d{1,3})?$/u;
/** A page number standing on a line of its own between pages: `2`, `- 2 -`, `Trang 2/3`. */
export const PAGE_NUMBER_LINE = new RegExp(`^(?:[-–]\\s*)?\\d{1,3}(?:\\s*[-–])?$|${PAGE_MARK_LINE.source}`, 'u');

/** Words a body sentence opens with, after the header or a list (`Thực hiện …`, `Căn cứ …`). */
export const BODY_SENTENCE_START = vre(/^(?:Thực hiện|Căn cứ|Theo|Xét|Trả lời|Tại|Ngày|Để|Nhằm|Hiện nay|Vừa qua|Trên cơ sở|Qua|Sau khi)(?![\p{L}\p{N}])/u);
