/**
 * `vbparse check` end to end: the exit-code table (every code backed by a case), the compliant
 * letters, --fix / --fix-dry-run, inline disable comments, config lookup, --print-config, --cache.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'vbparse.js');
const FAULTS = join(ROOT, 'fixtures', 'check', 'faults.txt');
const COMPLIANT = join(ROOT, 'fixtures', 'compliant');
const work = mkdtempSync(join(tmpdir(), 'vbparse-check-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function run(args: string[], cwd = work) {
  return spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8' });
}

/** A folder of its own for one test, with the given files. */
function folder(name: string, files: Record<string, string | Buffer>): string {
  const dir = join(work, name);
  mkdirSync(dir, { recursive: true });
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), content);
  }
  return dir;
}

const faults = readFileSync(FAULTS, 'utf8');
// Only warnings: the errors of the faults letter (number, V/V, date) corrected.
const warningsOnly = faults.replace('Số: 7 /STP - VP', 'Số: 07 /STP - VP').replace('V/V', 'V/v').replace('ngày 5 tháng 03', 'ngày 05 tháng 3');

describe('exit codes', () => {
  const dir = folder('exit', { 'faults.txt': faults, 'warnings.txt': warningsOnly, 'bad/.vbparserc.json': '{"rules":{"VB999":"off"}}', 'bad/a.txt': warningsOnly });
  const cases: Array<[string, string[], number]> = [
    ['0: a compliant folder', [COMPLIANT], 0],
    ['0: warnings only', ['warnings.txt'], 0],
    ['0: warnings within --max-warnings', ['warnings.txt', '--max-warnings', '20'], 0],
    ['1: errors', ['faults.txt'], 1],
    ['1: more warnings than --max-warnings', ['warnings.txt', '--max-warnings', '0'], 1],
    ['2: no such file', ['missing.txt'], 2],
    ['2: a glob that matches nothing', ['nothing/*.md'], 2],
    ['2: no file argument', [], 2],
    ['2: an unknown format', ['faults.txt', '--format', 'xml'], 2],
    ['2: a config naming an unknown rule', ['bad/a.txt'], 2],
    ['2: --config naming a missing file', ['faults.txt', '--config', 'none.json'], 2],
  ];
  it.each(cases)('%s', (_, args, code) => {
    const result = run(['check', ...args], dir);
    expect(result.status, result.stderr).toBe(code);
    if (code === 2) expect(result.stderr).toMatch(/^vbparse: /);
  });
});

describe('options', () => {
  it('-o writes the report to a file; --quiet keeps errors only; --lang en', () => {
    const dir = folder('options', { 'a.txt': faults });
    const result = run(['check', 'a.txt', '--format', 'junit', '-o', 'report.xml', '--quiet', '--lang', 'en'], dir);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    const xml = readFileSync(join(dir, 'report.xml'), 'utf8');
    expect(xml).toContain('<failure message="The day &quot;5&quot; must be written &quot;05&quot; (Decree 30/2020/NĐ-CP)" type="error">');
    expect(xml).not.toContain('type="warning"');
  });
});

describe('compliant letters', () => {
  it('print nothing in stylish', () => {
    const result = run(['check', COMPLIANT]);
    expect(result.stdout).toBe('');
    expect(result.status).toBe(0);
  });
});

describe('--fix', () => {
  it('rewrites only the fixed spans, keeping BOM and CRLF, and leaves the file clean', () => {
    const original = `\ufeff${faults.replace(/\n/g, '\r\n')}`;
    const dir = folder('fix', { 'a.txt': original });
    const result = run(['check', 'a.txt', '--fix'], dir);
    const fixed = readFileSync(join(dir, 'a.txt'), 'utf8');
    expect(fixed.startsWith('\ufeff')).toBe(true);
    expect(fixed.split('\r\n').length).toBe(original.split('\r\n').length);
    expect(fixed).not.toMatch(/[^\r]\n/);
    expect(fixed).toContain('Số: 07/STP-VP\r\nV/v triển khai');
    expect(fixed).toContain('ngày 05 tháng 3 năm 2025');
    expect(fixed).toContain('KT. GIÁM ĐỐC');
    // Lines without a fix are byte for byte the same.
    const unchanged = original.split('\r\n').filter((l) => fixed.split('\r\n').includes(l));
    expect(unchanged).toContain('Thực hiện Kế hoạch số 15/KH-UBND ngày 20 tháng 02 năm 2025 của Ủy ban nhân dân tỉnh, Sở Tư pháp đề nghị các đơn vị triển khai công tác phổ biến, giáo dục pháp luật năm 2025.');
    expect(result.status).toBe(0);
    expect(run(['check', 'a.txt'], dir).stdout).toBe('');
  });

  it('--fix-dry-run prints a diff and writes nothing', () => {
    const dir = folder('dry', { 'a.txt': faults });
    const result = run(['check', 'a.txt', '--fix-dry-run'], dir);
    expect(result.stdout).toContain('--- a/a.txt\n+++ b/a.txt\n');
    expect(result.stdout).toContain('-Số: 7 /STP - VP\n');
    expect(result.stdout).toContain('+Số: 07/STP-VP\n');
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe(faults);
  });
});

