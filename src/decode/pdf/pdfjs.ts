/**
 * The text layer of a PDF through pdf.js (Mozilla's reader, `pdfjs-dist` legacy build for Node),
 * run in this thread. Loaded only when a PDF is read: the CLI build puts it in its own file.
 */
import { repairGlyphs, type FontFacts, type GlyphRepair } from './glyphs.js';
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
  /** Glyphs drawn without text in the ToUnicode map (see `glyphs.ts`): recovered, and not. */
  readonly glyphs: { readonly recovered: number; readonly unresolved: number; readonly fonts: readonly string[] };
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
    // The fonts' ToUnicode maps and files, to recover glyphs a map leaves without text.
    fontExtraProperties: true,
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
    const fonts = new FontInspector(pdfjs);
    for (let n = 1; n <= wanted; n++) {
      const page = await document.getPage(n);
      const [x0, y0, x1, y1] = page.view as [number, number, number, number];
      const content = await page.getTextContent();
      let runs: GlyphRunLike[] = [];
      for (const item of content.items) {
        if (!('str' in item) || item.str.length === 0) continue;
        const [a, b, c, d, e, f] = item.transform as [number, number, number, number, number, number];
        // Upright text only: a rotated stamp or a margin note is not part of the lines.
        if (Math.abs(b) > Math.abs(a) * 0.1 || Math.abs(c) > Math.abs(d) * 0.1) continue;
        runs.push({ text: item.str, x: e, y: f, width: item.width, size: Math.abs(d) || Math.abs(a) });
      }
      // A page whose fonts draw letters without text is read again from its drawing operators,
      // with those letters put back. Fonts are looked at on the page that first uses them.
      const used = new Set(content.items.flatMap((item) => ('fontName' in item ? [item.fontName] : [])));
      try {
        if (await fonts.needsRepair(page, used)) runs = await fonts.pageRuns(page);
      } catch {
        // The repair is a bonus: a page whose drawing operators cannot be followed keeps its text content.
      }
      const stamped = await annotationRuns(pdfjs, page);
      runs.push(...snapToLines(stamped, runs));
      pages.push({
        width: x1 - x0,
        height: y1 - y0,
        runs: runs.map((r) => ({ text: r.text, x: r.x - x0, y: r.y - y0, width: r.width, size: r.size, ...(r.field && { field: { left: r.field.left - x0, right: r.field.right - x0 } }) })),
      });
      page.cleanup();
    }
    await document.destroy();
    return { pages, pageCount, skippedPages: pageCount - wanted, glyphs: fonts.summary() };
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
  originalCharCode?: number;
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
  return operatorRuns(pdfjs.OPS, list, { annotations: true });
}

type OperatorList = Awaited<ReturnType<PdfPage['getOperatorList']>>;

interface OperatorRunOptions {
  /** Follow the annotations' appearance streams (true) or the page's own content (false). */
  readonly annotations: boolean;
  /** Per font: the letters its ToUnicode map leaves blank, and codes known to be unreadable. */
  readonly repairOf?: (font: string) => GlyphRepair | undefined;
  /** Per font: glyph widths → text space (0.001 but for Type 3 fonts). */
  readonly unitOf?: (font: string) => number;
  /** Counts of glyphs put back and left unread. */
  readonly stats?: { recovered: number; unresolved: number };
}

/** Drawn where no letter is known: the text says a letter is there. */
const UNREADABLE = '\uFFFD';

/**
 * Runs of text from a page's drawing operators, for the annotations' text or the page's own (a
 * page whose fonts need letters put back). A gap the producer made with a position adjustment
 * (over a quarter em) starts a new run, as pdf.js does, so the layout sees it.
 */
