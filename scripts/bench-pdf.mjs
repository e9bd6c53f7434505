#!/usr/bin/env node
// PDF benchmarks of the built package (`npm run bench` runs it after the others; `npm run bench:pdf` alone).
//
//   text layer  the plain-text fixtures rendered to PDF (pdf-lib, DejaVu Serif embedded, A4, 11 pt,
//               a page number on every page but the first), each parsed in this process with
//               `parseDocumentAsync` for a few seconds after a warm-up: ms per document, pages per
//               second; and one `vbparse FILE.pdf` run (start-up with pdf.js loaded).
//   ocr         one of those PDFs rasterized at 200 dpi in grey (an image-only scan) read with
//               `format: 'ocr'` (pdftoppm + Tesseract, one page per core): seconds per page.
//               Skipped when Tesseract or poppler is not installed.
//   --corpus DIR  also every `*.pdf` of DIR (e.g. ../shared/corpus/pdf) once each, as the CLI reads
//               it (a diacritic-less OCR layer is read again by OCR): ms per document and per page.
//
// Figures only, no targets (speed targets belong here, not in timed tests). The last line is
// machine-readable: BENCH_PDF_RESULT {…}. Exit 2 when the bench cannot run.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const FIXTURES = join(ROOT, 'fixtures');
const FONT_FILE = '/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf';
const SECONDS = 3;
const corpusAt = process.argv.indexOf('--corpus');
const CORPUS = corpusAt > 0 ? process.argv[corpusAt + 1] : undefined;

const fail = (message) => {
  process.stderr.write(`bench-pdf: ${message}\n`);
  process.exit(2);
};
if (!existsSync(join(ROOT, 'dist', 'index.js'))) fail('dist/ is missing: run `npm run build` first');
if (!existsSync(FONT_FILE)) fail(`${FONT_FILE} is missing (Debian: fonts-dejavu-core)`);
const has = (program) => spawnSync('sh', ['-c', `command -v ${program}`]).status === 0;

const { PDFDocument } = await import('pdf-lib');
const { default: fontkit } = await import('@pdf-lib/fontkit');
const { parseDocumentAsync } = await import(pathToFileURL(join(ROOT, 'dist', 'index.js')).href);

/** A plain-text letter as a word processor would set it: lines on baselines, right-hand cells after 3+ spaces. */
async function renderPdf(text) {
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  const font = await pdf.embedFont(readFileSync(FONT_FILE), { subset: true });
  const size = 11;
  const leading = size * 1.45;
  let page = pdf.addPage([595, 842]);
  let y = 782;
  let pages = 1;
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    if (y < 60 + leading) {
      page = pdf.addPage([595, 842]);
      pages++;
      page.drawText(String(pages), { x: 297, y: 812, size: 10, font });
      y = 782;
    }
    raw
      .trim()
      .split(/\t+| {3,}/)
      .filter((cell) => cell.length > 0)
      .forEach((cell, i) => page.drawText(cell, { x: i > 0 || /^\s{20,}/.test(raw) ? 320 : 60, y, size, font }));
    y -= leading;
  }
  return { bytes: await pdf.save(), pages };
}

