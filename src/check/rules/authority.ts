/** Authority prefixes (`TM.`, `KT.`, `T/M`) as written in the signature block, with their place. */
import { AUTHORITY_ANYWHERE, AUTHORITY_LINE } from '../../domain/signature.js';
import type { Line } from '../../lines/line.js';
import type { CheckContext } from '../types.js';
import { linesAt } from './util.js';

export interface WrittenPrefix {
  readonly line: Line;
  readonly from: number;
  /** The prefix as written, without the space after it (`TM.`, `T/M`, `KT`). */
  readonly written: string;
  /** What follows directly (for spacing). */
  readonly after: string;
}

export function authorityLines(ctx: CheckContext): WrittenPrefix[] {
  const out: WrittenPrefix[] = [];
  for (const l of linesAt(ctx, ctx.zones.signer)) {
    const text = l.line.text;
    const lead = /^[*_]*/.exec(text)![0].length;
    const m = AUTHORITY_LINE.exec(text.slice(lead));
    if (!m) continue;
    const written = m[1]!.replace(/\s+$/, '');
    out.push({ line: l.line, from: lead, written, after: text.slice(lead + written.length, lead + written.length + 1) });
    // A flattened signature cell holds the next prefix on the same line (`TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH`).
    for (const more of text.slice(lead + written.length).matchAll(AUTHORITY_ANYWHERE)) {
      const writtenMore = more[1]!.replace(/\s+$/, '');
      const from = lead + written.length + more.index + more[0].length - more[1]!.length;
      out.push({ line: l.line, from, written: writtenMore, after: text.slice(from + writtenMore.length, from + writtenMore.length + 1) });
    }
  }
  return out;
}
