/**
 * The configuration file (`.vbparserc.json`, or `--config FILE`): defaults for the command-line
 * options, so that a project can fix how its documents are read and printed. Unknown keys are an
 * error (a typo should not be ignored silently). The linter (`vbparse check`) reads `rules`,
 * `extends`, `overrides` and `lang` from the same file.
 */
import * as z from 'zod/mini';
import { INPUT_FORMAT_CHOICES } from '../decode/registry.js';
import { OUTPUT_FORMATS } from '../emit/registry.js';

const d = <T extends z.ZodMiniType>(schema: T, description: string): T => {
  z.globalRegistry.add(schema, { description });
  return schema;
};

/** Linter presets (`extends`). */
export const LINT_PRESETS = ['recommended', 'nd30', 'hd36'] as const;
const severitySetting = d(z.enum(['off', 'info', 'warning', 'error']), 'Severity of a rule: off, info, warning or error');
const ruleSetting = d(
  z.union([severitySetting, z.tuple([severitySetting]), z.tuple([severitySetting, z.record(z.string(), z.unknown())])]),
  'A severity, or [severity, options]',
);
const lintRules = d(z.record(z.string(), ruleSetting), 'Linter rules by id (`VB132`) or name (`date-padding`)');
const presetList = d(z.union([z.enum(LINT_PRESETS), z.array(z.enum(LINT_PRESETS))]), 'Built-in presets: recommended, nd30 (state documents), hd36 (Party documents)');

export const configSchema = d(
  z.strictObject({
    $schema: d(z.optional(z.string()), 'Path or URL of this JSON Schema, for editors'),
    format: d(z.optional(z.enum(OUTPUT_FORMATS)), 'Output format (`--format`)'),
    compact: d(z.optional(z.boolean()), 'JSON on one line (`--compact`)'),
    sources: d(z.optional(z.boolean()), 'Include `sources`, the position of every value (`--no-sources` sets false)'),
    inputFormat: d(z.optional(z.enum(INPUT_FORMAT_CHOICES)), 'How to read the input (`--input-format`)'),
    maxBytes: d(z.optional(z.int().check(z.minimum(1))), 'Refuse larger inputs, in bytes (`--max-bytes`)'),
    strict: d(z.optional(z.boolean()), 'Exit 1 when the document has errors or warnings (`--strict`)'),
    root: d(z.optional(z.boolean()), '`vbparse check`: stop looking for config files in parent folders'),
    lang: d(z.optional(z.enum(['vi', 'en'])), '`vbparse check`: language of the messages (`--lang`)'),
    extends: d(z.optional(presetList), '`vbparse check`: presets the rules start from'),
    rules: d(z.optional(lintRules), '`vbparse check`: rule settings'),
    overrides: d(
      z.optional(z.array(z.strictObject({ files: z.union([z.string(), z.array(z.string())]), rules: z.optional(lintRules) }))),
      '`vbparse check`: rule settings for the files that match a glob (relative to the config file)',
    ),
  }),
  'vbparse configuration (.vbparserc.json); command-line options override it',
);

export type VbparseConfig = z.infer<typeof configSchema>;

export { CONFIG_FILE_NAME } from './config-file.js';