const rows = [];
const result = {};
const work = mkdtempSync(join(tmpdir(), 'vbparse-bench-pdf-'));
try {
  // Text layers.
  const texts = readdirSync(FIXTURES)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => readFileSync(join(FIXTURES, name), 'utf8'));
  if (texts.length === 0) fail('no plain-text fixtures to render');
  const pdfs = [];
  for (const text of texts) pdfs.push(await renderPdf(text));
  for (const { bytes } of pdfs.slice(0, 3)) await parseDocumentAsync(bytes); // warm-up: pdf.js loaded, code compiled
  let documents = 0;
  let pages = 0;
  const started = performance.now();
  while (performance.now() - started < SECONDS * 1000) {
    const pdf = pdfs[documents % pdfs.length];
    await parseDocumentAsync(pdf.bytes);
    documents++;
    pages += pdf.pages;
  }
  const elapsed = (performance.now() - started) / 1000;
  result.textLayerMsPerDocument = +((elapsed * 1000) / documents).toFixed(1);
  result.textLayerPagesPerSecond = +(pages / elapsed).toFixed(1);
  rows.push(['text layer (in process)', `${result.textLayerMsPerDocument} ms/document`, `${result.textLayerPagesPerSecond} pages/s`, `${pdfs.length} PDFs, ${(pages / documents).toFixed(1)} pages each on average`]);

  const file = join(work, 'letter.pdf');
  writeFileSync(file, pdfs[0].bytes);
  const cli = [];
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    const run = spawnSync(process.execPath, [join(ROOT, 'bin', 'vbparse.js'), file, '-q'], { encoding: 'utf8' });
    if (run.status !== 0) fail(`vbparse ${file} exited ${run.status}: ${run.stderr.trim()}`);
    cli.push(performance.now() - t);
  }
  cli.sort((a, b) => a - b);
  result.cliMsPerPdf = +cli[2].toFixed(0);
  rows.push(['vbparse FILE.pdf (CLI)', `${result.cliMsPerPdf} ms`, '', 'median of 5, start-up and pdf.js load included']);

  // OCR.
  if (has('tesseract') && has('pdftoppm')) {
    const { bytes, pages: scanPages } = pdfs.reduce((a, b) => (b.pages > a.pages ? b : a));
    writeFileSync(join(work, 'in.pdf'), bytes);
    execFileSync('pdftoppm', ['-r', '200', '-gray', '-png', join(work, 'in.pdf'), join(work, 'page')]);
    const scan = await PDFDocument.create();
    for (const name of readdirSync(work).filter((n) => n.endsWith('.png')).sort()) {
      const image = await scan.embedPng(readFileSync(join(work, name)));
      scan.addPage([595, 842]).drawImage(image, { x: 0, y: 0, width: 595, height: 842 });
    }
    const scanned = await scan.save();
    const t = performance.now();
    await parseDocumentAsync(scanned, { format: 'ocr' });
    const seconds = (performance.now() - t) / 1000;
    result.ocrSecondsPerPage = +(seconds / scanPages).toFixed(2);
    rows.push(['ocr (scan, 200 dpi)', `${result.ocrSecondsPerPage} s/page`, `${(scanPages / seconds).toFixed(2)} pages/s`, `${scanPages} pages, one page per core`]);
  } else {
    rows.push(['ocr', 'skipped', '', 'tesseract or pdftoppm not installed']);
  }

  // A folder of real PDFs, as the CLI reads them.
  if (CORPUS) {
    const files = readdirSync(CORPUS).filter((n) => n.toLowerCase().endsWith('.pdf')).sort();
    let total = 0;
    let totalPages = 0;
    for (const name of files) {
      const path = join(CORPUS, name);
      const info = spawnSync('pdfinfo', [path], { encoding: 'utf8' });
      const count = Number(/^Pages:\s+(\d+)/m.exec(info.stdout ?? '')?.[1] ?? 1);
      const t = performance.now();
      const run = spawnSync(process.execPath, [join(ROOT, 'bin', 'vbparse.js'), path, '-q'], { encoding: 'utf8' });
      const took = performance.now() - t;
      total += took;
      totalPages += count;
      rows.push([`  ${name}`, `${took.toFixed(0)} ms`, `${count} pages`, run.status === 0 ? '' : `exit ${run.status}`]);
    }
    result.corpusMsPerDocument = +(total / Math.max(1, files.length)).toFixed(0);
    result.corpusMsPerPage = +(total / Math.max(1, totalPages)).toFixed(0);
    rows.push([`corpus ${CORPUS}`, `${result.corpusMsPerDocument} ms/document`, `${result.corpusMsPerPage} ms/page`, `${files.length} PDFs (CLI, one at a time)`]);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i].length)));
process.stdout.write(`PDF\n${rows.map((r) => `  ${r[0].padEnd(widths[0])}  ${r[1].padStart(widths[1])}  ${r[2].padStart(widths[2])}  ${r[3]}`).join('\n')}\n`);
process.stdout.write(`BENCH_PDF_RESULT ${JSON.stringify(result)}\n`);
