/**
 * Vietnamese text helpers used for comparisons (never for output text).
 *
 * Official texts place tone marks both the old way (`hoà`, `uỷ`) and the new way (`hòa`, `ủy`);
 * NĐ 30's own annexes use both, so every comparison folds them to one form.
 *
 * Case is changed with `toLowerCase()` / `toUpperCase()`: Unicode has no casing rules of its own
 * for Vietnamese, so `toLocaleLowerCase('vi')` gives the same letters (a test checks every one), and
 * on Node 20 it took five times as long.
 */

/** Old placement → new placement of the tone mark in `oa`, `oe`, `uy`: the one table of tone variants. */
export const TONE_PLACEMENT: Readonly<Record<string, string>> = {
  oà: 'òa', oá: 'óa', oả: 'ỏa', oã: 'õa', oạ: 'ọa',
  oè: 'òe', oé: 'óe', oẻ: 'ỏe', oẽ: 'õe', oẹ: 'ọe',
  uỳ: 'ùy', uý: 'úy', uỷ: 'ủy', uỹ: 'ũy', uỵ: 'ụy',
};
const OLD_TONE_PLACEMENT = new RegExp(Object.keys(TONE_PLACEMENT).join('|'), 'g');

/** Move tone marks of `oa`, `oe`, `uy` to one placement (lower-case input). */
export function foldTonePlacement(lower: string): string {
  return lower.replace(OLD_TONE_PLACEMENT, (old) => TONE_PLACEMENT[old] ?? old);
}

/** Either placement of a pair, as a pattern group: `òa` → `(?:òa|oà)`. */
const TONE_GROUP: ReadonlyMap<string, string> = new Map(
  Object.entries(TONE_PLACEMENT).flatMap(([old, now]) => [[old, `(?:${now}|${old})`], [now, `(?:${now}|${old})`]] as const),
);
const ANY_PLACEMENT = new RegExp([...TONE_GROUP.keys()].join('|'), 'g');

/** A lower-case literal as a pattern source matching either tone placement (`hòa` ~ `hoà`). */
export function eitherTonePlacement(lowerLiteral: string): string {
  return lowerLiteral.replace(ANY_PLACEMENT, (found) => TONE_GROUP.get(found) ?? found);
}

/** A comparison key: NFC, lower case, tone placement folded, whitespace folded. */
export function foldKey(text: string): string {
  // toLowerCase: Vietnamese has no locale-specific case rules (the same result), and it is several times faster.
  return foldTonePlacement(text.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim());
}

function stripDiacriticsByNormalizing(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC');
}

/**
 * What each character of Basic Latin to Latin Extended-B, of Latin Extended Additional (every
 * Vietnamese letter) and of General Punctuation (dashes, quotes) strips to, when that is one
 * character that is not a combining mark; -1 otherwise (the combining marks themselves, and the
 * rest of Unicode: stripped by normalizing).
 * A text of such characters strips character by character: NFC joins a letter only to a
 * combining mark that follows it, and there is none left.
 */
const STRIPPED: Int32Array = (() => {
  const table = new Int32Array(0x2070).fill(-1);
  const isCombining = (code: number) => code >= 0x300 && code <= 0x36f;
  for (let code = 0; code < table.length; code++) {
    if ((code >= 0x250 && code < 0x1e00) || (code >= 0x1f00 && code < 0x2000)) continue;
    const stripped = stripDiacriticsByNormalizing(String.fromCharCode(code));
    if (stripped.length === 1 && !isCombining(stripped.charCodeAt(0)) && !isCombining(code)) table[code] = stripped.charCodeAt(0);
  }
  return table;
})();

/** A key without any diacritics, for OCR output that lost them (`CONG HOA` ~ `CỘNG HÒA`). */
export function stripDiacritics(text: string): string {
  // Letter by letter from a table when every character is one it holds (nearly every line: this
  // runs on most of them, and two normalizations cost ten times as much); else the full way.
  const length = text.length;
  let changed = false;
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    const stripped = code < STRIPPED.length ? STRIPPED[code]! : -1;
    if (stripped < 0) return stripDiacriticsByNormalizing(text);
    if (stripped !== code) changed = true;
  }
  if (!changed) return text;
  // An array spread into fromCharCode is the quickest way V8 has to make the string (a typed
  // array through `apply` is three times slower); in pieces, to stay within the argument limit.
  let out = '';
  for (let at = 0; at < length; at += 8192) {
    const end = Math.min(length, at + 8192);
    const codes = new Array<number>(end - at);
    for (let i = at; i < end; i++) codes[i - at] = STRIPPED[text.charCodeAt(i)]!;
    out += String.fromCharCode(...codes);
  }
  return out;
}

