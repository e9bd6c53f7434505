/** The Nơi nhận block's entries as lines (label first in `zones.distribution`). */
import type { CheckContext } from '../types.js';
import { listEntries, type ListEntryLines } from './list-entries.js';

const LABEL = /^[*_]*nơi\s*nhận\s*[:.]?[*_]*\s*/iu;
/** The drafter's initials and copies (ô 12, `PL.(300)`), written under the list. */
const DRAFTER = /^[A-ZĐ]{1,6}\.?\s*\(\d+\s*b?\)\.?$/u;

export function distributionEntries(ctx: CheckContext): ListEntryLines[] {
  const indices = ctx.zones.distribution;
  const pieces = [];
  for (const [n, i] of indices.entries()) {
    const l = ctx.lines[i];
    if (!l) continue;
    if (n === 0) {
      const m = LABEL.exec(l.line.text);
      // `Nơi nhận văn bản xác định…` opens a sentence, not the block: no list to judge.
      if (!m || (!/[:.]/.test(m[0]) && l.line.text.length > m[0].length)) return [];
      pieces.push({ line: l.line, from: m[0].length });
      continue;
    }
    if (DRAFTER.test(l.line.text.trim())) continue;
    // A long line without a marker is prose after the block (the zone ran on): stop there.
    if (l.line.text.length > 150 && !/^[-‐‑‒–—―−+•]/.test(l.line.text.trim())) break;
    pieces.push({ line: l.line, from: 0 });
  }
  return listEntries(pieces, { commaEnds: ctx.family === 'party' });
}