function operatorRuns(OPS: PdfJs['OPS'], list: OperatorList, options: OperatorRunOptions): GlyphRunLike[] {
  const runs: GlyphRunLike[] = [];
  let depth = 0;
  let field: Box | undefined;
  let ctm: Matrix = IDENTITY;
  // Text filled in white is not seen on the page (a signing tool's hidden marks): it is left out.
  let white = false;
  const stack: { ctm: Matrix; white: boolean }[] = [];
  let tm: Matrix = IDENTITY;
  let tlm: Matrix = IDENTITY;
  let font = '';
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
      if (depth++ === 0 && options.annotations) {
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
    if ((depth > 0) !== options.annotations) continue;
    switch (fn) {
      case OPS.save:
        stack.push({ ctm, white });
        break;
      case OPS.restore: {
        const saved = stack.pop();
        if (saved) ({ ctm, white } = saved);
        break;
      }
      case OPS.setFillRGBColor: {
        const rgb = (args ?? []) as ArrayLike<number>;
        white = Number(rgb[0]) >= 250 && Number(rgb[1]) >= 250 && Number(rgb[2]) >= 250;
        break;
      }
      case OPS.setFillGray:
        white = Number((args as ArrayLike<number> | null)?.[0]) >= 0.98;
        break;
      case OPS.transform:
        ctm = multiply(args as Matrix, ctm);
        break;
      case OPS.paintFormXObjectBegin:
        stack.push({ ctm, white });
        if (Array.isArray(args?.[0])) ctm = multiply(args[0] as Matrix, ctm);
        break;
      case OPS.paintFormXObjectEnd: {
        const saved = stack.pop();
        if (saved) ({ ctm, white } = saved);
        break;
      }
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
        font = String(args?.[0] ?? '');
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
        const at = multiply(tm, ctm);
        const scale = Math.hypot(at[2], at[3]);
        // Upright (a slanted, synthetic italic is upright too); a rotated stamp is not part of the lines.
        const upright = Math.abs(at[1]) <= Math.abs(at[0]) * 0.1 && Math.abs(at[2]) < Math.abs(at[3]) * 0.25;
        const unit = options.unitOf?.(font) ?? 0.001;
        const repair = options.annotations ? undefined : options.repairOf?.(font);
        let advance = 0;
        // The glyphs of the run being built: text and where each starts and ends.
        let pending: { text: string; from: number; to: number }[] = [];
        const push = (text: string, from: number, to: number) => {
          const x = at[4] + from * hScale * at[0];
          const width = (to - from) * hScale * Math.abs(at[0]);
          // Stamped into a field, the text is a word of its own: spaces around it.
          if (options.annotations) runs.push({ text: ` ${text.trim()} `, x, y: at[5], width, size: Math.abs(size * scale), field });
          else runs.push({ text, x, y: at[5] + from * hScale * at[1], width, size: Math.abs(size * scale) });
        };
        const flush = () => {
          if (!upright || pending.length === 0 || (white && !options.annotations)) {
            pending = [];
            return;
          }
          if (options.annotations) {
            const text = pending.map((g) => g.text).join('');
            if (text.trim().length > 0) push(text, pending[0]!.from, pending[pending.length - 1]!.to);
            pending = [];
            return;
          }
          // Spaces typed to align a column (two or more) part the run, as pdf.js parts its items:
          // the layout sees the gap, and keeps a blank run there as the space it is.
          let start = 0;
          for (let k = 0; k <= pending.length; k++) {
            const blank = k < pending.length && /^\s+$/.test(pending[k]!.text);
            const runOfBlanks = blank && ((pending[k + 1] && /^\s+$/.test(pending[k + 1]!.text)) || (pending[k - 1] && /^\s+$/.test(pending[k - 1]!.text)));
            if (k < pending.length && !runOfBlanks) continue;
            if (k > start) push(pending.slice(start, k).map((g) => g.text).join(''), pending[start]!.from, pending[k - 1]!.to);
            if (runOfBlanks) {
              let end = k;
              while (end + 1 < pending.length && /^\s+$/.test(pending[end + 1]!.text)) end++;
              push(' ', pending[k]!.from, pending[end]!.to);
              k = end;
            }
            start = k + 1;
          }
          pending = [];
        };
        for (const glyph of glyphs) {
          if (typeof glyph === 'number') {
            const shift = -glyph * unit * size;
            if (!options.annotations && Math.abs(shift) > size * 0.25) flush();
            advance += shift;
            continue;
          }
          const code = glyph.originalCharCode;
          const letter = repair && code !== undefined ? (repair.letters.get(code) ?? (repair.unresolved.has(code) ? UNREADABLE : undefined)) : undefined;
          if (letter !== undefined && options.stats) options.stats[letter === UNREADABLE ? 'unresolved' : 'recovered']++;
          const from = advance;
          advance += (glyph.width ?? 0) * unit * size + charSpacing + (glyph.isSpace && letter === undefined ? wordSpacing : 0);
          pending.push({ text: letter ?? glyph.unicode ?? '', from, to: advance });
        }
        flush();
        tm = multiply([1, 0, 0, 1, advance * hScale, 0], tm);
        break;
      }
      default:
        break;
    }
  }
  return runs;
}

