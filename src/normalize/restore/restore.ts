/**
 * Text damaged on its way out of a scan or a PDF, detected for the whole document and restored
 * where the closed vocabularies of official letters make the reading certain. A clean document
 * is never changed: the restorers run only when the detector fires.
 */
import { lacksDiacritics } from '../../decode/pdf/diacritics.js';
import type { NormalizedText } from '../index.js';
import { applyEdits, ComposedOffsetMap } from './edits.js';
import { restoreDiacritics } from './diacritics.js';
import { mayHaveMissingCapitals, restoreMissingCapitals } from './glyphs.js';
import type { Repair } from './repair.js';
import { repairImpossibleLetters } from './letters.js';

/** What is wrong with the text as a whole. */
export type Damage = 'no-diacritics' | 'missing-capitals';

export interface RestoredText extends NormalizedText {
  /** Null for a text that needed nothing. */
  readonly damage: Damage | null;
  /** Each restored span, in offsets of the normalized text (before restoring). */
  readonly repairs: readonly Repair[];
}

/** Capitals completed at this many places, of two phrases at least, show a font without a map for them. */
const MIN_MISSING_CAPITALS = 3;

/** How much of the beginning is searched first for missing capitals. */
const PROBE = 16_384;

export function restoreDamagedText(normalized: NormalizedText): RestoredText {
  const damage = detectDamage(normalized.text);
  if (damage.kind === null) {
    // A clean text keeps its letters, but for the few shapes OCR leaves that no syllable has.
    const letters = repairImpossibleLetters(normalized.text);
    if (letters.length === 0) return { ...normalized, damage: null, repairs: [] };
    const { text, map } = applyEdits(normalized.text, letters);
    return { text, map: new ComposedOffsetMap(map, normalized.map), damage: null, repairs: letters };
  }
  const { text, map } = applyEdits(normalized.text, damage.repairs);
  return { text, map: new ComposedOffsetMap(map, normalized.map), damage: damage.kind, repairs: damage.repairs };
}

/** The damage a text shows, with the repairs that would undo it (none for a clean text). */
export function detectDamage(text: string): { kind: Damage | null; repairs: Repair[] } {
  if (lacksDiacritics(text)) return { kind: 'no-diacritics', repairs: restoreDiacritics(text) };
  // A font that lost capitals loses them in the header too: a clean beginning spares a long text the whole search.
  if (!mayHaveMissingCapitals(text)) return { kind: null, repairs: [] };
  if (text.length > PROBE && restoreMissingCapitals(text.slice(0, PROBE)).length === 0) return { kind: null, repairs: [] };
  const capitals = restoreMissingCapitals(text);
  const phrases = new Set(capitals.map((r) => r.reason));
  if (capitals.length >= MIN_MISSING_CAPITALS && phrases.size >= 2) return { kind: 'missing-capitals', repairs: capitals };
  return { kind: null, repairs: [] };
}
