/**
 * Physical line → layout cells. Converters put two columns on one line in three ways:
 * TABs (docx-to-text), runs of spaces (`pdftotext -layout`), or `|` cells (flattened tables);
 * OCR even joins the columns with a single space (`BỘ TÀI CHÍNH CỘNG HÒA XÃ HỘI …`).
 */
import { DAY_WORD } from '../domain/date-grammar.js';
import { fuzzyKeywordIn } from '../domain/fuzzy.js';
import { isMostlyUpperCase, LOWER } from '../domain/vietnamese.js';
import { DIGIT_LOOKALIKE_CLASS, keywordPattern, LEADING_SPECK, keywordSource, MOTTO, NATIONAL_TITLE, NUMBER_LABEL_PREFIX, PARTY_TITLE, ORGANISATION_TITLE } from '../domain/keywords.js';
import { AUTHORITY_PREFIX_ALTERNATION, SIGNER_POSITIONS, TITLE_AFTER_PREFIX } from '../domain/signature.js';
import { SIGNATURE_STAMP_LABELS } from '../domain/stamps.js';
import { vre } from '../domain/vietnamese.js';

export interface RawCell {
  /** Offset of the cell text within the physical line. */
  readonly start: number;
  readonly text: string;
  readonly column: number;
}

/** Width of leading whitespace, TAB counted as 8. */
export function indentWidth(raw: string): number {
  let width = 0;
  for (const ch of raw) {
    if (ch === ' ') width += 1;
    else if (ch === '\t') width += 8;
    else break;
  }
  return width;
}

/**
 * Where the left column starts in a docx-to-text file: the usual number of leading TABs of the
 * lines that hold two TAB-separated cells (a paragraph outside the table, `Kính gửi:<TAB>…`, may
 * start further left). Undefined when the text has no such lines.
 */
export function leftColumnTabs(lines: readonly string[]): number | undefined {
  const counts = new Map<number, number>();
  for (const raw of lines) {
    if (!raw.includes('\t')) continue;
    const cells = raw.split(/\t+/).filter((c) => c.trim().length > 0);
    if (cells.length < 2) continue;
    const tabs = raw.match(/^\t*/)?.[0].length ?? 0;
    counts.set(tabs, (counts.get(tabs) ?? 0) + 1);
  }
  let best: { tabs: number; n: number } | undefined;
  for (const [tabs, n] of counts) {
    if (!best || n > best.n || (n === best.n && tabs < best.tabs)) best = { tabs, n };
  }
  return best?.tabs;
}

/** A line made only of `|` and spaces separates blocks in converted tables. */
export function isPipeSeparator(raw: string): boolean {
  return /^[\s|]*\|[\s|]*$/.test(raw);
}

// A right-hand cell starts with one of these when only a few spaces separate it.
const RIGHT_CELL_START = vre(
  '^(?:' +
  [
    NATIONAL_TITLE.source,
    MOTTO.source,
    PARTY_TITLE.source,
    // The place and date, whatever mark OCR put on the `a` of `ngày` (`ngảy`).
    `[^,]{2,40},?\\s+${DAY_WORD}\\b`,
    `(?:${AUTHORITY_PREFIX_ALTERNATION})[.\\s]`,
    '\\(?[ĐD][ãa]\\s*k[ýy]\\)?',
    // `V/v xử lý kiến nghị của       Kính gửi: Bộ Tài chính; …`: the addressees beside the trích yếu.
    `(?:${keywordSource('recipients')})\\s*:`,
  ].join('|') + ')',
  'iu',
);

/** Split one physical line into cells, with the column each belongs to. */
export function splitCells(raw: string, options: { pipes: boolean; leftTabs?: number }): RawCell[] {
  if (options.pipes && /^\s*\|/.test(raw) && raw.indexOf('|', raw.indexOf('|') + 1) > 0) {
    return withMergedColumns(splitPipes(raw));
  }
  const pieces = splitOnGaps(raw);
  const leading = indentWidth(raw);
  // docx-to-text indents a right-column line with one TAB more than the left column starts with.
  let tabs = 0;
  while (raw.charCodeAt(tabs) === 9) tabs++;
  const rightByTabs = options.leftTabs !== undefined && tabs > options.leftTabs;
  const cells = pieces.map((piece, i) => ({
    start: piece.start,
    text: piece.text,
    column: i > 0 ? 1 : pieces.length === 1 && (leading >= 24 || rightByTabs) ? 1 : 0,
  }));
  return withMergedColumns(cells);
}

