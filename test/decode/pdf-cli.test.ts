/**
 * The CLI on PDF input: read by magic bytes, positions that point into the text `--format text`
 * prints, and the one-line refusals of exit code 2.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { letter } from '../diagnostics/cases.js';
import { encryptedPdf, hasFont, pdfWithoutText, renderPdf } from '../helpers/pdf.js';

const ROOT = join(import.meta.dirname, '..', '..');
const work = mkdtempSync(join(tmpdir(), 'vbparse-pdf-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const vbparse = (...args: string[]) => spawnSync(process.execPath, [join(ROOT, 'bin', 'vbparse.js'), ...args], { encoding: 'utf8', timeout: 60_000 });

describe.skipIf(!hasFont)('vbparse on PDF files', () => {
  it('reads a PDF by its bytes, whatever its name; positions point into the text --format text prints', async () => {
    const file = join(work, 'letter.bin');
    writeFileSync(file, await renderPdf(letter()));
    const json = vbparse(file, '--compact');
    expect(json.status, json.stderr).toBe(0);
    const doc = JSON.parse(json.stdout);
    expect(doc.source).toMatchObject({ format: 'pdf', encoding: 'pdf' });
    const text = vbparse(file, '--format', 'text');
    expect(text.status, text.stderr).toBe(0);
    const { raw, place } = doc.sources['/header/number'];
    const line = text.stdout.split('\n')[place.start.line - 1] ?? '';
    expect(line.slice(place.start.column - 1, place.end.column - 1)).toBe(raw);
    expect(text.stdout.slice(place.start.offset, place.end.offset)).toBe(raw);
  });

  it.each([
    ['a scan without a text layer', pdfWithoutText, /: no text layer \(scanned\); use --ocr$/],
    ['an encrypted PDF', async () => encryptedPdf(), /: the PDF is encrypted \(password-protected\)/],
    ['a damaged PDF', async () => new Uint8Array(Buffer.from('%PDF-1.7\n%%EOF garbage')), /: not a readable PDF/],
  ])('%s: exit 2, one line naming the file', async (_what, make, reason) => {
    const file = join(work, 'input.pdf');
    writeFileSync(file, await make());
    const run = vbparse(file);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]!.startsWith(`vbparse: ${file}: `)).toBe(true);
    expect(lines[0]).toMatch(reason);
  });
});
