/**
 * A deterministic OCR-damage generator for tests and `scripts/ocr-damage-eval.mjs`: given a clean
 * document and a seed, it damages the structural keywords and header lines the way OCR of a scanned
 * page does (`Kinh gùi`, `Noi nhan`, `Vv`, `S6`, `Cǎn cú`, `CỘNG HOA XÃ HOI …`, `Diều`, `QUYET
 * DINH`, `ngảy`/`thang`/`nǎm`, `KT,`, `Nhu trên`, `Luu`, `1`↔`l` and `0`↔`O` in numbers and dates,
 * `Kínhgửi`/`K ính gửi`, a stray `'`/`.`/`~` before a keyword, `~`/`*` bullets, specks after a
 * line). Keywords are closed vocabulary, so the values a reader relies on stay recoverable: a damaged
 * document must parse as the clean one.
 *
 * Given the values to keep (`protect`: the gold's strings), it also damages body words (`rn` for
 * `m`, `cl` for `d`, `ii` for `u`, a lost or swapped diacritic) and strips whole lines of their
 * diacritics, on lines that hold none of those values.
 *
 * Each kind of damage is data (`OCR_DAMAGES`, `BODY_DAMAGES`) with examples that
 * `test/ocr-damage.test.ts` runs.
 */

/** A small seeded generator (mulberry32): the same seed gives the same damage. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Picks one of `n` choices. */
export type Pick = (n: number) => number;

export interface OcrDamage {
  readonly kind: string;
  /** The damaged line, or null when the kind does not apply to this line. */
  readonly apply: (line: string, pick: Pick) => string | null;
  /** A clean line and every form the damage may give it. */
  readonly examples: ReadonlyArray<{ readonly line: string; readonly damaged: readonly string[] }>;
}

/** Replace the first `written` form (after a bullet, markdown emphasis or a table cell) by one of `misreadings`. */
function keywordDamage(written: RegExp, misreadings: readonly string[]) {
  return (line: string, pick: Pick): string | null => {
    const m = written.exec(line);
    if (!m) return null;
    return line.slice(0, m.index) + misreadings[pick(misreadings.length)] + line.slice(m.index + m[0].length);
  };
}

/** Where a keyword opens a line or a table cell (`| **Nơi nhận:**`, `<br>- Như trên;`). */
const LEAD = String.raw`(?<=(?:^|\||<br>)[\s*_#>-]*)`;
/** The same after a list dash (distribution items). */
const ITEM = String.raw`(?<=(?:^|\||<br>)[\s*_]*[-+~*•]\s*)`;

/**
 * One `1` → `l` or `0` → `O` in a digit run of the span `within` matches (the number after `Số:`,
 * the date), keeping another real digit in the run (OCR rarely loses all).
 */
function damageDigits(line: string, pick: Pick, within: RegExp): string | null {
  const span = within.exec(line);
  if (!span) return null;
  const spots: number[] = [];
  for (const m of span[0].matchAll(/\d{2,}/g)) {
    for (let i = 0; i < m[0].length; i++) if (m[0][i] === '1' || m[0][i] === '0') spots.push(span.index + m.index + i);
  }
  if (spots.length === 0) return null;
  const at = spots[pick(spots.length)]!;
  return line.slice(0, at) + (line[at] === '1' ? 'l' : 'O') + line.slice(at + 1);
}

/** Document-type titles (a line of their own) and how OCR misreads them. */
const TITLE_MISREADINGS: Readonly<Record<string, readonly string[]>> = {
  'QUYẾT ĐỊNH': ['QUYET DINH', 'QUYÉT ĐỊNH', 'QUYẾT DỊNH', 'QUYẾTĐỊNH'],
  'KẾ HOẠCH': ['KE HOACH', 'KÉ HOẠCH', 'KẾ HOẠCII'],
  'THÔNG BÁO': ['THONG BAO', 'THÔNG BẢO', 'THÕNG BÁO'],
  'GIẤY MỜI': ['GIAY MOI', 'GIÂY MỜI', 'GIẤY MÒI'],
  'BÁO CÁO': ['BAO CAO', 'BẢO CÁO', 'BÁO CẢO'],
  'TỜ TRÌNH': ['TO TRINH', 'TỜ TRÍNH', 'TÒ TRÌNH'],
};
const TITLE = new RegExp(`${LEAD}(?:${Object.keys(TITLE_MISREADINGS).join('|')})(?=[\\s*_|]*$)`, 'u');

