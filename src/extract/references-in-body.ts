/** Citations in the body, mapped back to positions and decomposed with the number parser. */
import type { Reference } from '../schema/document.js';
import type { TextStream } from './body.js';
import { parseDocumentNumber } from './number.js';
import { extractReferences } from './references.js';

export function extractBodyReferences(stream: TextStream, ownSymbol: { number: string | null; symbol: string | null }): Reference[] {
  const exclude: string[] = [];
  if (ownSymbol.symbol) exclude.push(ownSymbol.number ? `${ownSymbol.number}/${ownSymbol.symbol}` : ownSymbol.symbol);
  if (ownSymbol.symbol && ownSymbol.number) exclude.push(`${ownSymbol.number}-${ownSymbol.symbol}`);
  return extractReferences(stream.text, { exclude }).map((match) => {
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
