/**
 * Scans: a letter rendered to PDF, rasterized at 200 dpi in grey (as a scanner leaves it), read
 * back with `--ocr` (Tesseract, Vietnamese) — the columns it reads one after the other are laid out
 * again from its word boxes. Skipped where Tesseract or poppler is not installed (`.ci/run`
 * installs them).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseTsv, wordsToRuns } from '../../src/decode/ocr/index.js';
import { layoutPages } from '../../src/decode/pdf/index.js';
import { parseDocument, parseDocumentAsync } from '../../src/index.js';
import { letter } from '../diagnostics/cases.js';
import { agreement } from '../helpers/fields.js';
import { hasFont, hasOcrTools, pageImage, renderPdf, scanPdf } from '../helpers/pdf.js';

const ROOT = join(import.meta.dirname, '..', '..');
const work = mkdtempSync(join(tmpdir(), 'vbparse-ocr-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('Tesseract word boxes laid out again', () => {
  // Two columns Tesseract reads as two blocks, one after the other.
  const tsv = [
    'level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext',
    '1\t1\t0\t0\t0\t0\t0\t0\t2480\t3508\t-1\t',
    '5\t1\t1\t1\t1\t1\t250\t250\t180\t50\t95\tUBND',
    '5\t1\t1\t1\t1\t2\t450\t252\t190\t48\t94\tHUYỆN',
    '5\t1\t2\t1\t1\t1\t1300\t248\t240\t52\t96\tCỘNG',
    '5\t1\t2\t1\t1\t2\t1565\t250\t160\t50\t93\tHÒA',
    '5\t1\t1\t1\t2\t1\t260\t330\t120\t50\t91\tSố:',
    '5\t1\t1\t1\t2\t2\t400\t330\t200\t50\t90\t12/UBND',
  ].join('\n');

  it('puts the header cells side by side, columns apart', () => {
    const text = layoutPages(parseTsv(tsv).map(wordsToRuns));
    expect(text.split('\n')).toEqual([expect.stringMatching(/^UBND HUYỆN {3,}CỘNG HÒA$/), expect.stringMatching(/^ *Số: 12\/UBND$/)]);
  });
});

describe.skipIf(!hasOcrTools || !hasFont)('OCR of scans', () => {
  it('a scanned letter (image-only PDF) read with --ocr parses as the letter', async () => {
    const text = letter();
    const scan = await scanPdf(await renderPdf(text, { size: 12 }));
    const original = parseDocument(text);
    const read = await parseDocumentAsync(scan, { format: 'ocr', path: 'scan.pdf' });
    expect(read.source).toMatchObject({ format: 'ocr', encoding: 'ocr' });
    const { score, differences } = agreement(original, read);
    expect(score, differences.join('\n')).toBeGreaterThanOrEqual(0.85);
  }, 180_000);

  it('a page image is read by OCR without asking', async () => {
    const image = pageImage(await renderPdf(letter(), { size: 12 }));
    const file = join(work, 'letter.png');
    writeFileSync(file, image);
    const run = spawnSync(process.execPath, [join(ROOT, 'bin', 'vbparse.js'), file, '--compact'], { encoding: 'utf8', timeout: 180_000 });
    expect(run.status, run.stderr).toBe(0);
    const doc = JSON.parse(run.stdout);
    expect(doc.header).toMatchObject({ number: '215', symbol: 'UBND-VP', documentType: 'Công văn' });
  }, 180_000);

  it('without Tesseract: exit 2 and how to install it', () => {
    const file = join(work, 'page.png');
    writeFileSync(file, Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'));
    const run = spawnSync(process.execPath, [join(ROOT, 'bin', 'vbparse.js'), file], {
      encoding: 'utf8',
      // A PATH where no OCR program is found.
      env: { ...process.env, PATH: join(work, 'empty-bin') },
    });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim()).toMatch(/^vbparse: .*page\.png: tesseract is not installed: install it with `apt-get install tesseract-ocr tesseract-ocr-vie poppler-utils`/);
  });
});
