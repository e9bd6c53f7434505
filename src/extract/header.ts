/**
 * The header: agency block, quốc hiệu / Party title, số/ký hiệu, place and date, tên loại and
 * trích yếu, độ khẩn and độ mật.
 */
import { joinWrappedLines } from '../domain/wraps.js';
import { foldedMarkKey, LETTER_SUBJECT_PREFIX, markKey, marksPattern, MOTTO, NATIONAL_TITLE, PARTY_TITLE, SECRECY_MARKS, SUBJECT_PREFIX, SUBJECT_PREFIX_AS_WRITTEN, URGENCY_MARKS } from '../domain/keywords.js';
import { isMostlyUpperCase, isUpperCaseText, stripDiacritics } from '../domain/vietnamese.js';
import { foldForMatch, fuzzyKeywordAtStart } from '../domain/fuzzy.js';
import type { Line } from '../lines/line.js';
import type { Header, IssueDate, Position } from '../schema/document.js';
import type { LexiconCategory } from '../domain/lexicon.js';
import { snapToLexicon } from './lexicon-snap.js';
import { fillStampedValues } from './stamped-values.js';
import { correctSymbolByInitials } from './symbol-initials.js';
import { DATE_CUT, DATE_PARTS_LINE, DATE_WORD_SPELLINGS, daysInMonth, isoDate } from '../domain/date-grammar.js';
import { lineAt, typeHeadingOf, type ClassifiedLine, type KeywordCorrection } from '../zones/index.js';
import type { KeywordName } from '../domain/keywords.js';
import type { ExtractContext } from './context.js';
import { parsePlaceDate, type PlaceDate } from './date.js';
import type { LinePart } from './lists.js';
import { documentTypeOfNumber, parseDocumentNumber } from './number.js';
import { digitLookalikeTokens, NUMBER_LABEL_PREFIX, repairDigits } from '../domain/keywords.js';
import { vre } from '../domain/vietnamese.js';

const URGENCY_WORDS = marksPattern(URGENCY_MARKS);
/** Marks that stand in the header but are not the agency: draft, copy and circulation notes (ô 11). */
/** A line holding only an administrative unit and its name; `TỈNH ỦY`, `HUYỆN ĐOÀN` are bodies. */
/** Two letters in a row: a word, not a speck. */
const HAS_WORD = vre(/\p{L}{2}/u);
const PLACE_CONTINUATION = /^(?:TỈNH|THÀNH PHỐ|TP\.?|HUYỆN|QUẬN|THỊ XÃ|XÃ|PHƯỜNG|THỊ TRẤN|ĐẶC KHU)\s+(?!(?:ỦY|UỶ|ĐOÀN|ĐỘI)(?!\p{L}))\S/u;
const HEADER_MARKS = /^(?:DỰ THẢO|DU THAO|BẢN SAO|SAO Y|SAO LỤC|TRÍCH SAO|LƯU HÀNH NỘI BỘ|XEM XONG TRẢ LẠI|TÀI LIỆU THU HỒI|MẬT|TỐI MẬT|TUYỆT MẬT|CÔNG VĂN ĐẾN|ĐẾN)(?:\s+(?:LẦN|BẢN)\s+\S+)?$/u;
const SECRECY_WORDS = marksPattern(SECRECY_MARKS, '^', '$');

/** Extract the header fields. */
/** A header with nothing found. */
export function emptyHeader(): Header {
  return {
    family: null,
    nationalTitle: null,
    motto: null,
    agency: { lines: [], parent: [], issuer: null },
    number: null,
    symbol: null,
    numbering: null,
    place: null,
    date: null,
    documentType: null,
    documentTypeCode: null,
    subject: null,
    urgency: null,
    secrecy: null,
    issuingAuthority: null,
  };
}

