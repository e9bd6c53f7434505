/** Step 1: citation heads, every `số` keyword and every type name. */
import { NUMBER_KEYWORD, TYPE_NAME_ALTERNATION, WORD_END, WORD_START } from '../../domain/citation-patterns.js';
import { vre } from '../../domain/vietnamese.js';



export interface CitationHead {
  /** `number`: a `số` keyword; `type`: a type name. */
  kind: 'number' | 'type';
  start: number;
  /** End of the keyword (after `số:` and spaces) or of the type name. */
  end: number;
  /** The type name as written (kind `type`). */
  name?: string;
}

const HEAD_SCAN = vre(
  `${WORD_START}(?:(${TYPE_NAME_ALTERNATION})${WORD_END}|(${NUMBER_KEYWORD.slice(WORD_START.length)}))`,
  'giu',
);

/** Every `số` keyword and every type name in the text, in order. */
export function findCitationHeads(text: string): CitationHead[] {
  const heads: CitationHead[] = [];
  HEAD_SCAN.lastIndex = 0;
  for (let m = HEAD_SCAN.exec(text); m !== null; m = HEAD_SCAN.exec(text)) {
    if (m[1] !== undefined) heads.push({ kind: 'type', start: m.index, end: m.index + m[0].length, name: m[1] });
    else heads.push({ kind: 'number', start: m.index, end: m.index + m[0].length });
  }
  return heads;
}

