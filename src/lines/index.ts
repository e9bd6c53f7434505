/**
 * lines: normalized text → logical lines with positions.
 *
 * Physical lines are split into layout cells (TAB / space-run / `|` / merged OCR columns),
 * GFM table cells come from the table reader (`tables.ts`), `<br>` splits a cell into lines, inline markup is removed,
 * and lines wrapped inside an emphasis span (`*Hà Nội, ngày 18` / `tháng 11 năm 2025*`) are joined.
 */
import { keywordPattern, NUMBER_LABEL } from '../domain/keywords.js';
import { concatMaps } from '../normalize/offset-map.js';
import { blockMarkerLength, cleanInline } from './clean.js';
import { lineWith, makeLine, type Line, type TableCell } from './line.js';
import type { TableFinder, TableSpan } from './tables.js';
import { indentWidth, isPipeSeparator, leftColumnTabs, splitCells, splitSubjectFromNumber } from './split.js';

export type { Line, TableCell } from './line.js';
export { lineSpan } from './line.js';

export interface LinesOptions {
  /** Treat the text as markdown (emphasis, headings, GFM tables). */
  readonly markdown: boolean;
  /**
   * Finds GFM tables (`findTables` of `tables.ts`). Without it, table rows are still split at
   * their `|` like any pipe row.
   */
  readonly findTables?: TableFinder;
}

const RULE_LINE = /^[-_=~.*•·]{3,}$|^[-_=]{2,}$/;
const PAGE_BREAK_LINE = /^-{2,}\s*PAGE\s*BREAK\s*-{2,}$/i;
const BR = /<br\s*\/?>/gi;

/**
 * Lines as they are read, before the wrapped lines of an emphasis span are joined; `continuing`
 * holds those that start inside a span opened on the physical line before. (A set beside the
 * lines, not a flag in each: the lines are handed on as they are, with no copy of every one.)
 */
interface Drafts {
  readonly lines: Line[];
  readonly continuing: Set<Line>;
}

/** Split a normalized text into logical lines. */
export function toLines(text: string, options: LinesOptions): Line[] {
  // Tables are read at any size: the table reader is linear.
  const tables = options.markdown && options.findTables ? options.findTables(text) : [];
  const leftTabs = text.includes('\t') ? leftColumnTabs(text.split('\n')) : undefined;
  // One object for every line (spreading the options at each line cost more than reading it).
  const lineOptions = { ...options, leftTabs };
  const drafts: Drafts = { lines: [], continuing: new Set() };
  let gap = true;
  let openEmphasis = { strong: false, em: false };
  let tableIndex = 0;
  let offset = 0;
  let lineNo = 0;
  while (offset <= text.length) {
    const nl = text.indexOf('\n', offset);
    const end = nl < 0 ? text.length : nl;
    const table = tables[tableIndex];
    if (table && offset >= table.start) {
      pushTable(drafts, text, table, tableIndex, lineNo, options);
      gap = true;
      // Continue after the table's last line.
      const tableEnd = text.indexOf('\n', table.end);
      lineNo += countNewlines(text, offset, tableEnd < 0 ? text.length : tableEnd) + 1;
      offset = tableEnd < 0 ? text.length + 1 : tableEnd + 1;
      tableIndex++;
      openEmphasis = { strong: false, em: false };
      continue;
    }
    const raw = text.slice(offset, end);
    if (raw.trim().length === 0 || (options.markdown || raw.includes('|') ? isPipeSeparator(raw) : false)) {
      gap = true;
      openEmphasis = { strong: false, em: false };
    } else {
      const continues = openEmphasis.strong || openEmphasis.em;
      const added = pushPhysicalLine(drafts, raw, offset, lineNo, gap, continues, lineOptions);
      if (added) gap = false;
      if (options.markdown) openEmphasis = emphasisStateAfter(raw, openEmphasis);
    }
    offset = end + 1;
    lineNo++;
  }
  return joinContinuations(drafts);
}

