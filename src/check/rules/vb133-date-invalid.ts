import { STATE_CONG_VAN, specimen, variant } from '../examples.js';
import { daysInMonth } from '../../extract/date.js';
import type { Rule } from '../types.js';
import { dateLine } from './date-line.js';

export const rule: Rule = {
  id: 'VB133',
  name: 'date-invalid',
  severity: 'error',
  families: ['state', 'party'],
  kinds: 'all',
  description: { vi: 'Ngày ban hành phải là một ngày có thật (không có `ngày 31 tháng 02`, `tháng 13`).', en: 'The date of issue is a real date (no `ngày 31 tháng 02`, no `tháng 13`).' },
  clause: 'NĐ 30/2020 Phụ lục I II.4; rules.md §5',
  fixable: false,
  messages: { invalid: { vi: 'Ngày ban hành không có thật: "{found}"', en: 'The date of issue does not exist: "{found}"' } },
  examples: {
    failing: [
      variant(STATE_CONG_VAN, 'ngày 05 tháng 3 năm 2024', 'ngày 31 tháng 02 năm 2024'),
      // OCR put the number and the date on one line.
      variant(STATE_CONG_VAN.replace('Quảng Bình, ngày 05 tháng 3 năm 2024\n\n', ''), 'Số: 05/SNV-VP', 'Số: 05/SNV-VP Quảng Bình, ngày 31 tháng 02 năm 2024'),
    ],
    passing: [specimen(STATE_CONG_VAN, 'ngày 05 tháng 3 năm 2024')],
  },
  check(ctx) {
    const found = dateLine(ctx);
    if (!found || !/^\d{1,2}$/.test(found.month.text)) return;
    const month = Number(found.month.text);
    const year = Number(found.year.text);
    const day = /^\d{1,2}$/.test(found.day.text) ? Number(found.day.text) : null;
    const bad = month < 1 || month > 12 || (day !== null && (day < 1 || day > daysInMonth(year, month)));
    if (bad) ctx.report({ messageId: 'invalid', data: { found: found.line.text.slice(found.ngay.from, found.to) }, line: found.line, from: found.ngay.from, to: found.to });
  },
};
