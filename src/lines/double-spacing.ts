/**
 * Double-spaced text: a copy that made each line a paragraph, or a tool that double-spaces, puts a
 * blank line after every line; there one blank line is no break in the letter.
 */
import { startsLowerCase } from '../domain/vietnamese.js';

/** Lines a double-spaced text must have before it is taken for one. */
const DOUBLE_SPACED_MIN_LINES = 12;

/**
 * Whether a blank line follows nearly every line of text (a copy that made each line a paragraph,
 * a tool that double-spaces): then only two blank lines in a row break the text. Text that keeps a
 * paragraph to a line (markdown, a Word export) has blank lines as often; it is told apart by its
 * sentences, which never go on in lower case across a blank line.
 */
export function isDoubleSpaced(text: string): boolean {
  let lines = 0;
  let adjacent = 0;
  let continued = 0;
  let blanks = 0;
  let lastChar = 46; // `.`
  for (let at = 0; at <= text.length; ) {
    const nl = text.indexOf('\n', at);
    const end = nl < 0 ? text.length : nl;
    let first = -1;
    for (let i = at; i < end && first < 0; i++) {
      const c = text.charCodeAt(i);
      if (c !== 32 && c !== 9) first = i;
    }
    if (first < 0) blanks++;
    else {
      lines++;
      if (blanks === 0 && lines > 1) adjacent++;
      // Most texts have lines next to each other early on: stop as soon as that is clear.
      if (adjacent > 3 && adjacent > lines * 0.1) return false;
      if (blanks === 1 && !SENTENCE_END.test(String.fromCharCode(lastChar)) && startsLowerCase(text.slice(first, first + 2))) continued++;
      let last = end - 1;
      while (last > first && (text.charCodeAt(last) === 32 || text.charCodeAt(last) === 9)) last--;
      lastChar = text.charCodeAt(last);
      blanks = 0;
    }
    at = end + 1;
  }
  return lines >= DOUBLE_SPACED_MIN_LINES && adjacent <= lines * 0.1 && continued >= Math.max(3, lines * 0.1);
}

const SENTENCE_END = /[.:;!?…]/;