function countNewlines(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) n++;
  return n;
}

function pushPhysicalLine(
  drafts: Drafts,
  raw: string,
  offset: number,
  lineNo: number,
  gap: boolean,
  continues: boolean,
  options: LinesOptions & { leftTabs?: number },
): boolean {
  const marker = options.markdown ? blockMarkerLength(raw) : 0;
  const heading = marker > 0 && raw.trimStart().startsWith('#');
  const body = raw.slice(marker);
  const cells = splitCells(body, { pipes: true, leftTabs: options.leftTabs });
  const row = body.includes('|');
  let added = false;
  for (const cell of cells) {
    const cleaned = cleanInline(cell.text, offset + marker + cell.start, { markdown: options.markdown });
    const text = stripTrailingRule(cleaned.text);
    if (text.length === 0 || RULE_LINE.test(text) || PAGE_BREAK_LINE.test(text)) continue;
    const trimmedRaw = cell.text.trim();
    const line = makeLine({
      text,
      map: cleaned.map,
      sourceLine: lineNo,
      column: cell.column,
      cell: null,
      bold: isWholeLineBold(trimmedRaw) || (continues && /^[^*]*\*\*\s*$/.test(trimmedRaw)),
      italic: /^\*[^*][^]*[^*]\*$|^_[^_][^]*_$/.test(trimmedRaw),
      heading,
      indent: indentWidth(raw),
      gapBefore: gap && !added,
      split: cells.length > 1,
      row,
      marked: options.markdown && /\*\*|__/.test(trimmedRaw),
    });
    drafts.lines.push(line);
    if (continues && !added && cell.column === 0) drafts.continuing.add(line);
    added = true;
  }
  return added;
}

/** `**…**`, or `**…` whose bold span goes on to the next line. */
function isWholeLineBold(trimmedRaw: string): boolean {
  if (!/^(\*\*|__)/.test(trimmedRaw)) return false;
  if (/(\*\*|__)$/.test(trimmedRaw)) return true;
  return (trimmedRaw.match(/\*\*/g)?.length ?? 0) % 2 === 1;
}

/** `BỘ XÂY DỰNG -------` in a flattened cell: drop the rule that stood under the name. */
function stripTrailingRule(text: string): string {
  // Most lines do not end in a rule: the pattern, anchored at the end, would be tried from every space.
  const last = text.charCodeAt(text.length - 1);
  if (last !== 0x2d && last !== 0x5f && last !== 0x3d) return text;
  const m = text.match(/\s+[-_=]{3,}$/);
  return m ? text.slice(0, m.index) : text;
}

function pushTable(
  drafts: Drafts,
  text: string,
  table: TableSpan,
  tableIndex: number,
  firstLine: number,
  options: LinesOptions,
): void {
  // Line numbers advance with the cells (counting from the table start for each cell is quadratic).
  let cursor = table.start;
  let sourceLine = firstLine;
  table.rows.forEach((row, rowIndex) => {
    row.forEach((cell, columnIndex) => {
      sourceLine += countNewlines(text, cursor, cell.start);
      cursor = cell.start;
      let raw = text.slice(cell.start, cell.end);
      let start = cell.start;
      // A cell's span includes the pipes around it (as remark-gfm gives it).
      const lead = raw.match(/^\s*\|?/)?.[0].length ?? 0;
      raw = raw.slice(lead);
      start += lead;
      raw = raw.replace(/\|\s*$/, '');
      let pieceStart = 0;
      const pieces: Array<[number, string]> = [];
      for (const br of raw.matchAll(BR)) {
        pieces.push([pieceStart, raw.slice(pieceStart, br.index)]);
        pieceStart = br.index + br[0].length;
      }
      pieces.push([pieceStart, raw.slice(pieceStart)]);
      let first = true;
      const split = pieces
        .flatMap(([at, piece]) => splitAtBoldRuns(at, piece))
        .flatMap(([at, piece]) => splitSubjectFromNumber([{ start: at, text: piece, column: 0 }]).map((c) => [c.start, c.text] as [number, string]));
      for (const [at, piece] of split) {
        const cleaned = cleanInline(piece.trim(), start + at + (piece.length - piece.trimStart().length), options);
        const value = stripTrailingRule(cleaned.text);
        if (value.length === 0 || RULE_LINE.test(value)) continue;
        const line = makeLine({
          text: value,
          map: cleaned.map,
          sourceLine,
          column: Math.min(columnIndex, 1),
          cell: { table: tableIndex, row: rowIndex, column: columnIndex },
          bold: /^(\*\*|__)[^]*(\*\*|__)$/.test(piece.trim()),
          italic: /^\*[^*][^]*[^*]\*$/.test(piece.trim()),
          heading: false,
          indent: 0,
          gapBefore: first,
          split: true,
          row: true,
          marked: /\*\*|__/.test(piece),
        });
        drafts.lines.push(line);
        first = false;
      }
    });
  });
}

