import { STATE_CONG_VAN, variant } from '../examples.js';
import type { Rule } from '../types.js';
import { foldKey, headerLines } from './util.js';

const ALLOWED = ['mật', 'tối mật', 'tuyệt mật'];
const SECRECY_LIKE = /^(?:MẬT|TỐI MẬT|TUYỆT MẬT|ĐỘ MẬT|RẤT MẬT)(?:\s.*)?$/u;

export const rule: Rule = {
  id: 'VB151',
  name: 'secrecy-value',
  severity: 'warning',
  families: ['state', 'party'],
  kinds: 'all',
  description: { vi: 'Độ mật chỉ có ba mức `MẬT`, `TỐI MẬT`, `TUYỆT MẬT`.', en: 'Secrecy has three levels: `MẬT`, `TỐI MẬT`, `TUYỆT MẬT`.' },
  clause: 'NĐ 30/2020 Phụ lục I III.2a; Luật Bảo vệ bí mật nhà nước; rules.md §11.2',
  fixable: false,
  messages: { value: { vi: 'Độ mật "{found}" không đúng; chỉ dùng MẬT, TỐI MẬT hoặc TUYỆT MẬT', en: 'Secrecy "{found}" is not a level; use MẬT, TỐI MẬT or TUYỆT MẬT' } },
  examples: {
    failing: [variant(STATE_CONG_VAN, 'Số: 05/SNV-VP\n', 'Số: 05/SNV-VP\nRẤT MẬT\n', { focus: 'RẤT MẬT', lines: [8] })],
    passing: [variant(STATE_CONG_VAN, 'Số: 05/SNV-VP\n', 'Số: 05/SNV-VP\nTỐI MẬT\n', { focus: 'TỐI MẬT' })],
  },
  check(ctx) {
    for (const l of headerLines(ctx)) {
      const text = l.line.text.replace(/^[*_]+|[*_]+$/g, '').trim();
      if (text.length > 30 || !SECRECY_LIKE.test(text)) continue;
      if (!ALLOWED.includes(foldKey(text))) ctx.report({ messageId: 'value', data: { found: text }, line: l.line });
    }
  },
};