/**
 * The fonts of a document, each looked at once (on the first page that uses it): does its
 * ToUnicode map leave drawn letters blank, and what are they (`glyphs.ts`)?
 */
class FontInspector {
  private readonly facts = new Map<string, (FontFacts & { unit: number }) | null>();
  private readonly repairs = new Map<string, GlyphRepair>();
  private readonly stats = { recovered: 0, unresolved: 0 };
  private list: { page: PdfPage; list: OperatorList } | undefined;

  constructor(private readonly pdfjs: PdfJs) {}

  /** True when a font of `used` (pdf.js font names) on this page has letters to put back. */
  async needsRepair(page: PdfPage, used: ReadonlySet<string>): Promise<boolean> {
    const fresh = [...used].filter((name) => !this.facts.has(name));
    if (fresh.length > 0) {
      const list = await this.operatorList(page);
      const codes = codesByFont(this.pdfjs.OPS, list);
      for (const name of fresh) this.facts.set(name, fontFacts(page, name));
      const all = [...this.facts.values()].filter((f): f is FontFacts & { unit: number } => f !== null);
      for (const name of fresh) {
        const facts = this.facts.get(name);
        if (!facts) continue;
        // Codes drawn on this page, and any the map explicitly sends to a blank (drawn on later pages).
        const candidates = new Set(codes.get(name) ?? []);
        facts.toUnicode.forEach((text, code) => {
          if (text !== undefined && text.trim().length === 0) candidates.add(code);
        });
        const repair = repairGlyphs(facts, candidates, all);
        if (repair) this.repairs.set(name, repair);
      }
    }
    return [...used].some((name) => this.repairs.has(name));
  }

  /** The page's runs from its drawing operators, letters put back. */
  async pageRuns(page: PdfPage): Promise<GlyphRunLike[]> {
    const list = await this.operatorList(page);
    return operatorRuns(this.pdfjs.OPS, list, {
      annotations: false,
      repairOf: (font) => this.repairs.get(font),
      unitOf: (font) => this.facts.get(font)?.unit ?? 0.001,
      stats: this.stats,
    });
  }

  summary(): PdfTextLayer['glyphs'] {
    const fonts = [...this.repairs.keys()].map((name) => this.facts.get(name)?.name ?? name);
    return { ...this.stats, fonts: [...new Set(fonts)] };
  }

  private async operatorList(page: PdfPage): Promise<OperatorList> {
    if (this.list?.page !== page) this.list = { page, list: await page.getOperatorList() };
    return this.list.list;
  }
}

/** Character codes drawn with each font. */
function codesByFont(OPS: PdfJs['OPS'], list: OperatorList): Map<string, Set<number>> {
  const codes = new Map<string, Set<number>>();
  let font = '';
  for (let i = 0; i < list.fnArray.length; i++) {
    const fn = list.fnArray[i];
    const args = list.argsArray[i] as unknown[] | null;
    if (fn === OPS.setFont) font = String(args?.[0] ?? '');
    if (fn !== OPS.showText) continue;
    let set = codes.get(font);
    if (!set) codes.set(font, (set = new Set()));
    for (const glyph of (args?.[0] ?? []) as Array<Glyph | number>) {
      if (typeof glyph !== 'number' && glyph.originalCharCode !== undefined) set.add(glyph.originalCharCode);
    }
  }
  return codes;
}

/** What pdf.js knows of a composite (CID) font: its name, ToUnicode map and file. Null for other fonts. */
function fontFacts(page: PdfPage, name: string): (FontFacts & { unit: number }) | null {
  try {
    if (!page.commonObjs.has(name)) return null;
    const font = page.commonObjs.get(name) as {
      name?: unknown;
      composite?: unknown;
      toUnicode?: { _map?: unknown };
      data?: unknown;
      fontMatrix?: unknown;
    };
    const map = font?.toUnicode?._map;
    if (font?.composite !== true || !Array.isArray(map) || !(font.data instanceof Uint8Array)) return null;
    const matrix = Array.isArray(font.fontMatrix) ? Number(font.fontMatrix[0]) : 0.001;
    return {
      name: typeof font.name === 'string' ? font.name : name,
      toUnicode: map.map((t) => (typeof t === 'string' ? t : undefined)),
      data: font.data,
      unit: Number.isFinite(matrix) && matrix > 0 ? matrix : 0.001,
    };
  } catch {
    return null;
  }
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
