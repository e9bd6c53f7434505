import { STATE_CONG_VAN, variant } from '../examples.js';
import type { Rule } from '../types.js';
import { foldKey, headerLines } from './util.js';

const ALLOWED = ['hỏa tốc', 'thượng khẩn', 'khẩn'];
/** TT 01/2011 had a fourth level. */
const ALLOWED_TT01 = [...ALLOWED, 'hỏa tốc hẹn giờ'];
const URGENCY_LIKE = /^(?:HỎA TỐC|HOẢ TỐC|THƯỢNG KHẨN|KHẨN|ĐỘ KHẨN|RẤT KHẨN)(?:\s.*)?$/iu;

export const rule: Rule = {
  id: 'VB150',
  name: 'urgency-value',
  severity: 'warning',
  families: ['state', 'party'],
  kinds: 'all',
  description: {
    vi: 'Mức độ khẩn chỉ có ba mức `HỎA TỐC`, `THƯỢNG KHẨN`, `KHẨN` (TT 01/2011 có thêm `HỎA TỐC HẸN GIỜ`, chỉ chấp nhận cho văn bản trước 05/3/2020).',
    en: 'Urgency has three levels: `HỎA TỐC`, `THƯỢNG KHẨN`, `KHẨN` (TT 01/2011 also had `HỎA TỐC HẸN GIỜ`, accepted only before 2020-03-05).',
  },
  clause: 'NĐ 30/2020 Phụ lục I III.2b; rules.md §11.2, §14',
  fixable: false,
  messages: { value: { vi: 'Mức độ khẩn "{found}" không đúng; chỉ dùng HỎA TỐC, THƯỢNG KHẨN hoặc KHẨN', en: 'Urgency "{found}" is not a level; use HỎA TỐC, THƯỢNG KHẨN or KHẨN' } },
  examples: {
    failing: [variant(STATE_CONG_VAN, 'Số: 05/SNV-VP\n', 'Số: 05/SNV-VP\nKHẨN CẤP\n', { focus: 'KHẨN CẤP', lines: [8] })],
    passing: [variant(STATE_CONG_VAN, 'Số: 05/SNV-VP\n', 'Số: 05/SNV-VP\nTHƯỢNG KHẨN\n', { focus: 'THƯỢNG KHẨN' })],
  },
  check(ctx) {
    const allowed = ctx.rulebook === 'tt01' ? ALLOWED_TT01 : ALLOWED;
    for (const l of headerLines(ctx)) {
      const text = l.line.text.replace(/^[*_]+|[*_]+$/g, '').trim();
      if (text.length > 30 || !URGENCY_LIKE.test(text) || text !== text.toUpperCase()) continue;
      if (!allowed.includes(foldKey(text))) ctx.report({ messageId: 'value', data: { found: text }, line: l.line });
    }
  },
};
