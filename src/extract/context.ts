/**
 * What every extractor shares: the zones, a way to turn a piece of a line into a position in the
 * original file, the `sources` map and the diagnostics list.
 */
import { lineSpan, type Line } from '../lines/line.js';
import type { Locator } from '../normalize/locator.js';
import type { OffsetMap } from '../normalize/offset-map.js';
import type { Diagnostic, Position, SourceRef } from '../schema/document.js';
import type { Zones } from '../zones/index.js';

export const RULES_URL = 'https://github.com/vbparse/vbparse/blob/main/README.md#diagnostics';

export class ExtractContext {
  readonly sources: Record<string, SourceRef> = {};
  readonly diagnostics: Diagnostic[] = [];

  constructor(
    readonly zones: Zones,
    private readonly locator: Locator,
    private readonly normalized: OffsetMap,
  ) {}

  /** Position in the original file of `line.text.slice(from, to)`. */
  place(line: Line, from = 0, to = line.text.length): Position {
    const [start, end] = lineSpan(line, from, to);
    return this.locator.position(this.normalized.toSource(start), end > start ? this.normalized.toSourceEnd(end) : this.normalized.toSource(start));
  }

  /** Position of a span given in normalized offsets. */
  placeOfOffsets(start: number, end: number): Position {
    return this.locator.position(this.normalized.toSource(start), end > start ? this.normalized.toSourceEnd(end) : this.normalized.toSource(start));
  }

  /** Record where the value at `pointer` came from. */
  record(pointer: string, line: Line, from = 0, to = line.text.length): void {
    this.sources[pointer] = { raw: line.text.slice(from, to), place: this.place(line, from, to) };
  }

  /**
   * The place of a value read from pieces of lines (first to last), narrowed to where its text
   * stands: without a label, a marker or closing punctuation that the value leaves out.
   */
  placeOfParts(parts: ReadonlyArray<{ line: Line; from: number; to?: number }>, raw: string): Position {
    const textOf = (p: { line: Line; from: number; to?: number }) => p.line.text.slice(p.from, p.to ?? p.line.text.length);
    // The whole value in one piece (an inline list item, a one-line value).
    for (const part of parts) {
      const at = raw.length > 0 ? textOf(part).indexOf(raw) : -1;
      if (at >= 0) return this.place(part.line, part.from + at, part.from + at + raw.length);
    }
    // Else from the piece where its first words stand to the piece where its last words stand.
    // Its first and last words (up to 12 characters: a value joined from lines has a space where
    // the source has a line break).
    const words = raw.split(' ');
    const head = words[0].slice(0, 12);
    const tail = words[words.length - 1].slice(-12);
    let firstIndex = parts.findIndex((p) => textOf(p).includes(head));
    if (firstIndex < 0) firstIndex = 0;
    const first = parts[firstIndex];
    const firstText = textOf(first);
    const headAt = firstText.indexOf(head);
    const start = first.from + (headAt >= 0 ? headAt : firstText.length - firstText.trimStart().length);
    let lastIndex = parts.length - 1;
    while (lastIndex > firstIndex && !textOf(parts[lastIndex]).includes(tail)) lastIndex--;
    const last = parts[lastIndex];
    const lastFrom = lastIndex === firstIndex ? start : last.from;
    const lastText = last.line.text.slice(lastFrom, last.to ?? last.line.text.length);
    const tailAt = lastText.lastIndexOf(tail);
    const end = lastFrom + (tailAt >= 0 ? tailAt + tail.length : lastText.replace(/[\s;.,:]+$/u, '').length);
    return { start: this.place(first.line, start).start, end: this.place(last.line, lastFrom, Math.max(lastFrom, end)).end };
  }

  recordSpan(pointer: string, raw: string, place: Position): void {
    this.sources[pointer] = { raw, place };
  }

  report(ruleId: string, severity: Diagnostic['severity'], message: string, place: Position | null = null): void {
    this.diagnostics.push({ ruleId, severity, message, place, source: 'vbparse', url: `${RULES_URL}` });
  }
}
