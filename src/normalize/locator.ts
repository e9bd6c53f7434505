/** Offsets in the original text → line and column, as unist/vfile points do. */
import type { Point, Position } from '../schema/document.js';

export class Locator {
  /** The offset where each line starts (a typed array: a large file has a million lines). */
  private readonly lineStarts: Int32Array;
  /**
   * @param pageStarts for paged input: the 0-based line where each page begins (see
   * `Decoded.pageStarts`); points then carry `page` and `pageLine`.
   */
  constructor(
    private readonly original: string,
    private readonly pageStarts: readonly number[] = [],
  ) {
    if (!original.includes('\r')) {
      // Only LF (most texts): the breaks are found by indexOf, not by looking at every character.
      let count = 1;
      for (let i = original.indexOf('\n'); i >= 0; i = original.indexOf('\n', i + 1)) count++;
      this.lineStarts = new Int32Array(count);
      let line = 1;
      for (let i = original.indexOf('\n'); i >= 0; i = original.indexOf('\n', i + 1)) this.lineStarts[line++] = i + 1;
      return;
    }
    let count = 1;
    for (let i = 0; i < original.length; i++) if (Locator.isBreak(original, i)) count++;
    this.lineStarts = new Int32Array(count);
    let line = 1;
    for (let i = 0; i < original.length; i++) if (Locator.isBreak(original, i)) this.lineStarts[line++] = i + 1;
  }

  /** LF, CRLF (at its LF) or a lone CR ends a line at `i`. */
  private static isBreak(text: string, i: number): boolean {
    const c = text.charCodeAt(i);
    return c === 0x0a || (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a);
  }

  get lineCount(): number {
    return this.original.length === 0 ? 0 : this.lineStarts.length;
  }

  /** The original text at a place (`sources` raw for a value read across lines of other zones). */
  text(place: Position): string {
    return this.original.slice(place.start.offset, place.end.offset);
  }

  point(offset: number): Point {
    const clamped = Math.max(0, Math.min(offset, this.original.length));
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.lineStarts[mid] ?? Number.POSITIVE_INFINITY) <= clamped) lo = mid;
      else hi = mid - 1;
    }
    const point: Point = { line: lo + 1, column: clamped - (this.lineStarts[lo] ?? 0) + 1, offset: clamped };
    const page = this.pageOf(lo);
    return page === undefined ? point : { ...point, page: page + 1, pageLine: lo - this.pageStarts[page]! + 1 };
  }

  /** The 0-based page of a 0-based line: the last page that begins at or before it. */
  private pageOf(line: number): number | undefined {
    let found: number | undefined;
    for (let i = 0; i < this.pageStarts.length && this.pageStarts[i]! <= line; i++) found = i;
    return found;
  }

  position(start: number, end: number): Position {
    return { start: this.point(start), end: this.point(Math.max(start, end)) };
  }
}
