import { STATE_CONG_VAN, specimen, variant } from '../examples.js';
import type { Rule } from '../types.js';

export const rule: Rule = {
  id: 'VB311',
  name: 'reference-after-issue',
  severity: 'warning',
  families: ['state', 'party'],
  kinds: 'all',
  description: { vi: 'Văn bản được dẫn chiếu không thể ban hành sau chính văn bản này.', en: 'A cited document cannot be dated after the document that cites it.' },
  clause: 'rules.md §12',
  fixable: false,
  messages: { after: { vi: 'Văn bản được dẫn chiếu ({date}) có ngày sau ngày ban hành văn bản này ({issued})', en: 'The cited document ({date}) is dated after this document ({issued})' } },
  examples: {
    failing: [variant(STATE_CONG_VAN, 'ngày 10 tháng 01 năm 2024 của', 'ngày 10 tháng 01 năm 2025 của', { focus: 'Kế hoạch số 12/KH-UBND ngày 10 tháng 01 năm 2025' })],
    passing: [specimen(STATE_CONG_VAN, 'Kế hoạch số 12/KH-UBND ngày 10 tháng 01 năm 2024')],
  },
  check(ctx) {
    const issued = ctx.document.header.date?.iso;
    if (!issued || !/^\d{4}-\d{2}-\d{2}$/.test(issued)) return;
    for (const reference of ctx.document.references) {
      if (!reference.date || !/^\d{4}-\d{2}-\d{2}$/.test(reference.date) || reference.date <= issued) continue;
      const mention = reference.mentions.find((m) => m.place);
      if (mention?.place) ctx.report({ messageId: 'after', data: { date: reference.date, issued }, place: mention.place });
    }
  },
};
