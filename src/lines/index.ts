/**
 * lines: normalized text → logical lines with positions.
 *
 * Physical lines are split into layout cells (TAB / space-run / `|` / merged OCR columns),
 * GFM table cells come from the table reader (`tables.ts`), `<br>` splits a cell into lines, inline markup is removed,
 * and lines wrapped inside an emphasis span (`*Hà Nội, ngày 18` / `tháng 11 năm 2025*`) are joined.
 */
import { keywordPattern, keywordSource, NUMBER_LABEL } from '../domain/keywords.js';
import { startsLowerCase, vre } from '../domain/vietnamese.js';
import { breaksName } from '../domain/wraps.js';
import { AUTHORITY_PREFIX_ALTERNATION } from '../domain/signature.js';
import { concatMaps, type OffsetMap } from '../normalize/offset-map.js';
import { blockMarkerLength, cleanInline } from './clean.js';
import { lineWith, makeLine, type Line, type TableCell } from './line.js';
import { splitFlattenedCell } from './flattened-cells.js';
import { findGridTables } from './grid-tables.js';
import { findHtmlTables, htmlCellPieces } from './html-tables.js';
import { findLooseRows } from './loose-rows.js';
import type { CellSpan, TableFinder, TableSpan } from './tables.js';
import { indentWidth, isPipeSeparator, leftColumnTabs, splitCells, splitSubjectFromNumber, type RawCell } from './split.js';

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
  const tables = findAllTables(text, options);
  const leftTabs = text.includes('\t') ? leftColumnTabs(text.split('\n')) : undefined;
  // One object for every line (spreading the options at each line cost more than reading it).
  const lineOptions = { ...options, leftTabs };
  const drafts: Drafts = { lines: [], continuing: new Set() };
  let gap = true;
  const doubleSpaced = isDoubleSpaced(text);
  let blankRun = 0;
  let openEmphasis = { strong: false, em: false };
  let tableIndex = 0;
  let offset = 0;
  let lineNo = 0;
  while (offset <= text.length) {
    const nl = text.indexOf('\n', offset);
    const end = nl < 0 ? text.length : nl;
    const table = tables[tableIndex];
    // A table may start after the line's indentation (`  | a | b |`).
    if (table && (offset >= table.start || (table.start <= end && text.slice(offset, table.start).trim() === ''))) {
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
    const blank = raw.trim().length === 0;
    blankRun = blank ? blankRun + 1 : 0;
    if (blank && doubleSpaced && blankRun === 1) {
      // Double-spaced text: one blank line is how every line ends, not a break.
    } else if (blank || (options.markdown || raw.includes('|') ? isPipeSeparator(raw) : false)) {
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
  return joinWrappedNames(joinContinuations(drafts));
}

/** Lines a double-spaced text must have before it is taken for one. */
const DOUBLE_SPACED_MIN_LINES = 12;

/**
 * Whether a blank line follows nearly every line of text (a copy that made each line a paragraph,
 * a tool that double-spaces): then only two blank lines in a row break the text. Text that keeps a
 * paragraph to a line (markdown, a Word export) has blank lines as often; it is told apart by its
 * sentences, which never go on in lower case across a blank line.
 */
function isDoubleSpaced(text: string): boolean {
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

/**
 * The tables of a text, in source order: GFM tables and rows a converter wrote over several lines
 * (markdown only), HTML tables and grid tables.
 * Where two overlap (a pipe table drawn inside a grid), the one that starts first is read.
 * Every reader is linear, so tables are read at any size.
 */
function findAllTables(text: string, options: LinesOptions): TableSpan[] {
  const gfm = options.markdown && options.findTables ? options.findTables(text).map((table) => endAtPipelessRow(text, table)) : [];
  const html = findHtmlTables(text);
  const grid = findGridTables(text);
  const loose = options.markdown ? findLooseRows(text) : [];
  if (html.length === 0 && grid.length === 0 && loose.length === 0) return gfm;
  const all = [...gfm, ...html, ...grid, ...loose].sort((a, b) => a.start - b.start);
  const kept: TableSpan[] = [];
  for (const table of all) {
    const last = kept[kept.length - 1];
    if (!last || table.start > last.end) kept.push(table);
  }
  return kept;
}

/**
 * GFM takes a line with no `|` right after a table for one more row; in a letter it is the text
 * after the table (`**THÔNG BÁO**` under the header, in a file written without blank lines).
 */
function endAtPipelessRow(text: string, table: TableSpan): TableSpan {
  for (let r = 1; r < table.rows.length; r++) {
    const first = table.rows[r]![0];
    if (!first) continue;
    const lineStart = text.lastIndexOf('\n', first.start - 1) + 1;
    const newline = text.indexOf('\n', first.start);
    if (text.slice(lineStart, newline < 0 ? text.length : newline).includes('|')) continue;
    // The table ends with the line before (the delimiter row, for a table of a header only).
    return { ...table, rows: table.rows.slice(0, r), end: lineStart - 1 };
  }
  return table;
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
  const row = body.includes('|');
  // A `|` row that is no GFM table (a converter wrote a bad delimiter row) may hold flattened cells too.
  const cells = splitCells(body, { pipes: true, leftTabs: options.leftTabs })
    .flatMap((cell) =>
      (row && options.markdown) || FLATTENED_FOOTER.test(cell.text) ? splitFlattenedCell(cell.start, cell.text).map(([start, text]) => ({ ...cell, start, text })) : [cell],
    )
    .flatMap((cell) => splitAtLineBreaks(cell));
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

/**
 * `**Nơi nhận:**<br>- Như trên;<br>- Lưu: VT.` outside a table (a table whose delimiter row was
 * lost, HTML pasted into text): each `<br>` ends a line, as it does in a table cell.
 */
function splitAtLineBreaks(cell: RawCell): RawCell[] {
  if (!cell.text.includes('<')) return [cell];
  const pieces: RawCell[] = [];
  let from = 0;
  for (const br of cell.text.matchAll(BR)) {
    pieces.push({ ...cell, start: cell.start + from, text: cell.text.slice(from, br.index) });
    from = br.index + br[0].length;
  }
  if (from === 0) return [cell];
  pieces.push({ ...cell, start: cell.start + from, text: cell.text.slice(from) });
  return pieces;
}

/**
 * `Nơi nhận:- Như trên;- Lưu: VT.` on one line, outside a table: a cell whose line breaks a copy or
 * a converter lost (pandoc's plain text drops the `<br>`s). Read as the flattened cell it is.
 */
const FLATTENED_FOOTER = vre(`^\\s*[*_]*(?:${keywordSource('distribution')})\\s*[*_]*:[*_]*\\s*\\\\?[-–+•]\\s*\\p{L}[^]*;`, 'u');

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
  const m = TRAILING_RULE.exec(text);
  return m ? text.slice(0, m.index) : text;
}

/** The rule after a space, or glued to a capital (`VĂN PHÒNG-------`: the line break between was lost). */
const TRAILING_RULE = /\s+[-_=]{3,}$|(?<=\p{Lu})[-_=]{4,}$/u;

function pushTable(
  drafts: Drafts,
  text: string,
  table: TableSpan,
  tableIndex: number,
  firstLine: number,
  options: LinesOptions,
): void {
  // Line numbers advance with the pieces (counting from the table start for each is quadratic).
  let cursor = table.start;
  let sourceLine = firstLine;
  const lineOf = (at: number) => {
    sourceLine += countNewlines(text, cursor, at);
    cursor = at;
    return sourceLine;
  };
  const pushEdge = (edge: CellSpan | undefined) => {
    if (!edge) return;
    const raw = text.slice(edge.start, edge.end);
    pushPhysicalLine(drafts, raw, edge.start, lineOf(edge.start), true, false, options);
  };
  pushEdge(table.before);
  const repeated = repeatedSpanCells(text, table);
  table.rows.forEach((row, rowIndex) => {
    row.forEach((cell, columnIndex) => {
      if (repeated?.has(cell)) return;
      let first = true;
      for (const ranges of cellPieces(text, table, cell, options.markdown)) {
        const built = cleanRanges(text, ranges, options);
        if (!built) continue;
        const value = stripTrailingRule(built.text);
        if (value.length === 0 || RULE_LINE.test(value)) continue;
        const piece = ranges.map(([from, to]) => text.slice(from, to)).join(' ').trim();
        const line = makeLine({
          text: value,
          map: built.map,
          sourceLine: lineOf(ranges[0]![0]),
          column: Math.min(columnIndex, 1),
          cell: { table: tableIndex, row: rowIndex, column: columnIndex },
          bold: WHOLE_BOLD.test(piece),
          italic: WHOLE_ITALIC.test(piece),
          heading: false,
          indent: 0,
          gapBefore: first,
          split: true,
          row: true,
          marked: /\*\*|__|<(?:strong|b)\b/i.test(piece),
        });
        drafts.lines.push(line);
        first = false;
      }
    });
  });
  pushEdge(table.after);
}

/**
 * The cells a converter wrote again for a merged cell (docling repeats a spanning cell's text in
 * every row and column it covers: the agency twice in the header, `Lưu: VT.` twice in the footer):
 * a cell whose text is that of the cell above it or to its left. Only in a letter's header or
 * signature table (it holds the quốc hiệu, `Số:`, `Nơi nhận:` or `TM.`/`KT.`): in a table of the
 * body a value repeated from row to row is data. Null when there is none.
 */
function repeatedSpanCells(text: string, table: TableSpan): Set<CellSpan> | null {
  let repeated: Set<CellSpan> | null = null;
  const keys = table.rows.map((row) => row.map((cell) => cellText(text, cell)));
  table.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      const own = keys[r]![c]!;
      if (own !== '' && (keys[r - 1]?.[c] === own || keys[r]![c - 1] === own)) (repeated ??= new Set()).add(cell);
    }),
  );
  if (!repeated || !keys.some((row) => row.some((key) => LAYOUT_ANCHOR.test(key)))) return null;
  return repeated;
}

