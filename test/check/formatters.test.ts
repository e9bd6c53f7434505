/**
 * Every formatter against a golden file (the faults letter); the SARIF log validates against the
 * SARIF 2.1.0 JSON Schema (shipped by @microsoft/jest-sarif); GitHub annotations stop at 10 errors
 * and 10 warnings and say how many more. `UPDATE_GOLDEN=1 npx vitest run test/check/formatters.test.ts`
 * rewrites the golden files.
 */
import { createRequire } from 'node:module';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FORMATTER_NAMES, loadFormatter } from '../../src/check/formatters/index.js';
import { runCheck } from '../../src/check/run.js';
import type { LintMessage, LintResult } from '../../src/check/types.js';

const ROOT = join(import.meta.dirname, '..', '..');
const CWD = join(ROOT, 'fixtures', 'check');
const GOLDEN = join(import.meta.dirname, 'golden');
const require = createRequire(import.meta.url);
type Validate = ((data: unknown) => boolean) & { errors?: unknown[] | null };
const Ajv = require('ajv-draft-04') as new (options: object) => { compile(schema: object): Validate };

async function results(): Promise<readonly LintResult[]> {
  return (await runCheck(['faults.txt'], { cwd: CWD, config: false })).results;
}

describe.each(FORMATTER_NAMES.map((n) => [n]))('%s', (name) => {
  it('matches its golden file', async () => {
    const formatter = await loadFormatter(name);
    const out = (await formatter(await results(), { lang: 'vi', cwd: CWD, color: false, version: '0.0.0-test' })).replaceAll(CWD, '<cwd>');
    const file = join(GOLDEN, `faults.${name}.txt`);
    if (process.env.UPDATE_GOLDEN || !existsSync(file)) writeFileSync(file, out);
    expect(out).toBe(readFileSync(file, 'utf8'));
  });
});

describe('sarif', () => {
  it('validates against the SARIF 2.1.0 schema, with a start line, help URI and fingerprint everywhere', async () => {
    const schema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
    const validate = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false }).compile(schema);
    const log = JSON.parse(await (await loadFormatter('sarif'))(await results(), { lang: 'en', cwd: CWD, color: false, version: '1.2.3' }));
    expect(validate(log), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    const run = log.runs[0];
    expect(run.tool.driver.rules.every((r: { helpUri: string }) => r.helpUri.startsWith('https://'))).toBe(true);
    expect(run.results.length).toBeGreaterThan(5);
    for (const r of run.results) {
      expect(r.locations[0].physicalLocation.region.startLine).toBeGreaterThan(0);
      expect(r.partialFingerprints['vbparse/v1']).toMatch(/^[0-9a-f]{32}:\d+$/);
      expect(run.tool.driver.rules[r.ruleIndex].id).toBe(r.ruleId);
    }
  });

  it('keeps a fingerprint when lines move', async () => {
    const sarif = await loadFormatter('sarif');
    const base = await results();
    const moved = base.map((r) => ({
      ...r,
      source: `\n\n${r.source}`,
      messages: r.messages.map((m): LintMessage => ({ ...m, line: m.line + 2, endLine: m.endLine + 2, offset: m.offset ? [m.offset[0] + 2, m.offset[1] + 2] : null })),
    }));
    const prints = async (rs: readonly LintResult[]) => JSON.parse(await sarif(rs, { lang: 'en', cwd: CWD, color: false, version: '1' })).runs[0].results.map((r: { partialFingerprints: Record<string, string> }) => r.partialFingerprints['vbparse/v1']);
    expect(await prints(moved)).toEqual(await prints(base));
  });
});

describe('github', () => {
  it('annotates at most 10 errors and 10 warnings, then says how many more', async () => {
    const many = (await results()).flatMap((r) => Array.from({ length: 4 }, (_, i) => ({ ...r, filePath: r.filePath.replace('faults', `faults${i}`) })));
    const out = await (await loadFormatter('github'))(many, { lang: 'en', cwd: CWD, color: false, version: '1' });
    const lines = out.trim().split('\n');
    expect(lines.filter((l) => l.startsWith('::error ')).length).toBe(10);
    expect(lines.filter((l) => l.startsWith('::warning ')).length).toBe(10);
    expect(lines.at(-1)).toMatch(/^::notice title=vbparse::\d+ more error\(s\), \d+ warning\(s\)/);
    expect(lines.filter((l) => !l.startsWith('::')).length).toBeGreaterThan(0);
  });
});
