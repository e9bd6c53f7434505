/** Offsets in the original text → line and column, as unist/vfile points do. */
import type { Point, Position } from '../schema/document.js';

export class Locator {
  private readonly lineStarts: number[] = [0];
  constructor(private readonly original: string) {
    for (let i = 0; i < original.length; i++) {
      const c = original.charCodeAt(i);
      if (c === 0x0a) this.lineStarts.push(i + 1);
      else if (c === 0x0d && original.charCodeAt(i + 1) !== 0x0a) this.lineStarts.push(i + 1);
    }
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
    return { line: lo + 1, column: clamped - (this.lineStarts[lo] ?? 0) + 1, offset: clamped };
  }

  position(start: number, end: number): Position {
    return { start: this.point(start), end: this.point(Math.max(start, end)) };
  }
}
