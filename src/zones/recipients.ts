/** The `Kính gửi` (and `Đồng kính gửi`) block: an inline recipient or a dash list below it. */
import { BODY_SENTENCE_START } from '../domain/patterns.js';
import { startsLowerCase } from '../domain/vietnamese.js';
import type { Line } from '../lines/line.js';
import type { ClassifiedLine, LineKind } from './classify.js';
import { BODY_SIGNALS, lineAt, type Range } from './types.js';

const LABEL_WORDS = /^\s*(?:đồng\s+)?k\S{2,4}\s*g\S{1,4}/iu;
const CONTACT_LINE = /^\(?\s*(?:Địa chỉ|Đ\/c|ĐC|Điện thoại|ĐT|Email|E-mail|Fax)\s*:/iu;

/** `Kính gửi:` with an inline recipient or a dash list below it. */
export function readRecipientBlock(lines: readonly ClassifiedLine[], start: number, label: LineKind): Range | null {
  // Allow header leftovers (a recipient's address, a stray number) between header and Kính gửi.
  let at = start;
  while (at < lines.length && at < start + 2 && lineAt(lines, at).kind !== label) {
    if (BODY_SIGNALS.has(lineAt(lines, at).kind)) break;
    at++;
  }
  if (at >= lines.length || lineAt(lines, at).kind !== label) return null;
  const labelLine = lineAt(lines, at);
  let i = at + 1;
  // Without its colon (`Kính gửi UBND các xã.`) the label is its two words, as written or damaged.
  const labelText = labelLine.line.text;
  const inlineRest = (labelText.includes(':') ? labelText.replace(/^[^:]*:/, '') : labelText.replace(LABEL_WORDS, '')).trim();
  let lastText = inlineRest;
  let dashSeen = /^[-–]/.test(inlineRest);
  // The last dash entry's line: a line indented under its text (right of the dash) continues it.
  let entryLine: Line | null = null;
  while (i < lines.length) {
    const { kind, line } = lineAt(lines, i);
    // A citizen's or company's address under the name belongs to it, not another recipient.
    if (CONTACT_LINE.test(line.text)) break;
    if (labelLine.line.cell && line.cell && line.cell.table === labelLine.line.cell.table && line.cell.row === labelLine.line.cell.row) {
      lastText = line.text;
      i++;
      continue;
    }
    // The độ khẩn stamp in its box at the left, printed on an entry's row (ô 10b): no entry.
    if (kind === 'urgency') {
      i++;
      continue;
    }
    // `+` marks sub-entries under `-` entries, or the entries themselves when no `-` is used.
    if (kind === 'bullet' && (!/^\+/.test(line.text) || !dashSeen)) {
      if (!/^\+/.test(line.text)) dashSeen = true;
      entryLine = line;
      lastText = line.text;
      i++;
      continue;
    }
    // After a bare `Kính gửi:`, entries without dashes: each ends with `;` (the last with `.`).
    if (kind === 'text' && inlineRest.length === 0 && (lastText.length === 0 || /[;,]$/.test(lastText)) && /[;,.]$/.test(line.text) && line.text.length <= 160) {
      lastText = line.text;
      i++;
      continue;
    }
    // A bare label, then one addressee on a line of its own, closed by no mark, a paragraph of its
    // own (`BỘ TRƯỞNG BỘ Y TẾ điện:` / `Đồng chí Chủ tịch Ủy ban nhân dân các tỉnh, thành phố …`).
    if (kind === 'text' && i === at + 1 && inlineRest.length === 0 && standsAlone(lines, i)) {
      lastText = line.text;
      i++;
      break;
    }
    const open = lastText.length > 0 && !/[.;:]$/.test(lastText);
    // Without layout indents, an open entry goes on over a line that ends inside a list (`,` `;`).
    const wrapped = startsLowerCase(line.text) || lastText.endsWith(',') || (line.text.length <= 60 && /[.;,]$/.test(line.text)) || (/[;,]$/.test(line.text) && !BODY_SENTENCE_START.test(line.text));
    if (kind === 'text' && !line.gapBefore && open && (wrapped || hangsUnder(line, entryLine))) {
      lastText = line.text;
      i++;
      continue;
    }
    break;
  }
  return { start: at, end: i };
}

/** A short line that is a paragraph of its own, and no sentence: an addressee. */
function standsAlone(lines: readonly ClassifiedLine[], i: number): boolean {
  const { line } = lineAt(lines, i);
  const next = lines[i + 1];
  if (line.text.length > 120 || /[.:]$/.test(line.text) || BODY_SENTENCE_START.test(line.text)) return false;
  return next === undefined || next.line.gapBefore || BODY_SIGNALS.has(next.kind);
}

/**
 * `- Các tổ chức chính trị - xã hội: …, Trung ương` / `       Hội Nông dân Việt Nam, …`: in
 * `pdftotext -layout` text a wrapped entry's next line stands under the entry's text, right of its
 * dash, while a paragraph of the body starts at the margin or further in.
 */
function hangsUnder(line: Line, entry: Line | null): boolean {
  if (entry === null || entry.split || line.split || line.cell || entry.cell) return false;
  const marker = entry.text.match(/^[-–+•]\s*/u)?.[0].length ?? 0;
  if (marker === 0) return false;
  return Math.abs(line.indent - (entry.indent + marker)) <= 1;
}
