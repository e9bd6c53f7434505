import { STATE_CONG_VAN, specimen, variant } from '../examples.js';
import type { Rule } from '../types.js';
import { distributionEntries } from './distribution.js';
import { entryEnd } from './list-entries.js';

const DRAFTER_AFTER_ARCHIVE = /Lưu\b.*\.\s*[\p{L}\d.()]{1,12}$/u;

export const rule: Rule = {
  id: 'VB503',
  name: 'distribution-punctuation',
  severity: 'warning',
  families: ['state'],
  kinds: 'all',
  description: { vi: 'Mỗi dòng nơi nhận kết thúc bằng dấu chấm phẩy `;`, dòng cuối (`- Lưu: VT, …`) bằng dấu chấm `.`.', en: 'Each Nơi nhận entry ends with `;`, the last (`- Lưu: VT, …`) with `.`.' },
  clause: 'NĐ 30/2020 Phụ lục I II.9; rules.md §10',
  fixable: true,
  messages: {
    semicolon: { vi: 'Dòng nơi nhận phải kết thúc bằng dấu chấm phẩy ";"', en: 'A Nơi nhận entry must end with ";"' },
    period: { vi: 'Dòng nơi nhận cuối cùng phải kết thúc bằng dấu chấm "."', en: 'The last Nơi nhận entry must end with "."' },
  },
  examples: {
    failing: [
      variant(STATE_CONG_VAN, '- Giám đốc Sở;', '- Giám đốc Sở,', { fixed: STATE_CONG_VAN }),
      variant(STATE_CONG_VAN, '- Lưu: VT, VP.', '- Lưu: VT, VP', { fixed: STATE_CONG_VAN }),
    ],
    passing: [specimen(STATE_CONG_VAN, '- Như trên;\n- Giám đốc Sở;\n- Lưu: VT, VP.')],
  },
  check(ctx) {
    const entries = distributionEntries(ctx);
    entries.forEach((entry, index) => {
      const { at, last } = entryEnd(entry);
      const final = index === entries.length - 1;
      const want = final ? '.' : ';';
      // A group heading (`- UBND tỉnh:`) introduces `+` sub-entries.
      if (last === want || (!final && last === ':')) return;
      // `- Lưu: VT, NC.Châu`: the drafter's initials (ô 12) written on after the final dot.
      if (final && DRAFTER_AFTER_ARCHIVE.test(entry.last.text.slice(0, at))) return;
      const replace = /[;.,]/.test(last);
      ctx.report({ messageId: final ? 'period' : 'semicolon', line: entry.last, from: replace ? at - 1 : at, to: at, fix: replace ? { from: at - 1, to: at, text: want } : { from: at, to: at, text: want } });
    });
  },
};
