import { STATE_CONG_VAN, specimen, variant } from '../examples.js';
import type { Rule } from '../types.js';
import { bodyLines, headerLine } from './util.js';

export const rule: Rule = {
  id: 'VB201',
  name: 'recipients-missing',
  severity: 'error',
  families: ['state'],
  kinds: ['Công văn', 'Tờ trình'],
  description: {
    vi: 'Công văn và tờ trình ghi nơi nhận `Kính gửi:` trước nội dung.',
    en: 'A công văn or tờ trình names its addressees with `Kính gửi:` before the body.',
  },
  clause: 'NĐ 30/2020 Phụ lục I II.9b; rules.md §7',
  fixable: false,
  messages: { missing: { vi: '{type} thiếu "Kính gửi:"', en: 'The {type} has no "Kính gửi:"' } },
  examples: {
    failing: [variant(STATE_CONG_VAN, 'Kính gửi:\n- Ủy ban nhân dân các huyện, thị xã, thành phố;\n- Các sở, ban, ngành cấp tỉnh.\n\n', '', { focus: 'Thực hiện Kế hoạch số 12/KH-UBND', lines: [12] })],
    passing: [specimen(STATE_CONG_VAN, 'Kính gửi:')],
  },
  check(ctx) {
    if (ctx.zones.recipients !== null || ctx.document.recipients.length > 0) return;
    // A fragment without a header is not judged.
    if (ctx.document.header.numbering === null && ctx.document.header.nationalTitle === null) return;
    const first = bodyLines(ctx)[0] ?? headerLine(ctx, 'number');
    if (first) ctx.report({ messageId: 'missing', data: { type: ctx.kind ?? '' }, line: first.line, to: 0 });
  },
};