export function extractHeader(ctx: ExtractContext, options: { recipientsPresent: boolean }): Header {
  const { lines, header } = ctx.zones;
  const headerLines = lines.slice(header.start, header.end);
  const header_ = emptyHeader();

  readTitles(ctx, headerLines, header_);
  const number = readNumber(ctx, headerLines, header_);
  const numberIndex = number.index;
  readPlaceDate(ctx, headerLines, header_, number);
  if (header_.number === null && header_.numbering !== null && !fillStampedValues(ctx, headerLines, header_)) {
    const line = lineAt(headerLines, numberIndex).line;
    ctx.report('header/number-blank', 'The number is left blank (a draft, or numbered at registration)', ctx.place(line));
  }
  readAgency(ctx, headerLines, numberIndex, header_);
  correctSymbol(ctx, header_);
  // The độ khẩn stamp may stand beside the Kính gửi list (ô 10b), below the header's last line.
  const recipients = ctx.zones.recipients;
  const stampsBelow = recipients ? lines.slice(recipients.start, recipients.end).filter((l) => l.kind === 'urgency') : [];
  readMarks(ctx, [...headerLines, ...stampsBelow], header_);
  readTypeAndSubject(ctx, header_, options);
  if (header_.numbering?.form === 'party' && header_.family === null) header_.family = 'party';
  if (ctx.zones.issuingAuthority !== null) {
    const line = ctx.line(ctx.zones.issuingAuthority).line;
    header_.issuingAuthority = line.text;
    ctx.record('/header/issuingAuthority', line);
  }
  if (header.start > 0) {
    const first = lines[0]!.line;
    const last = lines[header.start - 1]!.line;
    ctx.report('header/preamble-skipped', `${header.start} line(s) above the header are not part of the document (a notice or watermark)`, {
      start: ctx.place(first).start,
      end: ctx.place(last).end,
    });
  }
  reportMissing(ctx, header_);
  return header_;
}

function readTitles(ctx: ExtractContext, lines: readonly ClassifiedLine[], out: Header): void {
  for (const [i, { line, corrected }] of lines.entries()) {
    const tail = nationalTitleTail(lines, i);
    const national = tail >= 0 ? null : (line.text.match(NATIONAL_TITLE) ?? correctedMatch(line.text, corrected, 'nationalTitle'));
    if (tail >= 0 && out.nationalTitle === null) {
      // Read as one line: the quốc hiệu is the two lines' words.
      out.nationalTitle = `${line.text} ${lineAt(lines, tail).line.text}`;
      out.family = 'state';
      ctx.record('/header/nationalTitle', line);
    }
    if (national && out.nationalTitle === null) {
      out.nationalTitle = national[0];
      out.family = 'state';
      ctx.record('/header/nationalTitle', line, national.index, (national.index ?? 0) + national[0].length);
    }
    const motto = line.text.match(MOTTO) ?? correctedMatch(line.text, corrected, 'motto');
    if (motto && out.motto === null) {
      out.motto = motto[0];
      ctx.record('/header/motto', line, motto.index, (motto.index ?? 0) + motto[0].length);
    }
    const party = line.text.match(PARTY_TITLE);
    if (party && out.nationalTitle === null && line.text.length < 40) {
      out.nationalTitle = party[0];
      out.family = 'party';
      ctx.record('/header/nationalTitle', line, party.index, (party.index ?? 0) + party[0].length);
    }
    // A mass organisation's title stands where the quốc hiệu would (its family is read from its number).
    if (lineAt(lines, i).kind === 'organisationTitle' && out.nationalTitle === null) {
      out.nationalTitle = line.text;
      ctx.record('/header/nationalTitle', line);
    }
  }
}

/** A damaged keyword the classifier read (`CỌNG HOÀ XÃ HỌI …`) as a match of its exact pattern would be. */
function correctedMatch(text: string, corrected: KeywordCorrection | undefined, keyword: KeywordName): RegExpMatchArray | null {
  if (!corrected || corrected.keyword !== keyword) return null;
  const m: RegExpMatchArray = [text.slice(corrected.start, corrected.end)];
  m.index = corrected.start;
  return m;
}

/** A group of the ký hiệu OCR misread, against the agency's initials (`ICT` → `TCT` under `TỔNG CỤC THUẾ`). */
function correctSymbol(ctx: ExtractContext, out: Header): void {
  if (out.symbol === null || out.numbering === null || out.agency === null) return;
  const corrected = correctSymbolByInitials(out.symbol, out.agency.lines);
  if (!corrected) return;
  const place = ctx.sources['/header/symbol']?.place;
  ctx.report('header/symbol-corrected', `"${corrected.written}" in the ký hiệu read as "${corrected.read}", the initials of the agency (an OCR look-alike)`, place ?? null);
  const fix = (code: string | null) => (code === corrected.written ? corrected.read : code);
  out.symbol = corrected.symbol;
  out.numbering = { ...out.numbering, typeCode: fix(out.numbering.typeCode), issuerCode: fix(out.numbering.issuerCode), unitCodes: out.numbering.unitCodes.map((c) => fix(c) ?? c) };
}

