import { STATE_CONG_VAN, specimen, variant } from '../examples.js';
import type { Rule } from '../types.js';

const INTRO = /^([*_]*)(V\/v|V\/V|v\/v|v\/V|Về việc|VỀ VIỆC|V\.v|Vv)(\s*:?\s*)/u;

export const rule: Rule = {
  id: 'VB141',
  name: 'cong-van-vv',
  severity: 'error',
  families: ['state'],
  kinds: ['Công văn'],
  description: {
    vi: 'Trích yếu của công văn hành chính bắt đầu bằng `V/v` (chữ V hoa, v thường), không viết `Về việc`, `V/V`, `v/v` hay bỏ trống.',
    en: 'A state công văn\'s trích yếu starts with `V/v` (capital V, small v): not `Về việc`, `V/V`, `v/v`, or nothing.',
  },
  clause: 'NĐ 30/2020 Phụ lục I II.5b; rules.md §6',
  fixable: true,
  messages: {
    written: { vi: 'Trích yếu công văn bắt đầu bằng "{found}"; viết "V/v"', en: 'The công văn\'s trích yếu starts with "{found}"; write "V/v"' },
    none: { vi: 'Trích yếu công văn phải bắt đầu bằng "V/v"', en: 'The công văn\'s trích yếu must start with "V/v"' },
  },
  examples: {
    failing: [
      variant(STATE_CONG_VAN, 'V/v tập huấn', 'Về việc tập huấn', { fixed: STATE_CONG_VAN }),
      variant(STATE_CONG_VAN, 'V/v tập huấn', 'V/V tập huấn', { fixed: STATE_CONG_VAN }),
    ],
    passing: [specimen(STATE_CONG_VAN, 'V/v tập huấn công tác văn thư năm 2024')],
  },
  check(ctx) {
    const first = ctx.zones.subject[0];
    if (first === undefined) return;
    const line = ctx.lines[first]!.line;
    const m = INTRO.exec(line.text);
    if (m) {
      const written = m[2]!;
      if (written === 'V/v') return;
      const from = m[1]!.length;
      const to = from + written.length + m[3]!.length;
      ctx.report({ messageId: 'written', data: { found: line.text.slice(from, to).trim() }, line, from, to: from + written.length, fix: { from, to, text: 'V/v ' } });
      return;
    }
    // A subject with no introducer at all, read under the number of a state công văn.
    if (ctx.lines[first]!.kind === 'text' && ctx.document.header.subject) ctx.report({ messageId: 'none', line, to: 0 });
  },
};
