/**
 * The text layer of a PDF through pdf.js (Mozilla's reader, `pdfjs-dist` legacy build for Node),
 * run in this thread. Loaded only when a PDF is read: the CLI build puts it in its own file.
 */
import type { PageRuns } from './layout.js';

/** Why pdf.js could not open a document. */
export type PdfOpenFailure = 'password' | 'invalid' | 'other';

export class PdfOpenError extends Error {
  readonly reason: PdfOpenFailure;
  constructor(reason: PdfOpenFailure, message: string) {
    super(message);
    this.name = 'PdfOpenError';
    this.reason = reason;
  }
}

export interface PdfTextLayer {
  readonly pages: PageRuns[];
  readonly pageCount: number;
  /** Pages not read because of `maxPages`. */
  readonly skippedPages: number;
}

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let loaded: Promise<PdfJs> | undefined;

/** pdf.js reports problems with console.log at load time: keep them off standard output. */
async function loadPdfJs(): Promise<PdfJs> {
  loaded ??= (async () => {
    const log = console.log;
    console.log = () => {};
    try {
      // @ts-expect-error the worker module ships without type declarations
      const worker: unknown = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
      // A worker module already loaded here makes pdf.js run its "worker" in this thread.
      (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
      const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
      pdfjs.GlobalWorkerOptions.workerSrc = 'pdf.worker.mjs';
      return pdfjs;
    } finally {
      console.log = log;
    }
  })();
  return loaded;
}

/** Every page's text runs with their positions. */
export async function readTextLayer(bytes: Uint8Array, options: { maxPages?: number } = {}): Promise<PdfTextLayer> {
  const pdfjs = await loadPdfJs();
  const log = console.log;
  // pdf.js copies nothing it is given by its `data` but may detach it: give it a copy.
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  console.log = () => {};
  try {
    let document;
    try {
      document = await task.promise;
    } catch (error) {
      const name = (error as { name?: string })?.name;
      const message = (error as Error)?.message ?? String(error);
      if (name === 'PasswordException') throw new PdfOpenError('password', message);
      if (name === 'InvalidPDFException' || name === 'FormatError') throw new PdfOpenError('invalid', message);
      throw new PdfOpenError('other', message);
    }
    const pageCount = document.numPages;
    const wanted = Math.min(pageCount, options.maxPages ?? pageCount);
    const pages: PageRuns[] = [];
    for (let n = 1; n <= wanted; n++) {
      const page = await document.getPage(n);
      const [x0, y0, x1, y1] = page.view as [number, number, number, number];
      const content = await page.getTextContent();
      const runs = [];
      for (const item of content.items) {
        if (!('str' in item) || item.str.length === 0) continue;
        const [a, b, c, d, e, f] = item.transform as [number, number, number, number, number, number];
        // Upright text only: a rotated stamp or a margin note is not part of the lines.
        if (Math.abs(b) > Math.abs(a) * 0.1 || Math.abs(c) > Math.abs(d) * 0.1) continue;
        runs.push({ text: item.str, x: e - x0, y: f - y0, width: item.width, size: Math.abs(d) || Math.abs(a) });
      }
      pages.push({ width: x1 - x0, height: y1 - y0, runs });
      page.cleanup();
    }
    await document.destroy();
    return { pages, pageCount, skippedPages: pageCount - wanted };
  } finally {
    console.log = log;
    await task.destroy().catch(() => undefined);
  }
}
