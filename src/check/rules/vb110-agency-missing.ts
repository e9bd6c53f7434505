import { PARTY_CONG_VAN, STATE_CONG_VAN, specimen, variant } from '../examples.js';
import type { Rule } from '../types.js';
import { firstLine } from './util.js';

export const rule: Rule = {
  id: 'VB110',
  name: 'agency-missing',
  severity: 'error',
  families: ['state', 'party'],
  kinds: 'all',
  description: {
    vi: 'Văn bản phải có tên cơ quan, tổ chức ban hành (và cơ quan chủ quản trực tiếp, nếu có) ở góc trái trên cùng.',
    en: 'A document names its issuing agency (and its direct managing body, if any) at the top left.',
  },
  clause: 'NĐ 30/2020 Điều 8.2b, Phụ lục I II.2; HD 36 II.1.2; rules.md §2',
  fixable: false,
  messages: { missing: { vi: 'Thiếu tên cơ quan, tổ chức ban hành văn bản', en: 'The issuing agency (tên cơ quan ban hành) is missing' } },
  examples: {
    failing: [variant(STATE_CONG_VAN, 'UBND TỈNH QUẢNG BÌNH\nSỞ NỘI VỤ\n\n', '', { lines: [1] })],
    passing: [specimen(STATE_CONG_VAN, 'UBND TỈNH QUẢNG BÌNH\nSỞ NỘI VỤ'), specimen(PARTY_CONG_VAN, 'TỈNH ỦY QUẢNG BÌNH\nVĂN PHÒNG\n*')],
  },
  check(ctx) {
    const { header } = ctx.document;
    if (header.agency.lines.length > 0) return;
    // A text with no header at all (only a body) is not a document this rule can judge.
    if (header.numbering === null && header.nationalTitle === null && header.date === null) return;
    ctx.report({ messageId: 'missing', line: firstLine(ctx), to: 0 });
  },
};
