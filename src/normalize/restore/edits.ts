/** Replacements in a text, applied with a map back to the text before them, composed with its own map. */
import { MappedTextBuilder, OffsetMap, type Anchor } from '../offset-map.js';

export interface Edit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Apply non-overlapping edits (any order); the map goes from the new text to `text`. */
export function applyEdits(text: string, edits: readonly Edit[]): { text: string; map: OffsetMap } {
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  const builder = new MappedTextBuilder();
  let last = 0;
  for (const edit of sorted) {
    if (edit.start < last) continue;
    builder.keep(text.slice(last, edit.start), last);
    builder.replace(edit.text, edit.start, edit.end);
    last = edit.end;
  }
  builder.keep(text.slice(last), last);
  return builder.build();
}

/** The map of `outer` followed by `inner`: offsets in the newest text → offsets in the oldest. */
export class ComposedOffsetMap extends OffsetMap {
  constructor(
    private readonly outer: OffsetMap,
    private readonly inner: OffsetMap,
  ) {
    super(composeAnchors(outer, inner));
  }
  override toSource(target: number): number {
    return this.inner.toSource(this.outer.toSource(target));
  }
  override toSourceEnd(end: number): number {
    return this.inner.toSourceEnd(this.outer.toSourceEnd(end));
  }
}

function composeAnchors(outer: OffsetMap, inner: OffsetMap): Anchor[] {
  const outerAnchors = outer.anchorList();
  const innerAnchors = inner.anchorList();
  const anchors: Anchor[] = [];
  outerAnchors.forEach((anchor, i) => {
    const next = outerAnchors[i + 1];
    anchors.push({ target: anchor.target, source: inner.toSource(anchor.source), ...(anchor.replacedEnd ? { replacedEnd: true } : {}) });
    const length = (next?.target ?? Number.POSITIVE_INFINITY) - anchor.target;
    const replaced = next?.replacedEnd === true;
    if (replaced) return;
    for (const innerAnchor of innerAnchors) {
      const offset = innerAnchor.target - anchor.source;
      if (offset > 0 && offset < length) anchors.push({ target: anchor.target + offset, source: innerAnchor.source, ...(innerAnchor.replacedEnd ? { replacedEnd: true } : {}) });
    }
  });
  return anchors;
}
