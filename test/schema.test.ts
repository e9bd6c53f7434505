import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentJsonSchema, documentSchema, parseDocument, SCHEMA_VERSION } from '../src/index.js';
import { fieldsMarkdown } from '../src/schema/fields-doc.js';

describe('the output schema', () => {
  it('checked-in schemas/vbparse.schema.json is generated from the zod schema (run `npm run schema` after changing it)', () => {
    const checkedIn = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'schemas', 'vbparse.schema.json'), 'utf8'));
    expect(checkedIn).toEqual(documentJsonSchema());
  });

  it('docs/fields.md is generated from the schema (run `npm run docs` after changing it)', () => {
    const checkedIn = readFileSync(join(import.meta.dirname, '..', 'docs', 'fields.md'), 'utf8');
    expect(checkedIn).toBe(fieldsMarkdown());
  });

  it('describes the contract paths', () => {
    const schema = documentJsonSchema() as { properties: Record<string, any> };
    expect(Object.keys(schema.properties)).toEqual(
      expect.arrayContaining(['schemaVersion', 'header', 'recipients', 'references', 'tasks', 'distribution', 'signer', 'sources', 'diagnostics']),
    );
    expect(Object.keys(schema.properties.header.properties)).toEqual(
      expect.arrayContaining(['agency', 'number', 'symbol', 'place', 'date', 'documentType', 'subject', 'urgency']),
    );
  });

  it('accepts what the parser produces, and carries the schema version', () => {
    const doc = parseDocument('Số: 12/UBND-VP\nV/v thử nghiệm\nKính gửi: Sở Nội vụ.\nNội dung./.');
    expect(documentSchema.safeParse(doc).success).toBe(true);
    expect(doc.schemaVersion).toBe(SCHEMA_VERSION);
  });
});