/** What a cell holds, as written (a grid cell: its slices of the physical lines). */
function cellText(text: string, cell: CellSpan): string {
  const raw = cell.segments ? cell.segments.map((s) => text.slice(s.start, s.end)).join('\n') : text.slice(cell.start, cell.end);
  return raw.replace(/^\s*\|/, '').replace(/\|\s*$/, '').trim();
}

/** What only a letter's header or signature table holds. */
const LAYOUT_ANCHOR = vre(
  `${keywordSource('nationalTitle')}|^[*_]*(?:${keywordSource('distribution')})\\s*[*_]*:|(?:^|\\s|\\*)(?:${keywordSource('numberLabel')})\\s*:\\s*\\d|(?:^|\\s|\\*)(?:${AUTHORITY_PREFIX_ALTERNATION})[.\\s]\\s*\\p{Lu}{2}`,
  'u',
);

/** A piece that is bold or italic as a whole, in markdown or in HTML. */
const WHOLE_BOLD = /^(?:\*\*|__)[^]*(?:\*\*|__)$|^<(strong|b)\b[^>]*>[^]*<\/\1>$/i;
const WHOLE_ITALIC = /^\*[^*][^]*[^*]\*$|^<(em|i)\b[^>]*>[^]*<\/\1>$/i;

/**
 * A cell's lines, each as the source ranges it is read from: one range for a GFM cell's piece
 * between `<br>`s; the physical lines of an HTML paragraph or of a grid cell's paragraph.
 */
