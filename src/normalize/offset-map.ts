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

/**
 * Anchors packed as numbers, two per anchor: its target, then its source (bitwise-not of the
 * source, a negative number, where a replaced span ends). A line of a large document has a map of
 * its own: packed, it costs a few numbers instead of an array of objects, and a map of a million
 * anchors (decomposed text: one per accented letter) is one typed array.
 */
type Packed = Int32Array | readonly number[];

/** Anchors that many numbers and up are kept in a typed array; fewer, in a plain array (smaller then). */
const TYPED_FROM = 32;

const sourceOf = (code: number): number => (code < 0 ? ~code : code);

export class OffsetMap {
  /** The first anchor, kept apart (its source packed too): most maps (a clean line's) have that one only. */
  private readonly target0: number;
  private readonly code0: number;
  /** Every anchor, packed; null when there is only the first. */
  private readonly packed: Packed | null;

  /** `anchors`, or anchors already packed (see `Packed`), as `MappedTextBuilder` gathers them. */
  constructor(anchors: readonly Anchor[] | { readonly packed: Packed } = [{ target: 0, source: 0 }]) {
    let packed: Packed;
    if ('packed' in anchors) packed = anchors.packed;
    else {
      const numbers: number[] = [];
      for (const anchor of anchors) numbers.push(anchor.target, anchor.replacedEnd ? ~anchor.source : anchor.source);
      packed = numbers;
    }
    if (packed.length < 2) packed = [0, 0];
    this.target0 = packed[0]!;
    this.code0 = packed[1]!;
    this.packed = packed.length <= 2 ? null : packed.length >= TYPED_FROM && !(packed instanceof Int32Array) ? Int32Array.from(packed) : packed;
  }

  /** The anchors, in target order. */
  anchorList(): readonly Anchor[] {
    const packed = this.packed;
    if (packed === null) return [this.code0 < 0 ? { target: this.target0, source: ~this.code0, replacedEnd: true } : { target: this.target0, source: this.code0 }];
    const anchors: Anchor[] = [];
    for (let i = 0; i < packed.length; i += 2) {
      const code = packed[i + 1]!;
      anchors.push(code < 0 ? { target: packed[i]!, source: ~code, replacedEnd: true } : { target: packed[i]!, source: code });
    }
    return anchors;
  }

  /** The index (in anchors) of the last anchor whose target is at or before `target`, else 0. */
  private anchorAt(packed: Packed, target: number): number {
    let lo = 0;
    let hi = (packed.length >> 1) - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (packed[mid * 2]! <= target) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /**
   * The source offset where the target text `[…, end)` ends: just after the source of its last
   * character, all of it (the three code units of a decomposed `ế`, not only its `e`).
   */
  toSourceEnd(end: number): number {
    if (end <= 0) return this.toSource(0);
    const packed = this.packed;
    if (packed === null) return sourceOf(this.code0) + (end - this.target0);
    const lo = this.anchorAt(packed, end - 1);
    const next = 2 * (lo + 1);
    if (next < packed.length && packed[next] === end && packed[next + 1]! < 0) return ~packed[next + 1]!;
    return sourceOf(packed[2 * lo + 1]!) + (end - packed[2 * lo]!);
  }

  /** The source offset of a target offset. */
  toSource(target: number): number {
    const packed = this.packed;
    if (packed === null) return sourceOf(this.code0) + (target - this.target0);
    const lo = this.anchorAt(packed, target);
    return sourceOf(packed[2 * lo + 1]!) + (target - packed[2 * lo]!);
  }
}

const PARTS_PER_CHUNK = 64;

/**
 * Anchors being gathered, packed as in `OffsetMap`: target, source (bitwise-not where a replaced
 * span ends). A plain array while short (a line's map); past `TYPED_FROM` numbers, a typed array
 * that doubles as it grows (a plain array of a million numbers takes twice the memory, and its
 * every growth leaves a copy behind).
 */
class PackedList {
  private list: number[] | Int32Array = [0, 0];
  private size = 2;

  get length(): number {
    return this.size;
  }

  at(i: number): number {
    return this.list[i]!;
  }

  setLast(value: number): void {
    this.list[this.size - 1] = value;
  }

  push(target: number, code: number): void {
    let list = this.list;
    if (Array.isArray(list)) {
      if (this.size + 2 < TYPED_FROM) {
        list.push(target, code);
        this.size += 2;
        return;
      }
      const typed = new Int32Array(TYPED_FROM * 4);
      typed.set(list);
      list = this.list = typed;
    } else if (this.size + 2 > list.length) {
      const grown = new Int32Array(list.length * 2);
      grown.set(list);
      list = this.list = grown;
    }
    list[this.size] = target;
    list[this.size + 1] = code;
    this.size += 2;
  }

  /** The numbers gathered (a typed array trimmed to them). */
  packed(): Packed {
    return Array.isArray(this.list) ? this.list : this.list.slice(0, this.size);
  }
}

/**
 * Builds a text and its map to the source, one piece at a time:
 * `keep` copies source text unchanged, `replace` puts other text in place of a source span.
 */
export class MappedTextBuilder {
  /** The text so far: `parts`, joined into `chunks` every `PARTS_PER_CHUNK` pieces. */
  private readonly chunks: string[] = [];
  private parts: string[] = [];
  private readonly anchors = new PackedList();
  private length = 0;

  /** Append text that stands for source text starting at `sourceOffset`, char for char. */
  keep(text: string, sourceOffset: number): void {
    if (text.length === 0) return;
    this.anchorAt(sourceOffset);
    this.push(text);
  }

  /** Append `text` standing for a source span that starts at `sourceOffset` (lengths may differ). */
  replace(text: string, sourceOffset: number, sourceEnd: number): void {
    this.anchorAt(sourceOffset);
    this.push(text);
    // After a replacement, resume at the end of the replaced source span.
    this.anchors.push(this.length, ~sourceEnd);
  }

  /**
   * A text edited at every accented letter (decomposed input) comes in millions of pieces: joined
   * as they come, a thousand at a time, they are short-lived garbage instead of a million strings
   * held to the end.
   */
  private push(text: string): void {
    this.parts.push(text);
    this.length += text.length;
    if (this.parts.length >= PARTS_PER_CHUNK) {
      this.chunks.push(this.parts.join(''));
      this.parts = [];
    }
  }

  private anchorAt(sourceOffset: number): void {
    const anchors = this.anchors;
    const lastTarget = anchors.at(anchors.length - 2);
    const lastSource = sourceOf(anchors.at(anchors.length - 1));
    if (lastSource + (this.length - lastTarget) === sourceOffset) return;
    // An anchor at this very target is moved (and is no longer where a replaced span ends).
    if (lastTarget === this.length) anchors.setLast(sourceOffset);
    else anchors.push(this.length, sourceOffset);
  }

  get textLength(): number {
    return this.length;
  }

  build(): { text: string; map: OffsetMap } {
    const rest = this.parts.join('');
    if (this.chunks.length > 0) this.chunks.push(rest);
    const text = this.chunks.length === 0 ? rest : this.chunks.join('');
    return { text, map: new OffsetMap({ packed: this.anchors.packed() }) };
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
