/**
 * Numbering labels of the body, as data (bluebell/Lawtext style): which pattern, which kind,
 * how a value is read so that sequences can be checked (`a b c d đ e g h i k` is the Vietnamese order).
 */
import type { TaskKind } from '../schema/document.js';
import { repairDigits } from '../domain/keywords.js';
import { vre } from '../domain/vietnamese.js';

export interface Label {
  readonly kind: TaskKind;
  /** Label text without punctuation: `1`, `II`, `Điều 3`, `a`, `1.2`. */
  readonly label: string;
  /** Position in its sequence (1-based), for sequence checks. */
  readonly ordinal: number;
  /** Length of the label with its punctuation and the space after it. */
  readonly length: number;
  /** The label as written, where OCR damaged it (`IlI`, `1II`, `III,`). */
  readonly written?: string;
  /** What OCR did to it, where it was repaired. */
  readonly how?: string;
  /**
   * The other reading of a label OCR made ambiguous (`l-` is `1-` or `I-`, `H.` is a part `H.` or
   * `II.`): the body takes it where the numbering around fits it, not the first reading.
   */
  readonly alternative?: Label;
}

/** Điểm letters in Vietnamese order (no f, j, w, z; đ after d). */
export const VIETNAMESE_POINT_LETTERS = ['a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h', 'i', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'x', 'y'];

/** The letters of a report's parts, in order (`A.`, `B.`, …). */
const PART_LETTERS = ['A', 'B', 'C', 'D', 'Đ', 'E', 'G', 'H'];

