/** The public entry: `extractReferences` runs the scan, fills from context, lists and chains, reads subjects, dedupes. */
import { splitGluedCodes } from './glued.js';
import { codeKey, type Repair } from './model.js';
import { addBareMentions, dedupeReferences, fillFromChains, fillFromCoordination, fillFromLists, toMatch } from './resolve.js';
import { scanCitations } from './scan.js';
import { readSubjects } from './subject.js';

export interface ReferenceMention {
  start: number;
  end: number;
  raw: string;
}

export interface ReferenceMatch {
  /** Kind in sentence case: 'Công văn', 'Quyết định', 'Nghị định', 'Luật', 'Văn bản' … */
  type: string | null;
  /** Số/ký hiệu with spaces removed: '2343/MTTW', '1529-CV/BTGTU', '30/2020/NĐ-CP', '118/TTg'. */
  code: string | null;
  /** ISO 'YYYY-MM-DD' (or 'YYYY-MM' when the day is blank). */
  date: string | null;
  /** The issuing body as written (whitespace folded). */
  issuer: string | null;
  /** The trích yếu that follows, without 'về việc' / 'về' / 'V/v'. */
  subject: string | null;
  /** Text of the first mention, as in the input. */
  raw: string;
  /** Span of the first mention in the input. */
  start: number;
  end: number;
  /** Every mention (first included), in order. */
  mentions: ReferenceMention[];
  /** What was repaired or guessed to read it, with spans in the input (reported as `info`). */
  repairs: Repair[];
}

export interface ExtractReferencesOptions {
  /** Codes to leave out: the document's own số/ký hiệu is never a reference. Compared with spaces removed, case-insensitively. */
  exclude?: readonly string[];
}

/**
 * Every distinct document cited in `text` (a document body: cleaned logical lines joined with
 * `\n`), in order of first mention; runs in roughly linear time. A bug here throws: the parser
 * reports it as `internal/references` instead of hiding it as "no references".
 */
export function extractReferences(text: string, options: ExtractReferencesOptions = {}): ReferenceMatch[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const exclude = new Set((options.exclude ?? []).map(codeKey));
  const citations = scanCitations(text);
  splitGluedCodes(citations, options.exclude ?? []);
  fillFromLists(citations);
  fillFromChains(citations, text);
  fillFromCoordination(citations, text);
  readSubjects(citations, text);
  const kept = citations.filter((c) => !exclude.has(codeKey(c.code)));
  const references = dedupeReferences(kept, text);
  addBareMentions(references, text, exclude);
  return references.map(toMatch);
}

