/** The Nơi nhận block's entries as lines (label first in `zones.distribution`). */
import type { CheckContext } from '../types.js';
import { listEntries, type ListEntryLines } from './list-entries.js';

const LABEL = /^[*_]*(?:Nơi|NƠI)\s*(?:nhận|NHẬN)\s*[:.]?[*_]*\s*/u;
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
      if (!m) continue;
      pieces.push({ line: l.line, from: m[0].length });
      continue;
    }
    if (DRAFTER.test(l.line.text.trim())) continue;
    pieces.push({ line: l.line, from: 0 });
  }
  return listEntries(pieces);
}