const ROMAN = /^(?=[IVXLC])(C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/;

export function romanValue(roman: string): number {
  if (!ROMAN.test(roman)) return 0;
  const values: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };
  let total = 0;
  for (let i = 0; i < roman.length; i++) {
    const v = values[roman.charAt(i)] ?? 0;
    const next = values[roman.charAt(i + 1)] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

const ORDINAL_WORDS: Record<string, number> = {
  nhất: 1, hai: 2, ba: 3, tư: 4, năm: 5, sáu: 6, bảy: 7, tám: 8, chín: 9, mười: 10,
};

interface LabelPattern {
  readonly kind: TaskKind;
  readonly pattern: RegExp;
  /** Reads the label from the pattern's match: the whole match and its first two groups ('' when absent). */
  readonly read: (m: LabelGroups) => LabelRead | null;
}

interface LabelRead {
  label: string;
  ordinal: number;
  written?: string;
  how?: string;
  /** The other reading: its kind, label and ordinal (see `Label.alternative`). */
  alternative?: { kind: TaskKind; label: string; ordinal: number; how: string };
}

/** The whole match and the first two groups of a label pattern. */
type LabelGroups = readonly [whole: string, first: string, second: string];

const upperWord = (word: string) => word.normalize('NFC');

const LABEL_PATTERNS: readonly LabelPattern[] = [
  {
    kind: 'part',
    pattern: vre(/^(Phần|PHẦN)\s+(thứ\s+\p{L}+|THỨ\s+\p{L}+|[IVXLC]+|\d+)(?![\p{L}\p{N}])[.:]?\s*/u),
    read: (m) => ({ label: `${upperWord(m[1].charAt(0) + m[1].slice(1).toLowerCase())} ${m[2]}`, ordinal: ordinalOf(m[2]) }),
  },
  {
    kind: 'chapter',
    pattern: vre(/^(Chương|CHƯƠNG)\s+(thứ\s+\p{L}+|[IVXLC]+|\d+)(?![\p{L}\p{N}])[.:]?\s*/u),
    read: (m) => ({ label: `Chương ${m[2]}`, ordinal: ordinalOf(m[2]) }),
  },
  {
    kind: 'section',
    pattern: vre(/^(Mục|MỤC)\s+(\d+|[IVXLC]+)(?![\p{L}\p{N}])[.:]?\s*/u),
    read: (m) => ({ label: `Mục ${m[2]}`, ordinal: ordinalOf(m[2]) }),
  },
  {
    kind: 'article',
    pattern: /^(Điều|ĐIỀU)\s+(\d+)\s*[.:]\s*/u,
    read: (m) => ({ label: `Điều ${m[2]}`, ordinal: Number(m[2]) }),
  },
  {
    kind: 'article',
    // OCR: the space lost (`Điều2.`), a one read as `l` or `I` (`Điều l.`), the period as a comma
    // before the article's text (`Điều 3, Chánh Văn phòng …`, not `Điều 3, Điều 4 …`).
    pattern: vre(/^(Điều|ĐIỀU)\s*((?:\d|[lI]){1,3})\s*(?:[.:]|,(?=\s*\p{Lu})(?!\s*(?:Điều|ĐIỀU)))\s*/u),
    read: (m) => {
      const digits = repairDigits(m[2], { always: true });
      const how = digits !== m[2] ? 'OCR read a one as a letter' : /,\s*$/.test(m[0]) ? 'OCR read its period as a comma' : 'OCR lost the space before its number';
      return /^\d+$/.test(digits) ? { label: `Điều ${Number(digits)}`, ordinal: Number(digits), written: m[0].trim(), how } : null;
    },
  },
  {
    kind: 'article',
    // OCR loses or misreads the marks of `Điều` (`Diều 2.`, `Điêu 2.`, `Ðiều 2.`, `DIEU 2:`): a word
    // that folds to `dieu` before the number and its period is the article label.
    pattern: /^([ĐDÐđd][IiÍíÌìỈỉĨĩỊị][\p{L}][Uu])\s+(\d+)\s*[.:]\s*/u,
    read: (m) => (foldArticleWord(m[1]) === 'dieu' ? { label: `Điều ${m[2]}`, ordinal: Number(m[2]), written: m[0].trim() } : null),
  },
  {
    kind: 'part',
    // `A. KẾT QUẢ THỰC HIỆN` / `B. PHƯƠNG HƯỚNG …`: a report's parts, lettered above its `I.`, `II.`
    // (not I, V, X, which are roman numerals; `C.` is a part, never a hundredth unit).
    // (Party letters write a dash: `A- KẾT QUẢ`.)
    pattern: vre(/^([ABCDĐEGH])[.-]\s+(?=\p{Lu})/u),
    read: (m) => ({
      label: m[1],
      ordinal: PART_LETTERS.indexOf(m[1]) + 1,
      // OCR joins the two strokes of `II.` into an `H`.
      ...(m[1] === 'H' ? { alternative: { kind: 'roman' as const, label: 'II', ordinal: 2, how: 'OCR joined the strokes of II into an H' } } : {}),
    }),
  },
  {
    kind: 'roman',
    pattern: /^([IVXLC]+)\s*(?:[.\-–)/]\s*(?=\S)|[.)]$)/u,
    read: (m) => (romanValue(m[1]) > 0 ? { label: m[1], ordinal: romanValue(m[1]) } : null),
  },
  {
    kind: 'roman',
    // OCR reads an `I` of a roman numeral as `l` or `1` (`IlI.`, `1II.`), or its period as a comma
    // (`III, TỔ CHỨC …`): only before a heading in capitals, and only where an `I` is left.
    // (`Il-`: Party numerals take a dash.) An `H` is the two strokes of `II` joined (`HI.` for `III.`).
    pattern: vre(/^((?=[IVXLCl1H]*[IVXH])(?=[IVXLCH]*[l1H]|[IVXLC]+,)[IVXLCl1H]{2,5})\s*[.,\-–]\s*(?=\p{Lu}{2,})/u),
    read: (m) => {
      const label = m[1].replace(/[l1]/g, 'I').replace(/H/g, 'II');
      return romanValue(label) > 1 ? { label, ordinal: romanValue(label), written: m[0].trim() } : null;
    },
  },
  {
    kind: 'decimal',
    pattern: /^(\d{1,2}(?:\.\d{1,2}){1,3})\.?\s+(?=\S)/u,
    read: (m) => ({ label: m[1], ordinal: Number(m[1].split('.').at(-1)) }),
  },
  {
    kind: 'arabic',
    // Up to three digits: a year (`2021. …`) is not a label, and the sequence check rejects stray numbers.
    // (Not alone on its line, as `I.` and `a)` may be: a table's STT column flattened to lines has those.)
    // `1/ …` (Party and commune habit) only before a letter, so that `15/3` stays a date.
    // (`1.250 tỷ đồng` wrapped to a line's start is a number, not the label `1.`.)
    pattern: vre(/^(\d{1,3})\s*(?:\.(?!\d)|\)|-(?=\s)|\/(?=\s*\p{L}))\s*(?=\S)/u),
    read: (m) => ({ label: m[1], ordinal: Number(m[1]) }),
  },
  {
    kind: 'arabic',
    // OCR reads `1.` as `l.` or `|.` (Party `1-` as `l-`); a point letter takes `)`, never `.`, so `l.`
    // before a capital is `1.`.
    pattern: vre(/^([l|])(?:\.|-(?=\s))\s+(?=\p{Lu})/u),
    // …or `I.`, where the numbering around fits a roman numeral.
    read: () => ({ label: '1', ordinal: 1, alternative: { kind: 'roman' as const, label: 'I', ordinal: 1, how: 'OCR read the I as an l' } }),
  },
  {
    kind: 'letter',
    // (Party letters write a dash: `a- Ban Tuyên giáo chủ trì`.)
    pattern: vre(/^([a-zđ])\s*(?:(?:\)|\/(?=\s*\p{Lu})|-(?=\s+\p{Lu}))\s*(?=\S)|\)$)/u),
    read: (m) => {
      const i = VIETNAMESE_POINT_LETTERS.indexOf(m[1]);
      return { label: m[1], ordinal: i >= 0 ? i + 1 : 0 };
    },
  },
  {
    kind: 'parenthesized',
    pattern: /^\((\d{1,2})\)\s*(?=\S)/u,
    read: (m) => ({ label: m[1], ordinal: Number(m[1]) }),
  },
];

