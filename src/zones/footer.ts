/** Where the body ends, and the footer split into Nơi nhận, the signature block and annexes. */
import { ARCHIVE_WORD } from '../domain/keywords.js';
import { isUpperCaseText } from '../domain/vietnamese.js';
import type { ClassifiedLine } from './classify.js';
import { holdsPersonName, isPersonName, isPositionTitle, stripSignedMark } from './names.js';
import { isPageFurniture } from './page-furniture.js';
import { lineAt } from './types.js';

/** The body ends at Nơi nhận or the first authority line; failing those, after the `./.` line. */
export function findBodyEnd(lines: readonly ClassifiedLine[], start: number): number {
  for (let i = start; i < lines.length; i++) {
    const { kind } = lineAt(lines, i);
    if (kind === 'distributionLabel') return i;
    if (kind === 'authority' && !lineAt(lines, i).line.text.includes(' của ')) {
      const later = laterFooter(lines, i);
      if (later === null) return listAbove(lines, start, rowStart(lines, start, i));
      i = later - 1;
    }
  }
  let lastEnd = -1;
  for (let i = start; i < lines.length; i++) if (lineAt(lines, i).endsBody) lastEnd = i;
  if (lastEnd >= 0) return lastEnd + 1;
  // A signer who signs in person: a position in capitals followed by a name.
  for (let i = lines.length - 1; i > start; i--) {
    if (isPersonName(lineAt(lines, i).line.text) && i > 0 && isPositionTitle(lineAt(lines, i - 1).line.text)) return i - 1;
  }
  return lines.length;
}

/**
 * `ĐẠI DIỆN CƠ SỞ ĐƯỢC KIỂM TRA      TM. ĐOÀN KIỂM TRA`: a title in capitals split off the left of
 * the authority line's row is a second signature block's, and the footer starts with it.
 */
function rowStart(lines: readonly ClassifiedLine[], start: number, at: number): number {
  const row = lineAt(lines, at).line;
  let first = at;
  while (first > start) {
    const left = lineAt(lines, first - 1).line;
    if (!left.split || left.sourceLine !== row.sourceLine || !isUpperCaseText(left.text)) break;
    first--;
  }
  return first;
}

/**
 * A Nơi nhận list whose label was lost, standing right above the signature: from its opening entry
 * (`- Như trên;`) down to the authority line at `at`, only dash entries and their wrapped lines.
 */
function listAbove(lines: readonly ClassifiedLine[], start: number, at: number): number {
  let opener = at;
  for (let i = at - 1; i >= Math.max(start, at - 20); i--) {
    const { kind, line } = lineAt(lines, i);
    if (kind === 'bullet' && DISTRIBUTION_OPENER.test(line.text)) opener = i;
    else if (kind !== 'bullet' && kind !== 'text') break;
    if (lineAt(lines, i).endsBody) break;
  }
  return opener;
}

/**
 * A guide that shows signature blocks as examples (`Ví dụ: T/M BAN THƯỜNG VỤ` / `(chữ ký)` / `Họ và
 * tên`) goes on with numbered units after each; its own footer is a later Nơi nhận. The authority
 * line at `at` is such an example when no name follows it and numbering resumes before a Nơi
 * nhận; returns that Nơi nhận, or null when the authority line starts the real footer.
 */
function laterFooter(lines: readonly ClassifiedLine[], at: number): number | null {
  for (let i = at + 1; i < Math.min(lines.length, at + 7); i++) {
    const { kind, line } = lineAt(lines, i);
    if (kind === 'distributionLabel' || holdsPersonName(line.text)) return null;
  }
  let numbered = 0;
  for (let i = at + 1; i < lines.length; i++) {
    const { kind } = lineAt(lines, i);
    if (kind === 'annexHeading') return null;
    if (kind === 'numbered') numbered++;
    if (kind === 'distributionLabel') return numbered >= 2 ? i : null;
  }
  return null;
}

interface FooterSplit {
  distribution: number[];
  signer: number[];
  annexStart: number | null;
}

