/** `.vbparserc.json` / `--config`: option defaults from a file; the command line wins. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../src/schema/document.js';
import { configJsonSchema } from '../src/schema/json-schema.js';

const ROOT = join(import.meta.dirname, '..');
const BIN = join(ROOT, 'bin', 'vbparse.js');
const LETTER = join(ROOT, 'fixtures', 'cv-linear-mttq.md');
const work = mkdtempSync(join(tmpdir(), 'vbparse-config-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function run(args: string[], config?: string) {
  if (config !== undefined) writeFileSync(join(work, '.vbparserc.json'), config);
  else rmSync(join(work, '.vbparserc.json'), { force: true });
  return spawnSync(process.execPath, [BIN, ...args], { cwd: work, encoding: 'utf8' });
}

describe('the config file', () => {
  it('.vbparserc.json in the current folder sets defaults', () => {
    const result = run([LETTER], JSON.stringify({ format: 'yaml', sources: false }));
    expect(result.status).toBe(0);
    expect(result.stdout.startsWith('schemaVersion: ')).toBe(true);
    expect(result.stdout).not.toContain('sources:');
  });

  it('an option on the command line wins over the file', () => {
    const result = run([LETTER, '--format', 'json'], JSON.stringify({ format: 'yaml' }));
    expect(JSON.parse(result.stdout).schemaVersion).toBe(SCHEMA_VERSION);
  });

  it('--no-config ignores the file, --config names another one', () => {
    expect(run([LETTER, '--no-config'], JSON.stringify({ format: 'yaml' })).stdout.startsWith('{')).toBe(true);
    writeFileSync(join(work, 'other.json'), JSON.stringify({ compact: true }));
    const compact = run([LETTER, '--config', join(work, 'other.json')]);
    expect(compact.stdout.trim().split('\n')).toHaveLength(1);
  });

  it('a wrong file is a one-line error with exit code 2', () => {
    for (const [config, reason] of [
      ['{"fromat":"yaml"}', 'unknown key "fromat"'],
      ['{"format":"xml"}', '"format" must be one of'],
      ['{bad', 'not valid JSON'],
    ]) {
      const result = run([LETTER], config);
      expect(result.status).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toContain(reason);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
    }
    const missing = run([LETTER, '--config', join(work, 'missing.json')]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/missing\.json: cannot read the config file/);
  });

  it('has a JSON Schema, checked in and printed by `vbparse schema config`', () => {
    const checkedIn = JSON.parse(readFileSync(join(ROOT, 'schemas', 'vbparse-config.schema.json'), 'utf8'));
    expect(checkedIn).toEqual(configJsonSchema());
    const printed = spawnSync(process.execPath, [BIN, 'schema', 'config'], { encoding: 'utf8' });
    expect(JSON.parse(printed.stdout)).toEqual(checkedIn);
  });
});
