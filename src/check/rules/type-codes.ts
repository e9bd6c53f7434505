/** Type codes by family and rulebook, from the document-type table (rules.md §4). */
import { DOCUMENT_TYPES, documentTypeByName } from '../../domain/document-types.js';

const stateCurrent = new Set(DOCUMENT_TYPES.filter((t) => t.kinds.some((k) => k === 'administrative' || k === 'legal' || k === 'copy')).flatMap((t) => t.codes));
stateCurrent.delete('CV'); // a state công văn has no type code (CV is the Party's)
stateCurrent.delete('QĐi'); // the Party's code for Quy định; NĐ 30 writes QyĐ
const partyCodes = new Set([...DOCUMENT_TYPES.filter((t) => t.kinds.includes('party')).flatMap((t) => t.codes), 'BS', 'QĐi']);

/**
 * Codes of older rulebooks and what NĐ 30 writes instead; `until` is the rulebook that still
 * had the old code (TT 01/2011 kept GN, TTh, UQ, NP; TTLT 55/2005 had the rest).
 */
export const LEGACY_CODES: Readonly<Record<string, { current: string; validUnderTt01: boolean }>> = {
  GN: { current: 'BGN', validUnderTt01: true },
  TTh: { current: 'BTT', validUnderTt01: true },
  UQ: { current: 'GUQ', validUnderTt01: true },
  NP: { current: 'GNP', validUnderTt01: true },
  GT: { current: 'GGT', validUnderTt01: false },
  TS: { current: 'TrS', validUnderTt01: false },
};

export function isKnownCode(code: string, family: 'state' | 'party'): boolean {
  const set = family === 'party' ? partyCodes : stateCurrent;
  if (set.has(code)) return true;
  for (const c of set) if (c.toLowerCase() === code.toLowerCase()) return true;
  return false;
}

/** Codes a type name may carry (current and legacy), upper-cased for comparison. */
export function codesOfTypeName(name: string): Set<string> | null {
  const entry = documentTypeByName(name);
  if (!entry) return null;
  const codes = [...entry.codes, ...(entry.legacyCodes ?? [])];
  // Types that share a name with a Party one (Quy định QĐ/QĐi, Thông tư/Thông tri TT).
  for (const other of DOCUMENT_TYPES) if (other.name === entry.name && other !== entry) codes.push(...other.codes);
  return codes.length > 0 ? new Set(codes.map((c) => c.toUpperCase())) : null;
}
