/**
 * Every rule's examples run as its tests (markdownlint style): a failing example reports on the
 * lines it names (and `--fix` gives the text it names); a passing example reports nothing of the rule.
 */
import { describe, expect, it } from 'vitest';
import { exampleMessages as lintExample } from '../../src/check/docs.js';
import { applyFixes } from '../../src/check/fix.js';
import { lintDocument } from '../../src/check/api.js';
import { RULES } from '../../src/check/rules/index.js';

/** What `vbparse check` and the rule pages report: the pages show these messages. */
function lint(text: string) {
  return lintDocument(text, { format: 'text' });
}

function lineOf(text: string, focus: string): number {
  const at = text.indexOf(focus);
  return text.slice(0, at).split('\n').length;
}

describe.each(RULES.map((r) => [`${r.id} ${r.name}`, r] as const))('%s', (_, rule) => {
  it('has examples of both kinds', () => {
    expect(rule.examples.failing.length).toBeGreaterThan(0);
    expect(rule.examples.passing.length).toBeGreaterThan(0);
  });
  it.each(rule.examples.failing.map((e, i) => [i, e] as const))('failing example %i reports where it should', (_, example) => {
    const messages = lintExample(example).filter((m) => m.ruleId === rule.id);
    if (example.docx) expect(messages.length).toBeGreaterThan(0);
    else expect(messages.map((m) => m.line)).toEqual(example.lines ?? [lineOf(example.text, example.focus)]);
    expect(messages.every((m) => m.url.endsWith(`${rule.id.toLowerCase()}-${rule.name}.md`))).toBe(true);
    if (example.fixed !== undefined) {
      expect(rule.fixable).toBe(true);
      expect(applyFixes(example.text, lint).output).toBe(example.fixed);
    }
  });
  it.each(rule.examples.passing.map((e, i) => [i, e] as const))('passing example %i reports nothing', (_, example) => {
    expect(lintExample(example).filter((m) => m.ruleId === rule.id)).toEqual([]);
  });
});

describe('the specimens', () => {
  it('are compliant: no message of any rule', async () => {
    const { STATE_CONG_VAN, STATE_QUYET_DINH, PARTY_CONG_VAN } = await import('../../src/check/examples.js');
    for (const text of [STATE_CONG_VAN, STATE_QUYET_DINH, PARTY_CONG_VAN]) expect(lint(text).map((m) => `${m.line} ${m.ruleId} ${m.message}`)).toEqual([]);
  });
  it('the specimen .docx is compliant, typography included', async () => {
    const { docxBytes, specimenLetter } = await import('../../src/check/rules/docx-example.js');
    const bytes = docxBytes(specimenLetter());
    const messages = lintDocument(bytes, { format: 'docx' });
    expect(messages.map((m) => `${m.line} ${m.ruleId} ${m.message}`)).toEqual([]);
  });
});