/** The words of a date line and how OCR misreads them. */
const DATE_WORDS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['ngày', ['ngay', 'ngảy']],
  ['tháng', ['thang', 'thảng']],
  ['năm', ['nam', 'n\u01cem']],
];

export const OCR_DAMAGES: readonly OcrDamage[] = [
  {
    kind: 'Kính gửi misread',
    apply: keywordDamage(new RegExp(`${LEAD}(?:Kính gửi|KÍNH GỬI)(?=\\s*:)`, 'u'), ['Kinh gùi', 'Kính gủi', 'Kinh gui', 'Kính gừi']),
    examples: [{ line: 'Kính gửi: Sở Nội vụ', damaged: ['Kinh gùi: Sở Nội vụ', 'Kính gủi: Sở Nội vụ', 'Kinh gui: Sở Nội vụ', 'Kính gừi: Sở Nội vụ'] }],
  },
  {
    kind: 'Nơi nhận misread',
    apply: keywordDamage(new RegExp(`${LEAD}(?:Nơi nhận|NƠI NHẬN)(?=\\s*:)`, 'u'), ['Noi nhan', 'Nơi nhân', 'Noi nhận', 'Nới nhặn']),
    examples: [{ line: '*Nơi nhận:*', damaged: ['*Noi nhan:*', '*Nơi nhân:*', '*Noi nhận:*', '*Nới nhặn:*'] }],
  },
  {
    kind: 'V/v misread',
    apply: keywordDamage(new RegExp(`${LEAD}V/[vV](?=[\\s:])`, 'u'), ['Vv', 'Viv', 'V.v', 'V1v']),
    examples: [{ line: 'V/v tổ chức hội nghị', damaged: ['Vv tổ chức hội nghị', 'Viv tổ chức hội nghị', 'V.v tổ chức hội nghị', 'V1v tổ chức hội nghị'] }],
  },
  {
    kind: 'Số misread',
    apply: keywordDamage(new RegExp(`${LEAD}(?:Số|SỐ)(?=\\s*:)`, 'u'), ['S6', 'Sô', 'So', 'Sỏ']),
    examples: [{ line: 'Số: 12/UBND-VP', damaged: ['S6: 12/UBND-VP', 'Sô: 12/UBND-VP', 'So: 12/UBND-VP', 'Sỏ: 12/UBND-VP'] }],
  },
  {
    kind: 'Căn cứ misread',
    apply: keywordDamage(new RegExp(`${LEAD}Căn cứ(?=\\s)`, 'u'), ['C\u01cen cú', 'Can cu', 'Căn cử', 'Căn cư']),
    examples: [{ line: '- Căn cứ Luật Tổ chức;', damaged: ['- C\u01cen cú Luật Tổ chức;', '- Can cu Luật Tổ chức;', '- Căn cử Luật Tổ chức;', '- Căn cư Luật Tổ chức;'] }],
  },
  {
    kind: 'quốc hiệu misread',
    apply: keywordDamage(/CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM|CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM/u, ['CỘNG HOA XÃ HOI CHỦ NGHĨA VIỆT NAM', 'CONG HOA XA HOI CHU NGHIA VIET NAM', 'CỌNG HÒA XÃ HỌI CHỦ NGHĨA VIỆT NAM']),
    examples: [{ line: '**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**', damaged: ['**CỘNG HOA XÃ HOI CHỦ NGHĨA VIỆT NAM**', '**CONG HOA XA HOI CHU NGHIA VIET NAM**', '**CỌNG HÒA XÃ HỌI CHỦ NGHĨA VIỆT NAM**'] }],
  },
  {
    kind: 'tiêu ngữ misread',
    apply: keywordDamage(/Độc lập/u, ['Độc lâp', 'Doc lap', 'Đôc lập']),
    examples: [{ line: 'Độc lập - Tự do - Hạnh phúc', damaged: ['Độc lâp - Tự do - Hạnh phúc', 'Doc lap - Tự do - Hạnh phúc', 'Đôc lập - Tự do - Hạnh phúc'] }],
  },
  {
    kind: 'digit look-alike in the number',
    apply: (line, pick) => damageDigits(line, pick, /(?<=^[\s|*_]*(?:Số|SỐ)\s*:\s*)\d+/u),
    examples: [{ line: 'Số: 105/UBND-VP', damaged: ['Số: l05/UBND-VP', 'Số: 1O5/UBND-VP'] }],
  },
  {
    kind: 'digit look-alike in the date',
    apply: (line, pick) => damageDigits(line, pick, /(?<=^[\s|*_]*[^\d|]{2,40}, )ngày\s+\d+\s+tháng\s+\d+\s+năm\s+\d{4}/u),
    examples: [{ line: 'Hà Nội, ngày 10 tháng 3 năm 2024', damaged: ['Hà Nội, ngày l0 tháng 3 năm 2024', 'Hà Nội, ngày 1O tháng 3 năm 2024', 'Hà Nội, ngày 10 tháng 3 năm 2O24'] }],
  },
  {
    kind: 'stray bullet in Nơi nhận',
    apply: (line, pick) => (/^\s*- \S/.test(line) && /;\s*$|\.\s*$/.test(line) ? line.replace('- ', ['~ ', '* ', '- '][pick(2)]!) : null),
    examples: [{ line: '- Như trên;', damaged: ['~ Như trên;', '* Như trên;'] }],
  },
  {
    kind: 'specks after a header line',
    apply: (line, pick) => (/CH[UỦ] NGH[IĨ]A VI[EỆ]T NAM\**\s*$|H[aạ]nh ph[uú]c\**\s*$/u.test(line) ? `${line.trimEnd()}${[" '", ' .', " '."][pick(3)]}` : null),
    examples: [{ line: 'Độc lập - Tự do - Hạnh phúc', damaged: ["Độc lập - Tự do - Hạnh phúc '", 'Độc lập - Tự do - Hạnh phúc .', "Độc lập - Tự do - Hạnh phúc '."] }],
  },
  {
    kind: 'Điều misread',
    apply: keywordDamage(new RegExp(`${LEAD}Điều(?= \\d)`, 'u'), ['Diều', 'Điêu', '\u00d0iều', 'Điểu']),
    examples: [{ line: '**Điều 1.** Phê duyệt kế hoạch', damaged: ['**Diều 1.** Phê duyệt kế hoạch', '**Điêu 1.** Phê duyệt kế hoạch', '**\u00d0iều 1.** Phê duyệt kế hoạch', '**Điểu 1.** Phê duyệt kế hoạch'] }],
  },
  {
    kind: 'document-type title misread',
    apply: (line, pick) => {
      const m = TITLE.exec(line);
      if (!m) return null;
      const misreadings = TITLE_MISREADINGS[m[0]]!;
      return line.slice(0, m.index) + misreadings[pick(misreadings.length)] + line.slice(m.index + m[0].length);
    },
    examples: [
      { line: '**QUYẾT ĐỊNH**', damaged: ['**QUYET DINH**', '**QUYÉT ĐỊNH**', '**QUYẾT DỊNH**', '**QUYẾTĐỊNH**'] },
      { line: 'KẾ HOẠCH', damaged: ['KE HOACH', 'KÉ HOẠCH', 'KẾ HOẠCII'] },
      { line: '| THÔNG BÁO |', damaged: ['| THONG BAO |', '| THÔNG BẢO |', '| THÕNG BÁO |'] },
      { line: 'GIẤY MỜI', damaged: ['GIAY MOI', 'GIÂY MỜI', 'GIẤY MÒI'] },
      { line: 'BÁO CÁO', damaged: ['BAO CAO', 'BẢO CÁO', 'BÁO CẢO'] },
      { line: 'TỜ TRÌNH', damaged: ['TO TRINH', 'TỜ TRÍNH', 'TÒ TRÌNH'] },
    ],
  },
  {
    kind: 'ngày/tháng/năm misread',
    apply: (line, pick) => {
      const date = /(?<=\p{L}, )ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}/u.exec(line);
      if (!date) return null;
      const [word, misreadings] = DATE_WORDS[pick(DATE_WORDS.length)]!;
      const at = date.index + date[0].indexOf(word);
      return line.slice(0, at) + misreadings[pick(misreadings.length)] + line.slice(at + word.length);
    },
    examples: [
      {
        line: '*Hà Nội, ngày 10 tháng 3 năm 2024*',
        damaged: ['*Hà Nội, ngay 10 tháng 3 năm 2024*', '*Hà Nội, ngảy 10 tháng 3 năm 2024*', '*Hà Nội, ngày 10 thang 3 năm 2024*', '*Hà Nội, ngày 10 thảng 3 năm 2024*', '*Hà Nội, ngày 10 tháng 3 nam 2024*', '*Hà Nội, ngày 10 tháng 3 n\u01cem 2024*'],
      },
    ],
  },
  {
    kind: 'TM./KT./TL. misread',
    apply: (line, pick) => {
      const m = new RegExp(`${LEAD}(TM|KT|TL)\\.(?=\\s)`, 'u').exec(line);
      if (!m) return null;
      const a = m[1]!;
      const misreadings = [`${a},`, `${a}:`, `${a[0]}.${a[1]}.`, a];
      return line.slice(0, m.index) + misreadings[pick(misreadings.length)] + line.slice(m.index + m[0].length);
    },
    examples: [
      { line: '**KT. CHỦ TỊCH**', damaged: ['**KT, CHỦ TỊCH**', '**KT: CHỦ TỊCH**', '**K.T. CHỦ TỊCH**', '**KT CHỦ TỊCH**'] },
      { line: '| **Nơi nhận:** | TM. ỦY BAN NHÂN DÂN |', damaged: ['| **Nơi nhận:** | TM, ỦY BAN NHÂN DÂN |', '| **Nơi nhận:** | TM: ỦY BAN NHÂN DÂN |', '| **Nơi nhận:** | T.M. ỦY BAN NHÂN DÂN |', '| **Nơi nhận:** | TM ỦY BAN NHÂN DÂN |'] },
    ],
  },
  {
    kind: 'Như trên misread',
    apply: keywordDamage(new RegExp(`${ITEM}Như trên`, 'u'), ['Nhu trên', 'Như trẽn', 'Nhu tren', 'Nhir trên']),
    examples: [{ line: '- Như trên;', damaged: ['- Nhu trên;', '- Như trẽn;', '- Nhu tren;', '- Nhir trên;'] }],
  },
  {
    kind: 'Lưu misread',
    apply: keywordDamage(new RegExp(`${ITEM}Lưu(?=[\\s:])`, 'u'), ['Luu', 'Lưư', '1ưu', "Lu'u"]),
    examples: [{ line: '- Lưu: VT, VP.', damaged: ['- Luu: VT, VP.', '- Lưư: VT, VP.', '- 1ưu: VT, VP.', "- Lu'u: VT, VP."] }],
  },
  {
    kind: 'space inside a keyword',
    apply: (line, pick) => {
      const m = new RegExp(`${LEAD}(?:Kính gửi|Nơi nhận|Căn cứ)`, 'u').exec(line);
      if (!m) return null;
      const [first, second] = m[0].split(' ') as [string, string];
      const forms = [`${first}${second}`, `${first[0]} ${first.slice(1)} ${second}`, `${first}  ${second}`];
      return line.slice(0, m.index) + forms[pick(forms.length)] + line.slice(m.index + m[0].length);
    },
    examples: [{ line: 'Kính gửi: Sở Nội vụ', damaged: ['Kínhgửi: Sở Nội vụ', 'K ính gửi: Sở Nội vụ', 'Kính  gửi: Sở Nội vụ'] }],
  },
  {
    kind: 'stray mark before a keyword',
    apply: (line, pick) => {
      const m = new RegExp(`${LEAD}(?=Kính gửi|Nơi nhận|Căn cứ|Số:|Điều \\d)`, 'u').exec(line);
      if (!m) return null;
      // A `*` beside markdown emphasis would be markup, not a speck.
      const marks = /[*_]/.test(line) ? ["'", '.', '~'] : ["'", '.', '~', '*'];
      return line.slice(0, m.index) + marks[pick(marks.length)] + line.slice(m.index);
    },
    examples: [
      { line: 'Nơi nhận:', damaged: ["'Nơi nhận:", '.Nơi nhận:', '~Nơi nhận:', '*Nơi nhận:'] },
      { line: '**Điều 2.** Giao Sở Tài chính', damaged: ["**'Điều 2.** Giao Sở Tài chính", '**.Điều 2.** Giao Sở Tài chính', '**~Điều 2.** Giao Sở Tài chính'] },
    ],
  },
];

