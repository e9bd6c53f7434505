import { STATE_CONG_VAN, specimen, variant } from '../examples.js';
import type { Rule } from '../types.js';
import { distributionEntries } from './distribution.js';

export const rule: Rule = {
  id: 'VB502',
  name: 'distribution-dash',
  severity: 'error',
  families: ['state', 'party'],
  kinds: 'all',
  description: { vi: 'Mỗi nơi nhận một dòng, đầu dòng có gạch đầu dòng `-`.', en: 'Each Nơi nhận entry is on its own line, starting with `-`.' },
  clause: 'NĐ 30/2020 Phụ lục I II.9; rules.md §10',
  fixable: true,
  messages: { dash: { vi: 'Dòng nơi nhận phải bắt đầu bằng gạch đầu dòng "-"', en: 'A Nơi nhận entry must start with "-"' } },
  examples: {
    failing: [
      variant(STATE_CONG_VAN, '- Giám đốc Sở;', 'Giám đốc Sở;', { fixed: STATE_CONG_VAN }),
      // The label written with a capital N is the label all the same.
      variant(STATE_CONG_VAN.replace('Nơi nhận:', 'Nơi Nhận:'), '- Giám đốc Sở;', 'Giám đốc Sở;'),
    ],
    passing: [specimen(STATE_CONG_VAN, '- Như trên;\n- Giám đốc Sở;\n- Lưu: VT, VP.')],
  },
  check(ctx) {
    for (const entry of distributionEntries(ctx)) {
      if (entry.marker !== '') continue;
      ctx.report({ messageId: 'dash', line: entry.first, from: entry.from, to: entry.from, fix: { from: entry.from, to: entry.from, text: '- ' } });
    }
  },
};
