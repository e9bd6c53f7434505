/**
 * What every extractor shares: the zones, a way to turn a piece of a line into a position in the
 * original file, the `sources` map and the diagnostics list.
 */
import { lineSpan, type Line } from '../lines/line.js';
import type { Locator } from '../normalize/locator.js';
import type { OffsetMap } from '../normalize/offset-map.js';
import type { Diagnostic, Position, SourceRef } from '../schema/document.js';
import type { Zones } from '../zones/index.js';
import type { ClassifiedLine } from '../zones/classify.js';
import type { LinePart } from './lists.js';
import { parserRule, ruleUrl, type GuardedStage, type RuleId } from '../diagnostics/rules.js';

export class ExtractContext {
  readonly sources: Record<string, SourceRef> = {};
  readonly diagnostics: Diagnostic[] = [];
  /** Lines of the body zone a header value was read from (a stamp listed apart): not body text. */
  readonly readIntoHeader = new Set<Line>();
  /** How many pointers `sources` has (kept as they are added: `guard` needs it at every stage). */
  private sourceCount = 0;

  constructor(
    readonly zones: Zones,
    private readonly locator: Locator,
    private readonly normalized: OffsetMap,
    /** Set for a restored (damaged) text: `sources[].raw` then gives the text as written, not as read. */
    private readonly rawAsWritten = false,
  ) {}

  /** Position in the original file of `line.text.slice(from, to)`. */
  place(line: Line, from = 0, to = line.text.length): Position {
    const [start, end] = lineSpan(line, from, to);
    return this.locator.position(this.normalized.toSource(start), end > start ? this.normalized.toSourceEnd(end) : this.normalized.toSource(start));
  }


  /** The classified line at `index` of the document; an index out of range is a bug, and throws. */
  line(index: number): ClassifiedLine {
    const line = this.zones.lines[index];
    if (line === undefined) throw new RangeError(`line index ${index} is outside the document (${this.zones.lines.length} lines)`);
    return line;
  }

  /** Position of a span given in normalized offsets. */
  placeOfOffsets(start: number, end: number): Position {
    return this.locator.position(this.normalized.toSource(start), end > start ? this.normalized.toSourceEnd(end) : this.normalized.toSource(start));
  }

  /** The original text at `place`. */
  sourceText(place: Position): string {
    return this.locator.text(place);
  }

  /** Record where the value at `pointer` came from. */
  record(pointer: string, line: Line, from = 0, to = line.text.length): void {
    const place = this.place(line, from, to);
    this.setSource(pointer, { raw: this.rawAsWritten ? this.writtenAt(place) : line.text.slice(from, to), place });
  }

  /** The original text at `place` as one line (NFC, whitespace folded). */
  private writtenAt(place: Position): string {
    return this.locator.text(place).normalize('NFC').replace(/\s+/gu, ' ').trim();
  }

  /**
   * The place of a value read from pieces of lines (first to last): from the start of the first
   * to the end of the last, or, given the value's text, narrowed to where that text stands —
   * without a label, a marker or closing punctuation that the value leaves out.
   */
  placeOfParts(parts: readonly [LinePart, ...LinePart[]], raw?: string): Position {
    const first0 = parts[0];
    const last0 = parts.at(-1) ?? first0;
    const whole = ordered({ start: this.place(first0.line, first0.from).start, end: this.place(last0.line, last0.from, last0.to).end });
    if (raw === undefined || raw.length === 0) return whole;
    const narrowed = this.narrowedPlace(parts, raw);
    // Pieces out of source order (cells of a damaged table) can cross: then the whole span stands.
    return narrowed.end.offset >= narrowed.start.offset ? narrowed : whole;
  }

  private narrowedPlace(parts: readonly [LinePart, ...LinePart[]], raw: string): Position {
    const first0 = parts[0];
    const last0 = parts.at(-1) ?? first0;
    const textOf = (p: LinePart) => p.line.text.slice(p.from, p.to);
    // The whole value in one piece (an inline list item, a one-line value).
    for (const part of parts) {
      const at = textOf(part).indexOf(raw);
      if (at >= 0) return this.place(part.line, part.from + at, part.from + at + raw.length);
    }
    // Else from the piece where its first word stands to the piece where its last word stands (a
    // value joined from lines has a space where the source has a line break).
    const words = raw.split(' ');
    const head = (words[0] ?? '').slice(0, 12);
    const tail = (words.at(-1) ?? '').slice(-12);
    let firstIndex = parts.findIndex((p) => textOf(p).includes(head));
    if (firstIndex < 0) firstIndex = 0;
    const first = parts[firstIndex] ?? first0;
    const firstText = textOf(first);
    const headAt = firstText.indexOf(head);
    const start = first.from + (headAt >= 0 ? headAt : firstText.length - firstText.trimStart().length);
    let lastIndex = parts.length - 1;
    while (lastIndex > firstIndex && !textOf(parts[lastIndex] ?? first).includes(tail)) lastIndex--;
    const last = parts[lastIndex] ?? last0;
    const lastFrom = lastIndex === firstIndex ? start : last.from;
    const lastText = last.line.text.slice(lastFrom, last.to);
    const tailAt = lastText.lastIndexOf(tail);
    const end = lastFrom + (tailAt >= 0 ? tailAt + tail.length : lastText.replace(/[\s;.,:]+$/u, '').length);
    return { start: this.place(first.line, start).start, end: this.place(last.line, lastFrom, Math.max(lastFrom, end)).end };
  }

  recordSpan(pointer: string, raw: string, place: Position): void {
    this.setSource(pointer, { raw: this.rawAsWritten ? this.writtenAt(place) : raw, place });
  }

  private setSource(pointer: string, source: SourceRef): void {
    if (!Object.hasOwn(this.sources, pointer)) this.sourceCount++;
    this.sources[pointer] = source;
  }

  /**
   * Runs one extraction stage. A failure in it (a bug in vbparse) becomes an `internal/<stage>`
   * error diagnostic, what the stage had recorded is withdrawn, and `fallback` stands in for its
   * result, so the rest of the document is still read.
   */
  guard<T>(stage: GuardedStage, run: () => T, fallback: () => T): T {
    // Pointers are kept in the order they were added (none is a number): those after the first
    // `recorded` are the stage's own.
    const recorded = this.sourceCount;
    const reported = this.diagnostics.length;
    try {
      return run();
    } catch (error) {
      for (const pointer of Object.keys(this.sources).slice(recorded)) delete this.sources[pointer];
      this.sourceCount = recorded;
      this.diagnostics.length = reported;
      const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      this.report(`internal/${stage}`, `Reading the ${stage} failed (${reason}); a bug in vbparse, please report it`);
      return fallback();
    }
  }

  /** Record a finding; its severity and documentation come from the rule table. */
  report(ruleId: RuleId, message: string, place: Position | null = null): void {
    this.diagnostics.push(diagnostic(ruleId, message, place));
  }
}

/** A diagnostic of the parser's rule `ruleId`, with the rule's default severity and its doc URL. */
export function diagnostic(ruleId: RuleId, message: string, place: Position | null = null): Diagnostic {
  const severity = parserRule(ruleId)?.severity ?? 'error';
  return { ruleId, severity, message, place, source: 'vbparse', url: ruleUrl(ruleId) };
}

/** A span whose end is not before its start. */
function ordered(place: Position): Position {
  return place.end.offset >= place.start.offset ? place : { start: place.start, end: place.start };
}
