/**
 * The fields a reader of the output relies on, as comparable strings, and how many of them two
 * parses share: a document re-encoded, or rendered to .docx/.pdf, must parse as the original.
 */
import type { ParsedDocument } from '../../src/schema/document.js';

export function keyFields(doc: ParsedDocument): Record<string, string> {
  const h = doc.header;
  const norm = (s: string | null | undefined) => (s ?? '').normalize('NFC').replace(/\s+/g, ' ').trim();
  return {
    agency: norm(h.agency?.lines.join(' ')),
    number: norm(h.number),
    symbol: norm(h.symbol),
    place: norm(h.place),
    date: norm(h.date?.iso),
    documentType: norm(h.documentType),
    subject: norm(h.subject),
    recipients: doc.recipients.map(norm).join(' | '),
    tasks: doc.tasks.map((t) => t.label).join(' '),
    distribution: doc.distribution.map((d) => norm(d.text)).join(' | '),
    signerPosition: norm(doc.signer?.position),
    signerName: norm(doc.signer?.name),
  };
}

/** Share of the key fields that two parses agree on (1 = all). */
export function agreement(a: ParsedDocument, b: ParsedDocument): { score: number; differences: string[] } {
  const x = keyFields(a);
  const y = keyFields(b);
  const differences = Object.keys(x).filter((k) => x[k] !== y[k]).map((k) => `${k}: ${JSON.stringify(x[k])} ≠ ${JSON.stringify(y[k])}`);
  return { score: 1 - differences.length / Object.keys(x).length, differences };
}