/**
 * `**T/M BAN THƯỜNG VỤ** **PHÓ BÍ THƯ** **Nguyễn Văn A**` in one cell: a converter lost the line
 * breaks between bold lines; each bold run is a line of its own.
 */
function splitAtBoldRuns(at: number, piece: string): Array<[number, string]> {
  const out: Array<[number, string]> = [];
  let from = 0;
  for (const m of piece.matchAll(BOLD_RUN_BOUNDARY)) {
    out.push([at + from, piece.slice(from, m.index)]);
    from = m.index + m[0].length;
  }
  out.push([at + from, piece.slice(from)]);
  return out;
}

/** Between one whole bold run and the next: `…** **…`. */
const BOLD_RUN_BOUNDARY = /(?<=^\s*\*\*[^*]+\*\*)\s+(?=\*\*[^*]+\*\*)|(?<=\*\*)\s+(?=\*\*[^*]+\*\*\s*(?:\*\*|$))/g;

/** Which emphasis spans are still open at the end of a physical line. */
function emphasisStateAfter(raw: string, before: { strong: boolean; em: boolean }): { strong: boolean; em: boolean } {
  let { strong, em } = before;
  // `* Như trên;`: a `*` and a space opening the line is a list bullet (or OCR's dash), not emphasis.
  const bullet = /^\s*\*\s/.exec(raw) ? raw.indexOf('*') : -1;
  for (const m of raw.matchAll(/\*+/g)) {
    if (m.index === bullet && m[0].length === 1) continue;
    const run = m[0].length;
    if (run >= 2) strong = !strong;
    if (run === 1 || run === 3) {
      // A lone `*` line (the Party mark) is not emphasis.
      if (raw.trim() !== '*') em = !em;
    }
  }
  return { strong, em };
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

/** Join lines that continue an emphasis span from the previous line (a converter's hard wrap). */
function joinContinuations(drafts: Drafts): Line[] {
  if (drafts.continuing.size === 0) return drafts.lines;
  const lines: Line[] = [];
  let joined = 0;
  for (const d of drafts.lines) {
    const prev = lines[lines.length - 1];
    if (drafts.continuing.has(d) && prev && prev.cell === null && prev.column === d.column && joined < MAX_JOINED_LINES && !opensAPart(d.text)) {
      joined++;
      const text = `${prev.text} ${d.text}`;
      lines[lines.length - 1] = lineWith(prev, {
        text,
        map: concatMaps(prev.map, prev.text.length, 1, d.map),
        bold: prev.bold || d.bold,
        italic: prev.italic || d.italic,
        split: prev.split || d.split,
        row: prev.row || d.row,
        marked: prev.marked || d.marked,
      });
      continue;
    }
    lines.push(d);
    joined = 0;
  }
  return lines;
}