/** Reads the số/ký hiệu; returns the number line's index and how much of it the number took. */
function readNumber(ctx: ExtractContext, lines: readonly ClassifiedLine[], out: Header): { index: number; length: number } {
  // An incoming-mail stamp (`CÔNG VĂN ĐẾN` / `Số: 3391` / `Ngày: …`) has a number without a symbol:
  // the document's own number is the first that has one.
  const numberLines = lines.map((l, i) => [l, i] as const).filter(([l]) => l.kind === 'number');
  const withSymbol = numberLines.find(([l]) => parseDocumentNumber(l.line.text)?.symbol);
  const index = (withSymbol ?? numberLines[0])?.[1] ?? -1;
  if (index < 0) return { index: -1, length: 0 };
  const line = lines[index]?.line;
  if (line === undefined) return { index: -1, length: 0 };
  const isLetter = lines.some((l) => l.kind === 'letterSubject');
  const tail = wrappedSymbolTail(lines, index);
  const whole = tail ? parseDocumentNumber(`${line.text.trimEnd()}${tail.text.trim()}`, { isLetter }) : null;
  // The place on the number's line starts after the code as written on that line.
  const parsed = whole ? { ...whole, length: Math.min(whole.length, line.text.trimEnd().length) } : parseDocumentNumber(line.text, { isLetter });
  if (whole && tail) ctx.report('header/symbol-rejoined', `The symbol ${whole.symbol} goes on from the end of the number line to the next line`, ctx.place(tail));
  if (!parsed) {
    ctx.report('header/number-unreadable', `The number line "${line.text}" could not be read`, ctx.place(line));
    return { index, length: 0 };
  }
  out.number = parsed.numbering.number;
  out.symbol = parsed.symbol;
  out.numbering = parsed.numbering;
  const labelLength = line.text.match(NUMBER_LABEL_PREFIX)?.[0].length ?? 0;
  ctx.record('/header/numbering', line, labelLength, parsed.length);
  const numberStart = line.text.indexOf(parsed.numbering.number ?? '\u0000', labelLength);
  if (parsed.numbering.number !== null && numberStart >= 0) {
    ctx.record('/header/number', line, numberStart, numberStart + parsed.numbering.number.length);
  }
  ctx.record('/header/symbol', line, labelLength, parsed.length);
  reportRepairedDigits(ctx, line, labelLength, parsed.length, 'number');
  if (out.number === null) {
    // The running number stamped by the registry on a line of its own above `Số:      /UBND-VP`.
    const stamped = stampedNumberAbove(lines, index);
    if (stamped) {
      out.number = stamped.text.trim();
      out.numbering = { ...parsed.numbering, number: out.number };
      ctx.record('/header/number', stamped);
      ctx.report('header/number-stamped', `The number ${out.number} stands on its own line beside the số/ký hiệu line`, ctx.place(stamped));
      return { index, length: parsed.length };
    }
  }
  return { index, length: parsed.length };
}

/**
 * `Số: 2150 /SXD-` / `QLN&TTBĐS`: a symbol cut at a dash or `&` goes on at the start of the next
 * line of its column, a short code in capitals alone on that line. Text copied out of a PDF
 * without its layout puts the whole symbol there: `Số: 181` / `/BC-SNV`.
 */
function wrappedSymbolTail(lines: readonly ClassifiedLine[], index: number): Line | null {
  const { line } = lineAt(lines, index);
  for (let j = index + 1; j < lines.length && j <= index + 2; j++) {
    const next = lineAt(lines, j).line;
    if (next.column !== line.column) continue;
    const text = next.text.trim();
    if (text.length > 24 || !SYMBOL_TAIL.test(text)) return null;
    if (/[-–&]\s*$/u.test(line.text) || /^[-–&]/u.test(text)) return next;
    return text.startsWith('/') && !line.text.includes('/') ? next : null;
  }
  return null;
}

const SYMBOL_TAIL = /^[-–&/]?[A-ZĐ][A-ZĐ0-9&.()]*(?:[-–][A-ZĐ0-9][A-ZĐ0-9&.()]*)*$/u;

/** `1O5/SXD`, `ngày 1O tháng …`: letters OCR gives for digits were read as digits; each gets an `info`. */
function reportRepairedDigits(ctx: ExtractContext, line: Line, from: number, to: number, what: 'number' | 'date'): void {
  for (const token of digitLookalikeTokens(line.text.slice(from, to))) {
    ctx.report('header/digits-repaired', `"${token.written}" in the ${what} read as "${repairDigits(token.written)}" (OCR letters for digits)`, ctx.place(line, from + token.start, from + token.end));
  }
}

