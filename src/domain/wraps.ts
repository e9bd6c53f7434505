/**
 * Where a line break is a wrap and not the end of a line of the letter, as data.
 *
 * Text copied from a narrow column (a PDF read without its layout, a web page copied cell by cell,
 * a converter that keeps a cell's wraps) breaks names and sentences wherever the column ended:
 * `TM. ỦY BAN NHÂN` / `DÂN`, `Thành phố Hồ Chí` / `Minh, ngày …`, `1. Cơ bản thống nhất với` /
 * `Báo cáo của …`. Two tables tell such a break from a real one:
 * - names no line of a letter ends inside (`ủy ban nhân dân`, `Bộ Chính trị`, a province), and
 * - words no heading or sentence ends with (`với`, `của`, `Sở`).
 * `test/domain/wraps.test.ts` runs the examples below.
 */
import { PROVINCES } from './lexicon.js';
import { foldTonePlacement } from './vietnamese.js';

/**
 * Names a letter never breaks inside of its own accord. Not `ủy ban nhân dân tỉnh`: a header
 * writes `ỦY BAN NHÂN DÂN` over `TỈNH BẮC NINH`, a break between two names.
 */
const UNBROKEN_NAMES: readonly string[] = [
  'ủy ban nhân dân', 'hội đồng nhân dân', 'Bộ Chính trị', 'Ban Bí thư', 'Ban Chấp hành Trung ương',
  'Ban Thường vụ', 'Mặt trận Tổ quốc Việt Nam', 'Văn phòng Chính phủ', 'Ủy ban Thường vụ Quốc hội',
  ...PROVINCES,
];

/**
 * The header's titles, joined only where the line starts with them: inside a sentence (`Ngày Pháp
 * luật nước Cộng hòa xã hội` / `chủ nghĩa Việt Nam`) the joined line would read as a title.
 */
const TITLES: readonly string[] = ['Cộng hòa xã hội chủ nghĩa Việt Nam', 'Độc lập - Tự do - Hạnh phúc', 'Đảng Cộng sản Việt Nam'];

/** Words a heading or a sentence does not end with: a line ending in one goes on on the next. */
const OPEN_WORDS: readonly string[] = [
  'với', 'của', 'và', 'về', 'các', 'những', 'cho', 'tại', 'theo', 'để', 'từ', 'trong', 'đến', 'được', 'bởi',
  'hoặc', 'nhằm', 'thuộc', 'giữa', 'cùng', 'mà', 'nhưng', 'sở', 'bộ', 'ủy', 'cục',
];

/** A name or word as compared: lower case, NFC, one tone placement (`uỷ` = `ủy`), single spaces. */
export function wrapKey(text: string): string {
  return foldTonePlacement(text.normalize('NFC').toLowerCase()).replace(/\s+/g, ' ').trim();
}

const OPEN_WORD_KEYS: ReadonlySet<string> = new Set(OPEN_WORDS.map(wrapKey));

interface NameBreak {
  readonly before: readonly string[];
  readonly after: readonly string[];
  /** A title: the line before the break holds nothing else. */
  readonly starts: boolean;
}

/** Each way to break each name, by the two words around the break: `nhân dân` → [ủy ban nhân | dân]. */
const BREAKS_BY_WORDS_AROUND: ReadonlyMap<string, readonly NameBreak[]> = (() => {
  const index = new Map<string, NameBreak[]>();
  for (const [name, starts] of [...UNBROKEN_NAMES.map((n) => [n, false] as const), ...TITLES.map((n) => [n, true] as const)]) {
    const words = wrapKey(name).split(' ');
    for (let cut = 1; cut < words.length; cut++) {
      const key = `${words[cut - 1]} ${words[cut]}`;
      index.set(key, [...(index.get(key) ?? []), { before: words.slice(0, cut), after: words.slice(cut), starts }]);
    }
  }
  return index;
})();

/** Words in the longest name: one more word before the break tells that a title does not start the line. */
const LONGEST_NAME = Math.max(...[...BREAKS_BY_WORDS_AROUND.values()].flat().map((c) => c.before.length + c.after.length));

