/**
 * The header: it runs until the first line that can only belong to the body; the trích yếu is read
 * after `V/v` or the type heading, and the competence line of a Quyết định is told apart from it.
 */
import { DATE_CUT, DATE_PARTS_LINE } from '../domain/date-grammar.js';
import { LETTER_SUBJECT_PREFIX, NUMBER_LABEL_PREFIX, SUBJECT_PREFIX } from '../domain/keywords.js';
import { NUMBER_LINE_SHAPES } from '../domain/number-grammar.js';
import { BODY_SENTENCE_START } from '../domain/patterns.js';
import { isUpperCaseText, startsLowerCase, vre } from '../domain/vietnamese.js';
import { typeHeadingOf, type ClassifiedLine, type LineKind } from './classify.js';
import { CAPITALISED, HAS_LETTER } from './names.js';
import { BODY_SIGNALS, HEADER_ANCHORS, lineAt } from './types.js';

export interface HeaderScan {
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
  return groups.find((g) => numberIndex >= 0 && (g[0] ?? -1) > numberIndex) ?? groups[0] ?? [];
}

/** What each header anchor adds to a candidate block's score. */
const ANCHOR_SCORE: Partial<Record<LineKind, number>> = { nationalTitle: 2, partyTitle: 2, organisationTitle: 2, number: 2, placeDate: 1, motto: 1 };
/** A block scoring this much (quốc hiệu + số + date close together) is a header. */
const HEADER_SCORE = 4;
/** Lines a header block spans, agency to date. */
const HEADER_WINDOW = 14;
/** How far down a header may start behind text that is not the document (a watermark, a notice). */
const HEADER_REACH = 40;

/**
 * Where the header starts: at the top, unless sentences that are not the document (a download
 * notice, a watermark) stand above a block of header anchors — quốc hiệu, số and date close
 * together. The anchors are scored in a sliding window; the header starts after the last long
 * sentence above the first block that scores enough.
 */
export function findHeaderStart(lines: readonly ClassifiedLine[]): number {
  const limit = Math.min(lines.length, HEADER_REACH);
  for (let i = 0; i < limit; i++) {
    if (ANCHOR_SCORE[lines[i]!.kind] === undefined) continue;
    let score = 0;
    const seen = new Set<LineKind>();
    for (let j = i; j < Math.min(lines.length, i + HEADER_WINDOW); j++) {
      const kind = lines[j]!.kind;
      if (!seen.has(kind)) score += ANCHOR_SCORE[kind] ?? 0;
      seen.add(kind);
    }
    if (score < HEADER_SCORE) continue;
    let start = 0;
    const headerTables = headerTablesOf(lines);
    for (let j = 0; j < i; j++) if (isPreambleSentence(lines[j]!) || isForeignToHeader(lines[j]!, headerTables)) start = j + 1;
    return start;
  }
  return 0;
}

/**
 * A line above the header block that only a publisher's page has (a web portal's, a document
 * database's): its breadcrumbs (`Trang chủ > Văn bản`), metadata fields (`- Số ký hiệu: 27-CT/TU`,
 * `Loại văn bản: Quyết định`, a table of them), a list. The header starts after the last of them.
 */
function isForeignToHeader({ kind, line, furniture }: ClassifiedLine, headerTables: ReadonlySet<number>): boolean {
  if (kind === 'bullet' || kind === 'numbered' || furniture) return true;
  if (line.cell) return !headerTables.has(line.cell.table);
  return kind === 'text' && (METADATA_FIELD.test(line.text) || BREADCRUMB.test(line.text) || PAGE_CHROME.test(line.text));
}

/** A portal's own lines about the post: when it was posted, views, text size, print, share. */
const PAGE_CHROME = /^(?:Đăng lúc|Ngày đăng|Đăng ngày|Cập nhật|Lượt xem|Cỡ chữ|In bài|In trang|Chia sẻ|Tải về|Tải văn bản|Xem thêm)\b/iu;

