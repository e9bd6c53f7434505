/**
 * zones: classified lines → the parts of a document. The order of parts varies (Nơi nhận before or
 * beside the signature, headers in one or two columns, no header at all), so every boundary is found
 * from what the lines are, not from where they are.
 */
import { SIGNED_SUFFIX, SIGNER_POSITIONS } from '../domain/signature.js';
import { isUpperCaseText, startsLowerCase, vre } from '../domain/vietnamese.js';
import type { Line } from '../lines/line.js';
import { classifyLine, typeHeadingOf, type ClassifiedLine, type LineKind } from './classify.js';

export { classifyLine, isStampNoise, recipientsLabelLength, typeHeadingOf, type ClassifiedLine, type LineKind } from './classify.js';
export { matchLabel, KIND_RANK, VIETNAMESE_POINT_LETTERS, type Label } from './labels.js';

export interface Range {
  readonly start: number;
  readonly end: number;
}

export interface Zones {
  readonly lines: readonly ClassifiedLine[];
  /** Header lines: agency, quốc hiệu, number, date, type, subject, competence line. */
  readonly header: Range;
  /** Index of the first subject line and all subject lines (after V/v or the type heading). */
  readonly subject: readonly number[];
  /** The competence line above the căn cứ (`ỦY BAN NHÂN DÂN TỈNH …`). */
  readonly issuingAuthority: number | null;
  readonly recipients: Range | null;
  readonly copyRecipients: Range | null;
  readonly body: Range;
  /** Indices of the Nơi nhận lines (label first). */
  readonly distribution: readonly number[];
  /** Indices of the signature block lines. */
  readonly signer: readonly number[];
  readonly annex: Range | null;
}

const BODY_SIGNALS: ReadonlySet<LineKind> = new Set([
  'recipientsLabel',
  'copyRecipientsLabel',
  'basis',
  'numbered',
  'enacting',
  'distributionLabel',
  'authority',
  'bullet',
]);

const HEADER_ANCHORS: ReadonlySet<LineKind> = new Set([
  'nationalTitle',
  'motto',
  'partyTitle',
  'star',
  'number',
  'placeDate',
  'urgency',
  'secrecy',
  'letterSubject',
  'typeHeading',
]);

/** Split classified lines into zones. */
export function segment(lines: readonly Line[]): Zones {
  const classified = lines.map(classifyLine);
  const header = findHeader(classified);
  let cursor = header.end;
  const recipients = readRecipientBlock(classified, cursor, 'recipientsLabel');
  if (recipients) cursor = recipients.end;
  const copyRecipients = readRecipientBlock(classified, cursor, 'copyRecipientsLabel');
  if (copyRecipients) cursor = copyRecipients.end;
  const bodyStart = cursor;
  const bodyEnd = findBodyEnd(classified, bodyStart);
  const footer = splitFooter(classified, bodyEnd);
  return {
    lines: classified,
    header: { start: 0, end: header.end },
    subject: header.subject,
    issuingAuthority: header.issuingAuthority,
    recipients,
    copyRecipients,
    body: { start: bodyStart, end: bodyEnd },
    distribution: footer.distribution,
    signer: footer.signer,
    annex: footer.annexStart === null ? null : { start: footer.annexStart, end: classified.length },
  };
}

interface HeaderScan {
  end: number;
  subject: number[];
  issuingAuthority: number | null;
}

/**
 * Several subject groups happen when a converter adds a title line (`# V/v …`) above the document:
 * the document's own trích yếu is the one after its number.
 */
function chooseSubject(groups: number[][], numberIndex: number): number[] {
  if (groups.length === 0) return [];
  return groups.find((g) => numberIndex >= 0 && g[0] > numberIndex) ?? groups[0];
}

