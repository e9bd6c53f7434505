/**
 * OCR: a scanned PDF (its pages rendered at 300 dpi in grey by `pdftoppm`) or a page image, read by
 * Tesseract with its Vietnamese data into word boxes. The words are laid out again by their
 * positions (the same layout as a PDF text layer, `../pdf/layout.ts`), so the columns Tesseract
 * reads one after the other — the header's two cells, Nơi nhận beside the signer — stay side by side.
 */
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { layoutPages, type GlyphRun, type PageRuns } from '../pdf/layout.js';
import type { DecodeWarning } from '../types.js';
import type { ImageKind } from './image.js';
import { checkVietnamese, recognize, run, type OcrPage } from './tesseract.js';

export interface OcrResult {
  text: string;
  warnings: DecodeWarning[];
}

/** Pages of a PDF read by OCR at most. */
export const MAX_OCR_PAGES = 60;
/** Pages are rendered at the resolution of the scan in them, within these bounds (300 dpi without one). */
const MIN_DPI = 200;
const MAX_DPI = 300;

export async function ocrToText(bytes: Uint8Array, options: { kind: ImageKind | 'pdf'; file: string | null }): Promise<OcrResult> {
  const { file } = options;
  await checkVietnamese(file);
  const dir = await mkdtemp(join(tmpdir(), 'vbparse-ocr-'));
  try {
    const input = join(dir, `input.${options.kind}`);
    await writeFile(input, bytes);
    let images: string[];
    if (options.kind === 'pdf') {
      const dpi = await scanResolution(input, file);
      await run('pdftoppm', ['-r', String(dpi), '-gray', '-png', '-l', String(MAX_OCR_PAGES), input, join(dir, 'page')], file);
      images = (await readdir(dir)).filter((n) => n.startsWith('page') && n.endsWith('.png')).sort().map((n) => join(dir, n));
    } else {
      images = [input];
    }
    // One Tesseract per core, each on one thread (its own threads only contend with each other).
    const results: OcrPage[][] = new Array(images.length);
    let next = 0;
    const worker = async () => {
      while (next < images.length) {
        const i = next++;
        results[i] = await recognize(images[i]!, file);
      }
    };
    await Promise.all(Array.from({ length: Math.min(images.length, Math.max(1, availableParallelism())) }, worker));
    const pages = results.flat();
    const text = layoutPages(pages.map(wordsToRuns));
    return { text, warnings: ocrWarnings(pages) };
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
    for (const w of words) runs.push({ text: w.text, x: w.left, y: page.height - bottom, width: w.width, size });
  }
  return { width: page.width, height: page.height, runs };
}

/** Tesseract's own confidence in its words, averaged: below 70% the text needs checking. */
export function ocrWarnings(pages: readonly OcrPage[]): DecodeWarning[] {
  const words = pages.flatMap((p) => p.words);
  if (words.length === 0) return [];
  const confidence = words.reduce((sum, w) => sum + Math.max(0, w.confidence), 0) / words.length;
  if (confidence >= 70) return [];
  return [{ ruleId: 'decode/ocr-low-confidence', message: `OCR confidence is low (${Math.round(confidence)}% on average): check names and numbers` }];
}

/**
 * The resolution to render a PDF's pages at: that of the scanned images in it (`pdfimages -list`),
 * as rendering a 200 dpi scan at 300 dpi adds pixels but no detail; 300 dpi for vector pages.
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
    .map((cells) => Number(cells[12]))
    .filter((n) => Number.isFinite(n) && n > 0);
  if (ppi.length === 0) return MAX_DPI;
  return Math.min(MAX_DPI, Math.max(MIN_DPI, Math.max(...ppi)));
}
