/**
 * Conservation of the body: every word between the header and the signature comes back in the
 * body tree (`body.preamble`, `tasks` with their `paragraphs` and `children`, `body.closing`),
 * in order, once. The body's bounds are read from the output itself: after the last place of the
 * header and the Kính gửi, before the first place of Nơi nhận, the signature or an annex.
 *
 * A damaged text (OCR without diacritics, a font that lost capitals) is read as the parser reads
 * it, restored: its words are compared after the same repairs, each of which the parser reports.
 */
import { fuzzyKeywordAtStart } from '../../src/domain/fuzzy.js';
import { isPageFurniture } from '../../src/zones/page-furniture.js';
// Page furniture the parser leaves out on purpose (`2`, `- 2 -`, `Trang 1/2`).
import { PAGE_NUMBER_LINE } from '../../src/domain/patterns.js';
import type { BodyParagraph, ParsedDocument, Task } from '../../src/index.js';
import { toLines } from '../../src/lines/index.js';
import { findTables } from '../../src/lines/markdown.js';
import { normalizeText } from '../../src/normalize/index.js';
import { restoreDamagedText } from '../../src/normalize/restore/index.js';
import { looksLikeMarkdown } from '../../src/parse.js';
import { segment } from '../../src/zones/index.js';


/** Words compared as the reader sees them: markup, punctuation and case set aside. */
export function words(text: string): string[] {
  return text
    .normalize('NFC')
    .replace(/<(https?:[^>\s]+)>/gi, ' $1 ')
    .replace(/<\/?[a-z][^>\n]*>/gi, ' ')
    .replace(/!\[[^\]\n]*\]\([^)\n]*\)/g, ' ')
    .replace(/\]\((?:https?:|mailto:|#|\/)[^)\n]*\)/g, ' ')
    .replace(/[*_`\\]/g, '')
    .replace(/[#|[\]]/g, ' ')
    .split(/\s+/u)
    .map((w) => w.replace(/[^\p{L}\p{N}]+/gu, '').toLowerCase())
    .filter((w) => w.length > 0);
}

/** Words of text that is already clean (lines, the tree): letters and digits only. */
function plainWords(text: string): string[] {
  return text
    .normalize('NFC')
    .split(/\s+/u)
    .map((w) => w.replace(/[^\p{L}\p{N}]+/gu, '').toLowerCase())
    .filter((w) => w.length > 0);
}

type Reading = { slice(start: number, end: number): string };

function taskWords(task: Task, out: string[], read: (text: string) => string[], written?: Reading): void {
  out.push(...read(labelAsWritten(task, written)), ...read(task.text));
  for (const p of task.paragraphs) out.push(...read(p.text));
  for (const child of task.children) taskWords(child, out, read, written);
}

/**
 * The label as the text has it where OCR wrote `l.` for `1.`, `IlI.`/`1II.` for a roman `III.`, or
 * `Diều 2.` for `Điều 2.` (the tree holds the label read).
 */
function labelAsWritten(task: Task, written: Reading | undefined): string {
  if (written === undefined) return task.label;
  const at = written.slice(task.place.start.offset, task.place.start.offset + 8);
  if (task.label === '1' && task.kind === 'arabic') return /^\s*([l|])[.-]/u.exec(at)?.[1] ?? task.label;
  if (task.kind === 'roman') {
    // (`Il-`, `l-` for `I-`; `H.` and `HI.`, the strokes of `II` joined.)
    const token = /^\s*([IVXLCl1H]+)[.,\-–]/u.exec(at)?.[1];
    if (token !== undefined && token.replace(/[l1]/g, 'I').replace(/H/g, 'II') === task.label) return token;
  }
  if (task.kind === 'article') {
    // `Diều 2.`, `Ðiều 2.`: the article word with its marks lost or misread.
    // (Read as the parser reads the text: `Dieu` of a text without diacritics is restored first.)
    // (A markup speck inside the word, `Đi*êu 2.`, is not one of its letters.)
    const token = /^\s*(\S{4,6})\s+\d/u.exec(written.slice(task.place.start.offset, task.place.start.offset + 14))?.[1]?.replace(/[*_`]/g, '');
    if (token !== undefined && token.normalize('NFD').replace(/[\u0300-\u036f]/gu, '').replace(/[ĐÐđ]/gu, 'd').toLowerCase() === 'dieu') return `${token} ${task.label.slice(5)}`;
    // `Điều l.`, `Điều2.`: a one read as a letter, the space lost (compared without spaces).
    const number = /^\s*(?:Điều|ĐIỀU)\s*((?:\d|[lI]){1,3})\s*[.:,]/u.exec(written.slice(task.place.start.offset, task.place.start.offset + 14))?.[1];
    if (number !== undefined && number !== task.label.slice(5)) return `Điều ${number}`;
  }
  return task.label;
}

