/** Output formats for a parsed document. YAML is loaded only when asked for (start-up time). */
import type { ParsedDocument } from '../schema/document.js';
import { toMarkdown } from './markdown.js';

export type OutputFormat = 'json' | 'yaml' | 'md';

export interface EmitOptions {
  readonly compact?: boolean;
  /** Leave out `sources` (positions of every value) for a smaller output. */
  readonly sources?: boolean;
}

function shape(document: ParsedDocument, options: EmitOptions): unknown {
  if (options.sources === false) {
    const { sources: _sources, ...rest } = document;
    return rest;
  }
  return document;
}

/** The document as JSON text: indented unless `compact`; `sources: false` leaves the positions out. */
export function toJson(document: ParsedDocument, options: EmitOptions = {}): string {
  return `${JSON.stringify(shape(document, options), null, options.compact ? undefined : 2)}\n`;
}

/** The document as YAML (the yaml package is loaded on first use). */
export async function toYaml(document: ParsedDocument, options: EmitOptions = {}): Promise<string> {
  const yaml = await import('yaml');
  // The bundled chunk exposes the CommonJS-style default export as well as the named one.
  const stringify = yaml.stringify ?? (yaml as unknown as { default: typeof yaml }).default.stringify;
  // Written for YAML 1.1 readers too (PyYAML, many loaders): strings they would read as dates,
  // booleans (`NO`, `ON`, `Y`) or numbers (`010`) are quoted; YAML 1.2 readers read the same data.
  return stringify(shape(document, options), { lineWidth: 0, version: '1.1' });
}

/** The document in the given output format. */
export async function emit(document: ParsedDocument, format: OutputFormat, options: EmitOptions = {}): Promise<string> {
  if (format === 'md') return toMarkdown(document);
  return format === 'yaml' ? toYaml(document, options) : toJson(document, options);
}

export { toMarkdown } from './markdown.js';