/** Footer lines → Nơi nhận entries and the signature block; what follows the signature is annex. */
export function splitFooter(lines: readonly ClassifiedLine[], start: number): FooterSplit {
  const distribution: number[] = [];
  const signer: number[] = [];
  let mode: 'none' | 'distribution' | 'signer' = 'none';
  let nameFound = false;
  // Two signers side by side (a joint document): the right column's name is its own.
  let rightNameFound = false;
  let distributionDone = false;
  const columns = hasFooterColumns(lines, start);
  for (let i = start; i < lines.length; i++) {
    const { kind, line } = lineAt(lines, i);
    // A signature stamp printed beside the signer is neither a recipient nor the signer.
    if (kind === 'stamp') continue;
    // Nor is a page number printed between the pages of the footer (`- Lưu VPHH.` / `7`); after
    // the signer's name, the page break starts what follows the document.
    if (isPageFurniture(lineAt(lines, i))) {
      if (nameFound) return { distribution, signer, annexStart: i };
      continue;
    }
    const inRightColumn = columns && line.column === 1;
    // The label lost (OCR, a cut line): a dash list that opens with `Như trên` or `Lưu` beside or
    // under the signature is the Nơi nhận list all the same.
    if (distribution.length === 0 && !nameFound && kind === 'bullet' && !inRightColumn && DISTRIBUTION_OPENER.test(line.text)) {
      distribution.push(i);
      if (mode === 'none') mode = 'distribution';
      continue;
    }
    // Nơi nhận and the signature side by side, read row by row into one column (`- Như trên;` /
    // `PHÓ GIÁM ĐỐC` / `- UBND các huyện,` / `(Đã ký)` / `thành phố;`): until the name, each line
    // goes where its kind says, and a line that carries on an open entry stays with the entries.
    if (mode === 'signer' && !columns && !nameFound && distribution.length > 0) {
      if (kind === 'bullet' || (kind === 'text' && continuesEntry(lines, distribution, line.text))) {
        distribution.push(i);
        continue;
      }
    }
    if (kind === 'annexHeading' || /^\[\d+\]/.test(line.text)) {
      if (nameFound || mode !== 'none') return { distribution, signer, annexStart: i };
    }
    if (inRightColumn || kind === 'authority') {
      if (nameFound && kind === 'authority') return { distribution, signer, annexStart: i };
      if (rightNameFound && inRightColumn) continue;
      signer.push(i);
      if (holdsPersonName(line.text)) {
        nameFound = true;
        if (inRightColumn) rightNameFound = true;
      }
      if (!columns) mode = 'signer';
      continue;
    }
    if (kind === 'distributionLabel') {
      if (distributionDone) return { distribution, signer, annexStart: i };
      mode = 'distribution';
      distribution.push(i);
      continue;
    }
    if (mode === 'distribution') {
      if (kind === 'signatureMark' || (isUpperCaseText(line.text) && (isPositionTitle(line.text) || precedesSignature(lines, i)))) {
        mode = 'signer';
        distributionDone = true;
        signer.push(i);
        continue;
      }
      if (!nameFound && isPersonName(stripSignedMark(line.text))) {
        signer.push(i);
        nameFound = true;
        continue;
      }
      if (nameFound && kind !== 'bullet' && (line.gapBefore || followsClosedArchive(lines, distribution, line.text))) return { distribution, signer, annexStart: i };
      if (leavesListTable(lines, distribution, line)) return { distribution, signer, annexStart: i };
      // No signer read (its block was an image or a text frame the converter lost): past a blank
      // line, a heading or a paragraph after the closed `Lưu` entry is what follows the document.
      if (!nameFound && kind !== 'bullet' && line.gapBefore && followsClosedArchive(lines, distribution, line.text)) return { distribution, signer, annexStart: i };
      distribution.push(i);
      continue;
    }
    if (mode === 'signer' || (mode === 'none' && !nameFound)) {
      if (nameFound) {
        if (distribution.length === 0 && kind === 'bullet') {
          mode = 'distribution';
          distribution.push(i);
          continue;
        }
        return { distribution, signer, annexStart: i };
      }
      if (distribution.length > 0) distributionDone = true;
      signer.push(i);
      if (holdsPersonName(line.text)) nameFound = true;
      mode = 'signer';
      continue;
    }
    return { distribution, signer, annexStart: i };
  }
  return { distribution, signer, annexStart: null };
}

