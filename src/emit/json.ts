import type { ParsedDocument } from '../schema/document.js';
import { shape, type EmitOptions } from './shape.js';

/** The document as JSON text: indented unless `compact`; `sources: false` leaves the positions out. */
export function toJson(document: ParsedDocument, options: EmitOptions = {}): string {
  return `${JSON.stringify(shape(document, options), null, options.compact ? undefined : 2)}\n`;
}
