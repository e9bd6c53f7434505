/** Table spans found by the markdown reader (kept apart from remark so it loads only when needed). */

export interface CellSpan {
  readonly start: number;
  readonly end: number;
}

export interface TableSpan {
  /** Normalized offsets of the whole table. */
  readonly start: number;
  readonly end: number;
  readonly rows: ReadonlyArray<ReadonlyArray<CellSpan>>;
}

export type TableFinder = (text: string) => TableSpan[];

/** True when the text has a GFM delimiter row, so that `findTables` has something to find. */
export function hasTableDelimiter(text: string): boolean {
  return /\|\s*:?-{3,}/.test(text);
}