function cellPieces(text: string, table: TableSpan, cell: CellSpan, markdown: boolean): Array<Array<[number, number]>> {
  if (table.kind === 'grid') {
    // A cell of pandoc's markdown holds markdown blocks of its own (`## CHÍNH PHỦ`, `> …`).
    const segments = (cell.segments ?? [cell]).map((s): [number, number] => {
      const marker = markdown ? blockMarkerLength(text.slice(s.start, s.end)) : 0;
      return [s.start + marker, s.end];
    });
    if (!table.paragraphs) return segments.filter(([from, to]) => to > from).map((range) => [range]);
    const paragraphs: Array<Array<[number, number]>> = [];
    let open: Array<[number, number]> | null = null;
    for (const range of segments) {
      if (range[1] === range[0]) open = null;
      else if (open) open.push(range);
      else paragraphs.push((open = [range]));
      // pandoc's hard line break ends the line of text.
      if (markdown && text.charCodeAt(range[1] - 1) === 92) open = null;
    }
    return paragraphs;
  }
  if (table.kind === 'html') {
    return htmlCellPieces(text, cell).flatMap(([from, to]) =>
      splitSubjectFromNumber([{ start: from, text: text.slice(from, to), column: 0 }]).map((c) => physicalRanges(text, c.start, c.start + c.text.length)),
    );
  }
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
  return pieces
    // The whole cell first: its anchors (`TM.`, `Số:`) tell whether it is a flattened header or footer.
    .flatMap(([at, piece]) => splitFlattenedCell(at, piece))
    .flatMap(([at, piece]) => splitAtBoldRuns(at, piece))
    .flatMap(([at, piece]) => splitSubjectFromNumber([{ start: at, text: piece, column: 0 }]))
    .map((c): Array<[number, number]> => [[start + c.start, start + c.start + c.text.length]]);
}

