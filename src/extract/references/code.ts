/** Reading forward: the số/ký hiệu after a head. */
import { normaliseCode } from './model.js';
import { CODE_END, CODE_SHAPES, DAMAGED_YEAR_CODE, type CodeShape, STRONG_CODE_SHAPES } from '../../domain/citation-patterns.js';
import { vre } from '../../domain/vietnamese.js';



export interface CodeRead {
  code: string;
  shape: CodeShape;
  start: number;
  end: number;
  /** The code was cut by a line break (`428/TTXT-` / `ĐTDN`) and is read as one. */
  rejoined: boolean;
}

const CODE_READERS: ReadonlyArray<readonly [CodeShape, RegExp]> = (Object.keys(CODE_SHAPES) as CodeShape[]).map(
  (shape) => [shape, vre(`(?:${CODE_SHAPES[shape]})${CODE_END}`, 'yu')] as const,
);

/** The số/ký hiệu starting exactly at `pos`, trying the shapes in order. */
export function readCode(text: string, pos: number, shapes: readonly CodeShape[] = STRONG_CODE_SHAPES): CodeRead | null {
  for (const [shape, re] of CODE_READERS) {
    if (!shapes.includes(shape)) continue;
    re.lastIndex = pos;
    const m = re.exec(text);
    if (m) return { code: normaliseCode(m[0]), shape, start: pos, end: pos + m[0].length, rejoined: m[0].includes('\n') };
  }
  return null;
}

const DAMAGED_YEAR_READER = vre(`${DAMAGED_YEAR_CODE}${CODE_END}`, 'yu');

/** A legal code whose year group is no year, read apart (`readDamagedLegalCode`). */
export interface DamagedLegalCode {
  number: string;
  /** The digits written where the year belongs. */
  yearDigits: string;
  /** The groups after the year (`NĐ-CP`). */
  rest: string;
  end: number;
}

/** `45/25010/NĐ-CP` at `pos`: a legal code whose year group is not a year (19xx/20xx), else null. */
export function readDamagedLegalCode(text: string, pos: number): DamagedLegalCode | null {
  DAMAGED_YEAR_READER.lastIndex = pos;
  const m = DAMAGED_YEAR_READER.exec(text);
  if (!m || /^(?:19|20)[0-9]{2}$/u.test(m[2] ?? '')) return null;
  return { number: m[1] ?? '', yearDigits: m[2] ?? '', rest: normaliseCode(m[3] ?? ''), end: pos + m[0].length };
}

/**
 * The year a damaged year group stands for, given the year of the date that follows it: the
 * digits hold that year with one digit too many (`25010` → 2010), else null. One digit only: a
 * group further off is some other number, not a typo.
 */
export function repairedYear(yearDigits: string, dateYear: string): string | null {
  if (yearDigits.length !== dateYear.length + 1) return null;
  for (let i = 0; i < yearDigits.length; i++) {
    if (yearDigits.slice(0, i) + yearDigits.slice(i + 1) === dateYear) return dateYear;
  }
  return null;
}