/** A date word with the wrong marks (`thảng`, `nãm`), read as the word it is: a `keyword/corrected` diagnostic. */
function reportDateWords(ctx: ExtractContext, line: Line, from: number, raw: string): void {
  for (const m of raw.matchAll(/\p{L}+/gu)) {
    const word = m[0];
    const meant = DATE_WORD_SPELLINGS[stripDiacritics(word).toLowerCase()];
    if (meant === undefined || word.toLowerCase() === meant) continue;
    const how = stripDiacritics(word).toLowerCase() === stripDiacritics(meant) ? 'diacritics differ' : 'OCR letters for `m`';
    ctx.report('keyword/corrected', `"${word}" read as "${meant}" (${how})`, ctx.place(line, from + m.index, from + m.index + word.length));
  }
}

/**
 * A line of digits alone right above the number line (in its column or the line before it), or,
 * when the stamp sat a little low, right below it.
 */
function stampedNumberAbove(lines: readonly ClassifiedLine[], index: number): Line | null {
  return stampedFigureNear(lines, index, /^\d{1,6}$/);
}

/**
 * A figure the signing system stamped into a blank on its own line, just above or below line
 * `index`: in that line's column first (`458` over `Số:      /QĐ-UBND`, `17` over `ngày      tháng
 * 4`), else in any column.
 */
function stampedFigureNear(lines: readonly ClassifiedLine[], index: number, figure: RegExp): Line | null {
  const column = lineAt(lines, index).line.column;
  let other: Line | null = null;
  for (const step of [-1, 1]) {
    for (let j = index + step; j >= Math.max(0, index - 2) && j <= Math.min(lines.length - 1, index + 2); j += step) {
      const { line } = lineAt(lines, j);
      if (figure.test(line.text.trim())) {
        if (line.column === column) return line;
        other ??= line;
      }
      if (line.column === column) break;
    }
  }
  return other;
}

function readPlaceDate(ctx: ExtractContext, lines: readonly ClassifiedLine[], out: Header, number: { index: number; length: number }): void {
  // Prefer a line that is a place-date line; fall back to one that shares a line with the number.
  const indices = lines.map((_, i) => i);
  const candidates = [
    ...indices.filter((i) => lineAt(lines, i).kind === 'placeDate'),
    ...indices.filter((i) => ['number', 'caps', 'text'].includes(lineAt(lines, i).kind)),
  ];
  for (const index of candidates) {
    const { line } = lineAt(lines, index);
    // On an OCR line that also holds the number, the place starts after the code.
    const skip = index === number.index ? number.length : 0;
    const text = line.text.slice(skip);
    const onLine = parsePlaceDate(text);
    const wrapped = onLine === null || onLine.date.iso === null ? dateWrappedOnto(lines, index, text, onLine) : null;
    const found = wrapped?.found ?? onLine;
    if (!found) continue;
    out.place = found.place && snapped(ctx, found.place, ['place'], ctx.place(line, skip + found.placeStart, skip + found.placeEnd));
    if (found.place) ctx.record('/header/place', line, skip + found.placeStart, skip + found.placeEnd);
    out.date = found.date;
    const dateStart = skip + found.end - found.date.raw.length;
    if (wrapped) {
      const parts: [LinePart, ...LinePart[]] = [{ line, from: dateStart, to: line.text.length }, ...wrapped.lines.map((l) => ({ line: l, from: 0, to: l.text.length }))];
      ctx.recordSpan('/header/date', found.date.raw, ctx.placeOfParts(parts, found.date.raw));
      const count = wrapped.lines.length === 1 ? 'line' : `${wrapped.lines.length} lines`;
      ctx.report('header/date-rejoined', `The date "${found.date.raw}" goes on from the place-date line to the next ${count}`, ctx.place(wrapped.lines[0] ?? line));
    } else {
      ctx.record('/header/date', line, dateStart, skip + found.end);
      reportRepairedDigits(ctx, line, dateStart, skip + found.end, 'date');
      reportDateWords(ctx, line, dateStart, found.date.raw);
    }
    // The day left blank and stamped on its own line above or below it (`17` over `ngày      tháng 4`).
    const { year, month } = found.date;
    if (!wrapped && found.date.day === null && month !== null && year !== null) {
      const stampedDay = stampedFigureNear(lines, index, /^\d{1,2}$/);
      const day = stampedDay ? Number(stampedDay.text.trim()) : 0;
      if (stampedDay && day >= 1 && day <= daysInMonth(year, month)) {
        out.date = { ...found.date, day, iso: isoDate(year, month, day) };
        ctx.report('header/date-stamped', `The day ${day} stands on its own line beside the place-date line, where the signing system stamped it`, ctx.place(stampedDay));
        return;
      }
    }
    if (found.date.iso === null || found.date.day === null) {
      ctx.report('header/date-incomplete', `The date "${found.date.raw}" is incomplete`, ctx.place(line, Math.min(skip + found.start, line.text.length), line.text.length));
    }
    return;
  }
}