/**
 * A character-class body (ranges such as `A-Z`, and single letters) in code-point order. V8 sorts
 * the ranges of a class that is not, at every parse of every pattern using it (each pattern is
 * parsed when it is built and again when first run): these classes are in hundreds of patterns.
 */
function inCodePointOrder(body: string): string {
  return (body.match(/.-.|./gsu) ?? []).sort((a, b) => (a.codePointAt(0) ?? 0) - (b.codePointAt(0) ?? 0)).join('');
}

/** Upper-case Vietnamese letters (with diacritics) and Đ. */
export const UPPER = inCodePointOrder('A-ZÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬĐÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ');
/** Lower-case Vietnamese letters (with diacritics) and đ. */
export const LOWER = inCodePointOrder('a-zàáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ');
/** Both, as one class body. */
export const LETTERS = inCodePointOrder(UPPER + LOWER);

/** True when the text has letters and none of them is lower case (`ỦY BAN NHÂN DÂN`). */
export function isUpperCaseText(text: string): boolean {
  // One pass over the table of letter cases: the regex code tests a class of 134 letters through a
  // call out of it for every character, and this runs on most lines, several times.
  const cases = letterCases();
  let upper = false;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    const kind = unit < cases.length ? cases[unit] : 0;
    if (kind === LOWER_LETTER) return false;
    if (kind === UPPER_LETTER) upper = true;
  }
  return upper;
}

/**
 * Capitals with at most one lower-case letter among many: what OCR makes of a capitalised line
 * (`TlNH QUẢNG TRỊ` for `TỈNH QUẢNG TRỊ`).
 */
export function isMostlyUpperCase(text: string): boolean {
  const cases = letterCases();
  let upper = 0;
  let lower = 0;
  // Counted in one pass, which stops at the second lower-case letter (most lines are prose).
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    const kind = unit < cases.length ? cases[unit] : 0;
    if (kind === UPPER_LETTER) upper++;
    else if (kind === LOWER_LETTER && ++lower > 1) return false;
  }
  return upper >= 6;
}

const UPPER_LETTER = 1;
const LOWER_LETTER = 2;
let caseTable: Uint8Array | null = null;
/** For each UTF-16 code unit up to the last Vietnamese letter: 1 in UPPER, 2 in LOWER, else 0. */
function letterCases(): Uint8Array {
  if (caseTable === null) {
    // Filled from the class bodies themselves (ranges and single letters); no letter is in both.
    const table = new Uint8Array(0x1f00);
    for (const [body, kind] of [[UPPER, UPPER_LETTER], [LOWER, LOWER_LETTER]] as const) {
      for (const item of body.match(/.-.|./gsu) ?? []) {
        const from = item.charCodeAt(0);
        const to = item.length === 3 ? item.charCodeAt(2) : from;
        for (let unit = from; unit <= to && unit < table.length; unit++) table[unit] = kind;
      }
    }
    caseTable = table;
  }
  return caseTable;
}

/** True when the first letter of the text is lower case. */
export function startsLowerCase(text: string): boolean {
  const cases = letterCases();
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    const kind = unit < cases.length ? cases[unit] : 0;
    if (kind !== 0) return kind === LOWER_LETTER;
  }
  return false;
}

/**
 * Letters as character-class content: ASCII and the Latin-1/Latin Extended blocks, which hold every
 * Vietnamese letter (test/domain/vietnamese.test.ts), so none is listed one by one.
 */
export const LETTER_CLASS_BODY = 'A-Za-z\\u00C0-\\u024F\\u1E00-\\u1EFF';
const PROPERTY_CLASSES: Record<string, string> = {
  L: LETTER_CLASS_BODY,
  Lu: UPPER,
  Ll: LOWER,
  N: '0-9',
  M: '\\u0300-\\u036F',
};