describe('inline comments', () => {
  it('turn a rule off for the next line, or for a range with a reason', () => {
    const text = faults
      .replace('Số: 7 /STP - VP', '<!-- vbparse-disable-next-line VB122 VB123 -->\nSố: 7 /STP - VP')
      .replace('Quảng Nam, ngày', '<!-- vbparse-disable date-padding -- ngày ghi theo bản gốc -->\nQuảng Nam, ngày')
      .replace('Kính gửi:', '<!-- vbparse-enable date-padding -->\nKính gửi:');
    const dir = folder('inline', { 'a.txt': text });
    const out = JSON.parse(run(['check', 'a.txt', '--format', 'json'], dir).stdout)[0];
    const ids = out.messages.map((m: { ruleId: string }) => m.ruleId);
    expect(ids).not.toContain('VB122');
    expect(ids).not.toContain('VB123');
    expect(ids).not.toContain('VB132');
    expect(ids).toContain('VB141');
  });
});

describe('config', () => {
  it('is found upward from each file and merged with the parents, nearer wins', () => {
    const dir = folder('config', {
      '.vbparserc.json': JSON.stringify({ rules: { VB141: 'off', VB103: 'error' } }),
      'sub/.vbparserc.yaml': 'rules:\n  VB103: off\n  VB132: [warning, {}]\n',
      'sub/a.txt': faults,
      'b.txt': faults,
    });
    const [a, b] = JSON.parse(run(['check', 'sub/a.txt', 'b.txt', '--format', 'json'], dir).stdout);
    const rules = (r: { messages: Array<{ ruleId: string; severity: number }> }) => new Map(r.messages.map((m) => [m.ruleId, m.severity]));
    expect(rules(a).has('VB141')).toBe(false);
    expect(rules(a).has('VB103')).toBe(false);
    expect(rules(a).get('VB132')).toBe(1);
    expect(rules(b).get('VB103')).toBe(2);
    expect(rules(b).get('VB132')).toBe(2);
  });

  it('reads the vbparse key of package.json, extends presets and applies overrides by glob', () => {
    const dir = folder('pkg', {
      'package.json': JSON.stringify({ name: 'x', vbparse: { extends: 'hd36', overrides: [{ files: 'drafts/**', rules: { VB122: 'info' } }] } }),
      'drafts/a.txt': faults,
    });
    const out = JSON.parse(run(['check', 'drafts/a.txt', '--format', 'json'], dir).stdout)[0];
    const ids = out.messages.map((m: { ruleId: string }) => m.ruleId);
    // hd36 turns the state-only rules off; the override lowers VB122 to info.
    expect(ids).not.toContain('VB141');
    expect(out.messages.find((m: { ruleId: string }) => m.ruleId === 'VB122').severity).toBe(0);
  });

  it('--print-config shows the merged settings of a file', () => {
    const dir = folder('print', { '.vbparserc.json': JSON.stringify({ extends: 'recommended', rules: { 'date-padding': 'warning' }, lang: 'en' }), 'a.txt': faults });
    const result = run(['check', '--print-config', 'a.txt'], dir);
    const config = JSON.parse(result.stdout);
    expect(config.rules.VB132).toBe('warning');
    expect(config.rules.VB101).toBe('error');
    expect(config.lang).toBe('en');
    expect(config.configFiles).toEqual([join(dir, '.vbparserc.json')]);
  });

  it('keeps the parse command\'s keys working in the same file', () => {
    const dir = folder('shared', { '.vbparserc.json': JSON.stringify({ format: 'yaml', rules: { VB101: 'off' } }), 'a.txt': faults });
    expect(run(['a.txt'], dir).stdout.startsWith('schemaVersion:')).toBe(true);
    expect(run(['check', 'a.txt'], dir).status).toBe(1);
  });
});

