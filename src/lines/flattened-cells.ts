/**
 * Table cells a converter flattened: HTML-to-markdown converters (node-html-markdown, markdownify)
 * write a cell's paragraphs into one GFM cell, joined by spaces:
 *
 *     | BỘ CÔNG AN **CÔNG AN TỈNH LÂM ĐỒNG** Số: 409 /TTr-CAT | **CỘNG HÒA …** _Lâm Đồng, ngày 26 …_ |
 *     | _**Nơi nhận:**_ \- Như trên; \- Lưu: VT, PC04. | **GIÁM ĐỐC** **Trương Minh Đương** |
 *
 * Such a cell is cut back into lines where a paragraph of the header or the footer must have begun:
 * at the edges of an emphasis run (each paragraph had its own), before `Số:`, `V/v`, the place and
 * date, the quốc hiệu, the tiêu ngữ, an authority prefix, and before a dash entry after `;` or `:`.
 * Only a cell that holds one of those anchors is cut: a table in the body keeps its sentences.
 */
import { DAY_WORD } from '../domain/date-grammar.js';
import { keywordSource, MOTTO } from '../domain/keywords.js';
import { AUTHORITY_PREFIX_ALTERNATION, TITLE_AFTER_PREFIX } from '../domain/signature.js';
import { vre } from '../domain/vietnamese.js';

// `Số: 409 /TTr-CAT`, and the Party's `Số 03-QĐi/UBKTTU` without a colon.
const NUMBER_AT = `(?:${keywordSource('numberLabel')})(?:\\s*[:.]\\s*(?=[\\d/])|\\s+(?=\\d{1,5}\\s*-\\s*\\p{Lu}))`;
// The Party's star under the issuer's name (`TỈNH ỦY LÂM ĐỒNG \* Số 03-…`), escaped by the converter or not.
const STAR_AT = `\\\\?\\*(?=\\s|$)`;
const SUBJECT_AT = `(?:${keywordSource('letterSubject')})\\s`;
// A place is a few words in title case (`Hà Nội`, `Bà Rịa - Vũng Tàu`), or those after `Thành phố`, `TP.`;
// not the end of a quốc hiệu in capitals (`… VIỆT NAM Hà Nội, ngày`).
const PLACE_DATE_AT = `(?:(?:Thành phố|Thị xã|Thị trấn|TP\\.|Tp\\.)\\s*)?\\p{Lu}\\p{Ll}*(?:\\s+(?:[-–]\\s+)?\\p{Lu}\\p{Ll}*){0,4},\\s*${DAY_WORD}\\s`;
const AUTHORITY_AT = `(?:${AUTHORITY_PREFIX_ALTERNATION})[.\\s]\\s*${TITLE_AFTER_PREFIX}`;
const PLACE_DATE = vre(`[*_]*${PLACE_DATE_AT}`, 'uy');
// The quốc hiệu and the Party's title in capitals, as a header writes them: in a subject
// (`… Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam`) they are words of a sentence.
const ANCHORS = [NUMBER_AT, SUBJECT_AT, PLACE_DATE_AT, AUTHORITY_AT, STAR_AT, keywordSource('nationalTitle'), MOTTO.source, keywordSource('partyTitle'), keywordSource('organisationTitle')];

/** A cell worth cutting: it holds a header or footer anchor after some text, or opens with `Nơi nhận:` or `TM.`. */
const HAS_ANCHOR = vre(`\\S\\s+[*_]*(?:${ANCHORS.join('|')})|(?:^|\\s)[*_]*(?:(?:${keywordSource('distribution')})\\s*[*_]*:|${AUTHORITY_AT})`, 'u');

/**
 * Where to cut, as the spaces between two lines: before an anchor (after some text), around an
 * emphasis run, and before a dash entry that follows `;`, `:` or `.`.
 */
const BREAK = vre(
  [
    // (Not after a capitalised word: `Hà Nội, ngày` is one place.)
    `(?<=\\S)(?<!(?:^|\\s)\\p{Lu}\\p{Ll}\\p{L}*)\\s+(?=[*_]*(?:${ANCHORS.join('|')}))`,
    // Around an emphasis run: `… **CÔNG AN TỈNH** …`, `_**Nơi nhận:**_ \\- …`.
    '(?<=\\S)\\s+(?=[*_]+[^\\s*_])',
    '(?<=[^\\s*_][*_]+)\\s+(?=\\S)',
    // A dash entry: `Như trên; \- Lưu: VT.`, also with no space (`tỉnh;\- Trung tâm`) and after a
    // Party entry's comma (`thành uỷ,- các ban đảng`).
    '(?<=[;:.,][*_]*)\\s*(?=\\\\?[-–+•]\\s+\\p{L})',
  ].join('|'),
  'gu',
);

/**
 * `Nơi nhận:- Như trên;- Lưu: VT.` on one line, outside a table: a cell whose line breaks a copy or
 * a converter lost (pandoc's plain text drops the `<br>`s). Read as the flattened cell it is.
 */
const FLATTENED_FOOTER = vre(`^\\s*[*_]*(?:${keywordSource('distribution')})\\s*[*_]*:[*_]*\\s*\\\\?[-–+•]\\s*\\p{L}[^]*;`, 'u');

/** Whether a line outside a table is a Nơi nhận list flattened onto it. */
export function isFlattenedFooter(text: string): boolean {
  return FLATTENED_FOOTER.test(text);
}

/** The pieces of a flattened cell as `[offset, text]` (the cell itself when it is not cut). */
export function splitFlattenedCell(at: number, piece: string): Array<[number, string]> {
  if (piece.length < 16 || !HAS_ANCHOR.test(piece)) return [[at, piece]];
  const out: Array<[number, string]> = [];
  const emphasis = new EmphasisState(piece);
  let from = 0;
  // The place before `, ngày` may be several words (`Thành phố Hồ Chí Minh`): no break inside it.
  let placeEnd = 0;
  for (const m of piece.matchAll(BREAK)) {
    // A space inside a bold or italic phrase is no break.
    if (m.index < placeEnd || emphasis.openAt(m.index)) continue;
    out.push([at + from, piece.slice(from, m.index)]);
    from = m.index + m[0].length;
    PLACE_DATE.lastIndex = from;
    const place = PLACE_DATE.exec(piece);
    if (place) placeEnd = from + place[0].length;
  }
  out.push([at + from, piece.slice(from)]);
  return out;
}

const isWordChar = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

/** Whether an emphasis run is open at an offset, asked at increasing offsets (one pass in all). */
class EmphasisState {
  private scanned = 0;
  private strong = false;
  private em = false;
  constructor(private readonly text: string) {}

  openAt(index: number): boolean {
    const t = this.text;
    let i = this.scanned;
    while (i < index) {
      // An escaped mark (`\_\_\_`, a rule written out) is text.
      if (t[i] === '\\') {
        i += 2;
        continue;
      }
      if (t[i] === '*' && t[i + 1] === '*') {
        this.strong = !this.strong;
        i += 2;
        continue;
      }
      // A `_` inside a word (`TTr_1`) is no marker.
      if (t[i] === '*' || (t[i] === '_' && !(isWordChar(t[i - 1]) && isWordChar(t[i + 1])))) this.em = !this.em;
      i++;
    }
    this.scanned = Math.max(this.scanned, i);
    return this.strong || this.em;
  }
}
