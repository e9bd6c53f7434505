import type { ParsedDocument } from '../schema/document.js';

export interface EmitOptions {
  readonly compact?: boolean;
  /** Leave out `sources` (positions of every value) for a smaller output. */
  readonly sources?: boolean;
  /** The input as decoded — what every position refers to; the `text` format prints it. */
  readonly input?: string;
}

/** The document as it is printed: without `sources` when asked. */
export function shape(document: ParsedDocument, options: EmitOptions): unknown {
  if (options.sources === false) {
    const { sources: _sources, ...rest } = document;
    return rest;
  }
  return document;
}
