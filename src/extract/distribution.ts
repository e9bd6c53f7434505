/** Nơi nhận: entries with their purpose (`(để b/c)`), sub-entries, and the `Lưu:` entry decomposed. */
import { editDistance, foldForMatch, fuzzyKeywordAtStart } from '../domain/fuzzy.js';
import { KEYWORDS, keywordPattern } from '../domain/keywords.js';
import { AUTHORITY_LINE } from '../domain/signature.js';
import { sliceLine, type Line } from '../lines/line.js';
import type { DistributionEntry } from '../schema/document.js';
import type { ExtractContext } from './context.js';
import { readListEntries, type LinePart } from './lists.js';

const PURPOSE = /\s*\(((?:để|đ\/|b\/c|B\/c|Bc|BC|t\/h|T\/h|Th\/h|th\/h|biết|p\/h|phối hợp|đăng tải|thực hiện|chỉ đạo|báo cáo|theo dõi|t\/d)[^()]*)\)\s*$|\s+(để\s+(?:b\/c|biết|t\/h|th\/h|báo cáo|thực hiện|phối hợp|chỉ đạo))\s*$/u;
const ARCHIVE = /^Lưu(?:\s*:|\s)/u;

/** Read the Nơi nhận entries; returns the signer text found on the label line, if any. */
export function extractDistribution(ctx: ExtractContext): { entries: DistributionEntry[]; signerOnLabel: Line | null } {
  const indices = ctx.zones.distribution;
  if (indices.length === 0) return { entries: [], signerOnLabel: null };
  const lines: Line[] = [];
  let signerOnLabel: Line | null = null;
  for (const index of indices) {
    const { kind, line } = ctx.line(index);
    if (kind !== 'distributionLabel') {
      lines.push(line);
      continue;
    }
    const colon = line.text.search(/[:.]/);
    // A label OCR damaged (`N ơi nhận`) ends where the keyword read through ends.
    const corrected = ctx.line(index).corrected;
    const labelEnd =
      colon >= 0 && colon < 12
        ? colon + 1
        : corrected?.keyword === 'distribution'
          ? corrected.end
          : (line.text.match(/^\S+\s+\S+/)?.[0].length ?? line.text.length);
    const rest = sliceLine(line, labelEnd);
    if (rest.text.length === 0) continue;
    // OCR puts the first authority line on the label's line: `Nơi nhận: TL. TỔNG CỤC TRƯỞNG`.
    if (AUTHORITY_LINE.test(rest.text)) signerOnLabel = rest;
    else lines.push(rest);
  }
  const onAside = (aside: Line) => ctx.report('distribution/aside-left-out', `"${aside.text}" stands beside the entry, set off by a wide gap: a note, not part of the entry`, ctx.place(aside));
  const entries = readListEntries(lines, { onAside }).map((entry, i): DistributionEntry => {
    const place = ctx.placeOfParts(entry.parts, entry.text);
    // An entry wrapped around the signer's lines (a footer read row by row) spans them: its raw
    // source is what stands at its place, the signer's lines included.
    ctx.recordSpan(`/distribution/${i}`, interleaved(entry.parts) ? ctx.sourceText(place) : entry.text, place);
    const opener = damagedOpener(entry.text);
    if (opener) ctx.report('keyword/corrected', `"${opener.written}" read as "${opener.key}" (${opener.edits === 0 ? 'diacritics or case differ' : `${opener.edits} letter${opener.edits > 1 ? 's' : ''} differ`})`, place);
    const text = opener ? opener.key + entry.text.slice(opener.written.length) : entry.text;
    return {
      text,
      purpose: purposeOf(text),
      level: entry.marker === '+' ? 1 : 0,
      archive: ARCHIVE.test(text) ? parseArchive(text) : null,
      place,
    };
  });
  const first = indices[0];
  if (first !== undefined && ctx.line(first).kind !== 'distributionLabel') {
    ctx.report('distribution/label-missing', 'A dash list opening with "Như trên" or "Lưu" by the signature is read as Nơi nhận, though no `Nơi nhận:` label was found', ctx.place(ctx.line(first).line));
  }
  if (!entries.some((e) => e.archive)) {
    ctx.report('distribution/archive-missing', 'The Nơi nhận list has no `Lưu` entry');
  }
  return { entries, signerOnLabel };
}

