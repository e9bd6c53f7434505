import { PARTY_CONG_VAN, STATE_CONG_VAN, STATE_QUYET_DINH, specimen, variant } from '../examples.js';
import { authorityPrefixOf } from '../../domain/signature.js';
import type { Rule } from '../types.js';
import { authorityLines } from './authority.js';

const STATE: Record<string, string> = { TM: 'TM.', KT: 'KT.', TL: 'TL.', TUQ: 'TUQ.', Q: 'Q.' };
const PARTY: Record<string, string> = { TM: 'T/M', KT: 'K/T', TL: 'T/L', Q: 'Q.' };

export const rule: Rule = {
  id: 'VB402',
  name: 'authority-prefix',
  severity: 'error',
  families: ['state', 'party'],
  kinds: 'all',
  description: {
    vi: 'Chữ viết tắt quyền hạn ký đúng theo khối văn bản: nhà nước `TM.`, `KT.`, `TL.`, `TUQ.`, `Q.` (có dấu chấm); Đảng `T/M`, `K/T`, `T/L` (có gạch chéo, không dấu chấm).',
    en: 'The signing-authority prefix is written as its family writes it: state `TM.`, `KT.`, `TL.`, `TUQ.`, `Q.` (with a dot); Party `T/M`, `K/T`, `T/L` (slash, no dot).',
  },
  clause: 'NĐ 30/2020 Điều 13, Phụ lục I II.7; HD 36 II.1.7; rules.md §9.1, §9.2',
  fixable: true,
  messages: { prefix: { vi: 'Quyền hạn ký viết "{found}"; viết "{expected}"', en: 'The authority prefix is written "{found}"; write "{expected}"' } },
  examples: {
    failing: [
      variant(STATE_QUYET_DINH, 'TM. ỦY BAN NHÂN DÂN', 'T/M ỦY BAN NHÂN DÂN', { fixed: STATE_QUYET_DINH }),
      variant(PARTY_CONG_VAN, 'K/T CHÁNH VĂN PHÒNG', 'KT. CHÁNH VĂN PHÒNG', { fixed: PARTY_CONG_VAN }),
    ],
    passing: [specimen(STATE_CONG_VAN, 'KT. GIÁM ĐỐC'), specimen(PARTY_CONG_VAN, 'K/T CHÁNH VĂN PHÒNG')],
  },
  check(ctx) {
    const table = ctx.family === 'party' ? PARTY : STATE;
    for (const a of authorityLines(ctx)) {
      const prefix = authorityPrefixOf(a.written);
      const expected = prefix ? table[prefix] : undefined;
      if (!expected || a.written === expected) continue;
      ctx.report({ messageId: 'prefix', data: { found: a.written, expected }, line: a.line, from: a.from, to: a.from + a.written.length, fix: { from: a.from, to: a.from + a.written.length, text: expected } });
    }
  },
};