function splitPipes(raw: string): RawCell[] {
  const cells: RawCell[] = [];
  let start = 0;
  let column = 0;
  for (let i = 0; i <= raw.length; i++) {
    const boundary = i === raw.length || (raw[i] === '|' && raw[i - 1] !== '\\');
    if (!boundary) continue;
    const text = raw.slice(start, i);
    const trimmed = text.trim();
    if (trimmed.length > 0) {
      cells.push({ start: start + text.indexOf(trimmed), text: trimmed, column: Math.min(column, 1) });
    }
    if (i < raw.length && (start > 0 || raw.slice(0, i).trim().length > 0)) column++;
    start = i + 1;
  }
  return cells;
}

// The number may be OCR noise or a handwritten digit read as a letter (`Số; 2Œ      /QĐ-UBND`).
const NUMBER_GAP_BEFORE = vre(`^(?:${LEADING_SPECK})?${NUMBER_LABEL_PREFIX.source.slice(1)}(?:[0-9]*|[^\\s/]{1,6})$`, 'u');
// What follows the gap: the symbol's slash, or (after a bare label, `Số:<TAB>173/UBND`) the number;
// in a Party number, the dash of its symbol (`Số<TAB>-CV/HU`, the number left blank).
const NUMBER_GAP_AFTER = /^(?:\d{1,6}\s*)?(?:\/\s*\S|-\p{Lu}{1,6}\/)/u;

/** A list marker, a label or `V/v` that a TAB may follow at the start of a line. */
const MARKER_BEFORE_TAB = vre(/^(?:[-–+•·*~]|\d{1,3}[.)-]|[IVXLC]{1,6}[.)-]|[a-zđ]\)|Điều\s+\d{1,3}[.:]?|V\/v:?|Về việc:?)$/u);

const DATE_GAP_BEFORE = vre(/(?<![\p{L}\p{N}])(?:ngày|tháng)$/u);
const DATE_GAP_AFTER = vre(/^(?:tháng|năm)(?![\p{L}\p{N}])/u);

/**
 * TABs always separate cells; runs of spaces do when wide, or when the right part looks like a
 * column. Linear in the line's length: every stretch between two gaps is looked at once.
 */
function splitOnGaps(raw: string): Array<{ start: number; text: string }> {
  const pieces: Array<{ start: number; text: string }> = [];
  const gap = /\t+|( {3,})/g;
  let start = 0;
  // Whether raw[start, end of the previous gap) has text; the stretch since that gap is added below.
  let textSinceStart = false;
  let previousEnd = 0;
  let lastText = raw.length - 1;
  while (lastText >= 0 && /\s/.test(raw.charAt(lastText))) lastText--;
  const push = (from: number, to: number) => {
    const text = raw.slice(from, to);
    const trimmed = text.trim();
    if (trimmed.length > 0) pieces.push({ start: from + text.indexOf(trimmed), text: trimmed });
  };
  for (const m of raw.matchAll(gap)) {
    const end = m.index + m[0].length;
    if (!textSinceStart) textSinceStart = /\S/.test(raw.slice(previousEnd, m.index));
    previousEnd = end;
    if (!textSinceStart) continue;
    if (lastText < end) break; // nothing but space after this gap
    // A layout gap inside a number (`Số: 173    /KH-UBND`, `Số:<TAB>173/KH-UBND`): no column starts
    // with a slash or holds a bare label. (Only a short stretch can be a number label: the test
    // stays bounded.)
    if (m.index - start <= 40 && NUMBER_GAP_AFTER.test(raw.slice(end, end + 80)) && NUMBER_GAP_BEFORE.test(raw.slice(start, m.index).trim())) continue;
    // A blank day or month left for the registry (`Quảng Nam, ngày        tháng 7 năm 2025`).
    if (DATE_GAP_BEFORE.test(raw.slice(Math.max(start, m.index - 8), m.index)) && DATE_GAP_AFTER.test(raw.slice(end, end + 8))) continue;
    const isTab = m[0].includes('\t');
    // `-<TAB>Như trên;`, `1.<TAB>Biên chế …`, `V/v<TAB>…`: Word's bullets and numbering, and its tab
    // stop after a label, come out of a converter as a TAB after the marker, which starts no column;
    // a PDF's text keeps that stop as spaces (`II.        TỒN TẠI, HẠN CHẾ`).
    if (start === 0 && m.index <= 12 && MARKER_BEFORE_TAB.test(raw.slice(0, m.index).trim())) continue;
    const wide = m[0].length >= 8;
    if (!isTab && !wide && !RIGHT_CELL_START.test(raw.slice(end, end + 80)) && !signerBesideEntry(raw.slice(start, m.index), raw.slice(end))) continue;
    push(start, m.index);
    start = end;
    textSinceStart = false;
  }
  push(start, raw.length);
  return pieces;
}

