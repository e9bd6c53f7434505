import { PARTY_CONG_VAN, specimen, variant } from '../examples.js';
import type { Rule } from '../types.js';
import { firstLine, headerLine } from './util.js';

export const rule: Rule = {
  id: 'VB104',
  name: 'party-title',
  severity: 'error',
  families: ['party'],
  kinds: 'all',
  description: {
    vi: 'Văn bản của Đảng có tiêu đề `ĐẢNG CỘNG SẢN VIỆT NAM` ở góc phải trên cùng.',
    en: 'A Party document carries the title `ĐẢNG CỘNG SẢN VIỆT NAM` at the top right.',
  },
  clause: 'HD 36-HD/VPTW II.1.1; rules.md §13',
  fixable: false,
  messages: { missing: { vi: 'Văn bản của Đảng thiếu tiêu đề "ĐẢNG CỘNG SẢN VIỆT NAM"', en: 'The Party document has no "ĐẢNG CỘNG SẢN VIỆT NAM" title' } },
  examples: {
    failing: [variant(PARTY_CONG_VAN, 'ĐẢNG CỘNG SẢN VIỆT NAM\n', '', { lines: [1] })],
    passing: [specimen(PARTY_CONG_VAN, 'ĐẢNG CỘNG SẢN VIỆT NAM')],
  },
  check(ctx) {
    if (headerLine(ctx, 'partyTitle')) return;
    ctx.report({ messageId: 'missing', line: firstLine(ctx), to: 0 });
  },
};
