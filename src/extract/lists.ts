/**
 * Dash lists (Kính gửi, Nơi nhận): lines → entries. An entry starts at a `-`/`+` marker; a line
 * without one continues the entry before it when that entry is still open (ends with `,` or nothing
 * and the line starts in lower case); flattened cells hold several entries on one line (`- A; - B`).
 */
import { ARCHIVE_WORD } from '../domain/keywords.js';
import { startsLowerCase, vre } from '../domain/vietnamese.js';
import { sliceLine, type Line } from '../lines/line.js';

/** A piece of a source line: `line.text.slice(from, to)`. */
export interface LinePart {
  readonly line: Line;
  readonly from: number;
  readonly to: number;
}

export interface ListEntry {
  /** Text without the marker and closing punctuation. */
  readonly text: string;
  readonly marker: string;
  /** The pieces of source lines the entry was read from: at least one. */
  readonly parts: readonly [LinePart, ...LinePart[]];
}

// `~` and `*` are what OCR makes of a dash.
const MARKER = /^([-–—+•·*~])\s*/u;
// Only a marker after a closing mark starts another entry: a dash inside one joins names
// (`Cục Kiểm soát TTHC - VPCP`, `TT. Tỉnh ủy - HĐND tỉnh`).
const INLINE_SPLIT = vre(/([;,.:])\s+(?=[-–+•]\s+\S)/gu);

/** Split lines into list entries. `openJoin` decides whether an unmarked line continues the last entry. */
export function readListEntries(lines: readonly Line[], options: ListOptions = {}): ListEntry[] {
  const joinUnmarked = options.joinUnmarked ?? 'open';
  const entries: Array<{ marker: string; parts: [LinePart, ...LinePart[]] }> = [];
  const terminated = lines.filter((l) => /[;,.]$/.test(l.text)).length >= lines.length / 2;
  for (const whole of lines) {
    const line = withoutAside(whole, options.onAside);
    for (const piece of splitInline(line)) {
      const text = piece.text;
      const marker = text.match(MARKER);
      const last = entries[entries.length - 1];
      if (!marker && last) {
        const lastText = last.parts.at(-1) ?? last.parts[0];
        const previous = lastText.line.text.slice(lastText.from, lastText.to).trim();
        const open = !/[;.]$/.test(previous);
        // In a list whose entries end with `;` or `,`, an entry without its mark is still open.
        const first = last.parts[0]!.line;
        // A hanging indent: the line stands under the entry's text, right of its dash (pdftotext).
        const hanging = last.marker !== '' && !first.split && !piece.split && piece.indent > first.indent && piece.indent <= first.indent + 4;
        const joins =
          hanging ||
          startsLowerCase(text) ||
          (joinUnmarked === 'open' && open && previous.endsWith(',')) ||
          (joinUnmarked === 'open' && open && terminated && last.marker !== '' && !/[;,.]$/.test(previous) && !/^[-–+]/.test(text));
        if (joins) {
          last.parts.push({ line: piece, from: 0, to: text.length });
          continue;
        }
      }
      entries.push({ marker: marker?.[1] ?? '', parts: [{ line: piece, from: marker ? marker[0].length : 0, to: text.length }] });
    }
  }
  return entries
    .map((e) => ({ marker: e.marker, parts: e.parts, text: cleanEntry(e.parts.map((p) => p.line.text.slice(p.from, p.to)).join(' ')) }))
    .filter((e) => e.text.length > 0);
}

export interface ListOptions {
  /** Whether an unmarked line continues the last entry when it is open (`open`) or only in lower case. */
  readonly joinUnmarked?: 'open' | 'lowercase';
  /** Receives the text set beside an entry (see `withoutAside`), which is left out of the entries. */
  readonly onAside?: (aside: Line) => void;
}

// A closing mark, then the rest of the line: the rest is an aside when the source has a wide gap there.
const ASIDE = /[;.]\s+(?![-–+•*~]\s)(?=\p{Lu})([^;\s]+(?:\s+[^;\s]+)+)$/u;

/**
 * `- Cổng thông tin điện tử Chính phủ;       Để đăng dự thảo`: a note written beside the list (a
 * bracket drawn over two entries in Word) is set off from the entry by a run of spaces, and does
 * not close with `;` as the entries do. The entry is the part before the gap.
 */
function withoutAside(line: Line, onAside: ((aside: Line) => void) | undefined): Line {
  const m = ASIDE.exec(line.text);
  if (!m || /^[-–+•*~]?\s*Lưu\b/u.test(line.text) || /[;.,:]$/.test(m[1] ?? '')) return line;
  const mark = m.index;
  const asideStart = line.text.length - (m[1] ?? '').length;
  // Spaces folded away between the mark and the note: two or more in the source.
  if (line.map.toSource(asideStart) - line.map.toSource(mark) < 3) return line;
  onAside?.(sliceLine(line, asideStart));
  return sliceLine(line, 0, mark + 1);
}

/** `- Như trên; - UBND tỉnh; - Lưu: VT.` in one cell → one line per entry. */
function splitInline(line: Line): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (const m of line.text.matchAll(INLINE_SPLIT)) {
    const cut = m.index + (m[1] ? 1 : 0);
    if (cut > start) out.push(sliceLine(line, start, cut));
    start = m.index + m[0].length;
  }
  out.push(start === 0 ? line : sliceLine(line, start));
  return out.filter((l) => l.text.length > 0);
}

/** Drop closing punctuation and short noise after it (`Như trên; a`, `Lưu: VT. HTQT. can -`). */
export function cleanEntry(text: string): string {
  let t = text.replace(/\s+/g, ' ').trim();
  // Noise from the other column after the closing mark: lower-case letters or symbols, not digits.
  const tail = t.match(/^(.*?[;.])\s+([^;]{1,6})$/u);
  if (tail && !/[A-ZĐ]{2,}|\(|^\d+\.?$/u.test(tail[2] ?? '') && !isDrafterInitials(tail[1] ?? '', tail[2] ?? '')) t = tail[1] ?? t;
  // A dash left at the end by the other column (`Thường trực Huyện ủy, -`) is not text either, nor
  // a short lower-case scrap after a closing mark (`Lưu: VT, TTHT. (5b) te`).
  t = t.replace(/([).;,])\s+[a-zđàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]{1,3}$/u, '$1');
  return t.replace(/(?:\s+[-–—])+$/u, '').replace(/[\s;.,:]+$/u, '').replace(/^[-–—+•·*~]\s*/u, '').trim();
}

/**
 * `Lưu: VT, TH(2). H`, `Lưu: VT, TM; H10.`: the archive entry ends with the drafter's initials (NĐ 30 Phụ lục I, II.9):
 * a capital and consonants (`H`, `Hg`, `Th`); a vowel after the capital (`Ci`) is OCR noise.
 */
function isDrafterInitials(entry: string, tail: string): boolean {
  // (and the number of copies after them: `H10`, `Hg05`)
  return ARCHIVE_WORD.test(entry) && /^\p{Lu}[bcdđghklmnpqrstvx]{0,3}\d{0,3}\.?$/u.test(tail);
}