/** `Số hiệu: 125/QĐ-UBND`, `Ngày ban hành: 12/02/2025`: a field label of a few words and its colon. */
const METADATA_FIELD = /^[\p{Lu}][\p{Ll}\s]{1,24}:\s*\S/u;
/** `Trang chủ / Văn bản / …`, `Trang chủ > Văn bản`, `Văn bản » Chỉ thị`. */
const BREADCRUMB = /^Trang chủ\b|\S\s(?:>|»|›)\s\S/u;

/** The tables that hold a header anchor (a number, quốc hiệu, tiêu ngữ, Party title or date). */
function headerTablesOf(lines: readonly ClassifiedLine[]): Set<number> {
  const tables = new Set<number>();
  for (const { kind, line } of lines) if (line.cell && TABLE_ANCHORS.has(kind)) tables.add(line.cell.table);
  return tables;
}

/**
 * A sentence above the header: long mixed-case text outside any table, not a header line; or a web
 * address, which a publisher prints under its banner (`THƯ VIỆN PHÁP LUẬT` / `www.thuvienphapluat.vn`).
 */
function isPreambleSentence({ kind, line }: ClassifiedLine): boolean {
  if (WEB_ADDRESS_LINE.test(line.text)) return true;
  return kind === 'text' && !line.cell && line.text.length > 60 && !isUpperCaseText(line.text);
}

const WEB_ADDRESS_LINE = /^(?:https?:\/\/|www\.)[^\s]+$|^[\w-]+(?:\.[\w-]+)*\.(?:vn|com|net|org)(?:\/\S*)?$/iu;

