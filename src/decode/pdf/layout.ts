/**
 * Glyph runs with positions → a layout text like `pdftotext -layout` prints, which the line and
 * zone readers already understand: one text line per baseline, columns kept apart by runs of
 * spaces (at least three where the PDF leaves a wide gap, so the header's left and right cells,
 * Nơi nhận beside the signer and table cells never run together), blank lines where the page
 * leaves vertical space, each page after the first begun by a form feed (`\f`, as `pdftotext`
 * writes it), page numbers and running headers/footers left out. Positions in the parsed document
 * refer to this text.
 */

/** One run of text as the PDF places it (PDF user space: origin bottom-left, y up). */
export interface GlyphRun {
  readonly text: string;
  /** Left end of the baseline. */
  readonly x: number;
  /** Baseline height from the bottom of the page. */
  readonly y: number;
  /** Advance width of the whole run. */
  readonly width: number;
  /** Font size (height of the em square). */
  readonly size: number;
  /**
   * For text a signing system stamped into a form field (the number, the day): the field's box.
   * The blank the letter left for it is not a column gap.
   */
  readonly field?: { readonly left: number; readonly right: number };
}

export interface PageRuns {
  readonly width: number;
  readonly height: number;
  readonly runs: readonly GlyphRun[];
}

interface Line {
  /** Baseline, measured from the top of the page. */
  top: number;
  size: number;
  runs: GlyphRun[];
  text: string;
}

/** A gap wider than this many ems between two runs separates columns. */
const COLUMN_GAP_EM = 1.1;
/** A gap wider than this many ems is a space between words, where pdf.js saw none… */
const WORD_GAP_EM = 0.25;
/** …and where pdf.js saw a space, any gap but a sliver (a zero-width letter's neighbour). */
const SPACED_GAP_EM = 0.04;
/** Spaces put between two columns, at least. */
const COLUMN_SPACES = 3;

/** Build the layout text of a document's pages. */
export function layoutPages(pages: readonly PageRuns[]): string {
  return layoutPagesWithStarts(pages).text;
}

/** The layout text and, for each page, the 0-based line of the text where the page begins. */
export interface PageLayout {
  readonly text: string;
  /**
   * Page n (1-based) begins at line `pageStarts[n − 1]` (0-based) of `text`; a page without text
   * begins where the next one does. A line's page is the last page that begins at or before it.
   */
  readonly pageStarts: readonly number[];
}

/** `layoutPages`, telling where each page begins in the text. */
export function layoutPagesWithStarts(pages: readonly PageRuns[]): PageLayout {
  const runs = pages.flatMap((p) => p.runs).filter((r) => r.text.trim().length > 0);
  if (runs.length === 0) return { text: '', pageStarts: pages.map(() => 0) };
  let left = Infinity;
  for (const r of runs) left = Math.min(left, r.x);
  const charWidth = typicalCharWidth(runs);
  const rendered = pages.map((page) => pageLines(page, left, charWidth));
  dropRunningLines(rendered);
  const texts = rendered.map((lines) => lines.join('\n').replace(/^\n+|\n+$/g, ''));
  const pageStarts: number[] = new Array(texts.length);
  let line = 0;
  const parts: string[] = [];
  texts.forEach((text, i) => {
    if (text.length === 0) return;
    // Pages without text before this one begin here too.
    for (let j = i; j >= 0 && pageStarts[j] === undefined; j--) pageStarts[j] = line;
    parts.push(text);
    line += text.split('\n').length;
  });
  // Pages without text at the end begin after the last line.
  for (let j = 0; j < pageStarts.length; j++) pageStarts[j] ??= line;
  // A form feed begins each page after the first, as `pdftotext` writes it: the text splits into
  // pages at it, and the parser reads it as a line break (one blank line between pages).
  return { text: parts.join('\n\f'), pageStarts };
}

/** Median advance per character: the width of one column of the text grid. */
function typicalCharWidth(runs: readonly GlyphRun[]): number {
  const widths = runs.filter((r) => r.text.trim().length >= 2 && r.width > 0).map((r) => r.width / [...r.text].length);
  const median = quantile(widths, 0.5);
  return median > 0 ? median : 5;
}

function quantile(values: number[], q: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))] ?? 0;
}

/** The text lines of one page, with blank lines where the page leaves space. */
function pageLines(page: PageRuns, left: number, charWidth: number): string[] {
  const lines = groupLines(page);
  if (lines.length === 0) return [];
  const pitches: number[] = [];
  for (let i = 1; i < lines.length; i++) pitches.push(lines[i]!.top - lines[i - 1]!.top);
  // The usual distance between two lines of a paragraph; the smaller half of the gaps shows it.
  const pitch = Math.max(quantile(pitches, 0.3), 1);
  const out: string[] = [];
  lines.forEach((line, i) => {
    if (i > 0) {
      const gap = line.top - lines[i - 1]!.top;
      const ratio = gap / Math.max(pitch, line.size * 1.05);
      if (ratio > 1.6) out.push(...Array<string>(Math.min(2, Math.round(ratio - 1))).fill(''));
    }
    out.push(renderLine(line, left, charWidth));
  });
  return out;
}