/**
 * `Bình Thuận, ngày` / `23 tháng` / `3 năm 2022`: text copied out of a PDF without its layout
 * breaks the date where the page had the day and month typed into gaps. A date cut at the end of
 * its line goes on over the next short lines of its column that hold only date parts.
 */
function dateWrappedOnto(lines: readonly ClassifiedLine[], index: number, text: string, onLine: PlaceDate | null): { found: PlaceDate; lines: Line[] } | null {
  const { line } = lineAt(lines, index);
  if (onLine ? onLine.end < text.trimEnd().length : !DATE_CUT.test(text)) return null;
  const taken: Line[] = [];
  let joined = text.trimEnd();
  let best: { found: PlaceDate; lines: Line[] } | null = null;
  for (let j = index + 1; j < lines.length && taken.length < 3; j++) {
    const next = lineAt(lines, j).line;
    if (next.column !== line.column) continue;
    if (!DATE_PARTS_LINE.test(next.text)) break;
    taken.push(next);
    joined = `${joined} ${next.text.trim()}`;
    const found = parsePlaceDate(joined);
    // The place must stand on the first line, where its position is recorded.
    if (!found || found.placeEnd > text.length) continue;
    if (filledParts(found.date) > (best ? filledParts(best.found.date) : onLine ? filledParts(onLine.date) : -1)) best = { found, lines: [...taken] };
    if (found.date.iso !== null && found.date.day !== null) break;
  }
  return best;
}

const filledParts = (date: IssueDate): number => (date.day === null ? 0 : 1) + (date.month === null ? 0 : 1) + (date.year === null ? 0 : 1);

/**
 * Agency lines: capitals above the number in the left column, without the quốc hiệu, tiêu ngữ,
 * Party title, `*` and urgency marks.
 */
function readAgency(ctx: ExtractContext, lines: readonly ClassifiedLine[], numberIndex: number, out: Header): void {
  const stop = numberIndex >= 0 ? numberIndex : lines.findIndex((l) => l.kind === 'typeHeading' || l.kind === 'letterSubject' || l.kind === 'placeDate');
  const agency: Line[] = [];
  const candidates = stop < 0 ? lines : lines.slice(0, stop);
  for (const [i, { kind, line }] of candidates.entries()) {
    // Right-column capitals are agency lines too once the quốc hiệu and tiêu ngữ are classified
    // (docx-to-text shifts a line with an empty left cell into the right column).
    if (kind !== 'caps' && !(kind === 'text' && isMostlyUpperCase(line.text))) continue;
    if (inWrappedNationalTitle(candidates, i)) continue;
    if (URGENCY_WORDS.test(line.text) && line.text.length < 25) continue;
    if (HEADER_MARKS.test(line.text)) continue;
    // A speck OCR made of the rule under the name (`ˆ`): no word.
    if (!HAS_WORD.test(line.text)) continue;
    agency.push(line);
  }
  const place = stop >= 0 ? placeAfterNumber(lines, stop, agency) : null;
  if (place) agency.push(place);
  if (agency.length === 0 && numberIndex >= 0) agency.push(...agencyAfterNumber(lines, numberIndex));
  if (agency.length === 0) return;
  out.agency.lines = agency.map((l) => snapped(ctx, l.text, ['agency', 'place'], ctx.place(l)));
  agency.forEach((l, i) => ctx.record(`/header/agency/lines/${i}`, l));
  const boldFrom = agency.findIndex((l) => l.bold);
  const issuerStart = boldFrom > 0 && agency.slice(boldFrom).every((l) => l.bold) ? boldFrom : plainIssuerStart(agency);
  out.agency.parent = out.agency.lines.slice(0, issuerStart);
  out.agency.issuer = out.agency.lines.slice(issuerStart).join(' ');
}

