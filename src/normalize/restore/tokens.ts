/** Words of a text with their offsets, and the gaps between them, for phrase matching. */

export interface Token {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Only spaces or punctuation stand before it on its line. */
  readonly lineStart: boolean;
}

export function tokenize(text: string): Token[] {
  // A word: letters and digits, with apostrophes inside (`No'i`, OCR for `Nơi`). Written here, not
  // at start-up: V8 builds the `\p{…}` tables when it builds the pattern.
  const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}'’]*[\p{L}\p{N}])?/gu;
  const tokens: Token[] = [];
  // Line starts are tracked as the scan goes (looking back from each word is quadratic on a long
  // line): the next line break is found once, and passed words only look back as far as it.
  let lineBegin = 0;
  let nextBreak = text.indexOf('\n');
  let wordOnLine = false;
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    if (nextBreak !== -1 && nextBreak < start) {
      lineBegin = text.lastIndexOf('\n', start - 1) + 1;
      nextBreak = text.indexOf('\n', start);
      wordOnLine = false;
    }
    const lineStart = !wordOnLine && /^[\s\p{P}]*$/u.test(text.slice(lineBegin, start));
    tokens.push({ start, end: start + match[0].length, text: match[0], lineStart });
    wordOnLine = true;
  }
  return tokens;
}

/**
 * The text between two words of one phrase, as a phrase allows it: spaces, one line break (a
 * wrapped name), and the phrase's own punctuation (`,` in `Văn hóa, Thể thao`); never a column gap
 * (three spaces or more inside a line) or other characters.
 */
export function gapAllows(gap: string, punctuation: string): boolean {
  if (gap.replace(/\s/g, '') !== punctuation) return false;
  if ((gap.match(/\n/g)?.length ?? 0) > 1) return false;
  return !/[^\S\n]{3,}/.test(gap.replace(/\n[^\S\n]*/, '\n'));
}
