/** The internal model of a citation while it is read, and of a reference once merged. */
import { ANY_DASH } from '../../domain/patterns.js';
import type { ReferenceMention } from './extract.js';
import type { CodeShape } from '../../domain/citation-patterns.js';



/** Parser rules a citation's repairs and guesses are reported under (`../../diagnostics/rules.ts`). */
export type RepairRuleId = 'reference/type-corrected' | 'reference/code-rejoined' | 'reference/code-corrected';

/** Something repaired or guessed to read a citation: reported as an `info` diagnostic at its span. */
export interface Repair {
  readonly ruleId: RepairRuleId;
  readonly message: string;
  readonly start: number;
  readonly end: number;
}

/** One citation as read at one place in the text (before dedupe). */
export interface Citation {
  type: string | null;
  code: string;
  shape: CodeShape;
  date: string | null;
  issuer: string | null;
  /** Where the issuer came from: after the code, before the head, or inherited. */
  issuerSource: 'after' | 'before' | 'inherited' | null;
  subject: string | null;
  /** Where the trích yếu starts (after `về việc` …), or -1. */
  subjectStart: number;
  /** Start of the mention (type word, law name or `số`). */
  start: number;
  /** End of the code/date/issuer clause (the mention's end). */
  end: number;
  /** How the type was found. */
  via: 'type' | 'list' | 'law' | 'unknown';
  /** Index of the first citation of the list this one continues (`…, số B`), or -1. */
  listHead: number;
  /** What was repaired to read it (an OCR'd type name, a code cut by a line break …). */
  repairs: Repair[];
  /** A member of a list its type introduced before a colon (`các Nghị định của Chính phủ: số …`). */
  colonList?: boolean;
}

export interface Reference {
  first: Citation;
  type: string | null;
  code: string;
  shape: CodeShape;
  date: string | null;
  issuer: string | null;
  subject: string | null;
  mentions: ReferenceMention[];
  /** The repairs of every mention merged into it. */
  repairs: Repair[];
}

/** Comparison key of a code: spaces removed, dashes unified, upper case. */
export function codeKey(code: string | null | undefined): string {
  // toUpperCase: Vietnamese has no locale-specific case rules (the same result), and it is faster.
  return normaliseCode(code ?? '').toUpperCase();
}

/** A code as output: spaces removed, dash variants as `-`. */
export function normaliseCode(raw: string): string {
  return raw.replace(/\s+/g, '').replace(ANY_DASH, '-');
}

/** Whitespace (line wraps included) folded to single spaces. */
export function foldSpaces(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

