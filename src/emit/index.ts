/** Output formats for a parsed document (see `registry.ts`). */
export { emit, emitPieces, EMITTERS, OUTPUT_FORMATS, type OutputFormat, type EmitterEntry } from './registry.js';
export type { EmitOptions } from './shape.js';
export { jsonChunks, toJson } from './json.js';
export { toYaml } from './yaml.js';
export { toMarkdown } from './markdown.js';