/** Entries only a Nơi nhận list opens with: `- Như trên;`, `- Như Điều 3;`, `- Như kính gửi;`, `- Lưu: VT.` */
export const DISTRIBUTION_OPENER = /^[-–+•*~]\s*(?:Như\s+(?:trên|[Đđ]iều\s+\d+|kính\s+gửi|thành\s+phần(?:\s+mời)?)\s*(?:\([^)]*\))?\s*[;,.]?$|Lưu(?:\s*:|\s+(?:VT|VP|Văn\s+thư)))/u;

/** A line that carries on the last Nơi nhận entry: in lower case, or after a `,` or no mark at all. */
function continuesEntry(lines: readonly ClassifiedLine[], distribution: readonly number[], text: string): boolean {
  const last = distribution[distribution.length - 1];
  if (last === undefined) return false;
  const previous = lineAt(lines, last);
  if (previous.kind === 'distributionLabel') return false;
  if (holdsPersonName(text) || isUpperCaseText(text)) return false;
  return /^\p{Ll}/u.test(text) || !/[;.]$/.test(previous.line.text);
}

/**
 * `Lưu` is the last entry of Nơi nhận: once it has closed (`- Lưu: VT, KSTTHC (03).`) and the
 * signer is read, a heading or a paragraph is what follows the document (an annex on the next page,
 * its page break lost), while a short line (the drafter's initials) may still carry on the entry.
 */
function followsClosedArchive(lines: readonly ClassifiedLine[], distribution: readonly number[], text: string): boolean {
  const last = distribution[distribution.length - 1];
  if (last === undefined) return false;
  const previous = lineAt(lines, last).line.text;
  // Closed: a full stop or bracket at the end, or before the drafter's initials (`Lưu: VT, TH(2). H`).
  // The entry's dash as OCR may write it (`~ Lu'u:`), then its `Lưu`.
  if (!ARCHIVE_WORD.test(previous.replace(/^[-–+•*~]\s*/u, '')) || !/[.)]$|\.\s*\S{1,6}$/u.test(previous)) return false;
  // (A portal's lines after the list, `Ý kiến góp ý (3)`, `Tải về: 41-KH-DU.pdf`, are short sentences too.)
  return text.length > 30 || text.trim().split(/\s+/).length >= 3;
}

/**
 * A Nơi nhận list written in a table cell (a Word footer table, HTML, a grid) ends with its table:
 * a line outside it is what follows the document, even when the signature was lost (an image).
 */
function leavesListTable(lines: readonly ClassifiedLine[], distribution: readonly number[], line: ClassifiedLine['line']): boolean {
  const first = distribution[0];
  if (first === undefined) return false;
  const table = lineAt(lines, first).line.cell?.table;
  return table !== undefined && line.cell?.table !== table;
}

/** A line in capitals right above `(Đã ký)` or a person's name is the signer's position. */
function precedesSignature(lines: readonly ClassifiedLine[], i: number): boolean {
  if (/^[-–+•]/.test(lineAt(lines, i).line.text)) return false;
  const next = lines[i + 1];
  return next !== undefined && (next.kind === 'signatureMark' || isPersonName(stripSignedMark(next.line.text)));
}

function hasFooterColumns(lines: readonly ClassifiedLine[], start: number): boolean {
  let left = false;
  let right = false;
  for (let i = start; i < Math.min(lines.length, start + 40); i++) {
    const { line } = lineAt(lines, i);
    if (line.column === 1) right = true;
    else if (line.split || line.cell) left = true;
  }
  return left && right;
}


