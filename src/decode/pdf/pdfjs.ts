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
      const stamped = await annotationRuns(pdfjs, page);
      runs.push(...snapToLines(stamped, runs).map((r) => ({ ...r, x: r.x - x0, y: r.y - y0, field: r.field && { left: r.field.left - x0, right: r.field.right - x0 } })));
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

type Matrix = [number, number, number, number, number, number];
const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[1] * n[2],
    m[0] * n[1] + m[1] * n[3],
    m[2] * n[0] + m[3] * n[2],
    m[2] * n[1] + m[3] * n[3],
    m[4] * n[0] + m[5] * n[2] + n[4],
    m[4] * n[1] + m[5] * n[3] + n[5],
  ];
}

interface Glyph {
  unicode?: string;
  width?: number;
  isSpace?: boolean;
}

type PdfPage = Awaited<ReturnType<Awaited<ReturnType<PdfJs['getDocument']>['promise']>['getPage']>>;

/**
 * Text drawn by annotations: the number and date a signing system stamps into signature fields
 * (`Số: 181`, `ngày 05`), free-text notes. pdf.js leaves them out of the text content, so their
 * text operators are followed here, on pages that have such annotations.
 */
async function annotationRuns(pdfjs: PdfJs, page: PdfPage): Promise<GlyphRunLike[]> {
  const annotations = (await page.getAnnotations({ intent: 'display' })) as Array<{ subtype?: string; hasAppearance?: boolean }>;
  if (!annotations.some((a) => a.hasAppearance && a.subtype !== 'Link' && a.subtype !== 'Popup')) return [];
  const list = await page.getOperatorList({ annotationMode: pdfjs.AnnotationMode.ENABLE });
  const OPS = pdfjs.OPS;
  const runs: GlyphRunLike[] = [];
  let depth = 0;
  let field: Box | undefined;
  let ctm: Matrix = IDENTITY;
  const stack: Matrix[] = [];
  let tm: Matrix = IDENTITY;
  let tlm: Matrix = IDENTITY;
  let size = 0;
  let leading = 0;
  let charSpacing = 0;
  let wordSpacing = 0;
  let hScale = 1;
  const moveText = (x: number, y: number) => {
    tlm = multiply([1, 0, 0, 1, x, y], tlm);
    tm = tlm;
  };
  for (let i = 0; i < list.fnArray.length; i++) {
    const fn = list.fnArray[i];
    const args = list.argsArray[i] as unknown[] | null;
    if (fn === OPS.beginAnnotation) {
      if (depth++ === 0) {
        stack.length = 0;
        const rect = args?.[1] as [number, number, number, number] | undefined;
        field = rect && { left: Math.min(rect[0], rect[2]), right: Math.max(rect[0], rect[2]), bottom: Math.min(rect[1], rect[3]), top: Math.max(rect[1], rect[3]) };
        ctm = multiply((args?.[3] as Matrix) ?? IDENTITY, (args?.[2] as Matrix) ?? IDENTITY);
      }
      continue;
    }
    if (fn === OPS.endAnnotation) {
      depth = Math.max(0, depth - 1);
      continue;
    }
    if (depth === 0) continue;
    switch (fn) {
      case OPS.save:
        stack.push(ctm);
        break;
      case OPS.restore:
        ctm = stack.pop() ?? ctm;
        break;
      case OPS.transform:
        ctm = multiply(args as Matrix, ctm);
        break;
      case OPS.paintFormXObjectBegin:
        stack.push(ctm);
        if (Array.isArray(args?.[0])) ctm = multiply(args[0] as Matrix, ctm);
        break;
      case OPS.paintFormXObjectEnd:
        ctm = stack.pop() ?? ctm;
        break;
      case OPS.beginText:
        tm = tlm = IDENTITY;
        break;
      case OPS.setTextMatrix:
        tm = tlm = args as Matrix;
        break;
      case OPS.moveText:
        moveText(Number(args?.[0]), Number(args?.[1]));
        break;
      case OPS.setLeadingMoveText:
        leading = -Number(args?.[1]);
        moveText(Number(args?.[0]), Number(args?.[1]));
        break;
      case OPS.nextLine:
        moveText(0, -leading);
        break;
      case OPS.setLeading:
        leading = Number(args?.[0]);
        break;
      case OPS.setFont:
        size = Number(args?.[1]) || 0;
        break;
      case OPS.setCharSpacing:
        charSpacing = Number(args?.[0]) || 0;
        break;
      case OPS.setWordSpacing:
        wordSpacing = Number(args?.[0]) || 0;
        break;
      case OPS.setHScale:
        hScale = (Number(args?.[0]) || 100) / 100;
        break;
      case OPS.showText: {
        const glyphs = (args?.[0] ?? []) as Array<Glyph | number>;
        let advance = 0;
        let text = '';
        for (const glyph of glyphs) {
          if (typeof glyph === 'number') {
            advance -= (glyph * size) / 1000;
            continue;
          }
          text += glyph.unicode ?? '';
          advance += ((glyph.width ?? 0) * size) / 1000 + charSpacing + (glyph.isSpace ? wordSpacing : 0);
        }
        const at = multiply(tm, ctm);
        const scale = Math.hypot(at[2], at[3]);
        if (text.trim().length > 0 && Math.abs(at[1]) < 1e-3 && Math.abs(at[2]) < Math.abs(at[3]) * 0.25) {
          // Stamped into a field, the text is a word of its own: spaces around it.
          runs.push({ text: ` ${text.trim()} `, x: at[4], y: at[5], width: advance * hScale * Math.abs(at[0]), size: Math.abs(size * scale), field });
        }
        tm = multiply([1, 0, 0, 1, advance * hScale, 0], tm);
        break;
      }
      default:
        break;
    }
  }
  return runs;
}

interface Box {
  left: number;
  right: number;
  bottom: number;
  top: number;
}

interface GlyphRunLike {
  text: string;
  x: number;
  y: number;
  width: number;
  size: number;
  field?: Box;
}

/**
 * A stamp's text sits where the signing system drew it, often a little above or below the line it
 * fills in (`Số:` … `/BNV-CCHC`): move it onto the page's line whose baseline crosses the field.
 */
function snapToLines(stamped: GlyphRunLike[], page: GlyphRunLike[]): GlyphRunLike[] {
  return stamped.map((run) => {
    const box = run.field;
    if (!box) return run;
    let best: number | undefined;
    const reach = run.size * 2;
    for (const other of page) {
      if (other.text.trim().length === 0) continue;
      // A line the field sits in, or beside: within an em of the stamp's baseline, and reaching
      // the field from the left or the right.
      if (Math.abs(other.y - run.y) > run.size) continue;
      if (other.x + other.width < box.left - reach || other.x > box.right + reach) continue;
      if (best === undefined || Math.abs(other.y - run.y) < Math.abs(best - run.y)) best = other.y;
    }
    return best === undefined ? run : { ...run, y: best };
  });
}
