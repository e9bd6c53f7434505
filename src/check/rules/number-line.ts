/** The số/ký hiệu line read piece by piece, for the rules on its form (VB122, VB123). */
import type { Line } from '../../lines/line.js';
import type { CheckContext } from '../types.js';
import { headerLine } from './util.js';

export interface NumberLine {
  readonly line: Line;
  /** `Số` as written and what follows it up to the code (`: `, ` `, `:`). */
  readonly label: string;
  readonly labelFrom: number;
  /** The separator between `Số` and the code (colon and spaces). */
  readonly separator: string;
  readonly separatorFrom: number;
  /** The code as written (`821 /MTTQ - BTT`), from its first character to its last. */
  readonly code: string;
  readonly codeFrom: number;
  /** The running number as written (`821`, `5`, `` when blank). */
  readonly number: string;
  readonly numberFrom: number;
}

// `Số`, then `:`, spaces, then the code up to the end of the line or the next layout gap.
const NUMBER_LINE = /^([*_]*)(Số|SỐ)(\s*:?\s*)([^\s*_].*?)([*_]*)$/u;

/** The số line the parser read the number from (not an incoming-document stamp's `Số: 3391`). */
export function parsedNumberLine(ctx: CheckContext) {
  const at = ctx.document.sources['/header/numbering']?.place?.start.offset;
  if (at !== undefined) {
    for (const l of ctx.lines.slice(0, ctx.zones.body.start + 1)) {
      if (l.kind !== 'number') continue;
      const place = ctx.place(l.line);
      if (place.start.offset <= at && at < Math.max(place.end.offset, place.start.offset + 1)) return l;
    }
  }
  return headerLine(ctx, 'number');
}

export function numberLine(ctx: CheckContext): NumberLine | null {
  const found = parsedNumberLine(ctx);
  if (!found) return null;
  const text = found.line.text;
  const m = NUMBER_LINE.exec(text);
  if (!m) return null;
  const labelFrom = m[1]!.length;
  const separatorFrom = labelFrom + m[2]!.length;
  const codeFrom = separatorFrom + m[3]!.length;
  // The code is what the parser read as the number (`numbering.raw`): it ends there, before a
  // subject or a place-and-date that share the line (converters and OCR join columns).
  let code = m[4]!;
  const raw = ctx.document.header.numbering?.raw.replace(/\s+/g, '');
  if (raw) {
    let matched = 0;
    let end = 0;
    for (let i = 0; i < code.length && matched < raw.length; i++) {
      if (/\s/.test(code[i]!)) continue;
      if (code[i] !== raw[matched]) break;
      matched++;
      end = i + 1;
    }
    if (matched === raw.length) code = code.slice(0, end);
  }
  const tail = /\s+(?:V\/v|Về|về)\b.*$/u.exec(code);
  if (tail) code = code.slice(0, tail.index);
  const num = /^\d*/.exec(code)![0];
  return { line: found.line, label: m[2]!, labelFrom, separator: m[3]!, separatorFrom, code, codeFrom, number: num, numberFrom: codeFrom };
}
