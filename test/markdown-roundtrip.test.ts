/** `--format md` renders a normalized document that parses back to the same contract fields. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument, toMarkdown } from '../src/index.js';
import { contractView } from './contract.js';
import { defined } from './helpers/defined.js';

const dir = join(import.meta.dirname, '..', 'fixtures');
const names = readdirSync(dir).filter((n) => readdirSync(dir).includes(`${n}.expected.json`));

describe('markdown output round-trips', () => {
  for (const name of names) {
    it(name, () => {
      const first = parseDocument(readFileSync(join(dir, name)), { path: name });
      const markdown = toMarkdown(first);
      const second = parseDocument(markdown, { format: 'markdown' });
      expect(contractView(second)).toEqual(contractView(first));
    });
  }

  it('renders the header as a table and the footer beside the signature', () => {
    const name = defined(names[0], 'fixture');
    const doc = parseDocument(readFileSync(join(dir, name)), { path: name });
    const markdown = toMarkdown(doc);
    expect(markdown).toMatch(/^(\*\*[^\n]+\*\*\n\n)?\| /);
    expect(markdown).toContain('Nơi nhận:');
  });
});
