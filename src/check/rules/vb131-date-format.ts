import { STATE_CONG_VAN, specimen, variant } from '../examples.js';
import type { Rule } from '../types.js';
import { numericDate } from '../../domain/date-grammar.js';
import { vre } from '../../domain/vietnamese.js';
import { BARE_DATE_LINE, dateLine, NUMERIC_DATE_LINE } from './date-line.js';
import { headerLines } from './util.js';

/** `Hà Nội ngày 10 tháng 5 năm 2021`: a place with no comma after it. */
/** A date in figures, as the parser read it (`ngày 05/01/2022`). */
const NUMERIC_DATE = vre(numericDate('loose'), 'u');

const NO_COMMA = /^(\p{Lu}[^,\d:;]{1,40}?)\s+ngày\s+\S{0,4}\s*tháng\s+\S{0,4}\s*năm\s+\d{4}/u;

export const rule: Rule = {
  id: 'VB131',
  name: 'date-format',
  severity: 'error',
  families: ['state', 'party'],
  kinds: 'all',
  description: {
    vi: 'Địa danh và thời gian ban hành viết đầy đủ `<Địa danh>, ngày D tháng M năm YYYY`: có địa danh và dấu phẩy sau địa danh, chữ `ngày` viết thường, ngày tháng năm bằng chữ số Ả Rập, không viết `10/5/2021` hay `ngày 10-5-2021`.',
    en: 'Place and date are written in full: `<Place>, ngày D tháng M năm YYYY` — a place with a comma after it, `ngày` in lower case, no `10/5/2021` or `ngày 10-5-2021`.',
  },
  clause: 'NĐ 30/2020 Phụ lục I II.4; HD 36 II.1.4; rules.md §5',
  fixable: false,
  messages: {
    numeric: { vi: 'Ngày ban hành "{found}" phải viết "<Địa danh>, ngày … tháng … năm …"', en: 'The date "{found}" must be written "<Place>, ngày … tháng … năm …"' },
    noPlace: { vi: 'Thời gian ban hành "{found}" thiếu địa danh phía trước', en: 'The date "{found}" has no place before it' },
    comma: { vi: 'Sau địa danh "{place}" phải có dấu phẩy', en: 'A comma must follow the place "{place}"' },
    capital: { vi: 'Chữ "ngày" trong thời gian ban hành viết thường', en: '"ngày" in the date is written in lower case' },
  },
  examples: {
    failing: [
      variant(STATE_CONG_VAN, 'Quảng Bình, ngày 05 tháng 3 năm 2024', 'Quảng Bình, 05/3/2024'),
      variant(STATE_CONG_VAN, 'Quảng Bình, ngày 05 tháng 3 năm 2024', 'Quảng Bình ngày 05 tháng 3 năm 2024'),
      // OCR put the number and the date on one line.
      variant(STATE_CONG_VAN.replace('Quảng Bình, ngày 05 tháng 3 năm 2024\n\n', ''), 'Số: 05/SNV-VP', 'Số: 05/SNV-VP Quảng Bình, ngày 05/3/2024'),
    ],
    passing: [specimen(STATE_CONG_VAN, 'Quảng Bình, ngày 05 tháng 3 năm 2024')],
  },
  check(ctx) {
    const found = dateLine(ctx);
    if (found) {
      if (found.place.text.trim() === '') ctx.report({ messageId: 'noPlace', data: { found: found.line.text.slice(found.from, found.to) }, line: found.line, from: found.from, to: found.to });
      else if (!found.comma || found.comma.text !== ',') ctx.report({ messageId: 'comma', data: { place: found.place.text.trim() }, line: found.line, from: found.place.from, to: found.ngay.from });
      if (found.ngay.text === 'Ngày' && found.place.text.trim() !== '') ctx.report({ messageId: 'capital', line: found.line, from: found.ngay.from, to: found.ngay.from + 4 });
      return;
    }
    for (const l of headerLines(ctx)) {
      const text = l.line.text.replace(/^[*_]+|[*_]+$/g, '');
      const noComma = NO_COMMA.exec(text);
      if (noComma) {
        ctx.report({ messageId: 'comma', data: { place: noComma[1]! }, line: l.line, from: 0, to: noComma[1]!.length });
        return;
      }
      if (NUMERIC_DATE_LINE.test(text)) {
        ctx.report({ messageId: 'numeric', data: { found: text }, line: l.line });
        return;
      }
      if (BARE_DATE_LINE.test(text)) {
        ctx.report({ messageId: 'noPlace', data: { found: text }, line: l.line });
        return;
      }
    }
    // The date shares a line with other header text (`Số: 12/UBND Hương Khê, ngày 05/01/2022`, OCR
    // joining the columns): the parser read it, in figures.
    const date = ctx.document.header.date;
    const source = ctx.document.sources['/header/date'];
    if (date && source && NUMERIC_DATE.test(date.raw)) ctx.report({ messageId: 'numeric', data: { found: date.raw }, place: source.place });
  },
};
