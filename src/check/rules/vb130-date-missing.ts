import { STATE_CONG_VAN, specimen, variant } from '../examples.js';
import type { Rule } from '../types.js';
import { BARE_DATE_LINE, NUMERIC_DATE_LINE } from './date-line.js';
import { headerLine, headerLines } from './util.js';

export const rule: Rule = {
  id: 'VB130',
  name: 'date-missing',
  severity: 'error',
  families: ['state', 'party'],
  kinds: 'all',
  description: {
    vi: 'Văn bản phải có địa danh và thời gian ban hành (`Quảng Bình, ngày 05 tháng 3 năm 2024`), cùng hàng với số, ký hiệu.',
    en: 'A document has its place and date of issue (`Quảng Bình, ngày 05 tháng 3 năm 2024`), level with the số/ký hiệu.',
  },
  clause: 'NĐ 30/2020 Điều 8.2d, Phụ lục I II.4; HD 36 II.1.4; rules.md §5',
  fixable: false,
  messages: { missing: { vi: 'Thiếu địa danh và thời gian ban hành văn bản', en: 'The place and date of issue are missing' } },
  examples: {
    failing: [variant(STATE_CONG_VAN, 'Quảng Bình, ngày 05 tháng 3 năm 2024\n', '', { lines: [7] })],
    passing: [specimen(STATE_CONG_VAN, 'Quảng Bình, ngày 05 tháng 3 năm 2024')],
  },
  check(ctx) {
    const { header } = ctx.document;
    if (header.date !== null || headerLine(ctx, 'placeDate')) return;
    if (headerLines(ctx).some((l) => NUMERIC_DATE_LINE.test(l.line.text) || BARE_DATE_LINE.test(l.line.text))) return; // VB131
    if (header.numbering === null && header.nationalTitle === null) return;
    const at = headerLine(ctx, 'number') ?? headerLine(ctx, 'motto') ?? headerLine(ctx, 'nationalTitle') ?? headerLine(ctx, 'partyTitle');
    if (at) ctx.report({ messageId: 'missing', line: at.line });
  },
};
