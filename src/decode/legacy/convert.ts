/**
 * Converters from legacy Vietnamese encodings to Unicode (NFC). Each works on text as a
 * Windows-1252 reader shows the legacy bytes (one character per byte), which is also what a
 * font-unaware conversion to UTF-8 leaves; characters a table does not know pass through.
 */
import { TCVN3, VIQR_MARKS, VNI } from './tables.js';

export type LegacyEncoding = 'tcvn3' | 'vni' | 'windows-1258' | 'viqr';

const tcvn3Map = new Map(TCVN3.map(([unicode, legacy]) => [legacy, unicode]));

/** TCVN3 (ABC, `.VnTime`) → Unicode; words typed with the capital fonts get their capitals back. */
export function fromTcvn3(text: string): string {
  return restoreCapitals(text, (line) => {
    let out = '';
    const converted: boolean[] = [];
    for (const ch of line) {
      const unicode = tcvn3Map.get(ch);
      out += unicode ?? ch;
      // `ý` keeps its code: still a letter the capital fonts draw as a capital.
      converted.push(unicode !== undefined || ch === 'ý');
    }
    return { out, converted };
  });
}

const vniPairs = new Map(VNI.filter(([, legacy]) => legacy.length === 2).map(([unicode, legacy]) => [legacy, unicode]));
const vniSingles = new Map(VNI.filter(([, legacy]) => legacy.length === 1).map(([unicode, legacy]) => [legacy, unicode]));

/** VNI (`VNI-Times`) → Unicode: a base letter and the mark byte after it make one letter. */
export function fromVni(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const pair = vniPairs.get(text.slice(i, i + 2));
    if (pair !== undefined) {
      out += pair;
      i++;
      continue;
    }
    out += vniSingles.get(text[i]!) ?? text[i];
  }
  return out;
}

let cp1258Map: Map<string, string> | undefined;

/** Windows-1258 read as Windows-1252 → Unicode (its tone marks are combining characters: NFC). */
export function fromWindows1258(text: string): string {
  cp1258Map ??= buildCodePageMap();
  let out = '';
  for (const ch of text) out += cp1258Map.get(ch) ?? ch;
  return out.normalize('NFC');
}

/** The 1252 character and the 1258 character of each byte, where they differ. */
function buildCodePageMap(): Map<string, string> {
  const map = new Map<string, string>();
  const cp1252 = new TextDecoder('windows-1252');
  const cp1258 = new TextDecoder('windows-1258');
  for (let b = 0x80; b <= 0xff; b++) {
    const bytes = Uint8Array.of(b);
    const from = cp1252.decode(bytes);
    const to = cp1258.decode(bytes);
    if (from !== to) map.set(from, to);
  }
  return map;
}

/** Windows-1252 characters → their bytes (for text that holds the bytes of another code page). */
export function latin1Bytes(text: string): Uint8Array | null {
  const back = new Map<string, number>();
  const cp1252 = new TextDecoder('windows-1252');
  for (let b = 0x80; b <= 0x9f; b++) back.set(cp1252.decode(Uint8Array.of(b)), b);
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const byte = code <= 0xff ? code : back.get(text[i]!);
    if (byte === undefined) return null;
    out[i] = byte;
  }
  return out;
}