/**
 * `ỦY BAN NHÂN DÂN` / … / `Số: 267/QĐ-UBND` / … / `TỈNH SÓC TRĂNG`: text copied out of a PDF cell by
 * cell, row after row, puts the second line of the agency's name below the number. A council's
 * name is not whole without its place, so the first such place line of the header completes it.
 */
function placeAfterNumber(lines: readonly ClassifiedLine[], stop: number, agency: readonly Line[]): Line | null {
  const last = agency.at(-1)?.text;
  if (last === undefined || !COUNCIL_WITHOUT_PLACE.test(last)) return null;
  for (const { kind, line } of lines.slice(stop + 1, stop + 6)) {
    if (kind === 'caps' && PLACE_CONTINUATION.test(line.text)) return line;
  }
  return null;
}

/**
 * `ĐẢNG CỘNG SẢN VIỆT NAM` / `Số 58-TB/ĐUK` / `TỈNH ỦY LONG AN` / `ĐẢNG ỦY KHỐI …` / `*`: OCR that
 * reads the right column first may put the whole agency block under the number. With nothing
 * above the number, the lines in capitals right under it, up to the date or the type, are the agency.
 */
function agencyAfterNumber(lines: readonly ClassifiedLine[], numberIndex: number): Line[] {
  const out: Line[] = [];
  for (const { kind, line } of lines.slice(numberIndex + 1, numberIndex + 7)) {
    if (kind === 'star' || kind === 'partyTitle' || kind === 'nationalTitle' || kind === 'motto' || kind === 'organisationTitle') continue;
    if (kind !== 'caps' || URGENCY_WORDS.test(line.text) || HEADER_MARKS.test(line.text)) break;
    out.push(line);
  }
  return out;
}

const COUNCIL_WITHOUT_PLACE = /^(?:(?:ỦY|UỶ)\s+BAN\s+NHÂN\s+DÂN|UBND|HỘI\s+ĐỒNG\s+NHÂN\s+DÂN)$/u;

/**
 * `CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT` / `NAM` in a narrow right column: a quốc hiệu wrapped onto a
 * second line. Returns the line that completes the one at `i` (within the next three), or -1.
 */
function nationalTitleTail(lines: readonly ClassifiedLine[], i: number): number {
  const head = lineAt(lines, i).line.text;
  if (!/^C[ỘOÔỌ]NG\s*H/iu.test(head) || NATIONAL_TITLE.test(head)) return -1;
  for (let j = i + 1; j < Math.min(lines.length, i + 4); j++) {
    const tail = lineAt(lines, j).line.text;
    const joined = `${head} ${tail}`;
    if (tail.split(/\s+/).length <= 3 && NATIONAL_TITLE.test(joined)) return j;
    // Wrapped earlier (`CỘNG HÒA XÃ` / `HỘI CHỦ NGHĨA VIỆT NAM`): the title is all the tail holds.
    const title = NATIONAL_TITLE.exec(joined);
    if (title && title.index === 0 && title[0].length >= joined.trimEnd().length - 1) return j;
    // The same damaged by OCR (`CONG HOA XA HOI` / `CHỦ NGHĨA VIỆT NAM`), within the keyword's edit budget.
    const damaged = fuzzyKeywordAtStart('nationalTitle', joined);
    if (damaged && damaged.start === 0 && damaged.end >= joined.trimEnd().length - 1) return j;
  }
  return -1;
}

/** Whether line `i` is either part of a wrapped quốc hiệu (not a line of the agency's name). */
function inWrappedNationalTitle(lines: readonly ClassifiedLine[], i: number): boolean {
  if (nationalTitleTail(lines, i) >= 0) return true;
  for (let j = i - 1; j >= Math.max(0, i - 3); j--) if (nationalTitleTail(lines, j) === i) return true;
  return false;
}

/** `text`, or the lexicon phrase it stands for with its diacritics restored (a `keyword/corrected` diagnostic). */
function snapped(ctx: ExtractContext, text: string, categories: readonly LexiconCategory[], place: Position): string {
  const phrase = snapToLexicon(text, categories);
  if (phrase === null) return text;
  ctx.report('keyword/corrected', `"${text}" read as "${phrase}" (diacritics differ)`, place);
  return phrase;
}

/**
 * Without bold marks the issuer is the last line, unless that line is only the place an issuer
 * name wrapped onto (`ỦY BAN NHÂN DÂN` / `HUYỆN NAM ĐÀN` is one name, not parent and issuer).
 */
