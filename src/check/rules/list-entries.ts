/**
 * Entries of a dash list (Kính gửi, Nơi nhận) as pieces of lines: where each entry starts, its
 * marker, and where its text ends — for the punctuation rules (VB203, VB502, VB503, VB504).
 * A list flattened into one table cell (`- Như trên; - UBND tỉnh; - Lưu: VT, CS.`) is split at its dashes.
 */
import type { Line } from '../../lines/line.js';
import { startsLowerCase } from '../../domain/vietnamese.js';

export interface ListEntryLines {
  /** The line the entry starts on, and where its text (marker included) starts in it. */
  readonly first: Line;
  readonly from: number;
  /** The marker written (`-`, `–`, `+`, `•`), or '' when the entry has none. */
  readonly marker: string;
  /** The line the entry ends on, and where its text ends there (before markup and spaces). */
  readonly last: Line;
  readonly to: number;
}

const MARKER = /^([-‐‑‒–—―−+•*·])\s*/u;
/** Inside a flattened line: `; - ` or `. - ` starts the next entry. */
const FLATTENED_SEPARATOR = /[;.,]\s+(?=[-‐‑‒–—―−+]\s)/gu;

function trimmedEnd(text: string, from: number, to: number): number {
  let end = to;
  while (end > from && /[*_\s|]/.test(text[end - 1]!)) end--;
  return end;
}

/**
 * `pieces` are the list's lines (the label's own line given from after the label). A line with no
 * marker goes on the entry before it when it starts in lower case, or when that entry has not
 * ended with `;` or `.` (a wrapped entry: `- VPCP: BTCN,` / `PCN Phạm Mạnh Cường,`).
 */
export function listEntries(pieces: ReadonlyArray<{ line: Line; from: number }>, options: { commaEnds?: boolean } = {}): ListEntryLines[] {
  // Party lists end their entries with `,` (HD 36 practice); state lists with `;`.
  const ended = options.commaEnds ? /[;.,]/ : /[;.]/;
  const entries: Array<{ first: Line; from: number; marker: string; last: Line; to: number }> = [];
  for (const { line, from } of pieces) {
    const spans: Array<[number, number]> = [];
    let start = from;
    for (const m of line.text.slice(from).matchAll(FLATTENED_SEPARATOR)) {
      const cut = from + m.index + 1;
      spans.push([start, cut]);
      start = from + m.index + m[0].length;
    }
    spans.push([start, line.text.length]);
    for (const [s, e] of spans) {
      const raw = line.text.slice(s, e);
      const lead = raw.length - raw.replace(/^[*_\s|]+/, '').length;
      const textFrom = s + lead;
      let end = trimmedEnd(line.text, textFrom, e);
      // Text set beside the list in another column (`- Cổng TTĐT;      Để đăng dự thảo`): the entry
      // ends at its punctuation before the wide gap.
      const beside = /[;.,](?=\s{3,}\S)/u.exec(line.text.slice(textFrom, end));
      if (beside) end = textFrom + beside.index + 1;
      else {
        // Whitespace already folded: `- Cổng TTĐT Chính phủ; Để đăng dự thảo` — words after the
        // entry's `;` that end without punctuation are a note set beside it, not the entry.
        const piece = line.text.slice(textFrom, end);
        const inner = /^(.*[;.])\s+[^;.,:]*[\p{L}\d)]$/u.exec(piece);
        if (inner && !/[-‐‑‒–—―−+]\s/.test(piece.slice(inner[1]!.length))) end = textFrom + inner[1]!.length;
      }
      if (end <= textFrom) continue;
      const text = line.text.slice(textFrom, end);
      // A page number between two pages of the list (`7`, `- 2 -`).
      if (/^(?:[-–]\s*)?\d{1,3}(?:\s*[-–])?$/.test(text.trim())) continue;
      const m = MARKER.exec(text);
      const previous = entries[entries.length - 1];
      if (!m && previous) {
        const prevLast = previous.last.text.slice(0, previous.to).slice(-1);
        // Indented under the entry (`- VPCP: BTCN;` / `   Trợ lý, Thư ký…`): it belongs to it.
        const indented = s === spans[0]![0] && line.indent > previous.first.indent;
        if (startsLowerCase(text) || !ended.test(prevLast) || indented) {
          previous.last = line;
          previous.to = end;
          continue;
        }
      }
      entries.push({ first: line, from: textFrom, marker: m ? m[1]! : '', last: line, to: end });
    }
  }
  return entries;
}

/** The final character of an entry. */
export function entryEnd(entry: ListEntryLines): { at: number; last: string } {
  return { at: entry.to, last: entry.last.text.slice(entry.to - 1, entry.to) };
}
