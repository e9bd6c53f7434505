/**
 * The configuration file (`.vbparserc.json`, or `--config FILE`): defaults for the command-line
 * options, so that a project can fix how its documents are read and printed. Unknown keys are an
 * error (a typo should not be ignored silently). The linter's rule settings will live here too.
 */
import * as z from 'zod/mini';
import { INPUT_FORMAT_CHOICES } from '../decode/registry.js';
import { OUTPUT_FORMATS } from '../emit/registry.js';

const d = <T extends z.ZodMiniType>(schema: T, description: string): T => {
  z.globalRegistry.add(schema, { description });
  return schema;
};

export const configSchema = d(
  z.strictObject({
    $schema: d(z.optional(z.string()), 'Path or URL of this JSON Schema, for editors'),
    format: d(z.optional(z.enum(OUTPUT_FORMATS)), 'Output format (`--format`)'),
    compact: d(z.optional(z.boolean()), 'JSON on one line (`--compact`)'),
    sources: d(z.optional(z.boolean()), 'Include `sources`, the position of every value (`--no-sources` sets false)'),
    inputFormat: d(z.optional(z.enum(INPUT_FORMAT_CHOICES)), 'How to read the input (`--input-format`)'),
    maxBytes: d(z.optional(z.int().check(z.minimum(1))), 'Refuse larger inputs, in bytes (`--max-bytes`)'),
    strict: d(z.optional(z.boolean()), 'Exit 1 when the document has errors or warnings (`--strict`)'),
  }),
  'vbparse configuration (.vbparserc.json); command-line options override it',
);

export type VbparseConfig = z.infer<typeof configSchema>;

/** The config file looked for in the current folder when no `--config` is given. */
export const CONFIG_FILE_NAME = '.vbparserc.json';
