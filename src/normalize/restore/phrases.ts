/** The lexicon compiled for matching: each phrase split into words, their skeletons and the punctuation between them. */
import { LEXICON, type LexiconCategory } from '../../domain/lexicon.js';
import { skeleton } from './confusions.js';

export interface Phrase {
  readonly text: string;
  readonly category: LexiconCategory;
  /** The phrase's words as written in the lexicon. */
  readonly words: readonly string[];
  /** Punctuation between word i and word i + 1 (`,` in `Văn hóa, Thể thao`; usually empty). */
  readonly gaps: readonly string[];
  /** The words in lower case (NFC), for exact comparison. */
  readonly lowered: readonly string[];
  /** The skeletons of the words, joined by one space. */
  readonly key: string;
  /** The skeletons of the words. */
  readonly wordKeys: readonly string[];
  /** Letters of the key (its length without spaces). */
  readonly letters: number;
}

export function compilePhrase(text: string, category: LexiconCategory): Phrase {
  // Written here, not at start-up: V8 builds the `\p{…}` tables when it builds the pattern.
  const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}'’]*[\p{L}\p{N}])?/gu;
  const words: string[] = [];
  const gaps: string[] = [];
  let last = -1;
  for (const match of text.matchAll(WORD)) {
    if (last >= 0) gaps.push(text.slice(last, match.index).replace(/\s/g, ''));
    words.push(match[0]);
    last = match.index + match[0].length;
  }
  return new CompiledPhrase(text, category, words, gaps);
}

/** Skeletons are computed on first use: the missing-capitals search, run on every text, needs none. */
class CompiledPhrase implements Phrase {
  readonly lowered: readonly string[];
  private keys: readonly string[] | null = null;
  constructor(
    readonly text: string,
    readonly category: LexiconCategory,
    readonly words: readonly string[],
    readonly gaps: readonly string[],
  ) {
    this.lowered = words.map((w) => w.normalize('NFC').toLowerCase());
  }
  get wordKeys(): readonly string[] {
    this.keys ??= this.words.map(skeleton);
    return this.keys;
  }
  private joined: string | null = null;
  get key(): string {
    this.joined ??= this.wordKeys.join(' ');
    return this.joined;
  }
  get letters(): number {
    return this.key.length - (this.wordKeys.length - 1);
  }
}

let compiled: ReadonlyMap<number, readonly Phrase[]> | null = null;

/** Lexicon phrases by their number of words (built on first use). */
export function phrasesByLength(): ReadonlyMap<number, readonly Phrase[]> {
  if (compiled) return compiled;
  const byLength = new Map<number, Phrase[]>();
  for (const entry of LEXICON) {
    const phrase = compilePhrase(entry.text, entry.category);
    const list = byLength.get(phrase.words.length) ?? [];
    list.push(phrase);
    byLength.set(phrase.words.length, list);
  }
  compiled = byLength;
  return byLength;
}

let byFirst: ReadonlyMap<string, readonly Phrase[]> | null = null;

/** Lexicon phrases of `words` words whose first word has this skeleton. */
export function phrasesStartingWith(firstKey: string, words: number): readonly Phrase[] {
  if (!byFirst) {
    const index = new Map<string, Phrase[]>();
    for (const list of phrasesByLength().values()) {
      for (const phrase of list) {
        const key = `${phrase.words.length}|${phrase.wordKeys[0] ?? ''}`;
        const bucket = index.get(key) ?? [];
        bucket.push(phrase);
        index.set(key, bucket);
      }
    }
    byFirst = index;
  }
  return byFirst.get(`${words}|${firstKey}`) ?? [];
}

let lengthsByFirst: ReadonlyMap<string, ReadonlySet<number>> | null = null;

/** The numbers of words of the lexicon phrases whose first word has this skeleton. */
export function phraseLengthsStartingWith(firstKey: string): ReadonlySet<number> {
  if (!lengthsByFirst) {
    const index = new Map<string, Set<number>>();
    for (const [length, list] of phrasesByLength()) {
      for (const phrase of list) {
        const first = phrase.wordKeys[0] ?? '';
        const lengths = index.get(first) ?? new Set<number>();
        lengths.add(length);
        index.set(first, lengths);
      }
    }
    lengthsByFirst = index;
  }
  return lengthsByFirst.get(firstKey) ?? NO_LENGTHS;
}

const NO_LENGTHS: ReadonlySet<number> = new Set();

let byWritten: ReadonlyMap<string, readonly Phrase[]> | null = null;

/**
 * Phrases whose first word reads `written` (lower case, diacritics kept), as it is or with its
 * capital dropped (`ội` for `Nội`): the candidates of the missing-capitals restorer.
 */
export function phrasesReadAs(written: string): readonly Phrase[] {
  if (!byWritten) {
    const index = new Map<string, Phrase[]>();
    const put = (key: string, phrase: Phrase) => {
      const bucket = index.get(key) ?? [];
      bucket.push(phrase);
      index.set(key, bucket);
    };
    for (const list of phrasesByLength().values()) {
      for (const phrase of list) {
        const first = phrase.words[0] ?? '';
        put(first.toLowerCase(), phrase);
        if (/^\p{Lu}/u.test(first)) put(first.slice(1).toLowerCase(), phrase);
      }
    }
    byWritten = index;
  }
  return byWritten.get(written.toLowerCase()) ?? [];
}

/** The longest phrase of the lexicon, in words. */
export function longestPhrase(): number {
  return Math.max(...phrasesByLength().keys());
}
