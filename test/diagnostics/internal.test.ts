/**
 * `internal/…` rules: bugs in vbparse are reported, never hidden, and never stop the rest of the
 * document from being read. The failures are injected by replacing an extractor.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseDocument } from '../../src/index.js';
import { letter } from './cases.js';

const inject = vi.hoisted(() => ({ signer: null as null | (() => unknown) }));

vi.mock('../../src/extract/signer.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/extract/signer.js')>();
  return {
    ...original,
    extractSigner: (...args: Parameters<typeof original.extractSigner>) => (inject.signer ? inject.signer() : original.extractSigner(...args)),
  };
});

afterEach(() => {
  inject.signer = null;
});

describe('internal/schema', () => {
  it('reports a result that does not match the schema', () => {
    inject.signer = () => ({ authority: 42 });
    const doc = parseDocument(letter());
    expect(doc.diagnostics.filter((d) => d.ruleId === 'internal/schema').length).toBeGreaterThan(0);
    expect(doc.header.number).toBe('215');
  });

  it('is silent on a valid result', () => {
    expect(parseDocument(letter()).diagnostics.map((d) => d.ruleId)).not.toContain('internal/schema');
  });
});
