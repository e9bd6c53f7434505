import type { ParsedDocument } from '../schema/document.js';
import { shape, type EmitOptions } from './shape.js';

/** The document as YAML (the yaml package is loaded on first use: start-up time). */
export async function toYaml(document: ParsedDocument, options: EmitOptions = {}): Promise<string> {
  const yaml = await import('yaml');
  // The bundled chunk exposes the CommonJS-style default export as well as the named one.
  const stringify = yaml.stringify ?? (yaml as unknown as { default: typeof yaml }).default.stringify;
  return stringify(shape(document, options), { lineWidth: 0 });
}