// A Nơi nhận line: an entry after its dash, the label, or the archive entry.
const LIST_ENTRY_START = vre(`^(?:[-–+•*~]\\s|${keywordSource('distribution')}|Lưu\\b)`, 'u');
const TITLE_CASE_NAME = vre(/^\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}*){1,4}$/u);

/**
 * Both sides checked against what their column holds: a narrow gap splits a Nơi nhận entry from
 * the signer's column when the right side, to the end of the line, is a position in capitals
 * (`- Văn phòng Đoàn    PHÓ CHỦ TỊCH`) or a name (`- Lưu: VT.    Phan Văn Tường`).
 */
function signerBesideEntry(left: string, rest: string): boolean {
  if (!LIST_ENTRY_START.test(left.trim())) return false;
  // As markdown may write it: `**Bùi Văn Thạch**`, with pandoc's hard break `\` after it.
  const right = rest.trim().replace(/^[*_]+|[*_\\]+$/g, '');
  if (right.length === 0 || right.length > 40 || / {3}/.test(right)) return false;
  return SIGNER_POSITIONS.includes(right) || TITLE_CASE_NAME.test(right);
}

export function splitSubjectFromNumber(cells: RawCell[]): RawCell[] {
  // A loop, not flatMap: this runs on every cell of every line, and nearly none is split.
  let out: RawCell[] | null = null;
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i]!;
    const m = SUBJECT_IN_NUMBER_LINE.exec(cell.text);
    if (!m) {
      out?.push(cell);
      continue;
    }
    out ??= cells.slice(0, i);
    const at = m[0].length;
    out.push(
      { start: cell.start, text: cell.text.slice(0, at).trimEnd(), column: cell.column },
      { start: cell.start + at, text: cell.text.slice(at), column: cell.column },
    );
  }
  return out ?? cells;
}

/** OCR joins both header columns with one space: split before the right-hand anchors. */
function withMergedColumns(cells: RawCell[]): RawCell[] {
  const out: RawCell[] = [];
  for (const cell of splitSubjectFromNumber(cells)) {
    const at = rightAnchorIndex(cell.text);
    if (at > 0) {
      const left = cell.text.slice(0, at).trimEnd();
      const right = cell.text.slice(at);
      out.push({ start: cell.start, text: left, column: cell.column });
      out.push({ start: cell.start + at, text: right, column: 1 });
    } else {
      out.push(cell);
    }
  }
  return out;
}

// In a Nơi nhận line, what OCR appended from the signature column.
const FOOTER_RIGHT = vre(
  [
    `(?<=[;.,:])\\s+(?=(?:${AUTHORITY_PREFIX_ALTERNATION})[.\\s]\\s*${TITLE_AFTER_PREFIX})`,
    '(?<=[;.,:])\\s+(?=\\p{Lu}{2,}(?:\\s+\\p{Lu}+)+\\s*$)',
    // `(Đã ký)`, or as portals write it, `[daky]`
    '(?<=[;.,:])\\s+(?=[([]?\\s*[ĐđDd][ãa]\\s*[Kk][ýy]\\s*[)\\]]?\\s*$)',
    // the signer's name (`- Lưu: VT, PC (250). Đỗ Minh Khôi`): Title Case words only
    '(?<=[;.])\\s+(?=\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+){1,4}\\s*$)',
    // a signature stamp printed beside the list (`… (b/c);  Ký bởi: Ủy ban nhân dân`)
    `(?<=[;.,:])(?:\\s+|\\s*[|(]\\s*)(?=(?:${SIGNATURE_STAMP_LABELS.filter((l) => l.certain).map((l) => l.pattern).join('|')})\\s*:)`,
  ].join('|'),
  'u',
);

