/**
 * Letters OCR misread into a shape no Vietnamese syllable has, in a text that is otherwise clean:
 * `rn` for `m` at a word's end (`Nguyễn Văn Narn`, `Lục Narn`). Only where the repaired word is a
 * syllable and the written one is not, so a clean text is left as it is.
 */
import type { Repair } from './repair.js';
import { isSyllable } from './syllables.js';
import { vre } from '../../domain/vietnamese.js';

const RN_END = vre(/\p{L}+rn(?![\p{L}\p{N}])/gu);

export function repairImpossibleLetters(text: string): Repair[] {
  if (!text.includes('rn')) return [];
  const repairs: Repair[] = [];
  for (const m of text.matchAll(RN_END)) {
    const written = m[0];
    const read = `${written.slice(0, -2)}m`;
    if (isSyllable(written) || !isSyllable(read)) continue;
    // (`nărn 2024`: the date's own grammar reads its year word, and says so.)
    if (/^\s*\d/u.test(text.slice(m.index + written.length, m.index + written.length + 3))) continue;
    // Only the `rn` changes: the repair spans those two letters.
    const start = m.index + written.length - 2;
    repairs.push({ start, end: start + 2, text: 'm', kind: 'noise', written: 'rn', reason: `no Vietnamese syllable ends in rn: "${written}" is "${read}"` });
  }
  return repairs;
}
