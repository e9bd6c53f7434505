/**
 * Whole documents in every layout (fixtures/*.expected.json beside each): the parser must give
 * exactly the expected contract fields, and, where the expectation lists them, exactly its
 * diagnostics and the given `sources` entries (text and start of place).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/index.js';
import { contractView, expectedView, type ContractExpectation } from './contract.js';

const dir = join(import.meta.dirname, '..', 'fixtures');
const documents = readdirSync(dir).filter((name) => !name.endsWith('.json') && !name.endsWith('.md.README') && name !== 'README.md' && readdirSync(dir).includes(`${name}.expected.json`));

describe('fixtures parse to their expected contract fields', () => {
  it('has fixtures to check', () => {
    expect(documents.length).toBeGreaterThan(15);
  });
  for (const name of documents) {
    it(name, () => {
      const document = parseDocument(readFileSync(join(dir, name)), { path: name });
      const expected = JSON.parse(readFileSync(join(dir, `${name}.expected.json`), 'utf8')) as ContractExpectation;
      expect(contractView(document)).toEqual(expectedView(expected));
      expect(document.diagnostics.filter((d) => d.ruleId.startsWith('internal/'))).toEqual([]);
      if (expected.diagnostics) expect(document.diagnostics.map((d) => d.ruleId).sort()).toEqual(expected.diagnostics);
      for (const [pointer, want] of Object.entries(expected.sources ?? {})) {
        const found = document.sources[pointer];
        expect(found && { raw: found.raw, line: found.place.start.line, column: found.place.start.column }, pointer).toEqual(want);
      }
    });
  }
});