/** `Diều`, `Ðiêu` → `dieu`: without marks, `đ` and the look-alike `Ð` as `d`, lower case. */
function foldArticleWord(word: string): string {
  return word.normalize('NFD').replace(/[\u0300-\u036f]/gu, '').replace(/[ĐÐđ]/gu, 'd').toLowerCase();
}

function ordinalOf(token: string): number {
  if (/^\d+$/.test(token)) return Number(token);
  const roman = romanValue(token);
  if (roman > 0) return roman;
  const word = token.split(/\s+/).pop()?.toLowerCase() ?? '';
  return ORDINAL_WORDS[word] ?? 0;
}

/** The numbering label a line starts with, if any. */
export function matchLabel(text: string): Label | null {
  for (const p of LABEL_PATTERNS) {
    const m = text.match(p.pattern);
    if (!m) continue;
    const read = p.read([m[0], m[1] ?? '', m[2] ?? '']);
    if (!read) continue;
    const written = m[0].trim();
    const alternative = read.alternative && {
      kind: read.alternative.kind,
      label: read.alternative.label,
      ordinal: read.alternative.ordinal,
      length: m[0].length,
      written,
      how: read.alternative.how,
    };
    return {
      kind: p.kind,
      label: read.label,
      ordinal: read.ordinal,
      length: m[0].length,
      ...(read.written === undefined ? {} : { written: read.written }),
      ...(read.how === undefined ? {} : { how: read.how }),
      ...(alternative ? { alternative } : {}),
    };
  }
  return null;
}

/** Rank of a kind in the hierarchy: lower ranks enclose higher ones. */
export const KIND_RANK: Record<TaskKind, number> = {
  part: 0,
  chapter: 1,
  section: 2,
  article: 3,
  roman: 4,
  arabic: 5,
  decimal: 6,
  letter: 7,
  parenthesized: 8,
};