/** Runs on the same baseline (within half the font size) make one line, read left to right. */
function groupLines(page: PageRuns): Line[] {
  const runs = page.runs
    .filter((r) => r.text.length > 0 && Number.isFinite(r.x) && Number.isFinite(r.y) && r.size > 0)
    .map((r) => ({ run: r, top: page.height - r.y }))
    .sort((a, b) => a.top - b.top || a.run.x - b.run.x);
  const lines: Line[] = [];
  for (const { run, top } of runs) {
    const blank = run.text.trim().length === 0;
    // A line is joined by a run whose baseline is close to the line's, or that overlaps the
    // line's height (a superscript footnote mark, a run in a bigger font).
    const line = findLine(lines, top, run.size);
    if (line) {
      line.runs.push(run);
      if (!blank && run.size > line.size) line.size = run.size;
    } else if (!blank) {
      lines.push({ top, size: run.size, runs: [run], text: '' });
    }
  }
  lines.sort((a, b) => a.top - b.top);
  // A footnote mark is set smaller and raised: it belongs to the line whose letters it stands
  // beside, not on a line of its own.
  for (let i = lines.length - 2; i >= 0; i--) {
    const mark = lines[i]!;
    const below = lines[i + 1]!;
    const letters = mark.runs.map((r) => r.text.trim()).join('');
    if (letters.length <= 4 && mark.size < below.size * 0.8 && below.top - mark.top < below.size * 0.7) {
      below.runs.push(...mark.runs);
      lines.splice(i, 1);
    }
  }
  for (const line of lines) line.runs.sort((a, b) => a.x - b.x);
  return lines;
}

function findLine(lines: Line[], top: number, size: number): Line | undefined {
  // Lines are created in reading order, so only the last few can be near.
  for (let i = lines.length - 1; i >= 0 && i >= lines.length - 4; i--) {
    const line = lines[i]!;
    if (Math.abs(line.top - top) <= Math.min(line.size, size) * 0.45) return line;
  }
  return undefined;
}

/** Place the runs of a line on the character grid. */
function renderLine(line: Line, left: number, charWidth: number): string {
  let text = '';
  let end = -Infinity;
  let start = -Infinity;
  let previous: GlyphRun | undefined;
  // pdf.js reports the spaces it finds between runs as blank runs (or a run ending in a space);
  // a blank run whose middle lies between two runs separates them.
  const blanks = line.runs.filter((r) => r.text.trim().length === 0).map((r) => r.x + r.width / 2);
  let spaced = false;
  for (const run of line.runs) {
    if (run.text.trim().length === 0) continue;
    if (blanks.some((middle) => middle > start && middle < run.x)) spaced = true;
    const em = Math.max(run.size, 1);
    const gap = (run.x - end) / em;
    const content = run.text.replace(/\s+/g, ' ').normalize('NFC');
    if (text.length === 0) {
      text = ' '.repeat(Math.max(0, Math.round((run.x - left) / charWidth))) + content.trimStart();
    } else if (gap >= COLUMN_GAP_EM && !withinField(previous, run, end)) {
      const column = Math.round((run.x - left) / charWidth);
      const trimmed = text.trimEnd();
      text = trimmed + ' '.repeat(Math.max(COLUMN_SPACES, column - trimmed.length)) + content.trimStart();
    } else if (gap > (spaced || content.startsWith(' ') ? SPACED_GAP_EM : WORD_GAP_EM)) {
      text = text.trimEnd() + ' ' + content.trimStart();
    } else {
      text += content;
    }
    spaced = /\s$/.test(run.text);
    start = run.x;
    previous = run;
    // Some fonts give a letter no advance width (`ồ` drawn over the next glyph's place): count a
    // wide letter's advance then (0.62 em: a gap of 0.5–0.6 em after it is the letter itself, one
    // of 0.7 em holds a space too), so that the rest of the word is not split off.
    const letters = run.text.replace(/\p{M}/gu, '').length;
    end = run.x + (run.width < letters * em * 0.15 ? letters * em * 0.62 : run.width);
  }
  line.text = text.trimEnd();
  return line.text;
}

/** The gap from `end` to `run` lies in the field box of one of the two runs. */
function withinField(previous: GlyphRun | undefined, run: GlyphRun, end: number): boolean {
  const inside = (box: GlyphRun['field']) => box !== undefined && end >= box.left - 2 && run.x <= box.right + 2;
  return inside(previous?.field) || inside(run.field);
}

const PAGE_NUMBER = /^\s*(?:[-–—]\s*)?(?:(?:trang|page)\s+)?\d{1,4}(?:\s*\/\s*\d{1,4})?(?:\s*[-–—])?\s*$/iu;

/**
 * Page numbers and running headers/footers are not part of the document: a page's first or last
 * line that is only a number (`2`, `- 3 -`, `Trang 4`), or a first/last line repeated on most pages.
 */
function dropRunningLines(pages: string[][]): void {
  const edges = (lines: string[]) => {
    const nonBlank = lines.map((l, i) => ({ l, i })).filter(({ l }) => l.trim().length > 0);
    return [nonBlank[0], nonBlank[nonBlank.length - 1]].filter((e): e is { l: string; i: number } => e !== undefined);
  };
  const counts = new Map<string, number>();
  if (pages.length >= 3) {
    for (const lines of pages) {
      for (const key of new Set(edges(lines).map(({ l }) => l.trim().replace(/\d+/g, '#')))) {
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
    }
  }
  pages.forEach((lines) => {
    for (const { l, i } of edges(lines)) {
      const repeated = (counts.get(l.trim().replace(/\d+/g, '#')) ?? 0) >= Math.max(3, pages.length * 0.6);
      if (PAGE_NUMBER.test(l) || repeated) lines[i] = '';
    }
  });
}
