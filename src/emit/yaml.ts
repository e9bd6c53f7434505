import type { ParsedDocument } from '../schema/document.js';
import { shape, type EmitOptions } from './shape.js';

/** The document as YAML (the yaml package is loaded on first use: start-up time). */
export async function toYaml(document: ParsedDocument, options: EmitOptions = {}): Promise<string> {
  const yaml = await import('yaml');
  // The bundled chunk exposes the CommonJS-style default export as well as the named one.
  const stringify = yaml.stringify ?? (yaml as unknown as { default: typeof yaml }).default.stringify;
  // Written for YAML 1.1 readers too (PyYAML, many loaders): strings they would read as dates,
  // booleans (`NO`, `ON`, `Y`) or numbers (`010`) are quoted; YAML 1.2 readers read the same data.
  return stringify(shape(document, options), { lineWidth: 0, version: '1.1' });
}
