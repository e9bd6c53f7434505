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

  constructor(
    readonly zones: Zones,
    private readonly locator: Locator,
    private readonly normalized: OffsetMap,
  ) {}

  /** Position in the original file of `line.text.slice(from, to)`. */
  place(line: Line, from = 0, to = line.text.length): Position {
    const [start, end] = lineSpan(line, from, to);
    return this.locator.position(this.normalized.toSource(start), this.normalized.toSource(Math.max(start, end - 1)) + (end > start ? 1 : 0));
  }

  /** Position from the start of the first part to the end of the last. */
  placeOfParts(parts: readonly [LinePart, ...LinePart[]]): Position {
    const first = parts[0];
    const last = parts.at(-1) ?? first;
    return { start: this.place(first.line, first.from).start, end: this.place(last.line, last.from, last.to).end };
  }

  /** The classified line at `index` of the document; an index out of range is a bug, and throws. */
  line(index: number): ClassifiedLine {
    const line = this.zones.lines[index];
    if (line === undefined) throw new RangeError(`line index ${index} is outside the document (${this.zones.lines.length} lines)`);
    return line;
  }

  /** Position of a span given in normalized offsets. */
  placeOfOffsets(start: number, end: number): Position {
    return this.locator.position(this.normalized.toSource(start), end > start ? this.normalized.toSource(end - 1) + 1 : this.normalized.toSource(start));
  }

  /** Record where the value at `pointer` came from. */
  record(pointer: string, line: Line, from = 0, to = line.text.length): void {
    this.sources[pointer] = { raw: line.text.slice(from, to), place: this.place(line, from, to) };
  }

  recordSpan(pointer: string, raw: string, place: Position): void {
    this.sources[pointer] = { raw, place };
  }

  /**
   * Runs one extraction stage. A failure in it (a bug in vbparse) becomes an `internal/<stage>`
   * error diagnostic, what the stage had recorded is withdrawn, and `fallback` stands in for its
   * result, so the rest of the document is still read.
   */
  guard<T>(stage: GuardedStage, run: () => T, fallback: () => T): T {
    const recorded = new Set(Object.keys(this.sources));
    const reported = this.diagnostics.length;
    try {
      return run();
    } catch (error) {
      for (const pointer of Object.keys(this.sources)) if (!recorded.has(pointer)) delete this.sources[pointer];
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
