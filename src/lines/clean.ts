/**
 * Inline cleaning of one source line: markdown emphasis and escapes, HTML tags, images and link
 * syntax removed; whitespace folded; text trimmed. Every kept character remembers its offset.
 * Converters leave emphasis broken across lines (`**ỦY\nBAN NHÂN DÂN **`), so markers are removed
 * wherever they touch text, not only where they pair up.
 */
import { MappedTextBuilder, type OffsetMap } from '../normalize/offset-map.js';

export interface CleanText {
  readonly text: string;
  readonly map: OffsetMap;
}

/**
 * A markup token of a line: removed, except the part `kept` (link text, an escaped character), or
 * read as `replaced` (pandoc's `--` for an en dash).
 */
export interface MarkupToken {
  readonly index: number;
  readonly length: number;
  readonly kept?: { readonly at: number; readonly text: string };
  readonly replaced?: string;
}

// What the scanner recognises, written as the one pattern it replaces (kept as its specification):
// /<!--.*?-->|!\[[^\]\n]*\]\([^)\n]*\)|\[([^\]\n]+)\]\((?:https?:|mailto:|#|\/)[^)\n]*\)|<\/?(?:u|b|i|em|strong|span|sup|sub|p|div|font)\b[^>\n]*>|
//  <(https?:[^>\s]+)>|\\([\\`*_{}[\]()#+\-.!|~])|\\(?= |$)|(?<=[\p{L}\p{N}.,)] )---?(?= [\p{L}\p{N}(])|(?<=\p{N})--(?=\p{N})|~~|~([^\s~]+)~|\^([^\s^]+)\^|\*{1,3}|_{2,3}|(?<![\p{L}\p{N}])_(?=\S)|(?<=\S)_(?![\p{L}\p{N}])|`/gu
// As a regular expression it is quadratic on a line of `[`, `![` or `<b` (every opening scans to
// the end of the line for its close); the scanner finds each close in a table built in one pass.
const TAG_NAME = /<\/?(?:u|b|i|em|strong|span|sup|sub|p|div|font)\b/y;
const LINK_TARGET = /\((?:https?:|mailto:|#|\/)/y;
const AUTOLINK = /<https?:/y;
const ESCAPABLE = new Set('\\`*_{}[]()#+-.!|~');
const WORD = /[\p{L}\p{N}]/u;

/** For every offset, the offset of the next `ch` at or after it (or -1): one backward pass. */
function nextIndexTable(raw: string, test: (code: number) => boolean): Int32Array {
  const next = new Int32Array(raw.length + 1);
  next[raw.length] = -1;
  for (let i = raw.length - 1; i >= 0; i--) next[i] = test(raw.charCodeAt(i)) ? i : (next[i + 1] ?? -1);
  return next;
}

/** `table[i]`, or -1 past its end. */
const nextAt = (table: Int32Array, i: number): number => table[i] ?? -1;

const isSpace = (code: number) => code === 32 || code === 9 || code === 10 || code === 13 || code === 12 || code === 11 || code === 0xa0 || (code >= 0x2000 && code <= 0x200a) || code === 0x3000 || code === 0x1680 || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0xfeff;

/** The markup tokens of one line, left to right, in linear time. */
export function markupTokens(raw: string): MarkupToken[] {
  const tokens: MarkupToken[] = [];
  const hasBracket = raw.includes('[');
  const hasAngle = raw.includes('<');
  const closeBracket = hasBracket ? nextIndexTable(raw, (c) => c === 93 || c === 10) : null;
  const closeParen = hasBracket ? nextIndexTable(raw, (c) => c === 41 || c === 10) : null;
  const closeAngle = hasAngle ? nextIndexTable(raw, (c) => c === 62 || c === 10) : null;
  const angleOrSpace = hasAngle ? nextIndexTable(raw, (c) => c === 62 || isSpace(c)) : null;
  /** `](…)` from the `]` at `close`: the end of the token, or -1. */
  const parenthesisAfter = (close: number, target: RegExp | null): number => {
    if (raw.charCodeAt(close + 1) !== 40) return -1;
    if (target) {
      target.lastIndex = close + 1;
      if (!target.test(raw)) return -1;
    }
    const end = closeParen ? nextAt(closeParen, close + 2) : -1;
    return end >= 0 && raw.charCodeAt(end) === 41 ? end + 1 : -1;
  };
  const bullet = /^\s*\*\s/.test(raw) ? raw.indexOf('*') : -1;
  // An opening `<!--` after the last `-->` closes nowhere: no search from it (linear on `<!--<!--…`).
  const lastCommentClose = hasAngle ? raw.lastIndexOf('-->') : -1;
  let i = 0;
  while (i < raw.length) {
    const ch = raw[i];
    if (ch === '!' && raw[i + 1] === '[' && closeBracket) {
      const close = nextAt(closeBracket, i + 2);
      if (close >= 0 && raw.charCodeAt(close) === 93) {
        const end = parenthesisAfter(close, null);
        if (end > 0) {
          tokens.push({ index: i, length: end - i });
          i = end;
          continue;
        }
      }
    } else if (ch === '[' && closeBracket) {
      const close = nextAt(closeBracket, i + 1);
      if (close > i + 1 && raw.charCodeAt(close) === 93) {
        const end = parenthesisAfter(close, LINK_TARGET);
        if (end > 0) {
          tokens.push({ index: i, length: end - i, kept: { at: i + 1, text: raw.slice(i + 1, close) } });
          i = end;
          continue;
        }
      }
    } else if (ch === '<' && raw.startsWith('<!--', i) && lastCommentClose >= i + 4) {
      // An HTML comment (`<!-- image -->`, where a converter left out a picture: a seal, a signature).
      const end = raw.indexOf('-->', i + 4) + 3;
      tokens.push({ index: i, length: end - i });
      i = end;
      continue;
    } else if (ch === '<' && closeAngle && angleOrSpace) {
      TAG_NAME.lastIndex = i;
      if (TAG_NAME.test(raw)) {
        const end = nextAt(closeAngle, TAG_NAME.lastIndex);
        if (end >= 0 && raw.charCodeAt(end) === 62) {
          tokens.push({ index: i, length: end + 1 - i });
          i = end + 1;
          continue;
        }
      }
      AUTOLINK.lastIndex = i;
      if (AUTOLINK.test(raw)) {
        const end = nextAt(angleOrSpace, i + 1);
        if (end > AUTOLINK.lastIndex && raw.charCodeAt(end) === 62) {
          tokens.push({ index: i, length: end + 1 - i, kept: { at: i + 1, text: raw.slice(i + 1, end) } });
          i = end + 1;
          continue;
        }
      }
    } else if (ch === '\\' && i + 1 < raw.length && ESCAPABLE.has(raw.charAt(i + 1))) {
      tokens.push({ index: i, length: 2, kept: { at: i + 1, text: raw.charAt(i + 1) } });
      i += 2;
      continue;
    } else if (ch === '\\' && (i + 1 === raw.length || raw[i + 1] === ' ')) {
      // pandoc's hard line break (`\` at the end of a line) and non-breaking space (`\ `).
      tokens.push({ index: i, length: 1 });
      i += 1;
      continue;
    } else if (ch === '*' && i === bullet) {
      // `* Lưu VT.`: a `*` and a space opening the line is a list bullet (or OCR's dash): text.
    } else if (ch === '*') {
      let n = 1;
      while (n < 3 && raw[i + n] === '*') n++;
      tokens.push({ index: i, length: n });
      i += n;
      continue;
    } else if (ch === '_') {
      let n = 1;
      while (n < 3 && raw[i + n] === '_') n++;
      if (n >= 2) {
        tokens.push({ index: i, length: n });
        i += n;
        continue;
      }
      const beforeCode = i > 0 ? raw.codePointAt(i - 1 - (isLowSurrogate(raw.charCodeAt(i - 1)) && i >= 2 ? 1 : 0)) : undefined;
      const afterCode = i + 1 < raw.length ? raw.codePointAt(i + 1) : undefined;
      const before = beforeCode === undefined ? '' : String.fromCodePoint(beforeCode);
      const after = afterCode === undefined ? '' : String.fromCodePoint(afterCode);
      const opens = !WORD.test(before) && after !== '' && !/\s/u.test(after);
      const closes = before !== '' && !/\s/u.test(before) && !WORD.test(after);
      if (opens || closes) {
        tokens.push({ index: i, length: 1 });
        i += 1;
        continue;
      }
    } else if (ch === '-' && raw[i + 1] === '-') {
      // pandoc's markdown writes an en dash as `--` and an em dash as `---` (`Tân Phú -- Bảo Lộc`,
      // `2021--2025`); a longer run is a rule, and a dash run not between words stays as written.
      const n = raw[i + 2] === '-' ? 3 : 2;
      if (raw[i + n] !== '-' && (spacedBetweenWords(raw, i, n) || (n === 2 && isDigit(raw[i - 1]) && isDigit(raw[i + 2])))) {
        tokens.push({ index: i, length: n, replaced: n === 2 ? '–' : '—' });
        i += n;
        continue;
      }
    } else if (ch === '~' && raw[i + 1] === '~') {
      // GFM strikethrough's marker.
      tokens.push({ index: i, length: 2 });
      i += 2;
      continue;
    } else if (ch === '~' || ch === '^') {
      // pandoc's subscript and superscript (`NC.~Châu~`, `^1^`): the marks go, the text stays.
      let j = i + 1;
      while (j < raw.length && raw[j] !== ch && !isSpace(raw.charCodeAt(j))) j++;
      if (j > i + 1 && raw[j] === ch) {
        tokens.push({ index: i, length: j + 1 - i, kept: { at: i + 1, text: raw.slice(i + 1, j) } });
        i = j + 1;
        continue;
      }
    } else if (ch === '`') {
      tokens.push({ index: i, length: 1 });
      i += 1;
      continue;
    }
    i++;
  }
  return tokens;
}

const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;
const isDigit = (ch: string | undefined) => ch !== undefined && ch >= '0' && ch <= '9';
const WORD_BEFORE_DASH = /[\p{L}\p{N}.,)]/u;
const WORD_AFTER_DASH = /[\p{L}\p{N}(]/u;

/** ` -- ` with a word (or its closing mark) before and a word after. */
function spacedBetweenWords(raw: string, i: number, n: number): boolean {
  return raw[i - 1] === ' ' && raw[i + n] === ' ' && WORD_BEFORE_DASH.test(raw[i - 2] ?? '') && WORD_AFTER_DASH.test(raw[i + n + 1] ?? '');
}

/**
 * Clean `raw` (a slice of the normalized text starting at `offset`).
 * A lone `*` (the Party mark under the issuer) is content, not emphasis, and is kept.
 */
export function cleanInline(raw: string, offset: number, options: { markdown: boolean }): CleanText {
  const builder = new MappedTextBuilder();
  let pendingSpace = false;
  // What is copied as it stands is gathered into one run of `raw` and kept as one slice: a line
  // of a million words is then a few pieces, not a million (and a clean line shares its text with
  // the normalized text instead of copying it).
  let runFrom = 0;
  let runTo = 0;
  const flush = () => {
    if (runTo > runFrom) builder.keep(raw.slice(runFrom, runTo), offset + runFrom);
    runFrom = runTo = 0;
  };
  const copy = (from: number, to: number) => {
    if (runTo > runFrom && runTo === from) runTo = to;
    else {
      flush();
      runFrom = from;
      runTo = to;
    }
  };
  // Runs of text are kept whole; a run of spaces and TABs becomes one space that stands for the
  // last of them (1:1, so the offset map needs no anchor for it).
  const push = (from: number, to: number) => {
    let i = from;
    while (i < to) {
      let j = i;
      while (j < to && raw[j] !== ' ' && raw[j] !== '\t') j++;
      if (j > i) {
        if (pendingSpace) {
          if (raw[i - 1] === ' ') copy(i - 1, i);
          else {
            flush();
            builder.keep(' ', offset + i - 1);
          }
          pendingSpace = false;
        }
        copy(i, j);
      }
      let k = j;
      while (k < to && (raw[k] === ' ' || raw[k] === '\t')) k++;
      if (k > j) pendingSpace = builder.textLength > 0 || runTo > runFrom;
      i = k;
    }
  };
  if (!options.markdown || raw.trim() === '*') {
    push(0, raw.length);
    flush();
    return builder.build();
  }
  let last = 0;
  for (const token of markupTokens(raw)) {
    push(last, token.index);
    // An escaped character or a link's text: `kept.text` is the slice of `raw` at `kept.at`.
    if (token.kept) push(token.kept.at, token.kept.at + token.kept.text.length);
    if (token.replaced !== undefined) {
      // The space before it first (it stands for itself), then the character the token stands for.
      if (pendingSpace && raw[token.index - 1] === ' ') copy(token.index - 1, token.index);
      pendingSpace = false;
      flush();
      builder.replace(token.replaced, offset + token.index, offset + token.index + token.length);
    }
    last = token.index + token.length;
  }
  push(last, raw.length);
  flush();
  return builder.build();
}

/**
 * Strip a markdown heading marker (`# `) and blockquote marker (`> `) from the start of a line.
 * Converters write Word's outline levels past 6 as `######## Chương I`: a heading marker too. A
 * list bullet before the document's own label (`- 1. Các sở …`, `- a) …`: a converter made the
 * numbered paragraph a list item) is a marker too; a bullet before text is the letter's dash.
 */
export function blockMarkerLength(raw: string): number {
  const m = raw.match(/^\s{0,3}(?:#{1,9}(?:\s+|$)|>\s?)+/);
  const at = m ? m[0].length : 0;
  const bullet = LABELLED_BULLET.exec(raw.slice(at));
  return at + (bullet ? bullet[0].length : 0);
}

const LABELLED_BULLET = /^\s{0,3}[-*+•]\s+(?=(?:\d{1,2}(?:\.\d{1,2})*[.)]|[IVX]{1,5}\.|[a-zđ]\)|Điều\s+\d{1,3}\.)\s)/u;