/** The words of the body tree, in document order; `written` (the decoded text) gives labels as written. */
export function bodyTreeWords(doc: ParsedDocument, read: (text: string) => string[] = words, written?: string): string[] {
  const out: string[] = [];
  const push = (ps: readonly BodyParagraph[]) => ps.forEach((p) => out.push(...read(p.text)));
  push(doc.body.preamble);
  const reading = written === undefined ? undefined : readingOf(written);
  for (const task of doc.tasks) taskWords(task, out, read, reading);
  push(doc.body.closing);
  return out;
}

/** The offsets of the body in the decoded text, from the places in the output. */
export function bodyBounds(doc: ParsedDocument, length: number): { start: number; end: number } {
  let start = 0;
  let end = length;
  // A header value read from inside the body (a stamp's number listed where page 1 ends) does not
  // move the body's start.
  const firstParagraph = firstParagraphStart(doc) ?? length;
  for (const [pointer, source] of Object.entries(doc.sources)) {
    if (/^\/(header|recipients|copyRecipients)\//.test(pointer) && source.place.end.offset <= firstParagraph) start = Math.max(start, source.place.end.offset);
    if (/^\/(signer|distribution)\//.test(pointer)) end = Math.min(end, source.place.start.offset);
  }
  for (const entry of doc.distribution) end = Math.min(end, entry.place.start.offset);
  for (const annex of doc.annexes) end = Math.min(end, annex.place.start.offset);
  return { start, end: Math.max(start, end) };
}

function firstParagraphStart(doc: ParsedDocument): number | null {
  const first = doc.body.preamble[0]?.place ?? doc.tasks[0]?.place ?? doc.body.closing[0]?.place;
  return first?.start.offset ?? null;
}

/** The words of the input's body, page numbers left out. */
export function inputBodyWords(decoded: string, doc: ParsedDocument): string[] {
  let { start, end } = bodyBounds(doc, decoded.length);
  // Lines in capitals between the header's last value and the body's first paragraph are header
  // lines the header reader did not use (an OCR'd agency, a wrapped competence line), not body;
  // so is what precedes the body when no header value was read at all.
  const bodyStart = firstParagraphStart(doc);
  if (bodyStart !== null && bodyStart > start && bodyStart <= end) {
    const skipped = decoded.slice(start, bodyStart);
    if (start === 0 || skipped === skipped.toUpperCase()) start = bodyStart;
  }
  // A stamp's figures read into the header from inside the body are not body text.
  const reading = readingOf(decoded);
  const stamps = doc.diagnostics
    .filter((d) => (d.ruleId === 'header/number-stamped' || d.ruleId === 'header/date-stamped') && d.place && d.place.start.offset >= start && d.place.end.offset <= end)
    .map((d) => [d.place!.start.offset, d.place!.end.offset] as const)
    .sort((a, b) => a[0] - b[0]);
  let text = '';
  let at = start;
  for (const [from, to] of stamps) {
    if (from < at) continue;
    text += `${reading.slice(at, from)} `;
    at = to;
  }
  text = (text + reading.slice(at, end)).normalize('NFC');
  // The body ends at `Nơi nhận:` (older letters: `Nơi gửi:`), even where the reader did not find the
  // list under it (in a table cell too: `| Nơi nhận:`, `<td><strong>Nơi nhận:`).
  const footer = /(?:^|\n|\s{2}|\||(?:<[a-z][^>\n]*>\s*)+)[\s*_#]*N\p{L}{1,2}i\s*(?:nh\p{L}{1,2}n|g\p{L}{1,2}i)\s*[:*_]/iu.exec(text);
  if (footer) text = text.slice(0, footer.index);
  // …and at a `Nơi nhận:` damaged by OCR that the reader took for the label (`Noi nhpn:`).
  let offset = 0;
  for (const line of text.split('\n')) {
    const lead = line.length - line.trimStart().length;
    const found = fuzzyKeywordAtStart('distribution', line.trimStart());
    if (found && /^\s*:/.test(line.slice(lead + found.end))) {
      text = text.slice(0, offset);
      break;
    }
    offset += line.length + 1;
  }
  text = text.replace(/N\p{L}{1,2}i\s*nh\p{L}{1,2}n(?:[^\p{L}\p{N}]|<br\s*\/?>)*$/iu, '');
  // Running page chrome the parser left out and named (`document/page-chrome`), wherever it recurs.
  for (const chrome of pageChrome(doc).sort((a, b) => b.length - a.length)) text = text.split(chrome).join(' ');
  return pageLinesOut(text);
}

/**
 * The text as the parser reads it, sliced by offsets of the decoded text: the decoded text itself,
 * or for a damaged one its restored reading (offsets mapped back through the restorer's map).
 */
function readingOf(decoded: string): { slice(start: number, end: number): string } {
  const restored = restoreDamagedText(normalizeText(decoded));
  if (restored.damage === null) return { slice: (start, end) => decoded.slice(start, end) };
  // The first reading offset whose source offset is at or after `offset` (the map is monotone).
  const toReading = (offset: number) => {
    let lo = 0;
    let hi = restored.text.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (restored.map.toSource(mid) < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return { slice: (start, end) => restored.text.slice(toReading(start), toReading(end)) };
}

/** The lines named by `document/page-chrome` diagnostics (`"…" is page chrome …`). */
function pageChrome(doc: ParsedDocument): string[] {
  return doc.diagnostics.filter((d) => d.ruleId === 'document/page-chrome').map((d) => /^"(.*)" is page chrome/su.exec(d.message)?.[1] ?? '').filter((t) => t.length > 0);
}

function pageLinesOut(text: string): string[] {
  return text
    .split(/\r\n?|\n|\f/)
    .filter((line) => line.includes('|') || !PAGE_NUMBER_LINE.test(line.replace(/[*_#>]/g, '').trim()))
    .flatMap(words);
}

/** Null when every word is kept, in order, once; otherwise where the two first differ. */
export function conservationMismatch(decoded: string, doc: ParsedDocument): string | null {
  return compare(inputBodyWords(decoded, doc), bodyTreeWords(doc, words, decoded));
}

/**
 * Compared as one run of letters and digits: where a label is glued to its text (`a)trang`) the
 * word breaks differ, the text does not.
 */
function compare(expected: string[], actual: string[]): string | null {
  const a = expected.join('');
  const b = actual.join('');
  if (a === b) return null;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const around = (s: string) => s.slice(Math.max(0, i - 40), i + 40);
  return `character ${i}: input «${around(a)}» ≠ body tree «${around(b)}» (${a.length} vs ${b.length})`;
}

/**
 * The same for the lines the parser took for the body: whatever it took for the header and the
 * footer of a damaged input (where bounds read from their values mean little), every word of its
 * body lines is in the tree, in order, once.
 */
export function bodyLinesMismatch(input: string, doc: ParsedDocument): string | null {
  const normalized = restoreDamagedText(normalizeText(input.replace(/^\ufeff/, '')));
  const zones = segment(toLines(normalized.text, { markdown: looksLikeMarkdown(normalized.text), findTables }));
  // A stamp's figures the header read from inside the body (`header/*-stamped`) are not body text.
  const stamps = doc.diagnostics
    .filter((d) => (d.ruleId === 'header/number-stamped' || d.ruleId === 'header/date-stamped') && d.place)
    .map((d) => [d.place!.start.offset, d.place!.end.offset] as const);
  const stamped = (cl: (typeof zones.lines)[number]) => {
    const at = normalized.map.toSource(cl.line.map.toSource(0));
    return stamps.some(([from, to]) => at >= from && at < to);
  };
  const lines = zones.lines.slice(zones.body.start, zones.body.end).filter((cl) => !isPageFurniture(cl) && !stamped(cl));
  // Lines are already cleaned: what is left of markup is text, on both sides (`plainWords`).
  return compare(lines.flatMap((cl) => plainWords(cl.line.text)), bodyTreeWords(doc, plainWords, input));
}
