/**
 * Piecewise-linear maps between two versions of a text, so that every position reported
 * refers to the original file (eyecite keeps the same kind of map when it cleans text).
 */

/** From `target` offset on, offsets advance together with `source` offset. */
export interface Anchor {
  readonly target: number;
  readonly source: number;
  /** Set where a replaced span ends (`ế` for `e` + two combining marks): a span ending here ends at `source`. */
  readonly replacedEnd?: boolean;
}

export class OffsetMap {
  private readonly anchors: Anchor[];
  constructor(anchors: Anchor[] = [{ target: 0, source: 0 }]) {
    this.anchors = anchors.length > 0 ? anchors : [{ target: 0, source: 0 }];
  }

  /** The anchors, in target order. */
  anchorList(): readonly Anchor[] {
    return this.anchors;
  }

  /**
   * The source offset where the target text `[…, end)` ends: just after the source of its last
   * character, all of it (the three code units of a decomposed `ế`, not only its `e`).
   */
  toSourceEnd(end: number): number {
    if (end <= 0) return this.toSource(0);
    const anchors = this.anchors;
    let lo = 0;
    let hi = anchors.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((anchors[mid]?.target ?? Number.POSITIVE_INFINITY) <= end - 1) lo = mid;
      else hi = mid - 1;
    }
    const next = anchors[lo + 1];
    if (next !== undefined && next.target === end && next.replacedEnd) return next.source;
    const anchor = anchors[lo];
    return anchor ? anchor.source + (end - anchor.target) : end;
  }

  /** The source offset of a target offset. */
  toSource(target: number): number {
    const anchors = this.anchors;
    let lo = 0;
    let hi = anchors.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((anchors[mid]?.target ?? Number.POSITIVE_INFINITY) <= target) lo = mid;
      else hi = mid - 1;
    }
    const anchor = anchors[lo];
    return anchor ? anchor.source + (target - anchor.target) : target;
  }
}

/**
 * Builds a text and its map to the source, one piece at a time:
 * `keep` copies source text unchanged, `replace` puts other text in place of a source span.
 */
export class MappedTextBuilder {
  private readonly parts: string[] = [];
  private readonly anchors: Anchor[] = [{ target: 0, source: 0 }];
  private length = 0;

  /** Append text that stands for source text starting at `sourceOffset`, char for char. */
  keep(text: string, sourceOffset: number): void {
    if (text.length === 0) return;
    this.anchorAt(sourceOffset);
    this.parts.push(text);
    this.length += text.length;
  }

  /** Append `text` standing for a source span that starts at `sourceOffset` (lengths may differ). */
  replace(text: string, sourceOffset: number, sourceEnd: number): void {
    this.anchorAt(sourceOffset);
    this.parts.push(text);
    this.length += text.length;
    // After a replacement, resume at the end of the replaced source span.
    this.anchors.push({ target: this.length, source: sourceEnd, replacedEnd: true });
  }

  private anchorAt(sourceOffset: number): void {
    const last = this.anchors[this.anchors.length - 1];
    if (!last) {
      this.anchors.push({ target: this.length, source: sourceOffset });
    } else if (last.source + (this.length - last.target) !== sourceOffset) {
      if (last.target === this.length) this.anchors[this.anchors.length - 1] = { target: this.length, source: sourceOffset };
      else this.anchors.push({ target: this.length, source: sourceOffset });
    }
  }

  get textLength(): number {
    return this.length;
  }

  build(): { text: string; map: OffsetMap } {
    return { text: this.parts.join(''), map: new OffsetMap(this.anchors) };
  }
}

/**
 * The map of `a + joiner + b` where `a` (length `aLength`) and `b` have maps of their own.
 * The joiner characters map to just after the end of `a`.
 */
export function concatMaps(a: OffsetMap, aLength: number, joinerLength: number, b: OffsetMap): OffsetMap {
  const anchors: Anchor[] = [...a.anchorList()];
  const aEnd = aLength > 0 ? a.toSource(aLength - 1) + 1 : a.toSource(0);
  if (joinerLength > 0) anchors.push({ target: aLength, source: aEnd });
  for (const anchor of b.anchorList()) anchors.push({ target: anchor.target + aLength + joinerLength, source: anchor.source });
  return new OffsetMap(anchors);
}

/** The map of `text.slice(from)` given the map of `text`. */
export class ShiftedOffsetMap extends OffsetMap {
  constructor(
    private readonly base: OffsetMap,
    private readonly from: number,
  ) {
    super();
  }
  override anchorList(): readonly Anchor[] {
    const shifted: Anchor[] = [{ target: 0, source: this.base.toSource(this.from) }];
    for (const anchor of this.base.anchorList()) {
      if (anchor.target > this.from) shifted.push({ target: anchor.target - this.from, source: anchor.source });
    }
    return shifted;
  }
  override toSource(target: number): number {
    return this.base.toSource(target + this.from);
  }
}
