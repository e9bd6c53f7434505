/**
 * Running the OCR tools: poppler's `pdftoppm` renders PDF pages to images, Tesseract reads an
 * image into word boxes (its TSV output). Both are Debian packages, called as programs; a missing
 * one is an input error that says how to install it.
 */
import { execFile } from 'node:child_process';
import { InputError } from '../../errors.js';

/** How long one page may take before OCR is given up (a hang is never an option). */
export const OCR_PAGE_TIMEOUT_MS = 120_000;

export interface WordBox {
  readonly text: string;
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
  /** Tesseract's block/paragraph/line numbers: the words of one line share them. */
  readonly line: string;
  readonly confidence: number;
}

export interface OcrPage {
  readonly width: number;
  readonly height: number;
  readonly words: WordBox[];
}

const INSTALL_HINT = 'install it with `apt-get install tesseract-ocr tesseract-ocr-vie poppler-utils` (Debian/Ubuntu)';

export function run(program: string, args: string[], file: string | null, timeout = OCR_PAGE_TIMEOUT_MS): Promise<string> {
  return new Promise((resolve, reject) => {
    // OMP_THREAD_LIMIT=1: Tesseract's own threads cost more than they give; pages run in parallel instead.
    const env = { ...process.env, OMP_THREAD_LIMIT: '1' };
    execFile(program, args, { timeout, maxBuffer: 64 * 1024 * 1024, encoding: 'utf8', env }, (error, stdout, stderr) => {
      if (!error) return resolve(stdout);
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') {
        return reject(new InputError('E_OCR', `${program} is not installed: ${INSTALL_HINT}`, { file, cause: error }));
      }
      const why = error.killed ? `took longer than ${timeout / 1000} s` : (stderr || error.message).trim().split('\n').pop();
      reject(new InputError('E_OCR', `${program} failed: ${why}`, { file, cause: error }));
    });
  });
}

/** Tesseract's languages, to check that the Vietnamese data is there. */
export async function checkVietnamese(file: string | null): Promise<void> {
  const out = await run('tesseract', ['--list-langs'], file, 20_000);
  if (!/^vie$/m.test(out)) {
    throw new InputError('E_OCR', `Tesseract has no Vietnamese data: install it with \`apt-get install tesseract-ocr-vie\``, { file });
  }
}

/**
 * Read an image (each page of a multi-page TIFF) into word boxes. `psm` is Tesseract's page
 * segmentation mode: the default 3 finds the blocks (columns) of the page by itself.
 */
export async function recognize(image: string, file: string | null, psm = 3): Promise<OcrPage[]> {
  const tsv = await run('tesseract', [image, 'stdout', '-l', 'vie', '--psm', String(psm), 'tsv'], file);
  return parseTsv(tsv);
}

/** Tesseract TSV: level, page, block, paragraph, line, word, left, top, width, height, conf, text. */
export function parseTsv(tsv: string): OcrPage[] {
  const pages: OcrPage[] = [];
  let page: OcrPage | undefined;
  for (const row of tsv.split('\n')) {
    const cells = row.split('\t');
    if (cells.length < 12 || !/^\d+$/.test(cells[0] ?? '')) continue;
    const [level, pageNumber, block, paragraph, line, , left, top, w, h, conf] = cells.slice(0, 11).map(Number) as number[];
    const text = cells.slice(11).join('\t').trim();
    if (level === 1) {
      page = { width: w!, height: h!, words: [] };
      pages.push(page);
    }
    if (level !== 5 || text.length === 0 || page === undefined) continue;
    page.words.push({ text, left: left!, top: top!, width: w!, height: h!, line: `${pageNumber}.${block}.${paragraph}.${line}`, confidence: conf! });
  }
  return pages;
}