/** `[from, to)` cut at its newlines: a paragraph wrapped over physical lines. */
function physicalRanges(text: string, from: number, to: number): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (let at = from; at <= to; ) {
    const nl = text.indexOf('\n', at);
    const end = nl < 0 || nl > to ? to : nl;
    ranges.push([at, end]);
    at = end + 1;
  }
  return ranges;
}

/** The cleaned text of some source ranges, joined by single spaces, with its offset map. */
function cleanRanges(text: string, ranges: ReadonlyArray<[number, number]>, options: LinesOptions): { text: string; map: OffsetMap } | null {
  let joined: { text: string; map: OffsetMap } | null = null;
  for (const [from, to] of ranges) {
    const piece = text.slice(from, to);
    const cleaned = cleanInline(piece.trim(), from + (piece.length - piece.trimStart().length), options);
    if (cleaned.text.length === 0) continue;
    joined = joined === null ? cleaned : { text: `${joined.text} ${cleaned.text}`, map: concatMaps(joined.map, joined.text.length, 1, cleaned.map) };
  }
  return joined;
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

/** The longest line a name may wrap at: text copied from a narrow column, a header's or a signature's. */
const NARROW_LINE = 48;

/**
 * Join a line to the next where the break falls inside a name no letter breaks (`TM. ỦY BAN NHÂN` /
 * `DÂN`, `Thành phố Hồ Chí` / `Minh, ngày …`): text copied from a narrow column, where the column's
 * width and not the letter ended the line.
 */
function joinWrappedNames(lines: Line[]): Line[] {
  let out: Line[] | null = null;
  for (let i = 1; i < lines.length; i++) {
    const prev = (out ?? lines)[(out ? out.length : i) - 1]!;
    const line = lines[i]!;
    const wraps =
      !line.gapBefore &&
      prev.text.length <= NARROW_LINE &&
      prev.column === line.column &&
      sameCell(prev.cell, line.cell) &&
      !opensAPart(line.text) &&
      breaksName(prev.text, line.text);
    if (!wraps) {
      out?.push(line);
      continue;
    }
    out ??= lines.slice(0, i);
    out[out.length - 1] = lineWith(prev, {
      text: `${prev.text} ${line.text}`,
      map: concatMaps(prev.map, prev.text.length, 1, line.map),
      bold: prev.bold && line.bold,
      italic: prev.italic && line.italic,
      split: prev.split || line.split,
      row: prev.row || line.row,
      marked: prev.marked || line.marked,
    });
  }
  return out ?? lines;
}

function sameCell(a: TableCell | null, b: TableCell | null): boolean {
  return a === b || (a !== null && b !== null && a.table === b.table && a.row === b.row && a.column === b.column);
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
