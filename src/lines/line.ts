/** One logical line of a document, with its place in the (normalized) source. */
import { ShiftedOffsetMap, type OffsetMap } from "../normalize/offset-map.js";

export interface TableCell {
  readonly table: number;
  readonly row: number;
  readonly column: number;
}

/** Whether two lines stand in the same table cell (or both outside any table). */
export function sameCell(a: TableCell | null, b: TableCell | null): boolean {
  return a === b || (a !== null && b !== null && a.table === b.table && a.row === b.row && a.column === b.column);
}

export interface Line {
  /** Cleaned text: markup removed, whitespace folded, trimmed. */
  readonly text: string;
  /** Cleaned-text index → offset in the normalized text. */
  readonly map: OffsetMap;
  /** 0-based index of the physical source line the text starts on (in normalized text). */
  readonly sourceLine: number;
  /** Layout column: 0 for full width or the left column, 1 for a right column. */
  readonly column: number;
  /** Set when the line comes from a table cell (GFM table, or `|`-separated row). */
  readonly cell: TableCell | null;
  /** The whole line is bold / italic / a markdown heading. */
  readonly bold: boolean;
  readonly italic: boolean;
  readonly heading: boolean;
  /** Leading spaces of the source line (TAB counted as 8). */
  readonly indent: number;
  /** A blank line, a `|` separator line or a block boundary comes before this line. */
  readonly gapBefore: boolean;
  /** Several logical lines were split out of one physical line (columns, cells). */
  readonly split: boolean;
  /** Read from a table row (a `|` row or a GFM table cell): a lone number there is content, not a page number. */
  readonly row: boolean;
  /** The source had emphasis markers on this line (`**Điều 1. **…`): converter output. */
  readonly marked: boolean;
}

/** Normalized offsets of `line.text.slice(from, to)`. */
export function lineSpan(line: Line, from = 0, to = line.text.length): [number, number] {
  const start = line.map.toSource(from);
  const end = to > from ? line.map.toSource(to - 1) + 1 : start;
  return [start, end];
}

/** A line made of part of another line's text (`Nơi nhận: TL. TỔNG CỤC TRƯỞNG` → the `TL.` part). */
export function sliceLine(line: Line, from: number, to = line.text.length): Line {
  const raw = line.text.slice(from, to);
  const lead = raw.length - raw.trimStart().length;
  const text = raw.trim();
  return lineWith(line, { text, map: new ShiftedOffsetMap(line.map, from + lead), split: true });
}

/** `line` with some of its fields changed (read one by one: a packed line's flags are not own properties). */
export function lineWith(line: Line, changes: Partial<Line>): Line {
  const { text, map, sourceLine, column, cell, bold, italic, heading, indent, gapBefore, split, row, marked } = line;
  return makeLine({ text, map, sourceLine, column, cell, bold, italic, heading, indent, gapBefore, split, row, marked, ...changes });
}

const BOLD = 1;
const ITALIC = 2;
const HEADING = 4;
const GAP_BEFORE = 8;
const SPLIT = 16;
const ROW = 32;
const MARKED = 64;

/**
 * A line as the reader keeps it: its seven flags in one number. A large document has a million
 * lines (a table a line per cell), and a flag held as a field of its own costs a pointer each.
 */
class PackedLine implements Line {
  readonly text: string;
  readonly map: OffsetMap;
  readonly sourceLine: number;
  readonly column: number;
  readonly cell: TableCell | null;
  readonly indent: number;
  private readonly flags: number;

  constructor(fields: Line) {
    this.text = fields.text;
    this.map = fields.map;
    this.sourceLine = fields.sourceLine;
    this.column = fields.column;
    this.cell = fields.cell;
    this.indent = fields.indent;
    this.flags =
      (fields.bold ? BOLD : 0) |
      (fields.italic ? ITALIC : 0) |
      (fields.heading ? HEADING : 0) |
      (fields.gapBefore ? GAP_BEFORE : 0) |
      (fields.split ? SPLIT : 0) |
      (fields.row ? ROW : 0) |
      (fields.marked ? MARKED : 0);
  }

  get bold(): boolean {
    return (this.flags & BOLD) !== 0;
  }
  get italic(): boolean {
    return (this.flags & ITALIC) !== 0;
  }
  get heading(): boolean {
    return (this.flags & HEADING) !== 0;
  }
  get gapBefore(): boolean {
    return (this.flags & GAP_BEFORE) !== 0;
  }
  get split(): boolean {
    return (this.flags & SPLIT) !== 0;
  }
  get row(): boolean {
    return (this.flags & ROW) !== 0;
  }
  get marked(): boolean {
    return (this.flags & MARKED) !== 0;
  }
}

/** A line from its fields, kept packed. */
export function makeLine(fields: Line): Line {
  return new PackedLine(fields);
}
