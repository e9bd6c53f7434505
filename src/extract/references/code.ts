/** Reading forward: the số/ký hiệu after a head. */
import { normaliseCode } from './model.js';
import { CODE_END, CODE_SHAPES, type CodeShape, STRONG_CODE_SHAPES } from '../../domain/citation-patterns.js';
import { vre } from '../../domain/vietnamese.js';



export interface CodeRead {
  code: string;
  shape: CodeShape;
  end: number;
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
    if (m) return { code: normaliseCode(m[0]), shape, end: pos + m[0].length };
  }
  return null;
}