/** `Số: 1414/TCT-CS V/v hỗ trợ …` in one flattened cell (OCR may read a digit as `l` or `O`): the trích yếu starts at V/v. */
const SUBJECT_IN_NUMBER_LINE = vre(`^\\s*(?:${LEADING_SPECK})?${NUMBER_LABEL_PREFIX.source.slice(1)}(?:[\\d\\s]|${DIGIT_LOOKALIKE_CLASS})*\\/\\S.*?\\s(?=${keywordSource('letterSubject')})`, 'u');

const DISTRIBUTION_LABEL = keywordPattern('distribution');

const ANCHORS: readonly RegExp[] = [NATIONAL_TITLE, PARTY_TITLE, MOTTO, ORGANISATION_TITLE];
/** A body of an organisation named with the organisation's title after it. */
const ORGANISATION_BODY_HEAD = /(?:^|\s)(?:BCH|BTV|BAN CHẤP HÀNH|BAN THƯỜNG VỤ|TRUNG ƯƠNG|TW|ỦY BAN KIỂM TRA|HỘI ĐỒNG)$/u;
/** Words in capitals, then a place in title case and `, ngày`: what precedes the place is the agency's. */
const AGENCY_BEFORE_PLACE_DATE = vre(/^\p{Lu}+(?:\s+\p{Lu}+){1,9}\s+(?=\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}*){0,5}\s*,\s*[Nn]gày\s)/u);
const STICKY_ANCHORS: readonly RegExp[] = ANCHORS.map((anchor) => new RegExp(anchor.source, `${anchor.flags}y`));
const LOWER_LETTER = new RegExp(`[${LOWER}]`);
/** A line whose first lower-case letter is this near its start has its anchors tried position by position. */
const NEAR_START = 8;

/**
 * The first match of anchor `k` in the line, or null when it could not be a right-hand anchor: the
 * text before one is in capitals (see below), so a match after the line's first lower-case letter
 * is refused whatever it is. Most lines (sentences) have one at once: then only the few positions
 * up to it are tried, instead of searching the whole line.
 */
function firstAnchorMatch(k: number, text: string, firstLower: number): RegExpExecArray | null {
  if (firstLower < 0 || firstLower > NEAR_START) return ANCHORS[k]!.exec(text);
  const sticky = STICKY_ANCHORS[k]!;
  for (let at = 0; at <= firstLower; at++) {
    sticky.lastIndex = at;
    const m = sticky.exec(text);
    if (m) return m;
  }
  return null;
}

function rightAnchorIndex(text: string): number {
  // (OCR reads the dash of an entry as `~`, `*` or `•`.)
  if (/^[-–+•*~]\s/u.test(text) || DISTRIBUTION_LABEL.test(text)) {
    const m = FOOTER_RIGHT.exec(text);
    if (m) return m.index + m[0].length;
  }
  const firstLower = text.search(LOWER_LETTER);
  for (let k = 0; k < ANCHORS.length; k++) {
    // (An organisation's title has `VIỆT NAM` or `HỒ CHÍ MINH`: other lines skip its pattern.)
    if (ANCHORS[k] === ORGANISATION_TITLE && !text.includes('VIỆT NAM') && !text.includes('HỒ CHÍ MINH')) continue;
    const m = firstAnchorMatch(k, text, firstLower);
    if (m && m.index > 0 && /\S/.test(text.slice(0, m.index))) {
      // Only when the left part is itself header text (capitals), not a sentence quoting the motto.
      const left = text.slice(0, m.index).trim();
      // (`BCH ĐOÀN TNCS HỒ CHÍ MINH`, `TRUNG ƯƠNG HỘI NÔNG DÂN VIỆT NAM`: the organisation's own body.)
      if (ANCHORS[k] === ORGANISATION_TITLE && ORGANISATION_BODY_HEAD.test(left)) continue;
      if (left === left.toUpperCase() && left.length <= 60) return m.index;
    }
  }
  // `ĐẢNG ỦY XÃ HÒA AN Hòa An, ngày …`: the agency's last line and the place-date with no gap.
  if (text.includes('gày')) {
    const m = AGENCY_BEFORE_PLACE_DATE.exec(text);
    if (m) return m[0].length;
  }
  // A quốc hiệu garbled by OCR (`CỌNG HOÀ XÃ HỌI …`) after the agency on one line.
  if (text.length <= 150 && text.length >= 40 && isMostlyUpperCase(text)) {
    const found = fuzzyKeywordIn('nationalTitle', text);
    if (found && found.start > 0 && text.slice(0, found.start).trim().length > 0 && found.start <= 60) return found.start;
  }
  return -1;
}
