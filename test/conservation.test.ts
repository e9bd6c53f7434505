/**
 * Nothing of the body is lost: for every fixture (and every ../shared/corpus document when that
 * folder is present), every word between the header and the signature is in the body tree, in
 * order, once.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeInput } from '../src/core.js';
import { parseDocument } from '../src/index.js';
import { conservationMismatch } from './helpers/conservation.js';

const fixtures = join(import.meta.dirname, '..', 'fixtures');
const corpus = join(import.meta.dirname, '..', '..', 'shared', 'corpus');

const isDocument = (name: string) => /\.(md|txt|docx|html)$/i.test(name) && name !== 'README.md';

function check(path: string, name: string): string | null {
  const bytes = readFileSync(path);
  const decoded = decodeInput(bytes, { path: name }).text;
  return conservationMismatch(decoded, parseDocument(bytes, { path: name }));
}

describe('every word of the body is kept, in order, once', () => {
  for (const name of readdirSync(fixtures).filter(isDocument)) {
    it(name, () => expect(check(join(fixtures, name), name)).toBeNull());
  }

  it.skipIf(!existsSync(corpus))('in every ../shared/corpus document', () => {
    const misses: string[] = [];
    for (const folder of readdirSync(corpus).filter((f) => statSync(join(corpus, f)).isDirectory())) {
      for (const name of readdirSync(join(corpus, folder)).filter(isDocument)) {
        let miss: string | null;
        try {
          miss = check(join(corpus, folder, name), name);
        } catch {
          continue; // input the parser refuses (a PDF, binary) has no body to keep
        }
        if (miss) misses.push(`${folder}/${name}: ${miss}`);
      }
    }
    expect(misses).toEqual([]);
  }, 120_000);
});
