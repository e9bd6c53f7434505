import { STATE_QUYET_DINH, specimen, variant } from '../examples.js';
import type { Rule } from '../types.js';

export const rule: Rule = {
  id: 'VB202',
  name: 'recipients-unexpected',
  severity: 'warning',
  families: ['state'],
  kinds: ['Quyết định', 'Nghị quyết', 'Quy định', 'Kế hoạch'],
  description: {
    vi: '`Kính gửi` chỉ dùng cho công văn, tờ trình và báo cáo gửi cấp trên; quyết định, nghị quyết, quy định, kế hoạch không có `Kính gửi`.',
    en: '`Kính gửi` belongs to công văn, tờ trình and reports sent upward; a quyết định, nghị quyết, quy định or kế hoạch has none.',
  },
  clause: 'NĐ 30/2020 Phụ lục I II.9; rules.md §7',
  fixable: false,
  messages: { unexpected: { vi: '{type} không ghi "Kính gửi"', en: 'A {type} has no "Kính gửi"' } },
  examples: {
    failing: [variant(STATE_QUYET_DINH, 'ỦY BAN NHÂN DÂN TỈNH QUẢNG BÌNH\n', 'Kính gửi: Sở Nội vụ\n\nỦY BAN NHÂN DÂN TỈNH QUẢNG BÌNH\n', { focus: 'Kính gửi: Sở Nội vụ' })],
    passing: [specimen(STATE_QUYET_DINH, 'QUYẾT ĐỊNH:')],
  },
  check(ctx) {
    const range = ctx.zones.recipients;
    if (!range) return;
    const label = ctx.lines[range.start];
    if (label?.kind === 'recipientsLabel') ctx.report({ messageId: 'unexpected', data: { type: ctx.kind ?? '' }, line: label.line, to: Math.min(label.line.text.length, 9) });
  },
};
