/** One logical line of a document, with its place in the (normalized) source. */
import { ShiftedOffsetMap, type OffsetMap } from "../normalize/offset-map.js";

export interface TableCell {
  readonly table: number;
  readonly row: number;
  readonly column: number;
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
  return { ...line, text, map: new ShiftedOffsetMap(line.map, from + lead), split: true };
}
