/**
 * What a page prints around the document's text: a page number between pages, and the running
 * header and footer a publisher repeats on every page (`Hệ thống văn bản … - UBND tỉnh Bình Định`,
 * `vbpl.binhdinh.gov.vn - Bản in ngày 06/04/2025`, `Chỉ thị 18/CT-UBND     Trang 2/2`).
 */
import { PAGE_MARK_LINE, PAGE_NUMBER_LINE } from '../domain/patterns.js';
import type { ClassifiedLine } from './classify.js';

/** A page number between pages (`2`, `- 2 -`, `Trang 2/3`) on a line of its own, or a line of running page chrome. */
export function isPageFurniture(cl: ClassifiedLine): boolean {
  const { line, kind } = cl;
  return cl.furniture === true || (kind !== 'numbered' && !line.split && !line.row && !line.cell && PAGE_NUMBER_LINE.test(line.text));
}

/** Longer than any page mark (`Trang 12 trên 120`). */
const MAX_MARK_LENGTH = 20;
/** How near (in source lines) to a page mark a running line stands. */
const NEAR_PAGE_MARK = 3;
/** Shorter repeated lines (`- Như trên;`, `Điều 1.`) are too common to tell. */
const MIN_RUNNING_LENGTH = 12;

/**
 * Marks the running page chrome: a line repeated word for word at least twice, each time at a
 * page's edge (near a page mark, or at the text's top or end), is the publisher's, not the
 * document's; so are the page marks beside it.
 * Returns the lines with `furniture` set on those.
 */
export function markRunningChrome(lines: readonly ClassifiedLine[]): ClassifiedLine[] {
  // (Page marks are short: most lines are ruled out by their length before any pattern runs.)
  const marks = [...lines.entries()].filter(([, cl]) => cl.line.text.length <= MAX_MARK_LENGTH && (isPageFurniture(cl) || (cl.kind !== 'numbered' && PAGE_MARK_LINE.test(cl.line.text))));
  const out = [...lines];
  if (marks.length === 0) return out;
  const markRows = marks.map(([, cl]) => cl.line.sourceLine);
  const lastLine = lines.at(-1)!.line.sourceLine;
  // At a page's edge: by a page mark, or at the top or the end of the text (the first page's
  // header, the last page's footer). A table's heading row that a page break repeats is not: its
  // first time is in the middle of a page.
  const atPageEdge = ({ line }: ClassifiedLine) =>
    line.sourceLine <= NEAR_PAGE_MARK || lastLine - line.sourceLine <= NEAR_PAGE_MARK || markRows.some((row) => Math.abs(row - line.sourceLine) <= NEAR_PAGE_MARK);
  const byText = new Map<string, number[]>();
  for (const [i, cl] of lines.entries()) {
    // (Not a line the document itself repeats: an annex's own header, a sentence, a list entry.)
    if (cl.line.text.length < MIN_RUNNING_LENGTH || (cl.kind !== 'text' && cl.kind !== 'caps') || /[.;,:]$/u.test(cl.line.text)) continue;
    const same = byText.get(cl.line.text);
    if (same) same.push(i);
    else byText.set(cl.line.text, [i]);
  }
  const running = new Set<number>();
  for (const indices of byText.values()) {
    // A line in capitals is an agency's name as often: on three pages at least.
    const needed = lines[indices[0]!]!.kind === 'caps' ? 3 : 2;
    if (indices.length >= needed && indices.every((i) => atPageEdge(lines[i]!))) for (const i of indices) running.add(i);
  }
  if (running.size === 0) return out;
  // The page marks on the running lines' rows (`Chỉ thị 18/CT-UBND      Trang 2/2`) go with them.
  const runningRows = new Set([...running].map((i) => lines[i]!.line.sourceLine));
  for (const [i, cl] of marks) if (runningRows.has(cl.line.sourceLine)) running.add(i);
  for (const i of running) out[i] = { ...lines[i]!, furniture: true };
  return out;
}
