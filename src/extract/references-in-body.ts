/** Citations in the body, mapped back to positions and decomposed with the number parser. */
import { DAY_WORD, MONTH_WORD, YEAR_WORD } from '../domain/date-grammar.js';
import { DIGIT_LOOKALIKE_CLASS, repairDigits } from '../domain/keywords.js';
import { vre } from '../domain/vietnamese.js';
import type { Reference } from '../schema/document.js';
import type { TextStream } from './body.js';
import type { ExtractContext } from './context.js';
import { parseDocumentNumber } from './number.js';
import { extractReferences } from './references/index.js';

/**
 * OCR reads `1` as `l`/`I` and `0` as `O` in document numbers (`số 2l48/BNNPTNT-TT`): after `số`,
 * a number that mixes digits with those letters gets its digits back. Same length, so every span
 * still points at the original text.
 */
export function restoreOcrDigits(text: string): string {
  return text
    .replace(OCR_NUMBER, (whole, label: string, token: string) => (/\d/.test(token) ? label + repairDigits(token) : whole))
    .replace(OCR_DATE, (whole: string, ...groups: unknown[]) => {
      const parts = groups.slice(0, 6) as string[];
      const repaired = parts.map((part, k) => (k % 2 === 1 ? repairDigits(part, { always: true }) : part));
      // A date whose year reads as one, with a real digit somewhere in it.
      return /\d/.test(parts[1]! + parts[3]! + parts[5]!) && /^(?:19|20)\d\d$/.test(repaired[5]!) ? repaired.join('') : whole;
    });
}

// The label is matched, not looked behind for: a look-behind is tried at every position of the body.
const LOOKALIKE_NUMBER = `(?:[0-9]|${DIGIT_LOOKALIKE_CLASS})`;
const OCR_NUMBER = new RegExp(`(s[ốô]\\s{0,2}:?\\s{0,2})(${LOOKALIKE_NUMBER}{2,6})(?=\\s{0,2}[/\\-–])`, 'gu');
// `ngày O6/9/2O24`, `ngày l0 tháng 3 nǎm 2025`: a date after `ngày`, look-alikes in its numbers.
const OCR_DATE = vre(
  `(${DAY_WORD}\\s{1,2})(${LOOKALIKE_NUMBER}{1,2})(\\s{0,2}[/.\\-]\\s{0,2}|\\s+${MONTH_WORD}\\s+)(${LOOKALIKE_NUMBER}{1,2})(\\s{0,2}[/.\\-]\\s{0,2}|\\s+${YEAR_WORD}\\s+)(${LOOKALIKE_NUMBER}{4})(?![\\p{L}\\p{N}])`,
  'giu',
);

export function extractBodyReferences(stream: TextStream, ownSymbol: { number: string | null; symbol: string | null }, ctx?: ExtractContext): Reference[] {
  const exclude: string[] = [];
  if (ownSymbol.symbol) exclude.push(ownSymbol.number ? `${ownSymbol.number}/${ownSymbol.symbol}` : ownSymbol.symbol);
  if (ownSymbol.symbol && ownSymbol.number) exclude.push(`${ownSymbol.number}-${ownSymbol.symbol}`);
  const matches = extractReferences(restoreOcrDigits(stream.text), { exclude });
  // What was repaired or guessed to read a citation is said, with its place (info).
  for (const repair of matches.flatMap((m) => m.repairs)) ctx?.report(repair.ruleId, repair.message, stream.place(repair.start, repair.end));
  return matches.map((match) => {
    const parsed = match.code ? parseDocumentNumber(match.code, { isLetter: match.type === 'Công văn' }) : null;
    return {
      type: match.type,
      code: match.code,
      number: parsed?.numbering.number ?? null,
      year: parsed?.numbering.year ?? null,
      typeCode: parsed?.numbering.typeCode ?? null,
      issuerCode: parsed?.numbering.issuerCode ?? null,
      date: match.date,
      issuer: match.issuer,
      subject: match.subject,
      raw: match.raw,
      mentions: match.mentions.map((m) => ({ raw: m.raw, place: stream.place(m.start, m.end) })),
    };
  });
}
