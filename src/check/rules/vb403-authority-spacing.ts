import { STATE_CONG_VAN, STATE_QUYET_DINH, specimen, variant } from '../examples.js';
import type { Rule } from '../types.js';
import { authorityLines } from './authority.js';

export const rule: Rule = {
  id: 'VB403',
  name: 'authority-spacing',
  severity: 'warning',
  families: ['state'],
  kinds: 'all',
  description: { vi: 'Sau chữ viết tắt quyền hạn ký có một khoảng trắng (`KT. GIÁM ĐỐC`, không phải `KT.GIÁM ĐỐC`).', en: 'One space follows the authority prefix (`KT. GIÁM ĐỐC`, not `KT.GIÁM ĐỐC`).' },
  clause: 'NĐ 30/2020 Phụ lục I II.7; rules.md §9.1',
  fixable: true,
  messages: { space: { vi: 'Thiếu khoảng trắng sau "{found}"', en: 'No space after "{found}"' } },
  examples: {
    failing: [
      variant(STATE_CONG_VAN, 'KT. GIÁM ĐỐC', 'KT.GIÁM ĐỐC', { fixed: STATE_CONG_VAN }),
      // A signature cell flattened to one line: the second prefix is checked too.
      variant(STATE_QUYET_DINH, 'TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH', 'TM. ỦY BAN NHÂN DÂN KT.CHỦ TỊCH PHÓ CHỦ TỊCH'),
    ],
    passing: [specimen(STATE_CONG_VAN, 'KT. GIÁM ĐỐC')],
  },
  check(ctx) {
    for (const a of authorityLines(ctx)) {
      if (!/\p{Lu}/u.test(a.after)) continue;
      const at = a.from + a.written.length;
      ctx.report({ messageId: 'space', data: { found: a.written }, line: a.line, from: a.from, to: at + 1, fix: { from: at, to: at, text: ' ' } });
    }
  },
};
