/**
 * Entries of a dash list (Kính gửi, Nơi nhận) as lines: where each entry starts, its marker, and
 * the line its text ends on — for the punctuation rules (VB203, VB502, VB503).
 */
import type { Line } from '../../lines/line.js';
import { startsLowerCase } from '../../domain/vietnamese.js';

export interface ListEntryLines {
  /** The line the entry starts on, and where its text starts in it (after a label). */
  readonly first: Line;
  readonly from: number;
  /** The marker written (`-`, `–`, `+`, `•`), or '' when the entry has none. */
  readonly marker: string;
  /** The line the entry ends on. */
  readonly last: Line;
}

const MARKER = /^([-‐‑‒–—―−+•*·])\s*/u;

/**
 * `pieces` are the list's lines (the label's own line given from after the label). A line that
 * starts in lower case, or follows an entry that has not ended (no `;`, `.`, `,` or `:`), goes on
 * the entry before it when it carries no marker.
 */
export function listEntries(pieces: ReadonlyArray<{ line: Line; from: number }>): ListEntryLines[] {
  const entries: Array<{ first: Line; from: number; marker: string; last: Line }> = [];
  for (const { line, from } of pieces) {
    const text = line.text.slice(from).replace(/^[*_\s]+/, '');
    if (text.trim() === '') continue;
    const m = MARKER.exec(text);
    const previous = entries[entries.length - 1];
    if (!m && previous) {
      const prevText = previous.last.text.replace(/[*_\s]+$/, '');
      if (startsLowerCase(text) || !/[;.,:]$/.test(prevText)) {
        previous.last = line;
        continue;
      }
    }
    entries.push({ first: line, from: from + (line.text.slice(from).length - text.length), marker: m ? m[1]! : '', last: line });
  }
  return entries;
}

/** Where an entry's text ends (before trailing markup and spaces) and its final character. */
export function entryEnd(line: Line): { at: number; last: string } {
  const trimmed = line.text.replace(/[*_\s]+$/, '');
  return { at: trimmed.length, last: trimmed.slice(-1) };
}
