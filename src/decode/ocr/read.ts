/**
 * OCR: a scanned PDF (its pages rendered in grey by `pdftoppm`) or a page image, read by Tesseract
 * with its Vietnamese data into word boxes. The words are laid out again by their positions (the
 * same layout as a PDF text layer, `../pdf/layout.ts`), so the columns Tesseract reads one after
 * the other — the header's two cells, Nơi nhận beside the signer — stay side by side.
 *
 * Each page is rendered and read on its own, one page per core at a time: rendering a page is as
 * slow as reading it, and both run in parallel that way. Tesseract reads the page's red channel:
 * there a red seal pressed over the signer's title and name, or a red stamp, is as light as the
 * paper, while black print (and blue ink) stays dark.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { layoutPages, layoutPagesWithStarts, type GlyphRun, type PageRuns } from '../pdf/layout.js';
import type { DecodeWarning } from '../types.js';
import type { ImageKind } from './image.js';
import { checkVietnamese, recognize, run, type OcrPage } from './tesseract.js';

export interface OcrResult {
  text: string;
  warnings: DecodeWarning[];
  /** A PDF's pages: the line of `text` where each begins (0-based). */
  pageStarts?: readonly number[];
}

/** Pages of a PDF read by OCR at most. */
export const MAX_OCR_PAGES = 60;
/** Pages are rendered at the resolution of the scan in them, within these bounds (300 dpi without one). */
const MIN_DPI = 200;
const MAX_DPI = 300;
/** An image smaller than this (pixels, either side) is a logo, a seal or a signature, not a scanned page. */
const MIN_SCAN_PIXELS = 600;

