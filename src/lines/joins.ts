/**
 * Physical lines that are one line of the letter, joined: the wrapped lines of an emphasis span,
 * and names a narrow column broke. Each joined line keeps the offset map of both.
 */
import { keywordPattern, NUMBER_LABEL } from '../domain/keywords.js';
import { breaksName } from '../domain/wraps.js';
import { concatMaps } from '../normalize/offset-map.js';
import { lineWith, sameCell, type Line } from './line.js';

/**
 * Lines as they are read, before the wrapped lines of an emphasis span are joined; `continuing`
 * holds those that start inside a span opened on the physical line before. (A set beside the
 * lines, not a flag in each: the lines are handed on as they are, with no copy of every one.)
 */
export interface Drafts {
  readonly lines: Line[];
  readonly continuing: Set<Line>;
}

/**
 * Wrapped lines of one emphasis span are joined, up to this many: a paragraph wrapped by a
 * converter is a few lines; an emphasis marker that is never closed must not glue the rest of the
 * document into one line (and the joining would turn quadratic).
 */
const MAX_JOINED_LINES = 24;

/**
 * Lines that open a part of the letter (`V/v …`, `Số: …`, `Kính gửi:`, `Nơi nhận:`) continue no
 * emphasis span: the `*` left open above them is a speck (`*Số: 12/UBND` in OCR output).
 */
const PART_OPENERS = [keywordPattern('letterSubject'), NUMBER_LABEL, keywordPattern('recipients', '^', '\\s*:'), keywordPattern('distribution', '^', '\\s*:')];
function opensAPart(text: string): boolean {
  return PART_OPENERS.some((re) => re.test(text));
}

/** The longest line a name may wrap at: text copied from a narrow column, a header's or a signature's. */
const NARROW_LINE = 48;

/**
 * Join a line to the next where the break falls inside a name no letter breaks (`TM. ỦY BAN NHÂN` /
 * `DÂN`, `Thành phố Hồ Chí` / `Minh, ngày …`): text copied from a narrow column, where the column's
 * width and not the letter ended the line.
 */
export function joinWrappedNames(lines: Line[]): Line[] {
  const out: Line[] = [];
  for (const line of lines) {
    const prev = out[out.length - 1];
    const wraps =
      prev !== undefined &&
      !line.gapBefore &&
      prev.text.length <= NARROW_LINE &&
      prev.column === line.column &&
      sameCell(prev.cell, line.cell) &&
      !opensAPart(line.text) &&
      breaksName(prev.text, line.text);
    if (wraps) out[out.length - 1] = joined(prev, line, (a, b) => a && b);
    else out.push(line);
  }
  return out;
}

/**
 * Two lines as one, a space between, with both offset maps. `emphasis` says whether the joined line
 * is bold (italic) from whether each part is: the parts of one span, or a name broken in two.
 */
function joined(prev: Line, next: Line, emphasis: (a: boolean, b: boolean) => boolean): Line {
  return lineWith(prev, {
    text: `${prev.text} ${next.text}`,
    map: concatMaps(prev.map, prev.text.length, 1, next.map),
    bold: emphasis(prev.bold, next.bold),
    italic: emphasis(prev.italic, next.italic),
    split: prev.split || next.split,
    row: prev.row || next.row,
    marked: prev.marked || next.marked,
  });
}

/** Join lines that continue an emphasis span from the previous line (a converter's hard wrap). */
export function joinContinuations(drafts: Drafts): Line[] {
  if (drafts.continuing.size === 0) return drafts.lines;
  const lines: Line[] = [];
  let joinedCount = 0;
  for (const d of drafts.lines) {
    const prev = lines[lines.length - 1];
    if (drafts.continuing.has(d) && prev && prev.cell === null && prev.column === d.column && joinedCount < MAX_JOINED_LINES && !opensAPart(d.text)) {
      joinedCount++;
      lines[lines.length - 1] = joined(prev, d, (a, b) => a || b);
      continue;
    }
    lines.push(d);
    joinedCount = 0;
  }
  return lines;
}
