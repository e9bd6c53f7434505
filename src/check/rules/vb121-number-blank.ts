import { STATE_CONG_VAN, specimen, variant } from '../examples.js';
import type { Rule } from '../types.js';
import { parsedNumberLine } from './number-line.js';

export const rule: Rule = {
  id: 'VB121',
  name: 'number-blank',
  severity: 'warning',
  families: ['state', 'party'],
  kinds: 'all',
  description: {
    vi: 'Số của văn bản để trống (`Số: /UBND-VP`): bản dự thảo, chưa đăng ký số tại văn thư.',
    en: 'The running number is left blank (`Số: /UBND-VP`): a draft not yet registered by the văn thư.',
  },
  clause: 'NĐ 30/2020 Điều 15, Phụ lục I II.3; rules.md §3',
  fixable: false,
  messages: { blank: { vi: 'Số văn bản để trống (bản dự thảo?)', en: 'The document number is blank (a draft?)' } },
  examples: {
    failing: [variant(STATE_CONG_VAN, 'Số: 05/SNV-VP', 'Số:     /SNV-VP')],
    passing: [specimen(STATE_CONG_VAN, 'Số: 05/SNV-VP')],
  },
  check(ctx) {
    const { numbering } = ctx.document.header;
    if (!numbering || numbering.number !== null) return;
    const line = parsedNumberLine(ctx);
    const place = ctx.document.sources['/header/numbering']?.place;
    if (line) ctx.report({ messageId: 'blank', line: line.line });
    else if (place) ctx.report({ messageId: 'blank', place });
  },
};
