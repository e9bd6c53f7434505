/**
 * normalize: decoded text → text the later stages can rely on, with a map back to the original.
 *
 * - Unicode NFC (decomposed input from macOS and some converters);
 * - CRLF and CR → LF; form feed (page break) → LF;
 * - NBSP and other odd spaces → space; zero-width characters, soft hyphens and stray BOMs removed;
 * - the bullets of Word's Symbol and Wingdings fonts, which PDF text keeps as private-use
 *   characters (U+F0B7 ``, U+F0A7 ``, U+F0D8 ``…), → `•`; `Ð`/`ð` (Icelandic eth, which OCR
 *   and old fonts put for `Đ`/`đ`; Vietnamese has no eth) → `Đ`/`đ`;
 * - HTML character references (`&amp;`, `&nbsp;`, `&#7871;`, `&agrave;`), which web pages and
 *   pandoc's markdown leave in the text, → the characters they stand for.
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

/**
 * Characters that stand for others: Word's symbol-font bullets (private use) for `•`, the eth for
 * `Đ`/`đ`. One table for the pattern below and the replacement.
 */
const STAND_INS: Readonly<Record<string, string>> = {
  '\uf06e': '•', '\uf076': '•', '\uf0a7': '•', '\uf0a8': '•', '\uf0b7': '•', '\uf0d8': '•', '\uf0e0': '•', '\uf0fc': '•',
  '\u00d0': 'Đ', '\u00f0': 'đ',
};
const STAND_IN_CLASS = `[${Object.keys(STAND_INS).join('')}]`;

// Every character sequence the normalizer may change; everything else is copied as is.
const EDITABLE = vre(
  `\\r+\\n|\\r|\\f|[\\u00a0\\u1680\\u2000-\\u200a\\u202f\\u205f\\u3000]|[\\u200b-\\u200d\\u2060\\ufeff\\u00ad]|${STAND_IN_CLASS}|\\p{L}\\p{M}+|\\p{M}+|&(?:#\\d{1,7}|#[xX][\\da-fA-F]{1,6}|[a-zA-Z]{2,8}\\d?);`,
  'gu',
);

/**
 * A character every match of EDITABLE has (a CR, a form feed, an odd space, a zero-width character,
 * a combining mark, the `&` of a character reference). Most texts have none: one scan for a single
 * class tells, where EDITABLE would try its letter-and-marks branch at every letter.
 */
const MAY_EDIT = new RegExp(`[\\r\\f\\u00a0\\u1680\\u2000-\\u200d\\u202f\\u205f\\u3000\\u2060\\ufeff\\u00ad${Object.keys(STAND_INS).join('')}\\p{M}&]`, 'u');

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
  if (first === 0x26) return decodeEntity(found);
  if (first === 0x0d || first === 0x0c) return '\n';
  if (/^[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]$/u.test(found)) return ' ';
  if (/^[\u200b-\u200d\u2060\ufeff\u00ad]$/u.test(found)) return '';
  const standsFor = STAND_INS[found];
  if (standsFor !== undefined) return standsFor;
  return found.normalize('NFC');
}

/**
 * The named references a Vietnamese page uses: markup's own, spaces and punctuation, and the
 * Latin-1 vowels that old pages wrote as entities (`Th&agrave;nh`); the rest of the Vietnamese
 * letters only have numeric references.
 */
const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ensp: ' ', emsp: ' ', thinsp: ' ',
  ndash: '–', mdash: '—', hellip: '…', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', laquo: '«', raquo: '»',
  bull: '•', middot: '·', deg: '°', sect: '§', copy: '©', shy: '',
  agrave: 'à', aacute: 'á', acirc: 'â', atilde: 'ã', egrave: 'è', eacute: 'é', ecirc: 'ê',
  igrave: 'ì', iacute: 'í', ograve: 'ò', oacute: 'ó', ocirc: 'ô', otilde: 'õ', ugrave: 'ù', uacute: 'ú', yacute: 'ý',
  Agrave: 'À', Aacute: 'Á', Acirc: 'Â', Atilde: 'Ã', Egrave: 'È', Eacute: 'É', Ecirc: 'Ê',
  Igrave: 'Ì', Iacute: 'Í', Ograve: 'Ò', Oacute: 'Ó', Ocirc: 'Ô', Otilde: 'Õ', Ugrave: 'Ù', Uacute: 'Ú', Yacute: 'Ý',
};

/** `&amp;` → `&`, `&#7871;` → `ế`; an unknown name or an invalid code point stays as written. */
function decodeEntity(found: string): string {
  const body = found.slice(1, -1);
  if (body.startsWith('#')) {
    const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    if (!(code > 0 && code <= 0x10ffff) || (code >= 0xd800 && code <= 0xdfff)) return found;
    const char = String.fromCodePoint(code);
    // What the rest of the normalizer does to the character itself (NBSP → space, ZWSP → nothing).
    return replacementFor(char);
  }
  return Object.hasOwn(NAMED_ENTITIES, body) ? (NAMED_ENTITIES[body] as string) : found;
}

