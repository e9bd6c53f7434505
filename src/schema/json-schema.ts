/** JSON Schema generated from the zod schema (zod 4 `toJSONSchema`), so the two cannot drift. */
import * as z from 'zod/mini';
import { configSchema } from './config.js';
import { documentSchema, SCHEMA_VERSION } from './document.js';

/** JSON Schema (draft 2020-12) of the parsed document, as in `schemas/vbparse.schema.json`. */
export function documentJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(documentSchema, { target: 'draft-2020-12', unrepresentable: 'any' }) as Record<string, unknown>;
  return {
    $id: `https://vbparse.dev/schemas/vbparse-${SCHEMA_VERSION}.schema.json`,
    title: 'vbparse document',
    ...schema,
  };
}

/** JSON Schema of the configuration file. */
export function configJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(configSchema, { target: 'draft-2020-12', unrepresentable: 'any' }) as Record<string, unknown>;
  return { $id: `https://vbparse.dev/schemas/vbparse-config-${SCHEMA_VERSION}.schema.json`, title: 'vbparse configuration', ...schema };
}