export async function ocrToText(bytes: Uint8Array, options: { kind: ImageKind | 'pdf'; file: string | null }): Promise<OcrResult> {
  const { file } = options;
  if (options.kind !== 'pdf') {
    await checkVietnamese(file);
    const dir = await mkdtemp(join(tmpdir(), 'vbparse-ocr-'));
    try {
      const input = join(dir, `input.${options.kind}`);
      await writeFile(input, bytes);
      const pages = await recognize(input, file);
      return { text: layoutPages(pages.map(wordsToRuns)), warnings: ocrWarnings(pages) };
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
  const read = await ocrPdfPages(bytes, { file });
  // A page OCR could not read stays in the count, empty, so that page numbers stay right.
  const pages = read.pages.map((p) => p ?? { width: 1, height: 1, runs: [] });
  const { text, pageStarts } = layoutPagesWithStarts(pages);
  return { text, pageStarts, warnings: ocrWarnings(read.ocr) };
}

export interface OcrPdfPages {
  /** Page n (1-based) at index n − 1, in PDF points like a text layer; undefined for a page not read. */
  readonly pages: (PageRuns | undefined)[];
  /** Tesseract's pages as read, in the order of `pages`. */
  readonly ocr: OcrPage[];
  /** The resolution the pages were rendered at. */
  readonly dpi: number;
  /** Milliseconds each page took, rendering and reading (page number → ms). */
  readonly timings: ReadonlyMap<number, number>;
}

/**
 * Render and read pages of a PDF (all of them up to `MAX_OCR_PAGES`, or those listed, 1-based).
 * The word boxes are scaled to PDF points, so that they can stand beside pages of a text layer.
 */
export async function ocrPdfPages(bytes: Uint8Array, options: { file: string | null; pages?: readonly number[] }): Promise<OcrPdfPages> {
  const { file } = options;
  await checkVietnamese(file);
  const dir = await mkdtemp(join(tmpdir(), 'vbparse-ocr-'));
  try {
    const input = join(dir, 'input.pdf');
    await writeFile(input, bytes);
    const [dpi, count] = await Promise.all([scanResolution(input, file), pageCount(input, file)]);
    const wanted = (options.pages ?? Array.from({ length: count }, (_, i) => i + 1))
      .filter((n) => Number.isInteger(n) && n >= 1 && n <= count)
      .slice(0, MAX_OCR_PAGES);
    const pages: (PageRuns | undefined)[] = new Array(count).fill(undefined);
    const ocr = new Map<number, OcrPage[]>();
    const timings = new Map<number, number>();
    let next = 0;
    // One page per core, Tesseract on one thread (its own threads only contend with each other).
    const worker = async () => {
      while (next < wanted.length) {
        const n = wanted[next++]!;
        const started = performance.now();
        const image = join(dir, `page-${n}`);
        await run('pdftoppm', ['-r', String(dpi), '-f', String(n), '-l', String(n), '-singlefile', input, image], file);
        const grey = await redChannel(`${image}.ppm`, `${image}.pgm`);
        const read = await recognize(grey, file);
        await Promise.all([rm(`${image}.ppm`, { force: true }), rm(`${image}.pgm`, { force: true })]);
        ocr.set(n, read);
        const first = read[0];
        if (first) pages[n - 1] = scaleRuns(wordsToRuns(first), 72 / dpi);
        timings.set(n, performance.now() - started);
      }
    };
    await Promise.all(Array.from({ length: Math.min(wanted.length, Math.max(1, availableParallelism())) }, worker));
    return { pages, ocr: wanted.flatMap((n) => ocr.get(n) ?? []), dpi, timings };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * Tesseract's word boxes as runs on a baseline: the words of one Tesseract line share the line's
 * bottom edge and height, so that a descender or a tone mark does not move a word to another line.
 */
export function wordsToRuns(page: OcrPage): PageRuns {
  const lines = new Map<string, OcrPage['words']>();
  for (const word of page.words) {
    const list = lines.get(word.line);
    if (list) list.push(word);
    else lines.set(word.line, [word]);
  }
  const runs: GlyphRun[] = [];
  for (const words of lines.values()) {
    const bottoms = words.map((w) => w.top + w.height).sort((a, b) => a - b);
    const heights = words.map((w) => w.height).sort((a, b) => a - b);
    const bottom = bottoms[Math.floor(bottoms.length / 2)]!;
    const size = Math.max(1, heights[Math.floor(heights.length / 2)]!);
    // Tesseract has told the words apart: a trailing space keeps a narrow gap between two of them a space.
    for (const w of words) runs.push({ text: `${w.text} `, x: w.left, y: page.height - bottom, width: w.width, size });
  }
  return { width: page.width, height: page.height, runs };
}

/**
 * A colour page (`pdftoppm`'s binary PPM) → its red channel as a grey image (binary PGM), which
 * Tesseract reads as it reads a PNG. Returns the grey image's path; an image that is not a colour
 * PPM is given to Tesseract as it is.
 */
export async function redChannel(ppm: string, pgm: string): Promise<string> {
  const bytes = await readFile(ppm);
  const grey = ppmRedChannel(bytes);
  if (grey === null) return ppm;
  await writeFile(pgm, grey);
  return pgm;
}

/** Binary PPM (`P6`, 8 bits) → binary PGM (`P5`) of its red channel; null for anything else. */
export function ppmRedChannel(bytes: Uint8Array): Uint8Array | null {
  const fields: string[] = [];
  let i = 2;
  if (bytes[0] !== 0x50 || bytes[1] !== 0x36) return null;
  while (fields.length < 3 && i < bytes.length) {
    while (i < bytes.length && /\s/.test(String.fromCharCode(bytes[i]!))) i++;
    if (bytes[i] === 0x23) {
      while (i < bytes.length && bytes[i] !== 0x0a) i++; // a comment line
      continue;
    }
    const start = i;
    while (i < bytes.length && !/\s/.test(String.fromCharCode(bytes[i]!))) i++;
    fields.push(String.fromCharCode(...bytes.subarray(start, i)));
  }
  i++; // the one whitespace byte before the pixels
  const [width, height, max] = fields.map(Number) as [number, number, number];
  if (!(width > 0 && height > 0 && max === 255) || i + width * height * 3 > bytes.length) return null;
  const header = new TextEncoder().encode(`P5\n${width} ${height}\n255\n`);
  const out = new Uint8Array(header.length + width * height);
  out.set(header);
  for (let p = 0, q = i, o = header.length; p < width * height; p++, q += 3, o++) out[o] = bytes[q]!;
  return out;
}

function scaleRuns(page: PageRuns, factor: number): PageRuns {
  return {
    width: page.width * factor,
    height: page.height * factor,
    runs: page.runs.map((r) => ({ ...r, x: r.x * factor, y: r.y * factor, width: r.width * factor, size: r.size * factor })),
  };
}

/** Tesseract's own confidence in its words, averaged: below 70% the text needs checking. */
export function ocrWarnings(pages: readonly OcrPage[]): DecodeWarning[] {
  const words = pages.flatMap((p) => p.words);
  if (words.length === 0) return [];
  const confidence = words.reduce((sum, w) => sum + Math.max(0, w.confidence), 0) / words.length;
  if (confidence >= 70) return [];
  return [{ ruleId: 'decode/ocr-low-confidence', message: `OCR confidence is low (${Math.round(confidence)}% on average): check names and numbers` }];
}

/** The number of pages (`pdfinfo`); a PDF it cannot read counts as one page, which pdftoppm then refuses with its reason. */
async function pageCount(pdf: string, file: string | null): Promise<number> {
  try {
    const info = await run('pdfinfo', [pdf], file, 20_000);
    const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
    return Number.isInteger(pages) && pages > 0 ? pages : 1;
  } catch {
    return 1;
  }
}

/**
 * The resolution to render a PDF's pages at: that of the scanned page images in it (`pdfimages
 * -list`; logos and signature images left out), as rendering a 200 dpi scan at 300 dpi adds pixels
 * but no detail; 300 dpi for vector pages.
 */
async function scanResolution(pdf: string, file: string | null): Promise<number> {
  let listing: string;
  try {
    listing = await run('pdfimages', ['-list', '-l', '3', pdf], file, 20_000);
  } catch {
    // No pdfimages (or an odd PDF): the resolution is only a speed-up; render at the default.
    return MAX_DPI;
  }
  const ppi = listing
    .split('\n')
    .map((row) => row.trim().split(/\s+/))
    .filter((cells) => cells.length >= 14 && /^\d+$/.test(cells[0]!) && cells[2] === 'image')
    .filter((cells) => Number(cells[3]) >= MIN_SCAN_PIXELS && Number(cells[4]) >= MIN_SCAN_PIXELS)
    .map((cells) => Number(cells[12]))
    .filter((n) => Number.isFinite(n) && n > 0);
  if (ppi.length === 0) return MAX_DPI;
  return Math.min(MAX_DPI, Math.max(MIN_DPI, Math.max(...ppi)));
}
