/**
 * `internal/…` rules: bugs in vbparse are reported, never hidden, and never stop the rest of the
 * document from being read. Failures are injected by replacing one extractor at a time.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { GUARDED_STAGES, type GuardedStage } from '../../src/diagnostics/index.js';
import { parseDocument, type ParsedDocument } from '../../src/index.js';
import { letter } from './cases.js';

const inject = vi.hoisted(() => ({ failing: null as string | null, signerResult: null as unknown }));

/** Wraps a module's extractor so that a test can make it throw. */
function failable<M extends Record<string, unknown>>(original: M, name: keyof M & string, stage: string): M {
  const run = original[name] as (...args: unknown[]) => unknown;
  return {
    ...original,
    [name]: (...args: unknown[]) => {
      if (inject.failing === stage) throw new TypeError(`injected failure in ${stage}`);
      if (stage === 'signer' && inject.signerResult !== null) return { signer: inject.signerResult, cosigners: [] };
      return run(...args);
    },
  };
}

vi.mock('../../src/extract/recipients.js', async (load) => failable(await load(), 'extractRecipients', 'recipients'));
vi.mock('../../src/extract/header.js', async (load) => failable(await load(), 'extractHeader', 'header'));
vi.mock('../../src/extract/body.js', async (load) => failable(await load(), 'extractTasks', 'body'));
vi.mock('../../src/extract/references-in-body.js', async (load) => failable(await load(), 'extractBodyReferences', 'references'));
vi.mock('../../src/extract/distribution.js', async (load) => failable(await load(), 'extractDistribution', 'distribution'));
vi.mock('../../src/extract/signer.js', async (load) => failable(await load(), 'extractSigners', 'signer'));

afterEach(() => {
  inject.failing = null;
  inject.signerResult = null;
});

const internal = (doc: ParsedDocument) => doc.diagnostics.filter((d) => d.ruleId.startsWith('internal/'));

/** What each stage reads from the test letter, to show the other stages still did their work. */
const READ_BY: Record<GuardedStage, (doc: ParsedDocument) => unknown> = {
  recipients: (doc) => doc.recipients,
  header: (doc) => doc.header.number,
  body: (doc) => doc.tasks.length,
  references: (doc) => doc.references.length,
  distribution: (doc) => doc.distribution.length,
  signer: (doc) => doc.signer.name,
};

const letterWithReference = letter({ body: 'Thực hiện Công văn số 12/UBND-VP ngày 2/1/2024 của UBND tỉnh, đề nghị:\n1. Báo cáo.\n2. Họp.' });
const intact = parseDocument(letterWithReference);

for (const stage of GUARDED_STAGES) {
  describe(`internal/${stage}`, () => {
    it('reports a failure of the stage as an error and still reads the rest of the document', () => {
      inject.failing = stage;
      const doc = parseDocument(letterWithReference);
      expect(internal(doc).map((d) => [d.ruleId, d.severity])).toEqual([[`internal/${stage}`, 'error']]);
      expect(internal(doc)[0]?.message).toContain(`injected failure in ${stage}`);
      for (const other of GUARDED_STAGES) {
        if (other === stage || (stage === 'distribution' && other === 'signer')) continue;
        expect(READ_BY[other](doc), `${other} after a failure in ${stage}`).toEqual(READ_BY[other](intact));
      }
    });

    it('is silent when the stage works', () => {
      expect(internal(parseDocument(letterWithReference))).toEqual([]);
    });
  });
}

it('the test letter gives every stage something to read', () => {
  for (const stage of GUARDED_STAGES) expect(READ_BY[stage](intact), stage).toBeTruthy();
});

describe('internal/schema', () => {
  it('reports a result that does not match the schema', () => {
    inject.signerResult = { authority: 42 };
    const doc = parseDocument(letter());
    expect(doc.diagnostics.filter((d) => d.ruleId === 'internal/schema').length).toBeGreaterThan(0);
    expect(doc.header.number).toBe('215');
  });

  it('is silent on a valid result', () => {
    expect(parseDocument(letter()).diagnostics.map((d) => d.ruleId)).not.toContain('internal/schema');
  });
});
