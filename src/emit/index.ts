/** Output formats for a parsed document (see `registry.ts`). */
export { emit, EMITTERS, OUTPUT_FORMATS, type OutputFormat, type EmitterEntry } from './registry.js';
export type { EmitOptions } from './shape.js';
export { toJson } from './json.js';
export { toYaml } from './yaml.js';
export { toMarkdown } from './markdown.js';