/**
 * The same regular expression, cheaper to compile: `\p{L}`, `\p{Lu}`, `\p{Ll}`, `\p{N}` and `\p{M}`
 * are spelled out for the scripts Vietnamese documents use, and the `i` flag is replaced by explicit
 * case pairs (`[qQ]`). V8 builds a table of every Unicode range for a property class and case-folds
 * over all of Unicode for `iu`, which costs up to milliseconds per pattern at first use; a CLI run
 * per file pays that for every pattern. Patterns stay readable where they are written.
 */
export function vre(pattern: RegExp | string, flags = ''): RegExp {
  const src = typeof pattern === 'string' ? pattern : pattern.source;
  const allFlags = typeof pattern === 'string' ? flags : pattern.flags;
  const caseFold = allFlags.includes('i');
  if (!caseFold && !src.includes('\\p{')) return typeof pattern === 'string' ? new RegExp(src, allFlags) : pattern;
  const key = `${allFlags}/${src}`;
  const known = compiled.get(key);
  if (known) return new RegExp(known, allFlags.replace('i', ''));
  let out = '';
  let inClass = false;
  for (let i = 0; i < src.length; i++) {
    const ch = src.charAt(i);
    if (ch === '\\') {
      PROPERTY_AT.lastIndex = i;
      const property = PROPERTY_AT.exec(src);
      if (property) {
        const body = PROPERTY_CLASSES[property[1] ?? ''];
        out += inClass ? body : `[${body}]`;
        i += property[0].length - 1;
        continue;
      }
      // Other escapes (`\s`, `\u0300`, `\p{…}` of other properties, `\k<name>`) are copied whole.
      ESCAPE_AT.lastIndex = i;
      const escape = ESCAPE_AT.exec(src)?.[0] ?? ch;
      out += escape;
      i += escape.length - 1;
      continue;
    }
    if (ch === '[' && !inClass) {
      inClass = true;
      out += ch;
      if (src[i + 1] === '^') {
        out += '^';
        i++;
      }
      continue;
    }
    if (ch === ']' && inClass) {
      inClass = false;
      out += ch;
      continue;
    }
    if (!caseFold) {
      out += ch;
      continue;
    }
    if (inClass && src[i + 1] === '-' && src[i + 2] !== undefined && src[i + 2] !== ']' && src[i + 2] !== '\\') {
      // A range: keep it, and add the same range in the other case when both ends have one.
      const from = ch;
      const to = src[i + 2] ?? '';
      out += `${from}-${to}`;
      const other = (c: string) => (c.toLowerCase() === c ? c.toUpperCase() : c.toLowerCase());
      if (other(from) !== from && other(to) !== to && other(from).length === 1 && other(to).length === 1) out += `${other(from)}-${other(to)}`;
      i += 2;
      continue;
    }
    const pair = casePair(ch);
    if (pair === null) out += ch;
    else out += inClass ? pair : `[${pair}]`;
  }
  compiled.set(key, out);
  return new RegExp(out, allFlags.replace('i', ''));
}

const PROPERTY_AT = /\\p\{(L|Lu|Ll|N|M)\}/y;
const ESCAPE_AT = /\\(?:[pP]\{[^}]*\}|u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|c[A-Za-z]|k<[^>]*>|[^])/y;

const CASE_PAIRS = new Map<string, string | null>();

/** `a` → `aA`, `Đ` → `đĐ`; null for characters without case. Memoized: vre runs over long sources. */
function casePair(ch: string): string | null {
  let pair = CASE_PAIRS.get(ch);
  if (pair === undefined) {
    const lower = ch.toLowerCase();
    const upper = ch.toUpperCase();
    pair = lower === upper || lower.length !== 1 || upper.length !== 1 ? null : lower + upper;
    CASE_PAIRS.set(ch, pair);
  }
  return pair;
}

/**
 * Rewritten sources, by flags and original source (patterns repeat across tables). The build works
 * out those a parse needs (scripts/build.mjs parses the fixtures) and puts them in the bundles, so
 * that a run starts with them instead of spelling every pattern out again: that loop, character by
 * character over some 50,000 characters of patterns, was a tenth of a `vbparse FILE` run.
 */
declare const __VBPARSE_VRE_TRANSLATIONS__: [string, string][] | undefined;
const compiled = new Map<string, string>(typeof __VBPARSE_VRE_TRANSLATIONS__ === 'object' ? __VBPARSE_VRE_TRANSLATIONS__ : []);

/** Every translation made so far in this process (the build collects them for the bundles). */
export function vreTranslations(): [string, string][] {
  return [...compiled];
}