/** The lines where a Nơi nhận block is: bullets are damaged only there (elsewhere they are list labels). */
function distributionLines(lines: readonly string[]): Set<number> {
  const out = new Set<number>();
  let inside = false;
  for (let i = 0; i < lines.length; i++) {
    if (/(?:Nơi nhận|NƠI NHẬN)\s*:/u.test(lines[i]!)) inside = true;
    else if (inside && lines[i]!.trim() !== '' && !/^\s*[-+*]\s/.test(lines[i]!)) inside = false;
    else if (inside) out.add(i);
  }
  return out;
}

/** Tones OCR reads one for the other (acute ↔ hook above, grave → acute, tilde → hook above), in NFD. */
const TONE_SWAP: Readonly<Record<string, string>> = { '\u0301': '\u0309', '\u0309': '\u0301', '\u0300': '\u0301', '\u0303': '\u0309' };
const TONE = /[\u0300\u0301\u0303\u0309\u0323]/u;
/** A vowel's mark (`ê`, `ơ`, `ư`, `ă`: circumflex, horn, breve), in NFD. */
const VOWEL_MARK = /(?<=[aeouAEOU])[\u0302\u0306\u031b]/u;

/** Edits `w` in NFD (where a tone and a vowel mark are characters of their own). */
function inNfd(w: string, edit: (d: string) => string | null): string | null {
  const out = edit(w.normalize('NFD'));
  return out === null ? null : out.normalize('NFC');
}

