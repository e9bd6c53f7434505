/**
 * Which legacy encoding a text is in, if any: every converter is tried, and the one whose result
 * reads most like Vietnamese wins — counted as words that are well-formed Vietnamese syllables
 * against words with letters no Vietnamese word has (`ng­êi`, `Vieät`).
 */
import { fromTcvn3, fromViqr, fromVni, fromWindows1258, type LegacyEncoding } from './convert.js';

export interface LegacyConversion {
  readonly text: string;
  readonly encoding: LegacyEncoding;
  /** Syllables that read as Vietnamese after the conversion (before: `before`). */
  readonly syllables: number;
  readonly before: number;
}

const CONVERTERS: ReadonlyArray<readonly [LegacyEncoding, (text: string) => string]> = [
  ['tcvn3', fromTcvn3],
  ['vni', fromVni],
  ['windows-1258', fromWindows1258],
  ['viqr', fromViqr],
];

// Latin-1 characters that no Vietnamese word has (the ones it has: àáâãèéêìíòóôõùúý and capitals).
const FOREIGN = /[\u00a1-\u00bf\u00c4-\u00c7\u00cb\u00ce-\u00d1\u00d6-\u00d8\u00db\u00dc\u00de-\u00df\u00e4-\u00e7\u00eb\u00ee-\u00f1\u00f6-\u00f8\u00fb\u00fc\u00fe\u00ff]/gu;
// VIQR marks typed after a vowel, followed by a letter or another mark.
const VIQR_HINT = /[aeoAEO]\^|[aA]\(|[ouOU]\+|[aeiouyAEIOUY][(^+]?['`?~][\p{L}\s]/gu;

export interface ConvertOptions {
  /**
   * Bytes that are not UTF-8 must be read somehow: there a few converted syllables (a letter
   * typed mostly without diacritics) are enough, where UTF-8 text needs clear evidence.
   */
  readonly lenient?: boolean;
}

/**
 * Convert `text` when it is in a legacy encoding; null when it reads as Unicode Vietnamese already
 * (or as nothing Vietnamese at all).
 */
export function convertLegacy(text: string, options: ConvertOptions = {}): LegacyConversion | null {
  const sample = text.length > 400_000 ? text.slice(0, 400_000) : text;
  const foreign = sample.match(FOREIGN)?.length ?? 0;
  const viqr = sample.match(VIQR_HINT)?.length ?? 0;
  if (options.lenient) return lenientConversion(text, sample);
  if (foreign < 3 && viqr < 5) return null;
  const before = vietnameseScore(sample);
  const best = bestConverter(sample, (encoding) => (encoding === 'viqr' ? viqr >= 5 : foreign >= 3));
  if (!best) return null;
  // Clearly better: more Vietnamese syllables, fewer foreign words, and enough of them to judge.
  if (best.score.good < 5 || best.score.net <= before.net + Math.max(3, before.good * 0.2)) return null;
  return { text: best.convert(text), encoding: best.encoding, syllables: best.score.good, before: before.good };
}

/** The byte-level converter whose result reads best, when it reads better than the bytes as Latin-1 and mostly as Vietnamese. */
function lenientConversion(text: string, sample: string): LegacyConversion | null {
  const before = vietnameseScore(sample);
  // VIQR is ASCII: bytes that are not UTF-8 are never VIQR.
  const best = bestConverter(sample, (encoding) => encoding !== 'viqr');
  // Control characters are binary or UTF-16, not a letter typed in a legacy font.
  if (!best || /[\x00-\x08\x0b\x0e-\x1f\x7f]/.test(sample)) return null;
  if (best.score.good < 3 || best.score.bad > best.score.good || best.score.net < before.net) return null;
  return { text: best.convert(text), encoding: best.encoding, syllables: best.score.good, before: before.good };
}

interface Candidate {
  readonly encoding: LegacyEncoding;
  readonly convert: (text: string) => string;
  readonly score: Score;
}

/** Of the converters `tried` admits, the one whose result of `sample` reads most like Vietnamese. */
function bestConverter(sample: string, tried: (encoding: LegacyEncoding) => boolean): Candidate | undefined {
  let best: Candidate | undefined;
  for (const [encoding, convert] of CONVERTERS) {
    if (!tried(encoding)) continue;
    const score = vietnameseScore(convert(sample));
    if (!best || score.net > best.score.net) best = { encoding, convert, score };
  }
  return best;
}

interface Score {
  good: number;
  bad: number;
  net: number;
}

const INITIAL = '(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?';
const NUCLEUS = '[aăâeêioôơuưyáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ]{1,3}';
const FINAL = '(?:ch|ng|nh|[cmnpt])?';
const SYLLABLE = new RegExp(`^${INITIAL}${NUCLEUS}${FINAL}$`, 'u');
const TONED = /[áàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ]/gu;

/** Words with a non-ASCII letter: well-formed Vietnamese syllables (good) and the rest (bad). */
export function vietnameseScore(text: string): Score {
  let good = 0;
  let bad = 0;
  for (const [word] of text.normalize('NFC').matchAll(/[\p{L}\p{M}\u00ad]+/gu)) {
    if (/^[\x00-\x7f]*$/.test(word)) continue;
    const lower = word.toLowerCase();
    if (SYLLABLE.test(lower) && (lower.match(TONED)?.length ?? 0) <= 1) good++;
    else bad++;
  }
  return { good, bad, net: good - bad };
}
