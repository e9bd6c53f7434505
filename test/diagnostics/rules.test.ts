/**
 * The parser's rule table: every id has a positive and a negative example, a documented section
 * (its `url` resolves), and the generated docs are current.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diagnosticsMarkdown, diagnosticsTable } from '../../src/diagnostics/docs.js';
import { GUARDED_STAGES, PARSER_RULES, ruleAnchor, RULES_DOC, type RuleId } from '../../src/diagnostics/index.js';
import { parseDocument } from '../../src/index.js';
import { TEXT_CASES, type RuleCase } from './cases.js';

const root = join(import.meta.dirname, '..', '..');
const ruleIds = (input: string | Uint8Array) => parseDocument(input).diagnostics.map((d) => d.ruleId);
const cases: Partial<Record<RuleId, RuleCase>> = TEXT_CASES;

describe('every parser rule fires on its positive example and not on its negative one', () => {
  for (const [id, { positive, negative }] of Object.entries(cases)) {
    it(id, () => {
      expect(ruleIds(positive)).toContain(id);
      expect(ruleIds(negative)).not.toContain(id);
    });
  }
});

describe('the rule table', () => {
  it('has a test case for every rule', () => {
    // Rules that need more than text (decode/…, internal/…) have a `describe('<id>'` of their own here.
    const here = import.meta.dirname;
    const described = readdirSync(here)
      .filter((name) => name.endsWith('.test.ts'))
      .flatMap((name) => [...readFileSync(join(here, name), 'utf8').matchAll(/describe\('([a-z]+\/[a-z-]+)'/g)].map((m) => m[1]));
    // internal.test.ts runs one `describe(\`internal/${stage}\`` per guarded stage.
    const guarded = readFileSync(join(here, 'internal.test.ts'), 'utf8').includes('describe(`internal/${stage}`') ? GUARDED_STAGES.map((s) => `internal/${s}`) : [];
    const covered = new Set([...Object.keys(cases), ...described, ...guarded]);
    expect(PARSER_RULES.map((r) => r.id).filter((id) => !covered.has(id))).toEqual([]);
  });

  it('has unique ids, namespaced by stage, apart from the linter’s VB ids', () => {
    const ids = PARSER_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+\/[a-z]+(?:-[a-z]+)*$/);
  });

  it('gives every diagnostic its severity and a url to a section that exists', () => {
    const doc = readFileSync(join(root, 'docs', 'diagnostics.md'), 'utf8');
    const anchors = new Set([...doc.matchAll(/^### (.+)$/gm)].map((m) => ruleAnchor(m[1] ?? '')));
    const diagnostics = Object.values(cases).flatMap((c) => parseDocument(c.positive).diagnostics);
    for (const d of diagnostics) {
      const rule = PARSER_RULES.find((r) => r.id === d.ruleId);
      expect(rule, d.ruleId).toBeDefined();
      expect(d.severity).toBe(rule?.severity);
      expect(d.url?.startsWith(`${RULES_DOC}#`)).toBe(true);
      expect(anchors.has(d.url?.slice(RULES_DOC.length + 1) ?? '')).toBe(true);
    }
  });

  it('docs/diagnostics.md and the README table are generated from it (run `npm run docs`)', () => {
    expect(readFileSync(join(root, 'docs', 'diagnostics.md'), 'utf8')).toBe(diagnosticsMarkdown());
    expect(readFileSync(join(root, 'README.md'), 'utf8')).toContain(`${diagnosticsTable()}\n<!-- diagnostics:end -->`);
  });
});