function plainIssuerStart(agency: readonly Line[]): number {
  const last = agency.length - 1;
  const [before, after] = [agency[last - 1], agency[last]];
  return before && after && PLACE_CONTINUATION.test(after.text) && !PLACE_CONTINUATION.test(before.text) ? last - 1 : last;
}

function readMarks(ctx: ExtractContext, lines: readonly ClassifiedLine[], out: Header): void {
  for (const { kind, line } of lines) {
    // OCR may set the stamp on the number or place-date line (`Số: 45/BC-UBND KHẨN Mỹ Hòa, ngày …`).
    if (out.urgency === null && (kind === 'urgency' || (kind === 'caps' && line.text.length < 25) || kind === 'number' || kind === 'placeDate')) {
      // Written in capitals by rule; a mark typed in lower case is read as it is shown.
      const m = (kind === 'urgency' ? line.text.toUpperCase() : line.text).match(URGENCY_WORDS);
      if (m) {
        // The canonical mark (`HOẢ TỐC` → `HỎA TỐC`).
        out.urgency = markKey(URGENCY_MARKS, m[1] ?? '') ?? m[1] ?? null;
        ctx.record('/header/urgency', line, m.index, (m.index ?? 0) + m[0].length);
      } else if (kind === 'urgency') {
        out.urgency = foldedMarkKey(URGENCY_MARKS, line.text);
        if (out.urgency !== null) {
          ctx.record('/header/urgency', line);
          ctx.report('keyword/corrected', `"${line.text.trim()}" read as the urgency "${out.urgency}" (OCR lost or misread its marks)`, ctx.place(line));
        }
      }
    }
    if (out.secrecy === null && (kind === 'secrecy' || kind === 'caps')) {
      const m = (kind === 'secrecy' ? line.text.toUpperCase() : line.text).match(SECRECY_WORDS);
      if (m) {
        out.secrecy = m[1] ?? null;
        ctx.record('/header/secrecy', line);
      }
    }
  }
}