/** The header runs until the first line that can only belong to the body. */
export function findHeader(lines: readonly ClassifiedLine[], start = 0): HeaderScan {
  const groups: number[][] = [];
  let issuingAuthority: number | null = null;
  let seenAnchor = false;
  let numberIndex = -1;
  let i = start;
  const take = (includeStart: boolean) => {
    const taken = readSubject(lines, i, includeStart);
    groups.push(taken.subject);
    if (taken.issuingAuthority !== null) issuingAuthority = taken.issuingAuthority;
    i = taken.next;
    bodyStarted = taken.bodyStarts === true;
  };
  let bodyStarted = false;
  // The document's own trích yếu has been read (not only a converter's title line above it).
  const ownSubjectRead = () => groups.some((g) => numberIndex < 0 || (g[0] ?? -1) > numberIndex);
  // Tables that hold the header's fixed parts; a sentence in any other table is body text.
  const headerTables = headerTablesOf(lines);
  while (i < lines.length && !bodyStarted) {
    const { kind, line } = lineAt(lines, i);
    if (isTitleLine(lines, i)) {
      take(true);
      continue;
    }
    if (BODY_SIGNALS.has(kind) && !(kind === 'bullet' && line.cell)) break;
    // `12 tháng` / `3 năm 2024` under `Tiên Yên, ngày`: the date goes on, whatever came before.
    if (kind === 'text' && DATE_PARTS_LINE.test(line.text) && followsWrappedDate(lines, i + 1)) {
      i++;
      continue;
    }
    // A `Về …` line right under the number is a letter's trích yếu written without V/v.
    if (kind === 'text' && !ownSubjectRead() && opensUnmarkedSubject(lines, i, numberIndex)) {
      take(true);
      continue;
    }
    if (kind === 'text' && !line.cell && line.text.length > 90 && !(line.column === 1)) break;
    if (kind === 'text' && line.cell && !headerTables.has(line.cell.table) && groups.length > 0 && /[.:;]$/.test(line.text)) break;
    // A field note under the trích yếu (`(LĨNH VỰC: ĐẤT ĐAI)` in capitals too) opens the body, as a sentence does.
    if (!line.cell && ownSubjectRead() && groups.length > 0 && FIELD_NOTE.test(line.text)) break;
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

const TABLE_ANCHORS: ReadonlySet<LineKind> = new Set(['number', 'nationalTitle', 'motto', 'partyTitle', 'organisationTitle', 'placeDate']);

/** A markdown title line a converter put above the document: `# Về việc …`. */
function isTitleLine(lines: readonly ClassifiedLine[], i: number): boolean {
  const { line, kind } = lineAt(lines, i);
  return i === 0 && line.heading && kind === 'text' && /^(?:Về|VỀ)\s/u.test(line.text);
}

/** A trích yếu written without `V/v`: `Về …`, and a Party letter's `về …` in lower case. */
const ABOUT_LINE = /^(?:Về|VỀ|về)\s/u;

/**
 * Under the number of a letter, a trích yếu may be written without `V/v`: `Về …` in state letters,
 * or plain text in Party công văn (HD 36 specimen). Not when the document has a type heading.
 */
function isLetterSubjectWithoutMark(lines: readonly ClassifiedLine[], i: number, numberIndex: number): boolean {
  const text = lineAt(lines, i).line.text;
  if (ABOUT_LINE.test(text)) return true;
  if (marksSubject(lines)) return false;
  // Under a Party number (`Số 12-CV/TU`) the trích yếu may also start in lower case.
  const party = numberIndex >= 0 && PARTY_NUMBER.test(lineAt(lines, numberIndex).line.text);
  return (CAPITALISED.test(text) || (party && !BODY_SENTENCE_START.test(text))) && !/[.;:]$/.test(text) && text.length <= 200;
}

/** A Party số/ký hiệu line (`Số 12-CV/TU`), by the number grammar's Party shape. */
const PARTY_NUMBER = vre(`${NUMBER_LABEL_PREFIX.source}${NUMBER_LINE_SHAPES.party}`, 'u');

/**
 * Right under the number; or, in a one-column text where the place and date came between, a line
 * that says `Về việc` outright.
 */
function opensUnmarkedSubject(lines: readonly ClassifiedLine[], i: number, numberIndex: number): boolean {
  const previous = previousKind(lines, i);
  if (previous === 'number') return isLetterSubjectWithoutMark(lines, i, numberIndex);
  if (numberIndex < 0 || marksSubject(lines)) return false;
  if (previous !== 'placeDate' && !followsWrappedDate(lines, i)) return false;
  const text = lineAt(lines, i).line.text;
  if (/^(?:Về|VỀ)\s+(?:việc|VIỆC)\s/u.test(text)) return true;
  // A short block between the date and `Kính gửi` can only be the trích yếu (a Party letter's
  // `về …` in lower case, HD 36, too).
  if (ABOUT_LINE.test(text) && !/[.;:]$/.test(text) && recipientsLabelWithin(lines, i, 3)) return true;
  return CAPITALISED.test(text) && !/[.;:]$/.test(text) && !BODY_SENTENCE_START.test(text) && recipientsLabelWithin(lines, i, 3);
}

/** Line `i` comes right after a date wrapped over lines (`Đức Trọng, ngày` / `14 tháng` / `3 năm 2024`). */
function followsWrappedDate(lines: readonly ClassifiedLine[], i: number): boolean {
  let j = i - 1;
  while (j >= 0 && i - j <= 3 && DATE_PARTS_LINE.test(lineAt(lines, j).line.text)) j--;
  if (j === i - 1 || j < 0) return false;
  const { kind, line } = lineAt(lines, j);
  return kind === 'placeDate' || DATE_CUT.test(line.text);
}

/** A `Kính gửi` line follows line `i` within `reach` lines of short text. */
function recipientsLabelWithin(lines: readonly ClassifiedLine[], i: number, reach: number): boolean {
  for (let j = i + 1; j < lines.length && j <= i + reach; j++) {
    const { kind, line } = lineAt(lines, j);
    if (kind === 'recipientsLabel') return true;
    if (kind !== 'text' || line.text.length > 90 || /[.;:]$/.test(line.text)) return false;
  }
  return false;
}

/** The document has a type heading or a `V/v` line, so its trích yếu is marked. */
function marksSubject(lines: readonly ClassifiedLine[]): boolean {
  return lines.some((l) => l.kind === 'typeHeading' || l.kind === 'letterSubject');
}

function previousKind(lines: readonly ClassifiedLine[], i: number): LineKind | null {
  for (let j = i - 1; j >= 0; j--) {
    if (lineAt(lines, j).line.column !== lineAt(lines, i).line.column && !lineAt(lines, i).line.cell) continue;
    return lineAt(lines, j).kind;
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
): { subject: number[]; issuingAuthority: number | null; next: number; bodyStarts?: boolean } {
  const first = lineAt(lines, start);
  const subject: number[] = [];
  // (`T H Ô N G   B Á O`: a typewriter spaced the heading's letters out; it is the heading alone.)
  const headingOnly =
    first.kind === 'typeHeading' && (/^\S+(?:\s\S+)?$/u.test(first.line.text) || LETTER_SPACED.test(first.line.text)) && !includeStart;
  if (first.kind === 'letterSubject' || includeStart || !headingOnly) subject.push(start);
  let i = start + 1;
  // A giấy mời often has no trích yếu: its first sentence (`Ủy ban nhân dân tỉnh tổ chức …`) is body.
  if (headingOnly && isInvitation(first.line.text) && i < lines.length && opensInvitationBody(paragraphAt(lines, i))) {
    return { subject: [], issuingAuthority: null, next: i, bodyStarts: true };
  }
  let capsSubject: boolean | null = subject.length > 0 ? subjectCase(first) : null;
  let issuingAuthority: number | null = null;
  while (i < lines.length) {
    const { kind, line } = lineAt(lines, i);
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
    // An older title names its author in capitals (`QUYẾT ĐỊNH` / `CỦA BỘ TRƯỞNG BỘ NỘI VỤ`, or on
    // the heading's own line) over a trích yếu in sentence case (`Về việc …`, `V/v …`).
    const afterAuthor = capsSubject === true && SUBJECT_PREFIX.test(line.text) && namesAuthor(lines, start, subject);
    if (kind !== 'caps' && kind !== 'text' && !capsHeadingContinues && !afterAuthor && !wrapsAtDash(lines, subject, i)) break;
    // `Ngày` opens a body sentence only with a date (`Ngày 26/4/2013, …`); `Ngày Pháp luật …`,
    // `Ngày thành lập Đảng` wrap a subject.
    const opensBody =
      (BODY_SENTENCE_START.test(line.text) && !/^Ngày\s+(?![\d.…_])/iu.test(line.text)) ||
      // The invitation's own sentence (`Sở Giáo dục và Đào tạo trân trọng kính mời:`).
      (CAPITALISED.test(line.text) && INVITES.test(line.text));
    // `(Lĩnh vực: …)` under a subject classifies it; it is not part of it.
    if (FIELD_NOTE.test(line.text)) break;
    if ((!headingOnly || subject.length > 0) && opensBody) break;
    const caps = isUpperCaseText(line.text);
    if (caps && (isCompetenceLine(lines, i) || (capsSubject === false && capitalsRunUpToBasis(lines, i)))) {
      issuingAuthority = i;
      i++;
      break;
    }
    const previousText = subject.length > 0 ? lineAt(lines, subject.at(-1) ?? start).line.text : '';
    const continuation =
      startsLowerCase(line.text) ||
      /^[\d(–-]/.test(line.text) ||
      // A subject line ending with a comma or a dash goes on, across a paragraph break too.
      (capsSubject === false && !caps && kind === 'text' && /[,–-]$/.test(previousText)) ||
      // A mixed-case subject cut mid-phrase goes on after a blank line (docx text dumps).
      (capsSubject === false && !caps && kind === 'text' && previousText.length > 0 && !/[.;:,]$/.test(previousText) && !/[.;:]$/.test(line.text) && line.text.length < 60);
    // A Party title block set as separate paragraphs (a Word file's): `THÔNG BÁO KẾT LUẬN` / `CỦA ĐỒNG
    // CHÍ BÍ THƯ TỈNH ỦY` / `TẠI BUỔI LÀM VIỆC …`, each after a blank line.
    const titleGoesOn = capsSubject !== false && caps && TITLE_LINK.test(line.text);
    if (line.gapBefore && !continuation && !titleGoesOn && !afterAuthor && subject.length > 0) break;
    if (afterAuthor) capsSubject = false;
    else if (capsSubject === true && !caps && !continuation) break;
    if (subject.length > 0 && line.text.length > 40 && /[.;]$/.test(lineAt(lines, subject.at(-1) ?? start).line.text)) break;
    if (capsSubject === null) capsSubject = caps;
    subject.push(i);
    i++;
  }
  return { subject, issuingAuthority, next: i };
}

/**
 * `… tuyến cao tốc Tân Phú` / `– Bảo Lộc`: a subject wrapped at the dash of a name pair. The line
 * looks like a list entry, but the subject line above stops mid-phrase and the line is a short
 * ending, not an entry (no `;`, `.` or `:` after it).
 */
function wrapsAtDash(lines: readonly ClassifiedLine[], subject: readonly number[], i: number): boolean {
  const last = subject.at(-1);
  if (last === undefined) return false;
  const { kind, line } = lineAt(lines, i);
  const previous = lineAt(lines, last).line.text;
  return kind === 'bullet' && /^[–-]\s\p{Lu}/u.test(line.text) && line.text.length <= 40 && !/[.;:,]$/.test(line.text) && !/[.;:,]$/.test(previous) && !line.gapBefore;
}

/**
 * Capitals from line `i` up to a `Căn cứ` line, over at most three lines: under a mixed-case
 * trích yếu they are the competence line, wrapped (`CHỦ TỊCH HỘI ĐỒNG THẨM ĐỊNH, ĐÁNH GIÁ` / `CHỈ SỐ …`).
 */
function capitalsRunUpToBasis(lines: readonly ClassifiedLine[], i: number): boolean {
  for (let j = i + 1; j < lines.length && j <= i + 3; j++) {
    const { kind, line } = lineAt(lines, j);
    if (kind === 'basis') return true;
    if (!isUpperCaseText(line.text)) return false;
  }
  return false;
}

/** A heading that is `GIẤY MỜI` alone, as written or as OCR read it (`GIÁY MỜI`). */
function isInvitation(text: string): boolean {
  const found = typeHeadingOf(text);
  return found !== null && found.name === 'Giấy mời' && found.rest.trim().length === 0;
}
/**
 * `(Lĩnh vực: Đất đai)`, `(lĩnh vực đất đai)`, `Lĩnh vực: Hộ tịch` or OCR's `(Linh vuc: …)` under a
 * subject; a lower-case `lĩnh vực …` without a bracket or colon wraps the subject instead.
 */
const FIELD_NOTE = vre(/^(?:\(\s*(?:[Ll][ĩi]nh|LĨNH|LINH)\s+(?:[Vv][ựu]c|VỰC|VUC)(?![\p{L}\p{N}]).*\)\s*$|\(?\s*(?:L[ĩi]nh\s+[Vv][ựu]c|LĨNH\s+VỰC|LINH\s+VUC)\s*:)/u);

/**
 * The first paragraph under a giấy mời heading is a sentence of the body, not a trích yếu: it ends
 * with `.` or `:`, runs long, or invites (`… trân trọng kính mời …`, `… cụ thể như sau`).
 */
function opensInvitationBody(text: string): boolean {
  if (/^(?:Về|VỀ)\s/u.test(text) || LETTER_SUBJECT_PREFIX.test(text) || isUpperCaseText(text)) return false;
  return /[.:]$/.test(text) || text.length > 150 || INVITING.test(text) || BODY_SENTENCE_START.test(text) || HOST_ORGANISES.test(text);
}

const INVITING = /\b(?:kính mời|như sau)(?![\p{L}\p{N}])/u;
/** A sentence that invites: `… trân trọng kính mời …`, `… kính mời:`. */
const INVITES = /trân trọng kính mời|kính mời\s*:?\s*$/u;

/**
 * A sentence whose subject is the host (`Ủy ban nhân dân xã tổ chức Hội nghị …`, `Chủ tịch UBND xã
 * mời …`): a trích yếu names the meeting (`Họp triển khai …`, `Tổ chức hội nghị …`), never its host.
 */
const HOST_ORGANISES = vre(
  /^(?:Ủy ban|Uỷ ban|UBND|Ban|Thường trực|Thường vụ|Chủ tịch|Phó Chủ tịch|Đảng ủy|Đảng uỷ|Huyện ủy|Tỉnh ủy|Thành ủy|Sở|Phòng|Văn phòng|Trung tâm|Hội đồng|Công an|Bộ|Cục|Tổng cục|Mặt trận|Ủy ban Mặt trận|Đoàn|Trường|Bệnh viện|Chi bộ|Liên đoàn)(?![\p{L}\p{N}])[^.;:]{0,120}?\s(?:tổ chức|phối hợp tổ chức|mời|triệu tập)(?![\p{L}\p{N}])/u,
);

/** The text of the paragraph from line `i`: its wrapped lines up to a gap or a line of another kind (at most 4). */
function paragraphAt(lines: readonly ClassifiedLine[], i: number): string {
  const parts = [lineAt(lines, i).line.text];
  for (let j = i + 1; j < lines.length && j < i + 4; j++) {
    const { kind, line } = lineAt(lines, j);
    if (line.gapBefore || kind !== 'text' || /[.:]$/.test(parts[parts.length - 1] ?? '')) break;
    // The invitation's own sentence under the trích yếu, with no blank line between (`Dự Hội nghị …` /
    // `Sở Giáo dục và Đào tạo trân trọng kính mời:`).
    if (CAPITALISED.test(parts[0] ?? '') && !HOST_ORGANISES.test(parts[0] ?? '') && CAPITALISED.test(line.text) && (INVITING.test(line.text) || HOST_ORGANISES.test(line.text))) break;
    parts.push(line.text);
  }
  return parts.join(' ');
}

/** A line of a title in capitals that cannot stand alone: it names the author, the occasion or the matter. */
const TITLE_LINK = /^(?:CỦA|VỀ|TẠI)\s/u;

/** A line of capitals spaced out one by one (`T H Ô N G B Á O`, its word gaps folded). */
const LETTER_SPACED = /^(?:\p{Lu}\s){3,}\p{Lu}$/u;

/** The title so far (the heading's own line and the lines under it) names its author: `CỦA …`. */
function namesAuthor(lines: readonly ClassifiedLine[], start: number, subject: readonly number[]): boolean {
  return [start, ...subject].some((k) => /(?:^|\s)CỦA\s/u.test(lineAt(lines, k).line.text));
}

/** Words that open the first sentence of a body, never a wrapped subject line. */


/** Whether the subject text on the first line is in capitals (null when it has none). */
function subjectCase(first: ClassifiedLine): boolean | null {
  const rest =
    first.kind === 'typeHeading'
      ? (typeHeadingOf(first.line.text)?.rest ?? '')
      : first.line.text.replace(LETTER_SUBJECT_PREFIX, '');
  return HAS_LETTER.test(rest) ? isUpperCaseText(rest) : null;
}

/** A line in capitals directly followed by `Căn cứ …` names the competent authority. */
function isCompetenceLine(lines: readonly ClassifiedLine[], i: number): boolean {
  const next = lines[i + 1];
  if (next === undefined || next.kind !== 'basis') return false;
  // It stands apart from a wrapped subject above it: a gap, its own bold, or an authority's name.
  const { line } = lineAt(lines, i);
  const previous = lines[i - 1]?.line;
  return line.gapBefore || previous === undefined || line.bold !== previous.bold || COMPETENT_BODY.test(line.text);
}

/** Words a competence line begins with (`ỦY BAN NHÂN DÂN TỈNH …`, `CHỦ TỊCH …`, `BAN THƯỜNG VỤ …`). */
const COMPETENT_BODY = /^(?:ỦY BAN|UỶ BAN|HỘI ĐỒNG|CHỦ TỊCH|BỘ TRƯỞNG|THỦ TƯỚNG|CHÍNH PHỦ|GIÁM ĐỐC|TỔNG GIÁM ĐỐC|BAN |BỘ |TỔNG CỤC|CỤC TRƯỞNG|CHÁNH|HIỆU TRƯỞNG|VIỆN TRƯỞNG|THƯỜNG TRỰC|ĐẢNG ỦY|ĐẢNG UỶ)/u;
