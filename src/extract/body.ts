/**
 * The body: paragraphs rebuilt from wrapped lines, the numbered tree rebuilt from the labels
 * (Lawtext/bluebell style: classify, then nest by numbering and check sequences), căn cứ lines,
 * and the text stream that citations are searched in.
 */
import { isUpperCaseText, startsLowerCase } from '../domain/vietnamese.js';
import { endsOpen, joinWrappedLines } from '../domain/wraps.js';
import { sameCell, type Line } from '../lines/line.js';
import type { BodyParagraph, Position, Task } from '../schema/document.js';
import { isPageFurniture, KIND_RANK, type ClassifiedLine, type Label } from '../zones/index.js';
import type { ExtractContext } from './context.js';

interface Paragraph {
  readonly first: ClassifiedLine;
  readonly lines: Line[];
  readonly quoted: boolean;
}



/** Body lines → paragraphs: a wrapped line continues its paragraph until a gap, a label or a full stop. */
export function buildParagraphs(lines: readonly ClassifiedLine[], options: { hardWrapped: boolean }): Paragraph[] {
  const paragraphs: Array<{ first: ClassifiedLine; lines: Line[]; quoted: boolean }> = [];
  let inQuote = false;
  const margin = options.hardWrapped ? rightMargin(lines.map((l) => l.line)) : null;
  // Straight quotes open and close alike: where the body holds an odd number of them, one is OCR
  // noise (`"- Lãnh đạo …`) and none can be trusted to open a quotation that runs to the end.
  const straight = lines.reduce((n, l) => n + (l.line.text.match(/"/g)?.length ?? 0), 0) % 2 === 0;
  // A curly quote that opens and is never closed (`Giám “đốc Sở Y tế`, OCR noise) opens nothing.
  const unclosed = unclosedQuotes(lines.map((l) => l.line.text));
  for (const [index, cl] of lines.entries()) {
    const { line, kind } = cl;
    // Page furniture between pages (`2`, `- 2 -`, `Trang 2/3`) is not text of the letter; a cell
    // of a table row (`-414`) is.
    if (isPageFurniture(cl)) continue;
    const prev = paragraphs[paragraphs.length - 1];
    const prevLine = prev?.lines[prev.lines.length - 1];
    const prevText = prevLine?.text ?? '';
    // A sentence cut by a page break or a blank line goes on in lower case (`… số liệu về` / `đội ngũ …`).
    const resumesAfterGap =
      kind === 'text' && prevLine !== undefined && startsLowerCase(line.text) && !/[.:;!?…"”]$/.test(prevText) && !prevLine.heading && !isUpperCaseText(prevText);
    const starts =
      !prev ||
      (line.gapBefore && !resumesAfterGap) ||
      kind === 'numbered' ||
      kind === 'bullet' ||
      kind === 'basis' ||
      kind === 'enacting' ||
      /[.:;!?…"”]$|\.\/\.$/.test(prevText) ||
      // A line that is bold or a heading as a whole is a heading: what follows is a new paragraph.
      (prevLine !== undefined && (prevLine.bold || prevLine.heading) && !line.bold) ||
      (!options.hardWrapped && !startsLowerCase(line.text) && !continuesLabelLine(prev, line) && !endsOpen(prevText)) ||
      // In wrapped text a line that stops well short of the margin ends its paragraph: a heading
      // (`3. Tổ chức thực hiện`) over its first sentence (`Để việc triển khai …`).
      (margin !== null && prevLine !== undefined && endsShortOfMargin(prevLine, margin) && !startsLowerCase(line.text) && !continuesLabelLine(prev, line) && !endsOpen(prevText)) ||
      (isUpperCaseText(prevText) && !isUpperCaseText(line.text)) ||
      (line.cell !== null) !== (prev.first.line.cell !== null);
    const ignored = unclosed.get(index);
    if (starts) paragraphs.push({ first: cl, lines: [line], quoted: inQuote || (opensWithQuote(line.text, straight) && !ignored?.has(0)) });
    else prev.lines.push(line);
    inQuote = quoteStateAfter(line.text, inQuote, straight, ignored);
  }
  return paragraphs;
}

/** How far short of the margin a line must stop to end its paragraph, in characters (a long word is shorter). */
const SHORT_LINE_SLACK = 12;

/**
 * The right margin of wrapped text: where most long lines end (indent plus length), or null
 * where too few lines say so.
 */
export function rightMargin(lines: readonly Line[]): number | null {
  const ends = lines.filter((l) => !l.cell && !l.split && l.text.length >= 20).map((l) => l.indent + l.text.length).sort((a, b) => a - b);
  if (ends.length < 8) return null;
  return ends[Math.floor(ends.length * 0.75)] ?? null;
}

/** A line that stops well before the margin, and not on a comma, dash or bracket that goes on. */
function endsShortOfMargin(line: Line, margin: number): boolean {
  if (line.cell || line.split) return false;
  return line.indent + line.text.length < margin - Math.max(SHORT_LINE_SLACK, margin * 0.15) && !/[,(\-–]$/u.test(line.text);
}

/**
 * A converter that bolds only the label breaks the line right after it (`**Điều 3. **Chánh` /
 * `Văn phòng …`): the label's line, cut mid-sentence and not a heading, goes on on the next line.
 */
function continuesLabelLine(prev: { first: ClassifiedLine; lines: Line[] } | undefined, line: Line): boolean {
  if (!prev || prev.lines.length !== 1 || prev.first.kind !== 'numbered' || line.gapBefore) return false;
  const first = prev.lines[0];
  if (!first) return false;
  return first.marked && !first.bold && !first.heading && !/[.:;!?]$/.test(first.text) && !isUpperCaseText(first.text) && first.text.length <= 40;
}

function opensWithQuote(text: string, straight: boolean): boolean {
  return straight ? /^["“„«]/.test(text) : /^[“„«]/.test(text);
}

/**
 * Converters and OCR wrap lines at a fixed width, so most long lines are about as long as the
 * longest; typed text keeps one paragraph per line, whose lengths vary freely.
 */
export function isHardWrapped(lines: readonly Line[]): boolean {
  const lengths = lines.filter((l) => !l.cell && l.text.length >= 20).map((l) => l.text.length).sort((a, b) => a - b);
  if (lengths.length < 8) return false;
  const width = lengths[Math.floor(lengths.length * 0.75)] ?? 0;
  if (width > 120) return false;
  const nearWidth = lengths.filter((n) => n >= width * 0.75).length;
  return nearWidth / lengths.length >= 0.35;
}

const OPENING_QUOTES = '“„«';
const CLOSING_QUOTES = '”»';
const CURLY_QUOTE = /[“„«”»]/;
const ANY_QUOTE = /[“„«”»"]/;

/**
 * The opening curly quotes no closing one answers (line index → character indexes): one followed
 * by another opening quote before any closing one, or the last one left open.
 */
export function unclosedQuotes(texts: readonly string[]): Map<number, Set<number>> {
  const unclosed = new Map<number, Set<number>>();
  const mark = (at: { line: number; char: number }) => {
    const set = unclosed.get(at.line) ?? new Set<number>();
    set.add(at.char);
    unclosed.set(at.line, set);
  };
  let open: { line: number; char: number } | null = null;
  texts.forEach((text, line) => {
    if (!CURLY_QUOTE.test(text)) return;
    for (let char = 0; char < text.length; char++) {
      const ch = text.charAt(char);
      if (OPENING_QUOTES.includes(ch)) {
        if (open) mark(open);
        open = { line, char };
      } else if (CLOSING_QUOTES.includes(ch)) open = null;
    }
  });
  if (open) mark(open);
  return unclosed;
}

/** Track quotations across lines: curly quotes open and close (but not one left unclosed), straight quotes toggle. */
function quoteStateAfter(text: string, inQuote: boolean, straight: boolean, ignored?: ReadonlySet<number>): boolean {
  let state = inQuote;
  // Most lines have no quote at all: one search instead of a look at every character.
  if (!(straight ? ANY_QUOTE : CURLY_QUOTE).test(text)) return state;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    if (OPENING_QUOTES.includes(ch)) state = state || !ignored?.has(i);
    else if (ch === '”' || ch === '»') state = false;
    else if (ch === '"' && straight) state = !state;
  }
  return state;
}

const HEADED_KINDS: ReadonlySet<string> = new Set(['part', 'chapter', 'section']);

interface OpenNode {
  readonly key: string;
  readonly ordinal: number;
  readonly task: Task;
}

const keyOf = (label: Label) => (label.kind === 'decimal' ? `decimal:${label.label.split('.').length}` : label.kind);

/** The body as a tree: what comes before the first unit, the units (each holding its paragraphs), the closing. */
export interface BodyTree {
  readonly tasks: Task[];
  readonly preamble: BodyParagraph[];
  readonly closing: BodyParagraph[];
}

/** The formulas that close a letter after its last unit (`Trên đây là …`, `Trân trọng./.`). */
const CLOSING = /^(?:Trên đây|Trong quá trình (?:thực hiện|triển khai|tổ chức)|Rất mong|Xin trân trọng|Trân trọng|Nhận được (?:công văn|văn bản) này)/u;

/**
 * Rebuild the numbered tree. Labels out of sequence (quoted provisions, OCR noise) are not units,
 * but their text is kept: every paragraph of the body lands in the preamble, in the deepest open
 * unit, or in the closing, so that nothing between the header and the signature is lost.
 */
export function extractTasks(ctx: ExtractContext, paragraphs: readonly Paragraph[]): BodyTree {
  const roots: Task[] = [];
  const preamble: BodyParagraph[] = [];
  let closing: BodyParagraph[] = [];
  const stack: OpenNode[] = [];
  let lastArticle = 0;
  const titled = new Set<Paragraph>();
  const keep = (paragraph: Paragraph, kind: BodyParagraph['kind']) => {
    const kept: BodyParagraph = { kind, text: joinText(paragraph.lines), place: paragraphPlace(ctx, paragraph) };
    const top = stack[stack.length - 1];
    if (roots.length > 0 && (closing.length > 0 || (kind === 'text' && CLOSING.test(kept.text)))) closing.push(kept);
    else if (top) top.task.paragraphs.push(kept);
    else preamble.push(kept);
  };
  for (const [index, paragraph] of paragraphs.entries()) {
    if (titled.has(paragraph)) continue;
    const { first } = paragraph;
    if (paragraph.quoted) {
      keep(paragraph, 'quote');
      continue;
    }
    if (first.kind === 'bullet') {
      const top = stack[stack.length - 1];
      if (top && closing.length === 0) {
        const text = joinText(paragraph.lines);
        const marker = text.charAt(0);
        top.task.bullets.push({ marker, text: text.slice(1).trim(), place: paragraphPlace(ctx, paragraph) });
      }
      keep(paragraph, 'bullet');
      continue;
    }
    if (first.kind !== 'numbered' || !first.label) {
      keep(paragraph, first.kind === 'basis' ? 'basis' : first.kind === 'enacting' ? 'enacting' : 'text');
      continue;
    }
    const label = chooseReading(first.label, stack, lastArticle, paragraphs, index);
    const key = keyOf(label);
    /** The number the unit stands for: its label's, or the one a repeated label took the place of. */
    let ordinal = label.ordinal;
    const at = findLevel(stack, key);
    const deepest = stack[stack.length - 1];
    let accepted = false;
    if (label.kind === 'article') {
      accepted = fitsSequence(label, stack, lastArticle);
      // `Điều 2. Sửa đổi Điều 5 … như sau:` / `Điều 5. …` / … / `Điều 3.`: an article ahead of the
      // numbering, when the next one is the article that was due, is the provision quoted.
      if (accepted && label.ordinal > lastArticle + 1 && nextOrdinal(paragraphs, index, key) === lastArticle + 1) accepted = false;
      if (accepted && at >= 0) stack.length = at;
      if (accepted) lastArticle = label.ordinal;
    } else if (at >= 0) {
      const previous = stack[at]?.ordinal ?? 0;
      accepted = fitsSequence(label, stack, lastArticle);
      // (`1.2.` then `2.1.`: no gap, the decimal unit follows on from the next parent number.)
      const followsParent = label.kind === 'decimal' && label.ordinal <= previous;
      // `II.` typed twice: a unit of its own when the numbering goes on from it (`III.` next), or
      // from the number it stands for (`IV.` next: it is the `III.`).
      const next = label.ordinal === previous ? nextOrdinal(paragraphs, index, key) : null;
      // The last heading typed with the label before it (`II. NHIỆM VỤ` / `II. TỔ CHỨC THỰC HIỆN`).
      const lastHeadingRepeated = next === null && label.ordinal === previous && label.kind === 'roman' && isUpperCaseText(joinText(paragraph.lines).slice(label.length).trim());
      if (lastHeadingRepeated) ordinal = previous + 1;
      if (next === previous + 1 || next === previous + 2 || lastHeadingRepeated) {
        accepted = true;
        if (next === previous + 2) ordinal = previous + 1;
        ctx.report('body/label-repeated', `"${label.label}" repeats the label before it; read as the next unit because the numbering goes on from it`, ctx.place(first.line, 0, label.length));
      }
      if (accepted) {
        if (ordinal !== previous + 1 && next === null && !followsParent) {
          ctx.report('body/numbering-gap', `Numbering jumps from ${previous} to ${label.ordinal} at "${label.label}"`, ctx.place(first.line, 0, label.length));
        }
        stack.length = at;
      }
    } else {
      accepted = fitsSequence(label, stack, lastArticle);
      // A new level nests under the deepest open unit that ranks above it.
      if (accepted) for (let top = stack.at(-1); top && rankOf(top.key) >= rankOf(key); top = stack.at(-1)) stack.pop();
    }
    if (!accepted) {
      // A label that breaks a running sequence is kept out of the tree, but never silently; a stray
      // number that would open a level (`2024.`) is just text.
      if (at >= 0 || label.kind === 'article') ctx.report('body/label-out-of-sequence', `"${label.label}" does not follow the numbering around it and is not read as a unit`, ctx.place(first.line, 0, label.length));
      keep(paragraph, 'text');
      continue;
    }
    if (label.written !== undefined) {
      const how = label.how ?? (label.kind === 'article' ? 'OCR lost or misread the marks of Điều' : "OCR letters for a roman numeral's I, or a comma for its period");
      ctx.report('body/label-repaired', `"${label.written}" read as the label "${label.label}." (${how})`, ctx.place(first.line, 0, label.written.length));
    }
    // What looked like the closing was the text of the unit before this one.
    if (closing.length > 0) {
      deepest?.task.paragraphs.push(...closing);
      closing = [];
    }
    // The unit's own text, without its label and without the end-of-body mark `./.`.
    let text = joinText(paragraph.lines).slice(label.length).replace(/^[\s.:)\-–]+/, '').trim();
    // (Tested first: anchored at the end, the pattern would be tried from every space of the unit.)
    if (text.endsWith('/.')) text = text.replace(/\s*\.?\/\.\s*$/, '.').trim();
    // `Chương I` / `QUY ĐỊNH CHUNG`: the title of a part, chapter or section stands on its own line.
    if (text.length === 0 && HEADED_KINDS.has(label.kind)) {
      const titleParts: string[] = [];
      for (let k = index + 1; k < paragraphs.length; k++) {
        const candidate = paragraphs[k];
        if (!candidate || !isUpperCaseText(candidate.first.line.text) || candidate.first.kind === 'numbered') break;
        titleParts.push(joinText(candidate.lines));
        titled.add(candidate);
      }
      text = titleParts.join(' ');
    }
    let place = paragraphPlace(ctx, paragraph);
    // `**Điều 1.**` / `Cho phép thành lập …`: a label on its own line (a bold label, Word's numbering
    // as a converter wrote it) is followed by the unit's own text.
    const own = text.length === 0 && !HEADED_KINDS.has(label.kind) ? paragraphs[index + 1] : undefined;
    if (own && !own.quoted && own.first.kind === 'text') {
      text = joinText(own.lines).trim();
      titled.add(own);
      place = { start: place.start, end: paragraphPlace(ctx, own).end };
    }
    const task: Task = {
      label: label.label,
      text,
      kind: label.kind,
      place,
      bullets: [],
      paragraphs: [],
      children: [],
    };
    const parent = stack[stack.length - 1];
    if (parent) parent.task.children.push(task);
    else roots.push(task);
    stack.push({ key, ordinal, task });
  }
  return { tasks: roots, preamble, closing };
}

/** The ordinal of the next label of the same level after paragraph `index`, or null. */
function nextOrdinal(paragraphs: readonly Paragraph[], index: number, key: string): number | null {
  for (let k = index + 1; k < paragraphs.length; k++) {
    const label = paragraphs[k]!.first.label;
    if (paragraphs[k]!.first.kind === 'numbered' && label && keyOf(label) === key) return label.ordinal;
  }
  return null;
}

/**
 * A label OCR made ambiguous (`l-`: `1-` or `I-`; `H.`: part `H` or `II.`) is read the way the
 * numbering around it fits: the other reading when the first breaks the running sequence and the
 * other continues it, or when the next unit of the first reading's kind takes its very number
 * (`l- KẾT QUẢ` / `1- Công tác …`: the `l` was an `I`).
 */
function chooseReading(label: Label, stack: readonly OpenNode[], lastArticle: number, paragraphs: readonly Paragraph[], index: number): Label {
  const other = label.alternative;
  if (!other || !fitsSequence(other, stack, lastArticle)) return label;
  return !fitsSequence(label, stack, lastArticle) || nextOrdinal(paragraphs, index, keyOf(label)) === label.ordinal ? other : label;
}

/**
 * Whether a label goes on from the open units: an article up to three after the last one; a unit of
 * an open level one or two after it (a decimal one also first under the next parent number:
 * `1.2.`, then `2.1.`); a new level's first unit. (Repeated labels are weighed by the caller.)
 */
function fitsSequence(label: Label, stack: readonly OpenNode[], lastArticle: number): boolean {
  if (label.kind === 'article') return label.ordinal > lastArticle && label.ordinal <= lastArticle + 3;
  const at = findLevel(stack, keyOf(label));
  if (at < 0) return label.ordinal === 1;
  const previous = stack[at]?.ordinal ?? 0;
  if (label.ordinal > previous && label.ordinal <= previous + 2) return true;
  return label.kind === 'decimal' && decimalFollows(stack[at]?.task.label ?? '', label.label);
}

/** `2.1` after `1.2` (the parent number next, the unit first): a decimal unit in sequence. */
function decimalFollows(previous: string, next: string): boolean {
  const a = previous.split('.').map(Number);
  const b = next.split('.').map(Number);
  if (a.length !== b.length || b.at(-1) !== 1) return false;
  const k = a.length - 2;
  return a.slice(0, k).every((n, i) => n === b[i]) && b[k] === (a[k] ?? 0) + 1;
}

function rankOf(key: string): number {
  const kind = key.split(':')[0] as keyof typeof KIND_RANK;
  return KIND_RANK[kind] + (key.startsWith('decimal:') ? Number(key.split(':')[1]) / 10 : 0);
}

function findLevel(stack: readonly OpenNode[], key: string): number {
  return stack.findLastIndex((node) => node.key === key);
}

function joinText(lines: readonly Line[]): string {
  const text = joinWrappedLines(lines.map((l) => l.text));
  // Line texts come with their spaces folded: a global replace over a long paragraph would only
  // build a copy of it (and a table of every match) to change nothing.
  return (OTHER_SPACE.test(text) ? text.replace(/\s+/g, ' ') : text).trim();
}

/** Whitespace that is not a single space. */
const OTHER_SPACE = /[^\S ]|\s\s/;

function paragraphPlace(ctx: ExtractContext, paragraph: Paragraph): Position {
  const first = paragraph.lines[0] ?? paragraph.first.line;
  const last = paragraph.lines.at(-1) ?? first;
  return { start: ctx.place(first).start, end: ctx.place(last).end };
}

/** Căn cứ lines of a Quyết định / Nghị quyết (and `Theo đề nghị …`). */
export function extractBasis(ctx: ExtractContext, paragraphs: readonly Paragraph[]) {
  return paragraphs
    .filter((p) => p.first.kind === 'basis')
    .map((p) => ({ raw: joinText(p.lines), place: paragraphPlace(ctx, p) }));
}

/** The body as one string (lines joined with `\n`) and a way back from its offsets to positions. */
export interface TextStream {
  readonly text: string;
  place(start: number, end: number): Position;
}

export function bodyStream(ctx: ExtractContext, lines: readonly ClassifiedLine[]): TextStream {
  return linesStream(ctx, [lines]);
}

/**
 * The text that citations are searched in: the trích yếu (a Tờ trình or Báo cáo names there the
 * document it answers, often more fully than the body: `… theo Công văn số 2769/UBND-NCKSTTHC ngày
 * 24/7/2024 của UBND tỉnh`), then the body. The two stand apart by a blank line, so that no clause
 * runs on from one into the other.
 */
export function referenceStream(ctx: ExtractContext, bodyLines: readonly ClassifiedLine[]): TextStream {
  const subject = ctx.zones.subject.map((index) => ctx.zones.lines[index]).filter((l): l is ClassifiedLine => l !== undefined);
  return linesStream(ctx, [subject, bodyLines]);
}

/**
 * Blocks of lines as one string: lines joined with `\n`, a blank line between blocks and between
 * the cells of a table, page numbers left out.
 */
function linesStream(ctx: ExtractContext, blocks: ReadonlyArray<readonly ClassifiedLine[]>): TextStream {
  // No clause runs on from one table cell into the next (`… của Bộ trưởng | Quy chế công tác văn
  // thư`); a citation may run on over a page break (`ngày` / `2` / `05/6/2025`).
  const lines = blocks
    .map((block) => block.filter((cl) => !isPageFurniture(cl)))
    .filter((block) => block.length > 0)
    .flatMap((block, n) => block.map((cl, i) => ({ cl, gap: (n > 0 && i === 0) || (i > 0 && !sameCell(block[i - 1]!.line.cell, cl.line.cell)) })));
  const starts: number[] = [];
  const parts: string[] = [];
  let length = 0;
  for (const { cl, gap } of lines) {
    if (gap) {
      parts.push('');
      length += 1;
    }
    starts.push(length);
    parts.push(cl.line.text);
    length += cl.line.text.length + 1;
  }
  const lineAt = (offset: number) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? Number.POSITIVE_INFINITY) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  return {
    text: parts.join('\n'),
    place(start: number, end: number): Position {
      const a = lineAt(start);
      const b = lineAt(Math.max(start, end - 1));
      const startLine = lines[a]?.cl.line;
      const endLine = lines[b]?.cl.line;
      if (!startLine || !endLine) throw new RangeError(`offsets ${start}–${end} are outside the body text`);
      const startAt = start - (starts[a] ?? 0);
      const startPlace = ctx.place(startLine, startAt, startAt + 1).start;
      const endPlace = ctx.place(endLine, 0, Math.min(endLine.text.length, end - (starts[b] ?? 0))).end;
      return { start: startPlace, end: endPlace };
    },
  };
}