/** The header runs until the first line that can only belong to the body. */
function findHeader(lines: readonly ClassifiedLine[]): HeaderScan {
  const groups: number[][] = [];
  let issuingAuthority: number | null = null;
  let seenAnchor = false;
  let numberIndex = -1;
  let i = 0;
  const take = (includeStart: boolean) => {
    const taken = readSubject(lines, i, includeStart);
    groups.push(taken.subject);
    if (taken.issuingAuthority !== null) issuingAuthority = taken.issuingAuthority;
    i = taken.next;
  };
  // The document's own trích yếu has been read (not only a converter's title line above it).
  const ownSubjectRead = () => groups.some((g) => numberIndex < 0 || g[0] > numberIndex);
  while (i < lines.length) {
    const { kind, line } = lines[i];
    if (isTitleLine(lines, i)) {
      take(true);
      continue;
    }
    if (BODY_SIGNALS.has(kind) && !(kind === 'bullet' && line.cell)) break;
    // A `Về …` line right under the number is a letter's trích yếu written without V/v.
    if (kind === 'text' && !ownSubjectRead() && previousKind(lines, i) === 'number' && isLetterSubjectWithoutMark(lines, i)) {
      take(true);
      continue;
    }
    if (kind === 'text' && !line.cell && line.text.length > 90 && !(line.column === 1)) break;
    // After the trích yếu, a sentence in mixed case is the body's first line.
    if (kind === 'text' && !line.cell && ownSubjectRead() && groups.length > 0 && line.column === 0) break;
    if (kind === 'text' && !line.cell && seenAnchor && /[.;:]$/.test(line.text) && line.text.length > 60) break;
    if (HEADER_ANCHORS.has(kind)) seenAnchor = true;
    if (kind === 'number' && numberIndex < 0) numberIndex = i;
    if (kind === 'caps' && isCompetenceLine(lines, i)) issuingAuthority = i;
    if (kind === 'letterSubject' || kind === 'typeHeading') {
      take(false);
      continue;
    }
    // Before any header anchor, a long sentence means the document has no header.
    if (!seenAnchor && kind === 'text' && !line.cell && line.text.length > 60) break;
    i++;
  }
  return { end: i, subject: chooseSubject(groups, numberIndex), issuingAuthority };
}

/** A markdown title line a converter put above the document: `# Về việc …`. */
function isTitleLine(lines: readonly ClassifiedLine[], i: number): boolean {
  const { line, kind } = lines[i];
  return i === 0 && line.heading && kind === 'text' && /^(?:Về|VỀ)\s/u.test(line.text);
}

/**
 * Under the number of a letter, a trích yếu may be written without `V/v`: `Về …` in state letters,
 * or plain text in Party công văn (HD 36 specimen). Not when the document has a type heading.
 */
function isLetterSubjectWithoutMark(lines: readonly ClassifiedLine[], i: number): boolean {
  const text = lines[i].line.text;
  if (/^(?:Về|VỀ)\s/u.test(text)) return true;
  if (lines.some((l) => l.kind === 'typeHeading' || l.kind === 'letterSubject')) return false;
  return CAPITALISED.test(text) && !/[.;:]$/.test(text) && text.length <= 200;
}

function previousKind(lines: readonly ClassifiedLine[], i: number): LineKind | null {
  for (let j = i - 1; j >= 0; j--) {
    if (lines[j].line.column !== lines[i].line.column && !lines[i].line.cell) continue;
    return lines[j].kind;
  }
  return null;
}

/**
 * Subject lines after `V/v` or a type heading: the wrapped lines that follow, up to the next header
 * anchor, a gap before a capitalised line, a change from capitals to mixed case, or the competence
 * line that stands above the căn cứ of a Quyết định.
 */
