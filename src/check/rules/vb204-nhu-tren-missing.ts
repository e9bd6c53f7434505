import { STATE_CONG_VAN, specimen, variant } from '../examples.js';
import type { Rule } from '../types.js';

export const rule: Rule = {
  id: 'VB204',
  name: 'nhu-tren-missing',
  severity: 'warning',
  families: ['state'],
  kinds: 'all',
  // Where Kính gửi does not belong (VB202 reports it), Như trên is not asked for as well.
  exceptKinds: ['Quyết định', 'Nghị quyết', 'Quy định', 'Kế hoạch'],
  description: {
    vi: 'Văn bản có `Kính gửi` thì phần Nơi nhận bắt đầu bằng `- Như trên;`.',
    en: 'When a document has `Kính gửi`, its Nơi nhận starts with `- Như trên;`.',
  },
  clause: 'NĐ 30/2020 Phụ lục I II.9b; rules.md §7, §10',
  fixable: false,
  messages: { missing: { vi: 'Văn bản có "Kính gửi" nhưng Nơi nhận không bắt đầu bằng "Như trên"', en: 'The document has "Kính gửi" but its Nơi nhận does not start with "Như trên"' } },
  examples: {
    failing: [variant(STATE_CONG_VAN, '- Như trên;\n- Giám đốc Sở;', '- Giám đốc Sở;', { focus: '- Giám đốc Sở;' })],
    passing: [specimen(STATE_CONG_VAN, '- Như trên;')],
  },
  check(ctx) {
    if (ctx.zones.recipients === null) return;
    const first = ctx.document.distribution[0];
    if (!first) return;
    if (/^Như\s+(?:trên|kính gửi|Kính gửi)/iu.test(first.text)) return;
    ctx.report({ messageId: 'missing', place: first.place });
  },
};