/**
 * Whether the break between `before` and `after` falls inside one of the names: the last words of
 * `before` and the first words of `after` spell a whole name.
 */
export function breaksName(before: string, after: string): boolean {
  const last = /(\S+)\s*$/u.exec(before)?.[1];
  const next = /^\s*(\S+)/u.exec(after)?.[1];
  if (last === undefined || next === undefined) return false;
  // The two words around the break first: most pairs of lines stop here.
  const candidates = BREAKS_BY_WORDS_AROUND.get(`${wrapKey(last)} ${stripPunctuation(wrapKey(next))}`);
  if (!candidates) return false;
  const tail = wrapKey(before.trimEnd().split(/\s+/u).slice(-(LONGEST_NAME + 1)).join(' ')).split(' ');
  const head = wrapKey(after.trimStart().split(/\s+/u, LONGEST_NAME).join(' ')).split(' ').map(stripPunctuation);
  return candidates.some(
    (c) =>
      (c.starts ? c.before.length === tail.length : c.before.length <= tail.length) &&
      c.after.length <= head.length &&
      c.before.every((w, k) => tail[tail.length - c.before.length + k] === w) &&
      c.after.every((w, k) => head[k] === w),
  );
}

/** Whether a line ends with a word that needs the next line (`… thống nhất với`). */
export function endsOpen(text: string): boolean {
  if (/[.,:;!?…)"”]$/u.test(text)) return false;
  const last = /(\S+)$/u.exec(text.trimEnd())?.[1];
  return last !== undefined && OPEN_WORD_KEYS.has(wrapKey(last));
}

/** `Minh,` → `minh`: a name's last word may carry the punctuation after it. */
function stripPunctuation(word: string): string {
  return word.replace(/[.,:;!?…)"”]+$/u, '');
}

/** Breaks the tables above must read as wraps, and breaks they must leave alone. */
export const WRAP_EXAMPLES: ReadonlyArray<{ readonly before: string; readonly after: string; readonly name: boolean; readonly open: boolean }> = [
  { before: 'TM. ỦY BAN NHÂN', after: 'DÂN', name: true, open: false },
  { before: 'T/M BỘ CHÍNH', after: 'TRỊ', name: true, open: false },
  { before: 'ĐẢNG', after: 'CỘNG SẢN VIỆT NAM', name: true, open: false },
  { before: 'CỘNG HÒA XÃ', after: 'HỘI CHỦ NGHĨA VIỆT NAM', name: true, open: false },
  { before: 'Ngày Pháp luật nước Cộng hòa xã hội', after: 'chủ nghĩa Việt Nam năm 2024', name: false, open: false },
  { before: 'Thành phố Hồ Chí', after: 'Minh, ngày 28 tháng 11 năm 2025', name: true, open: false },
  { before: 'UỶ BAN NHÂN', after: 'DÂN TỈNH', name: true, open: false },
  { before: '1. Cơ bản thống nhất với', after: 'Báo cáo của Ban Tổ chức Trung ương', name: false, open: true },
  { before: 'Điều 2. Sở', after: 'Công Thương có trách nhiệm chủ trì', name: false, open: true },
  { before: 'ỦY BAN NHÂN DÂN', after: 'TỈNH BẮC NINH', name: false, open: false },
  { before: 'TM. ỦY BAN NHÂN DÂN', after: 'CHỦ TỊCH', name: false, open: false },
  { before: 'Nguyễn Văn Long', after: 'Phó Chủ tịch', name: false, open: false },
  { before: 'Lưu: VT, NC.', after: 'Như trên;', name: false, open: false },
  { before: 'phối hợp với các cơ quan,', after: 'Sở Y tế', name: false, open: false },
];

/** A range cut after its dash (`năm 2024-` / `2025`): the wrap joins it without a space. */
const RANGE_CUT = /\d[-–]$/u;

/** Wrapped lines joined with one space, except inside a range cut at its dash (`2024-2025`). */
export function joinWrappedLines(texts: readonly string[]): string {
  let out = '';
  for (const text of texts) {
    if (out.length === 0) out = text;
    else out += (RANGE_CUT.test(out) && /^\d/u.test(text) ? '' : ' ') + text;
  }
  return out;
}