/** The ways OCR damages one body word (`rn` for `m`, `cl` for `d`, `ii` for `u`, a lost vowel mark or `đ`, a lost or swapped tone); null where one does not apply. */
const WORD_DAMAGES: ReadonlyArray<(word: string) => string | null> = [
  (w) => (w.includes('m') ? w.replace('m', 'rn') : null),
  (w) => (w.includes('d') ? w.replace('d', 'cl') : null),
  (w) => inNfd(w, (d) => (/u(?![\u0300-\u036f])/u.test(d) ? d.replace(/u(?![\u0300-\u036f])/u, 'ii') : null)),
  (w) => (w.includes('đ') ? w.replace('đ', 'd') : inNfd(w, (d) => (VOWEL_MARK.test(d) ? d.replace(VOWEL_MARK, '') : null))),
  (w) => inNfd(w, (d) => (TONE.test(d) ? d.replace(TONE, '') : null)),
  (w) => inNfd(w, (d) => {
    const tone = TONE.exec(d)?.[0];
    const to = tone === undefined ? undefined : TONE_SWAP[tone];
    return to === undefined ? null : d.replace(TONE, to);
  }),
];

/** A line with all its diacritics stripped (`Thực hiện` → `Thuc hien`). */
export function withoutDiacritics(line: string): string {
  return line.normalize('NFD').replace(/[\u0300-\u036f]/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').normalize('NFC');
}

/** Damage to body lines (lines that hold none of the values to keep). */
export const BODY_DAMAGES: readonly OcrDamage[] = [
  {
    kind: 'body word misread',
    apply: (line, pick) => {
      const words = [...line.matchAll(/(?<![\p{L}\p{N}/])\p{Ll}{2,}(?![\p{L}\p{N}/])/gu)];
      if (words.length === 0) return null;
      const word = words[pick(words.length)]!;
      const forms = WORD_DAMAGES.map((damage) => damage(word[0])).filter((f): f is string => f !== null && f !== word[0]);
      if (forms.length === 0) return null;
      return line.slice(0, word.index) + forms[pick(forms.length)] + line.slice(word.index + word[0].length);
    },
    examples: [
      { line: 'dân', damaged: ['clân', 'dan'] },
      { line: 'mừng', damaged: ['rnừng', 'mùng', 'mưng', 'mứng'] },
    ],
  },
  {
    kind: 'line without diacritics',
    apply: (line) => (/[^\x00-\x7f]/.test(line) ? withoutDiacritics(line) : null),
    examples: [{ line: 'Thực hiện Công văn của Sở Y tế;', damaged: ['Thuc hien Cong van cua So Y te;'] }],
  },
];

/** Lower case, NFC, without markdown marks or repeated spaces: how values and lines are compared. */
function plain(s: string): string {
  return s.normalize('NFC').replace(/<br>/g, ' ').replace(/[*_|`]/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * Whether a line holds one of the values to keep: a value inside it, the line inside a value, three
 * words in a row of the line inside a value, or a value wrapped over lines that starts with the
 * line's last two words or ends with its first two (`TM. ỦY BAN` / `NHÂN DÂN`).
 */
function holdsValue(line: string, values: readonly string[]): boolean {
  const text = plain(line).replace(/^[-+~•.;:,\s]+|[-+~•.;:,\s]+$/g, '');
  if (text.length < 2) return false;
  const words = text.split(' ');
  const head = words.slice(0, 2).join(' ');
  const tail = words.slice(-2).join(' ');
  return values.some((value) => {
    if (value.length >= 4 && text.includes(value)) return true;
    if (text.length >= 4 && value.includes(text)) return true;
    for (let i = 0; i + 3 <= words.length; i++) if (value.includes(words.slice(i, i + 3).join(' '))) return true;
    return words.length >= 2 && (value.startsWith(tail) || value.endsWith(head));
  });
}

export interface DamageOptions {
  /** Chance that each kind of keyword damage hits a line it applies to (default one half). */
  readonly rate?: number;
  /** Values to keep as written (the gold's strings): given, body lines that hold none of them are damaged too. */
  readonly protect?: readonly string[];
  /** Chance that each kind of body damage hits a body line (default 0.15). */
  readonly bodyRate?: number;
}

/**
 * `text` damaged by OCR with `seed`: each kind of keyword damage hits each line it applies to with
 * probability `rate`; with `protect`, body damage hits the lines that hold none of those values.
 * Line breaks are kept.
 */
export function damageOcr(text: string, seed: number, options: number | DamageOptions = {}): string {
  const { rate = 0.5, protect, bodyRate = 0.15 } = typeof options === 'number' ? { rate: options } : options;
  const random = seededRandom(seed);
  const pick: Pick = (n) => Math.floor(random() * n);
  const lines = text.split('\n');
  const distribution = distributionLines(lines);
  const values = protect?.map(plain).filter((v) => v.length > 0);
  return lines
    .map((raw, i) => {
      const cr = raw.endsWith('\r') ? '\r' : '';
      const line = raw.slice(0, raw.length - cr.length);
      let out = line;
      for (const damage of OCR_DAMAGES) {
        if (damage.kind === 'stray bullet in Nơi nhận' && !distribution.has(i)) continue;
        const damaged = damage.apply(out, pick);
        if (damaged !== null && random() < rate) out = damaged;
      }
      if (values && out === line && !holdsValue(line, values)) {
        for (const damage of BODY_DAMAGES) {
          const damaged = damage.apply(out, pick);
          if (damaged !== null && random() < bodyRate) out = damaged;
        }
      }
      return out + cr;
    })
    .join('\n');
}

/** Every string of a gold (or expected) file but its notes: the values a damaged document must keep. */
export function goldValues(gold: unknown): string[] {
  if (typeof gold === 'string') return [gold];
  if (Array.isArray(gold)) return gold.flatMap(goldValues);
  if (gold !== null && typeof gold === 'object') return Object.entries(gold).flatMap(([key, value]) => (key.startsWith('_') ? [] : goldValues(value)));
  return [];
}
