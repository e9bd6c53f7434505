import { STATE_CONG_VAN, specimen, variant } from '../examples.js';
import type { Rule } from '../types.js';
import { dateLine, isBlankPart } from './date-line.js';

export const rule: Rule = {
  id: 'VB134',
  name: 'date-blank',
  severity: 'warning',
  families: ['state', 'party'],
  kinds: 'all',
  description: { vi: 'Ngày hoặc tháng ban hành để trống (bản dự thảo, chưa ký ban hành).', en: 'The day or month of issue is left blank (a draft, not yet signed).' },
  clause: 'NĐ 30/2020 Phụ lục I II.4; rules.md §5',
  fixable: false,
  messages: { blank: { vi: 'Ngày ban hành để trống: "{found}" (bản dự thảo?)', en: 'The date of issue is blank: "{found}" (a draft?)' } },
  examples: {
    failing: [variant(STATE_CONG_VAN, 'ngày 05 tháng 3 năm 2024', 'ngày     tháng 3 năm 2024')],
    passing: [specimen(STATE_CONG_VAN, 'ngày 05 tháng 3 năm 2024')],
  },
  check(ctx) {
    const found = dateLine(ctx);
    if (!found) return;
    if (isBlankPart(found.day.text) || isBlankPart(found.month.text)) {
      ctx.report({ messageId: 'blank', data: { found: found.line.text.slice(found.ngay.from, found.to) }, line: found.line, from: found.ngay.from, to: found.to });
    }
  },
};