function readSubject(
  lines: readonly ClassifiedLine[],
  start: number,
  includeStart = false,
): { subject: number[]; issuingAuthority: number | null; next: number } {
  const first = lines[start];
  const subject: number[] = [];
  const headingOnly = first.kind === 'typeHeading' && /^\S+(?:\s\S+)?$/u.test(first.line.text) && !includeStart;
  if (first.kind === 'letterSubject' || includeStart || !headingOnly) subject.push(start);
  let i = start + 1;
  let capsSubject: boolean | null = subject.length > 0 ? subjectCase(first) : null;
  let issuingAuthority: number | null = null;
  while (i < lines.length) {
    const { kind, line } = lines[i];
    if (first.line.cell && (!line.cell || line.cell.table !== first.line.cell.table)) break;
    if (first.line.cell && line.cell && line.cell.column !== first.line.cell.column) {
      i++;
      continue;
    }
    if (!first.line.cell && line.column !== first.line.column && line.split) {
      i++;
      continue;
    }
    const capsHeadingContinues = kind === 'typeHeading' && capsSubject === true;
    if (kind !== 'caps' && kind !== 'text' && !capsHeadingContinues) break;
    if ((!headingOnly || subject.length > 0) && SENTENCE_START.test(line.text)) break;
    const caps = isUpperCaseText(line.text);
    if (caps && isCompetenceLine(lines, i)) {
      issuingAuthority = i;
      i++;
      break;
    }
    const previousText = subject.length > 0 ? lines[subject[subject.length - 1]].line.text : '';
    const continuation =
      startsLowerCase(line.text) ||
      /^[\d(–-]/.test(line.text) ||
      // A mixed-case subject cut mid-phrase goes on after a blank line (docx text dumps).
      (capsSubject === false && !caps && kind === 'text' && previousText.length > 0 && !/[.;:,]$/.test(previousText) && !/[.;:]$/.test(line.text) && line.text.length < 150);
    if (line.gapBefore && !continuation && subject.length > 0) break;
    if (capsSubject === true && !caps && !continuation) break;
    if (subject.length > 0 && line.text.length > 40 && /[.;]$/.test(lines[subject[subject.length - 1]].line.text)) break;
    if (capsSubject === null) capsSubject = caps;
    subject.push(i);
    i++;
  }
  return { subject, issuingAuthority, next: i };
}

/** Words that open the first sentence of a body, never a wrapped subject line. */
const SENTENCE_START = vre(/^(?:Thực hiện|Căn cứ|Theo|Xét|Trả lời|Tại|Ngày|Để|Nhằm|Hiện nay|Vừa qua|Trên cơ sở|Qua|Sau khi)(?![\p{L}\p{N}])/u);

/** Whether the subject text on the first line is in capitals (null when it has none). */
function subjectCase(first: ClassifiedLine): boolean | null {
  const rest =
    first.kind === 'typeHeading'
      ? (typeHeadingOf(first.line.text)?.rest ?? '')
      : first.line.text.replace(/^(?:V\/v|V\/V|v\/v|Viv|V\.v|Vv)\s*:?\s*/u, '');
  return HAS_LETTER.test(rest) ? isUpperCaseText(rest) : null;
}

/** A line in capitals directly followed by `Căn cứ …` names the competent authority. */
function isCompetenceLine(lines: readonly ClassifiedLine[], i: number): boolean {
  const next = lines[i + 1];
  if (next === undefined || next.kind !== 'basis') return false;
  // It stands apart from a wrapped subject above it: a gap, its own bold, or an authority's name.
  const { line } = lines[i];
  const previous = lines[i - 1]?.line;
  return line.gapBefore || previous === undefined || line.bold !== previous.bold || COMPETENT_BODY.test(line.text);
}

/** Words a competence line begins with (`ỦY BAN NHÂN DÂN TỈNH …`, `CHỦ TỊCH …`, `BAN THƯỜNG VỤ …`). */
const COMPETENT_BODY = /^(?:ỦY BAN|UỶ BAN|HỘI ĐỒNG|CHỦ TỊCH|BỘ TRƯỞNG|THỦ TƯỚNG|CHÍNH PHỦ|GIÁM ĐỐC|TỔNG GIÁM ĐỐC|BAN |BỘ |TỔNG CỤC|CỤC TRƯỞNG|CHÁNH|HIỆU TRƯỞNG|VIỆN TRƯỞNG|THƯỜNG TRỰC|ĐẢNG ỦY|ĐẢNG UỶ)/u;

/** `Kính gửi:` with an inline recipient or a dash list below it. */
function readRecipientBlock(lines: readonly ClassifiedLine[], start: number, label: LineKind): Range | null {
  // Allow header leftovers (a recipient's address, a stray number) between header and Kính gửi.
  let at = start;
  while (at < lines.length && at < start + 2 && lines[at].kind !== label) {
    if (BODY_SIGNALS.has(lines[at].kind)) break;
    at++;
  }
  if (at >= lines.length || lines[at].kind !== label) return null;
  const labelLine = lines[at];
  let i = at + 1;
  const inlineRest = labelLine.line.text.replace(/^[^:]*:?/, '').trim();
  let lastText = inlineRest;
  while (i < lines.length) {
    const { kind, line } = lines[i];
    if (labelLine.line.cell && line.cell && line.cell.table === labelLine.line.cell.table && line.cell.row === labelLine.line.cell.row) {
      lastText = line.text;
      i++;
      continue;
    }
    if (kind === 'bullet' && !/^\+/.test(line.text)) {
      lastText = line.text;
      i++;
      continue;
    }
    const open = lastText.length > 0 && !/[.;:]$/.test(lastText);
    const wrapped = startsLowerCase(line.text) || lastText.endsWith(',') || (line.text.length <= 60 && /[.;,]$/.test(line.text));
    if (kind === 'text' && !line.gapBefore && open && wrapped) {
      lastText = line.text;
      i++;
      continue;
    }
    break;
  }
  return { start: at, end: i };
}

/** The body ends at Nơi nhận or the first authority line; failing those, after the `./.` line. */
function findBodyEnd(lines: readonly ClassifiedLine[], start: number): number {
  for (let i = start; i < lines.length; i++) {
    const { kind } = lines[i];
    if (kind === 'distributionLabel') return i;
    if (kind === 'authority' && !lines[i].line.text.includes(' của ')) return i;
  }
  let lastEnd = -1;
  for (let i = start; i < lines.length; i++) if (lines[i].endsBody) lastEnd = i;
  if (lastEnd >= 0) return lastEnd + 1;
  // A signer who signs in person: a position in capitals followed by a name.
  for (let i = lines.length - 1; i > start; i--) {
    if (isPersonName(lines[i].line.text) && i > 0 && isPositionTitle(lines[i - 1].line.text)) return i - 1;
  }
  return lines.length;
}

interface FooterSplit {
  distribution: number[];
  signer: number[];
  annexStart: number | null;
}

/** Footer lines → Nơi nhận entries and the signature block; what follows the signature is annex. */
function splitFooter(lines: readonly ClassifiedLine[], start: number): FooterSplit {
  const distribution: number[] = [];
  const signer: number[] = [];
  let mode: 'none' | 'distribution' | 'signer' = 'none';
  let nameFound = false;
  let distributionDone = false;
  const columns = hasFooterColumns(lines, start);
  for (let i = start; i < lines.length; i++) {
    const { kind, line } = lines[i];
    const inRightColumn = columns && line.column === 1;
    if (kind === 'annexHeading' || /^\[\d+\]/.test(line.text)) {
      if (nameFound || mode !== 'none') return { distribution, signer, annexStart: i };
    }
    if (inRightColumn || kind === 'authority') {
      if (nameFound && kind === 'authority') return { distribution, signer, annexStart: i };
      if (nameFound && inRightColumn) continue;
      signer.push(i);
      if (holdsPersonName(line.text)) nameFound = true;
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
      if (kind === 'signatureMark' || (isUpperCaseText(line.text) && isPositionTitle(line.text))) {
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
      if (nameFound && kind !== 'bullet' && line.gapBefore) return { distribution, signer, annexStart: i };
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

function hasFooterColumns(lines: readonly ClassifiedLine[], start: number): boolean {
  let left = false;
  let right = false;
  for (let i = start; i < Math.min(lines.length, start + 40); i++) {
    const { line } = lines[i];
    if (line.column === 1) right = true;
    else if (line.split || line.cell) left = true;
  }
  return left && right;
}

export function stripSignedMark(text: string): string {
  return text.replace(SIGNED_SUFFIX, '').trim();
}

const CAPITALISED = vre(/^\p{Lu}\p{Ll}/u);
const HAS_LETTER = vre(/\p{L}/u);
const HAS_LOWER = vre(/\p{Ll}/u);
const NAME_WORD = vre(/^\p{Lu}\p{Ll}*$/u);

/** A line that is a name, or ends with one after the titles (`CHỦ TỊCH Lê Quang Thiện`). */
function holdsPersonName(text: string): boolean {
  const clean = stripSignedMark(text);
  if (isPersonName(clean)) return true;
  const m = TRAILING_PERSON_NAME.exec(clean);
  return m !== null && isUpperCaseText(clean.slice(0, m.index)) && isPersonName(m[0]);
}

const TRAILING_PERSON_NAME = vre(/(?<!\p{L})\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,5}$/u);

/** `Nguyễn Văn A`, `Lê Hải Yến`: two to six capitalised words, nothing else. */
export function isPersonName(text: string): boolean {
  const words = text.trim().split(/\s+/);
  if (words.length < 2 || words.length > 6) return false;
  if (!words.every((w) => NAME_WORD.test(w.normalize('NFC')))) return false;
  // At least one word must have lower-case letters (an all-caps line is a title).
  return words.some((w) => HAS_LOWER.test(w));
}

/** A known signer position (`PHÓ GIÁM ĐỐC`), possibly followed by more words. */
export function isPositionTitle(text: string): boolean {
  const upper = text.toLocaleUpperCase('vi').trim();
  if (!isUpperCaseText(text)) return false;
  return SIGNER_POSITIONS.some((p) => upper === p || upper.startsWith(`${p} `) || upper.endsWith(` ${p}`));
}