function readTypeAndSubject(ctx: ExtractContext, out: Header, options: { recipientsPresent: boolean }): void {
  const { lines, subject } = ctx.zones;
  const headerLines = lines.slice(ctx.zones.header.start, ctx.zones.header.end);
  // A copy mark stamped above the header (`BẢN SAO`) reads as a type heading too: the document's
  // own heading stands below the quốc hiệu or the number.
  const anchorAt = headerLines.findIndex((l) => l.kind === 'nationalTitle' || l.kind === 'number' || l.kind === 'placeDate');
  const heading = headerLines.find((l, i) => l.kind === 'typeHeading' && i > anchorAt) ?? headerLines.find((l) => l.kind === 'typeHeading');
  const letter = headerLines.find((l) => l.kind === 'letterSubject');
  if (heading) {
    const found = typeHeadingOf(heading.line.text);
    if (found) {
      out.documentType = found.name;
      ctx.record('/header/documentType', heading.line, 0, heading.line.text.length - found.rest.length);
      if (found.written !== undefined) ctx.report('keyword/corrected', `"${found.written}" read as the type heading "${found.name.toUpperCase()}" (OCR lost or misread its letters)`, ctx.place(heading.line));
    }
  } else if (letter) {
    out.documentType = 'Công văn';
  } else if (out.numbering) {
    out.documentType = documentTypeOfNumber(out.numbering) ?? (out.numbering.form === 'administrative' ? 'Công văn' : null);
  }
  if (out.documentType === null && options.recipientsPresent) out.documentType = 'Công văn';
  if (out.numbering?.typeCode) out.documentTypeCode = out.numbering.typeCode;

  const parts: Array<{ line: Line; from: number }> = [];
  const headingIndex = heading ? lines.indexOf(heading) : -1;
  for (const index of subject) {
    const classified = lines[index];
    if (!classified) continue;
    const { line, kind } = classified;
    let from = 0;
    if (kind === 'typeHeading' && index === headingIndex) {
      const found = typeHeadingOf(line.text);
      from = found ? line.text.length - found.rest.length : 0;
    }
    if (from < line.text.length) parts.push({ line, from });
  }
  const [firstPart] = parts;
  if (firstPart === undefined) return;
  // A Party title block names its author first (`CỦA BỘ CHÍNH TRỊ,`): the subject starts at `VỀ`.
  // A Thông báo kết luận names its speaker (`CỦA ĐỒNG CHÍ TỔNG BÍ THƯ`) before `TẠI BUỔI LÀM VIỆC …`.
  // (An older title: `QUYẾT ĐỊNH CỦA UBND TỈNH …` / `V/v …`.)
  const aboutAt = parts.findIndex((p) => /^(?:VỀ|Về|về|TẠI|Tại|tại)\s/u.test(p.line.text.slice(p.from)) || LETTER_SUBJECT_PREFIX.test(p.line.text.slice(p.from)));
  // `THÔNG BÁO KẾT LUẬN` / `CỦA …`: the qualifier `KẾT LUẬN` belongs to the heading as well. (A line
  // `KẾT LUẬN CỦA BAN THƯỜNG VỤ …` under `THÔNG BÁO` says more than its author: it stays subject.)
  // (Compared folded, in capitals only: OCR writes `KÉT LUẬN`.)
  const qualifier = firstPart.line.text.slice(firstPart.from);
  const qualified = isUpperCaseText(qualifier) && /^ket luan\s*$/u.test(foldForMatch(qualifier)) ? 1 : 0;
  const author = parts[qualified];
  // `THÔNG BÁO KẾT LUẬN CỦA ĐỒNG CHÍ BÍ THƯ TỈNH ỦY` on one line names its speaker the same way.
  const speakerInHeading = qualified === 0 && isUpperCaseText(qualifier) && /^ket luan\s+cua\s+dong chi\s/u.test(foldForMatch(qualifier));
  // (`CUA` too: OCR may lose the line's marks.)
  // A resolution's author is its conference (`HỘI NGHỊ LẦN THỨ 21 BAN CHẤP HÀNH ĐẢNG BỘ TỈNH KHÓA XX`,
  // `ĐẠI HỘI ĐẢNG BỘ …`), named in capitals before `về …`.
  const authorText = author === undefined ? '' : foldForMatch(author.line.text.slice(author.from));
  const conference = author !== undefined && isUpperCaseText(author.line.text.slice(author.from)) && /^(?:hoi nghi|dai hoi)\s/u.test(authorText) && aboutAt > qualified;
  const authorLine = speakerInHeading || conference || /^cua\s/u.test(authorText);
  // Without `VỀ` or `TẠI`, the subject is where the capitals of the author's name end
  // (`CỦA BAN THƯỜNG VỤ ĐẢNG ỦY XÃ` / `tổ chức đại hội chi bộ …`).
  const mixedAt = authorLine && aboutAt < 0 ? parts.findIndex((p, i) => i > qualified && !isUpperCaseText(p.line.text.slice(p.from))) : -1;
  const kept = authorLine && aboutAt > qualified ? parts.slice(aboutAt) : mixedAt > qualified ? parts.slice(mixedAt) : parts;
  let text = joinWrappedLines(kept.map((p) => p.line.text.slice(p.from))).replace(/\s+/g, ' ').trim();
  const prefix = text.match(SUBJECT_PREFIX);
  if (prefix) {
    text = text.slice(prefix[0].length);
    const first = kept[0] ?? firstPart;
    if (!LETTER_SUBJECT_PREFIX.test(prefix[0]) && !SUBJECT_PREFIX_AS_WRITTEN.test(prefix[0])) {
      const written = prefix[0].trim();
      ctx.report('keyword/corrected', `"${written}" read as "Về${/\s/u.test(written) ? ' việc' : ''}" before the trích yếu (diacritics differ)`, ctx.place(first.line, first.from, first.from + written.length));
    }
  }
  text = text.replace(/[\s.;:,]+$/u, '').trim();
  if (text.length === 0) return;
  out.subject = text;
  const [firstKept = firstPart, ...otherKept] = kept;
  const piece = (p: { line: Line; from: number }) => ({ line: p.line, from: p.from, to: p.line.text.length });
  ctx.recordSpan('/header/subject', text, ctx.placeOfParts([piece(firstKept), ...otherKept.map(piece)], text));
}

function reportMissing(ctx: ExtractContext, out: Header): void {
  if (out.agency.lines.length === 0) ctx.report('header/agency-missing', 'No issuing agency (tên cơ quan ban hành) was found');
  if (out.numbering === null) ctx.report('header/number-missing', 'No số/ký hiệu line was found');
  if (out.date === null) ctx.report('header/date-missing', 'No place and date (địa danh, ngày tháng năm) was found');
  if (out.documentType === null) ctx.report('header/type-unknown', 'The document type (tên loại) could not be determined');
  if (out.subject === null) ctx.report('header/subject-missing', 'No trích yếu (subject) was found');
}
