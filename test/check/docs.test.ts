/** The rule pages and the README rule list are generated from the rule files: they must be current. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readmeWithRules, rulePages } from '../../src/check/docs.js';
import { ruleUrl, RULE_DOCS_URL } from '../../src/check/lint.js';
import { RULES } from '../../src/check/rules/index.js';

const ROOT = join(import.meta.dirname, '..', '..');
const DOCS = join(ROOT, 'docs', 'rules');
const HOW = '(run `npm run build && node bin/vbparse.js rules --write`)';

describe('docs/rules', () => {
  const pages = rulePages();
  it.each([...pages.keys()].map((k) => [k]))('%s is current', (name) => {
    expect(readFileSync(join(DOCS, name), 'utf8'), `${name} is out of date ${HOW}`).toBe(pages.get(name));
  });
  it('has no page for a rule that is gone', () => {
    const extra = readdirSync(DOCS).filter((f) => f !== 'README.md' && !pages.has(f));
    expect(extra).toEqual([]);
  });
  it('every message url resolves to its page', () => {
    for (const rule of RULES) {
      const url = ruleUrl(rule);
      expect(url.startsWith(RULE_DOCS_URL)).toBe(true);
      expect(pages.has(url.slice(RULE_DOCS_URL.length))).toBe(true);
    }
  });
  it('the README rule list is current', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    expect(readme, `README rule list is out of date ${HOW}`).toBe(readmeWithRules(readme));
  });
  it('keeps the catalogue ids and names of ../shared/spec/lint-rules.md', () => {
    const catalogue: Record<string, string> = {
      VB101: 'national-title', VB102: 'motto', VB103: 'motto-dashes', VB104: 'party-title', VB110: 'agency-missing', VB120: 'number-missing',
      VB121: 'number-blank', VB122: 'number-leading-zero', VB123: 'number-format', VB124: 'type-code-unknown', VB125: 'type-code-mismatch',
      VB126: 'type-code-in-cong-van', VB127: 'legacy-type-code', VB130: 'date-missing', VB131: 'date-format', VB132: 'date-padding',
      VB133: 'date-invalid', VB134: 'date-blank', VB140: 'subject-missing', VB141: 'cong-van-vv', VB150: 'urgency-value', VB151: 'secrecy-value',
      VB201: 'recipients-missing', VB202: 'recipients-unexpected', VB203: 'recipients-punctuation', VB204: 'nhu-tren-missing',
      VB301: 'basis-punctuation', VB302: 'closing-mark', VB303: 'point-letters', VB304: 'numbering-sequence', VB310: 'reference-date-invalid',
      VB311: 'reference-after-issue', VB312: 'reference-first-mention', VB401: 'signer-missing', VB402: 'authority-prefix',
      VB403: 'authority-spacing', VB404: 'signer-academic-title', VB501: 'distribution-missing', VB502: 'distribution-dash',
      VB503: 'distribution-punctuation', VB504: 'archive-entry',
    };
    for (const [id, name] of Object.entries(catalogue)) expect(RULES.find((r) => r.id === id)?.name, id).toBe(name);
  });
});