describe('--cache', () => {
  it('keeps the results and reuses them while nothing changed', () => {
    const dir = folder('cache', { 'a.txt': faults });
    const first = run(['check', 'a.txt', '--cache', '--format', 'json'], dir);
    expect(existsSync(join(dir, '.vbparsecache'))).toBe(true);
    const cache = JSON.parse(readFileSync(join(dir, '.vbparsecache'), 'utf8'));
    expect(Object.keys(cache.files)).toEqual([join(dir, 'a.txt')]);
    const second = run(['check', 'a.txt', '--cache', '--format', 'json'], dir);
    expect(second.stdout).toBe(first.stdout);
    // Another config is another key: the file is checked again.
    writeFileSync(join(dir, '.vbparserc.json'), JSON.stringify({ rules: { VB122: 'off' } }));
    const third = JSON.parse(run(['check', 'a.txt', '--cache', '--format', 'json'], dir).stdout)[0];
    expect(third.messages.some((m: { ruleId: string }) => m.ruleId === 'VB122')).toBe(false);
  });
});

describe('.docx', () => {
  it('--fix writes X.fixed.docx with Word tracked changes and leaves the original alone', async () => {
    const { docxBytes, specimenLetter } = await import('../../src/check/rules/docx-example.js');
    const letter = specimenLetter();
    letter.header.left[2] = { text: 'Số: 5/SNV-VP', size: 13 };
    const bytes = Buffer.from(docxBytes(letter));
    const dir = folder('docx', { 'letter.docx': bytes });
    const result = run(['check', 'letter.docx', '--fix'], dir);
    expect(result.stderr).toContain('letter.fixed.docx');
    expect(readFileSync(join(dir, 'letter.docx')).equals(bytes)).toBe(true);
    const { openZip } = await import('../../src/decode/zip.js');
    const xml = new TextDecoder().decode(openZip(readFileSync(join(dir, 'letter.fixed.docx'))).readEntry('word/document.xml'));
    expect(xml).toMatch(/<w:ins w:id="\d+" w:author="vbparse" w:date="[^"]+"><w:r><w:rPr>.*?<\/w:rPr><w:t xml:space="preserve">0<\/w:t><\/w:r><\/w:ins>/);
    // Word's view with the change accepted reads clean for that rule.
    const after = JSON.parse(run(['check', 'letter.fixed.docx', '--format', 'json'], dir).stdout)[0];
    expect(after.messages.some((m: { ruleId: string }) => m.ruleId === 'VB122')).toBe(false);
  });
});

describe('vbparse rules', () => {
  it('lists every rule', () => {
    const result = run(['rules']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^VB101\s+national-title\s+error/m);
    expect(result.stdout).toMatch(/^VB504\s+archive-entry/m);
    expect(JSON.parse(run(['rules', '--format', 'json', '--lang', 'en']).stdout).length).toBeGreaterThan(40);
  });
});

void copyFileSync;

describe('standard input (-), as ESLint reads it', () => {
  const runWith = (args: string[], input: string, cwd = work) => spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', input });

  it('checks a document piped in, named <stdin> in the report', () => {
    const result = runWith(['check', '-', '--format', 'json'], faults);
    expect(result.status, result.stderr).toBe(1);
    const [report] = JSON.parse(result.stdout) as Array<{ filePath: string; errorCount: number }>;
    expect(report?.filePath).toMatch(/<stdin>$/);
    expect(report?.errorCount).toBeGreaterThan(0);
  });

  it('--stdin-filename chooses the config of its folder and names the report', () => {
    const dir = folder('stdin-config', { 'quiet/.vbparserc.json': '{"rules":{"VB123":"off","VB132":"off","VB141":"off","VB134":"off"}}' });
    const named = runWith(['check', '-', '--stdin-filename', 'quiet/letter.txt', '--format', 'json'], faults, dir);
    const plain = runWith(['check', '-', '--format', 'json'], faults, dir);
    const ids = (stdout: string) => (JSON.parse(stdout) as Array<{ messages: Array<{ ruleId: string }> }>)[0]?.messages.map((m) => m.ruleId) ?? [];
    expect(ids(plain.stdout)).toContain('VB123');
    expect(ids(named.stdout)).not.toContain('VB123');
    expect((JSON.parse(named.stdout) as Array<{ filePath: string }>)[0]?.filePath).toBe(join(dir, 'quiet', 'letter.txt'));
  });

  it('--fix-dry-run prints the diff of the piped document; --fix is refused (exit 2)', () => {
    expect(runWith(['check', '-', '--fix-dry-run'], faults).stdout).toMatch(/^--- a\/<stdin>\n\+\+\+ b\/<stdin>/m);
    const refused = runWith(['check', '-', '--fix'], faults);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toBe('vbparse: --fix cannot write standard input back; --fix-dry-run prints the fixes as a diff\n');
  });

  it('an empty standard input is an input error (exit 2)', () => {
    const result = runWith(['check', '-'], '');
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^vbparse: <stdin>: /);
  });
});