const viqrMark = new Map(VIQR_MARKS.map(([mark, ascii]) => [ascii, mark]));
const VOWEL = /[aeiouyAEIOUY]/;
// A vowel, its shape mark (breve, circumflex, horn) and its tone; `\` keeps a mark character literal.
const VIQR_SYLLABLE = /(?<!\\)([aeiouyAEIOUY])([(^+]?)(['`?~.]?)(?=(\p{L})?)/gu;

/**
 * VIQR → Unicode. After a vowel, `.` and `?` are tones inside a word. At a word's end they are
 * read as punctuation only where punctuation goes: at the end of a line, before `.` or `/`, or
 * before a number or a capital (but a capitalised word's `.` before a capital is a tone: the names
 * `Thi. Kim`). Text that escapes its literal marks (`\.`, `\?`, as RFC 1456 asks) is read
 * strictly: every unescaped mark is a tone.
 */
export function fromViqr(text: string): string {
  const strict = /\\[.?]/.test(text);
  // `dd` starts a syllable; `DD` also comes inside a capital abbreviation (`HDDND`).
  const withD = text.replace(/(?<![\\\p{Ll}])(?:dd|DD|Dd)/gu, (pair: string, offset: number, all: string) =>
    pair === 'DD' || pair === 'Dd' ? (pair === 'DD' && /\p{Lu}/u.test(all[offset - 1] ?? '') ? 'Đ' : offset > 0 && /\p{L}/u.test(all[offset - 1]!) ? pair : 'Đ') : offset > 0 && /\p{L}/u.test(all[offset - 1]!) ? pair : 'đ',
  );
  const converted = withD.replace(VIQR_SYLLABLE, (whole: string, vowel: string, shape: string, tone: string, next: string | undefined, offset: number) => {
    if (shape === '' && tone === '') return whole;
    if (!isValidShape(vowel, shape)) return whole;
    let keptTone = tone;
    let tail = '';
    if ((tone === '.' || tone === '?') && next === undefined && !strict) {
      const after = withD.slice(offset + whole.length, offset + whole.length + 4);
      const wordStart = withD.slice(0, offset + 1).match(/\p{L}+$/u)?.[0] ?? '';
      const punctuation = /^(?:$|[\r\n]|[./]|[ \t]+(?:$|[\r\n\d]|\p{Lu}))/u.test(after);
      const nameBefore = tone === '.' && /^\p{Lu}/u.test(wordStart) && /^[ \t]+\p{Lu}/u.test(after);
      if (punctuation && !nameBefore) {
        keptTone = '';
        tail = tone;
      }
    }
    if (shape === '' && keptTone === '') return whole;
    return `${vowel}${shape ? viqrMark.get(shape) : ''}${keptTone ? viqrMark.get(keptTone) : ''}`.normalize('NFC') + tail;
  });
  return converted.replace(/\\([(^+'`?~.\\])/g, '$1');
}

function isValidShape(vowel: string, shape: string): boolean {
  if (shape === '') return VOWEL.test(vowel);
  const v = vowel.toLowerCase();
  if (shape === '(') return v === 'a';
  if (shape === '^') return v === 'a' || v === 'e' || v === 'o';
  return v === 'o' || v === 'u';
}

/**
 * A line of capitals: no word has a lower-case letter of its own, two words or more have converted
 * letters, and there are three capitals or more outside numbers and codes such as `12/UBND-VP`.
 */
function isCapitalsLine(chars: readonly string[], own: readonly boolean[]): boolean {
  const line = chars.join('');
  let words = 0;
  let capitals = 0;
  let convertedWords = 0;
  let offset = 0;
  for (const token of line.split(/(\s+)/)) {
    const at = [...line.slice(0, offset)].length;
    offset += token.length;
    if (!/\p{L}/u.test(token)) continue;
    words++;
    const letters = [...token].filter((c, k) => own[at + k] && /\p{L}/u.test(c));
    if (letters.some((c) => /\p{Ll}/u.test(c))) return false;
    if ([...token].some((c, k) => !own[at + k])) convertedWords++;
    if (!/[\d/]/.test(token)) capitals += letters.length;
  }
  return words >= 2 && capitals >= 3 && convertedWords >= 2;
}

interface Word {
  start: number;
  end: number;
  /** The letters the writer typed as they are: not converted, or converted to a capital. */
  own: string[];
  all: string[];
}

/** A capital word that reads as a Vietnamese syllable (`CAM`, `TRƯỞNG`; not `PGĐ`). */
function isCapitalSyllable(word: Word | undefined): boolean {
  if (!word || word.own.some((c) => /\p{Ll}/u.test(c))) return false;
  // Two letters of its own, or a lone vowel (`Y` in `SỞ Y TẾ`).
  if (word.own.length < 2 && !(word.all.length === 1 && /^[AEIOUY]$/u.test(word.all[0]!))) return false;
  return isSyllable(word.all.join('').toLowerCase());
}

const SYLLABLE = /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?[aăâeêioôơuưyáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ]{1,3}(?:ch|ng|nh|[cmnpt])?$/u;
const isSyllable = (s: string) => SYLLABLE.test(s);

// A converted lower-case letter that begins a sentence or a list item was typed as a capital.
const SENTENCE_START = /(?:[.!?]\s+|^\s*(?:[-+•]|\*\*|\d+[.)])\s+)$/u;
// Names of bodies written with a capital: `Ủy ban nhân dân`, `Ủy ban MTTQ`.
const PROPER_NAME = /^\s+(?:ban\s+(?:nhân\s+dân|MTTQ|Mặt\s+trận|Thường\s+vụ|Kiểm\s+tra|Dân\s+tộc|Trung\s+ương))/u;

/**
 * TCVN3 has no codes for toned capitals: text typed in capitals used `.VnTimeH` fonts, whose
 * glyphs for the lowercase codes are capitals, so the converted text has lower-case letters among
 * capitals (`CéNG` → `CộNG`). Upper-case them in a line that is otherwise capitals, in a word whose
 * other letters are capitals (`PHã` → `PHÓ`), in a two-letter word among capital words (`CAM Lé`),
 * at the start of a sentence or list item, and in `Ủy ban nhân dân`.
 */
function restoreCapitals(text: string, convert: (line: string) => { out: string; converted: boolean[] }): string {
  return text
    .split('\n')
    .map((line) => {
      const { out, converted } = convert(line);
      const chars = [...out];
      const own = chars.map((c, i) => !converted[i] || /\p{Lu}/u.test(c));
      const upper = (from: number, to: number) => {
        for (let k = from; k < to; k++) if (converted[k]) chars[k] = chars[k]!.toUpperCase();
      };
      if (isCapitalsLine(chars, own)) {
        upper(0, chars.length);
        return chars.join('');
      }
      const words: Word[] = [];
      for (let i = 0; i < chars.length; ) {
        if (!/[\p{L}\p{M}]/u.test(chars[i]!)) {
          i++;
          continue;
        }
        const start = i;
        while (i < chars.length && /[\p{L}\p{M}]/u.test(chars[i]!)) i++;
        words.push({ start, end: i, all: chars.slice(start, i), own: chars.slice(start, i).filter((_, k) => own[start + k]) });
      }
      words.forEach((word, n) => {
        if (!word.all.some((_, k) => converted[word.start + k])) return;
        const ownCapitals = word.own.length > 0 && !word.own.some((c) => /\p{Ll}/u.test(c));
        // Two capitals of its own (`PHã`), or a capital after the converted letter (`ñY`).
        if (ownCapitals && (word.own.length >= 2 || !own[word.start])) {
          upper(word.start, word.end);
          return;
        }
        if (ownCapitals && word.all.length === 2) {
          // Neighbours: the words next to it on the same side of a column gap, with only spaces
          // or markup between (not a number or code: `Sè: 12/SYT`).
          const adjacent = (a: Word | undefined, b: Word | undefined) =>
            a && b && /^(?:[ \t*_|]{0,2}|[ \t]?<br>[ \t*_]*)$/u.test(chars.slice(a.end, b.start).join('')) ? true : false;
          const left = adjacent(words[n - 1], word) ? words[n - 1] : undefined;
          const right = adjacent(word, words[n + 1]) ? words[n + 1] : undefined;
          const capital = (w: Word | undefined) => w !== undefined && w.own.length >= 1 && !w.own.some((c) => /\p{Ll}/u.test(c));
          // A lone vowel (`Y`) counts when the word beyond it is in capitals too (`SỞ Y TẾ`, not `Sở Y tế`).
          const beyond = (side: Word | undefined, far: Word | undefined) =>
            isCapitalSyllable(side) && (side!.all.length > 1 || (adjacent(...(side === right ? [side, far] : [far, side]) as [Word, Word]) && capital(far)));
          const capitalRight = beyond(right, words[n + 2]);
          const capitalLeft = beyond(left, words[n - 2]);
          if ((capitalRight && (left === undefined || capital(left))) || (capitalLeft && (right === undefined || capital(right)))) {
            upper(word.start, word.end);
            return;
          }
        }
        const before = chars.slice(0, word.start).join('');
        const after = chars.slice(word.end).join('');
        const capitalDue = SENTENCE_START.test(before) || (/^ủy$/u.test(word.all.join('')) && PROPER_NAME.test(after));
        if (converted[word.start] && capitalDue) chars[word.start] = chars[word.start]!.toUpperCase();
      });
      return chars.join('');
    })
    .join('\n');
}