const AS_ABOVE = keywordPattern('asAbove');
const ARCHIVE_OPENER = keywordPattern('archive');

/** `Như` misread before `Điều 3`, `kính gửi`, `thành phần mời` (`Như` written right is left alone). */
const AS_POINTING = /^(?:Nhu|Nhir|Nhứ|Nhừ)(?=\s+(?:[ĐDÐđ]i\S{1,2}u\s+\d|[Kk][íi]nh\s+g\S{1,2}i|th\S{1,2}nh\s+ph\S{1,2}n)\s*)/u;
/** What may follow `Như trên` in its entry: a purpose in brackets and the closing mark. */
const AS_ABOVE_REST = /^\s*(?:\([^)]*\))?\s*[;,.]?\s*$/u;
/** What follows `Lưu`: a colon, or the first unit in capitals (`Lưu VT`). */
const ARCHIVE_REST = /^\s*:|^\s+\p{Lu}/u;

/**
 * The two entries of every Nơi nhận that are closed vocabulary, `Như trên` and `Lưu`, damaged by OCR
 * (`Nhu tren;`, `1ưu: VT`): read as the keyword when the entry has its shape; null when written right.
 */
function damagedOpener(text: string): { written: string; key: string; edits: number } | null {
  if (/^Như trên(?![\p{L}\p{N}])/u.test(text) || /^Lưu(?![\p{L}\p{N}])/u.test(text)) return null;
  // `Nhu Điều 3;`, `Nhir kính gửi;`: the same `Như` before what the entry points to.
  const pointing = AS_POINTING.exec(text);
  if (pointing) return { written: pointing[0], key: 'Như', edits: lettersApart(pointing[0], 'Như') };
  for (const [name, rest] of [['asAbove', AS_ABOVE_REST], ['archive', ARCHIVE_REST]] as const) {
    const exact = (name === 'asAbove' ? AS_ABOVE : ARCHIVE_OPENER).exec(text);
    const found = exact ? { start: 0, end: exact[0].length, edits: lettersApart(exact[0], KEYWORDS[name].key) } : fuzzyKeywordAtStart(name, text);
    if (!found || found.start !== 0 || !rest.test(text.slice(found.end))) continue;
    const written = text.slice(0, found.end);
    const key = KEYWORDS[name].key;
    // Capitals stay capitals (`NHƯ TRÊN`): only the letters are read again.
    if (written.toLowerCase() === key.toLowerCase()) return null;
    return { written, key: written === written.toUpperCase() && /\p{L}{2}/u.test(written) ? key.toUpperCase() : key, edits: found.edits };
  }
  return null;
}

/** Letters two forms differ by once diacritics and case are set aside (`1ưu` and `Lưu`: 1). */
function lettersApart(written: string, key: string): number {
  return editDistance(foldForMatch(written).replace(/\s+/g, ' '), foldForMatch(key));
}

function purposeOf(text: string): string | null {
  if (ARCHIVE.test(text)) return null;
  const m = text.match(PURPOSE);
  return m ? (m[1] ?? m[2] ?? '').trim() : null;
}

/** `Lưu: VT, TC-TG (2b)` → units [VT, TC-TG], copies 2. */
export function parseArchive(text: string): { units: string[]; copies: number | null } {
  const body = text.replace(ARCHIVE, '').replace(/[\s.;,]+$/u, '').trim();
  const copies = body.match(/\((\d{1,3})\s*b?\)|\b(\d{1,3})\s*b\b/u);
  const units = body
    .replace(/\((\d{1,3})\s*b?\)/gu, '')
    .split(/[,;]\s*/)
    .map((u) => u.trim())
    .filter((u) => u.length > 0);
  return { units, copies: copies ? Number(copies[1] ?? copies[2]) : null };
}

/** Pieces of an entry that are not on consecutive source lines: other lines stand between them. */
function interleaved(parts: readonly LinePart[]): boolean {
  return parts.some((part, i) => i > 0 && part.line.sourceLine - (parts[i - 1]?.line.sourceLine ?? part.line.sourceLine) > 1);
}
