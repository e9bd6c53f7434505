import { STATE_CONG_VAN, STATE_QUYET_DINH, specimen, variant } from '../examples.js';
import type { Rule } from '../types.js';
import { dateLine } from './date-line.js';

export const rule: Rule = {
  id: 'VB132',
  name: 'date-padding',
  severity: 'error',
  families: ['state', 'party'],
  kinds: 'all',
  description: {
    vi: 'Ngày nhỏ hơn 10 và tháng 1, 2 ghi thêm số 0 phía trước (`ngày 05 tháng 01`); tháng 3 đến 12 không ghi số 0 (`tháng 3`, không phải `tháng 03`).',
    en: 'Days below 10 and months 1 and 2 get a leading zero (`ngày 05 tháng 01`); months 3 to 12 do not (`tháng 3`, not `tháng 03`).',
  },
  clause: 'NĐ 30/2020 Phụ lục I II.4b; TT 01/2011 Điều 9; HD 36 II.1.4; rules.md §5',
  fixable: true,
  messages: {
    day: { vi: 'Ngày "{found}" phải ghi "{fixed}"', en: 'The day "{found}" must be written "{fixed}"' },
    month: { vi: 'Tháng "{found}" phải ghi "{fixed}"', en: 'The month "{found}" must be written "{fixed}"' },
  },
  examples: {
    failing: [
      variant(STATE_CONG_VAN, 'ngày 05 tháng 3 năm 2024', 'ngày 5 tháng 3 năm 2024', { fixed: STATE_CONG_VAN }),
      variant(STATE_CONG_VAN, 'ngày 05 tháng 3 năm 2024', 'ngày 05 tháng 03 năm 2024', { fixed: STATE_CONG_VAN }),
      variant(STATE_QUYET_DINH, 'ngày 08 tháng 01 năm 2024', 'ngày 08 tháng 1 năm 2024', { fixed: STATE_QUYET_DINH }),
    ],
    passing: [specimen(STATE_CONG_VAN, 'Quảng Bình, ngày 05 tháng 3 năm 2024'), specimen(STATE_QUYET_DINH, 'Quảng Bình, ngày 08 tháng 01 năm 2024')],
  },
  check(ctx) {
    const found = dateLine(ctx);
    if (!found) return;
    const { day, month, line } = found;
    if (/^\d$/.test(day.text) && day.text !== '0') {
      ctx.report({ messageId: 'day', data: { found: day.text, fixed: `0${day.text}` }, line, from: day.from, to: day.from + 1, fix: { from: day.from, to: day.from, text: '0' } });
    }
    if (/^[12]$/.test(month.text)) {
      ctx.report({ messageId: 'month', data: { found: month.text, fixed: `0${month.text}` }, line, from: month.from, to: month.from + 1, fix: { from: month.from, to: month.from, text: '0' } });
    } else if (/^0[3-9]$/.test(month.text)) {
      ctx.report({ messageId: 'month', data: { found: month.text, fixed: month.text[1]! }, line, from: month.from, to: month.from + 2, fix: { from: month.from, to: month.from + 1, text: '' } });
    }
  },
};
