/**
 * normalize: decoded text → text the later stages can rely on, with a map back to the original.
 *
 * - Unicode NFC (decomposed input from macOS and some converters);
 * - CRLF and CR → LF; form feed (page break) → LF;
 * - NBSP and other odd spaces → space; zero-width characters, soft hyphens and stray BOMs removed.
 *
 * Dash variants are kept as written (the output keeps `2026 – 2031` as the document has it);
 * patterns accept them through `DASH` in `domain/patterns.ts`.
 */
import { MappedTextBuilder, OffsetMap } from './offset-map.js';
import { vre } from '../domain/vietnamese.js';

export interface NormalizedText {
  /** The normalized text. */
  readonly text: string;
  /** Normalized offset → offset in the decoded original text. */
  readonly map: OffsetMap;
}

// Every character sequence the normalizer may change; everything else is copied as is.
const EDITABLE =
  vre(/\r\n?|\f|[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]|[\u200b-\u200d\u2060\ufeff\u00ad]|\p{L}\p{M}+|\p{M}+/gu);

/**
 * A character every match of EDITABLE has (a CR, a form feed, an odd space, a zero-width character,
 * a combining mark). Most texts have none: one scan for a single class tells, where EDITABLE
 * would try its letter-and-marks branch at every letter.
 */
const MAY_EDIT = /[\r\f\u00a0\u1680\u2000-\u200d\u202f\u205f\u3000\u2060\ufeff\u00ad\u0300-\u036f]/;

/** Normalize a decoded text, keeping an offset map to the original. */
export function normalizeText(original: string): NormalizedText {
  const builder = new MappedTextBuilder();
  let last = 0;
  const matches = MAY_EDIT.test(original) ? original.matchAll(EDITABLE) : [];
  for (const match of matches) {
    const start = match.index;
    const found = match[0];
    builder.keep(original.slice(last, start), last);
    builder.replace(replacementFor(found), start, start + found.length);
    last = start + found.length;
  }
  builder.keep(original.slice(last), last);
  return builder.build();
}

function replacementFor(found: string): string {
  const first = found.charCodeAt(0);
  if (first === 0x0d || first === 0x0c) return '\n';
  if (/^[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]$/u.test(found)) return ' ';
  if (/^[\u200b-\u200d\u2060\ufeff\u00ad]$/u.test(found)) return '';
  return found.normalize('NFC');
}
