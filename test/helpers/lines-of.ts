/** A text read into lines as the parser reads it, with the original text each line came from. */
import { lineSpan, toLines } from '../../src/lines/index.js';
import { findTables } from '../../src/lines/markdown.js';
import { normalizeText } from '../../src/normalize/index.js';
import { defined } from './defined.js';

export function linesOf(original: string, markdown = false) {
  const normalized = normalizeText(original);
  const lines = toLines(normalized.text, { markdown, findTables });
  /** The original text a line came from (its first to last character). */
  const source = (i: number) => {
    const [start, end] = lineSpan(defined(lines[i], `line ${i}`));
    return original.slice(normalized.map.toSource(start), normalized.map.toSource(end - 1) + 1);
  };
  return { lines, source };
}
