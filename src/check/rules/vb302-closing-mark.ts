import { STATE_CONG_VAN, specimen, variant } from '../examples.js';
import type { Rule } from '../types.js';
import { bodyLines } from './util.js';

const CLOSING = /(\s*)(\.\s*\/\s*\.|\.\s*\/|\/\s*\.|\.\/\.\.)$/u;

export const rule: Rule = {
  id: 'VB302',
  name: 'closing-mark',
  severity: 'warning',
  families: ['state'],
  kinds: 'all',
  description: {
    vi: 'Phần nội dung văn bản kết thúc bằng dấu `./.` (viết liền).',
    en: 'The body of the document ends with `./.` (written solid).',
  },
  clause: 'NĐ 30/2020 Phụ lục III (các mẫu); rules.md §8.1',
  fixable: true,
  messages: {
    missing: { vi: 'Nội dung văn bản không kết thúc bằng dấu "./."', en: 'The body does not end with "./."' },
    written: { vi: 'Dấu kết thúc viết "{found}"; viết "./."', en: 'The closing mark is written "{found}"; write "./."' },
  },
  examples: {
    failing: [
      variant(STATE_CONG_VAN, 'quan tâm thực hiện./.', 'quan tâm thực hiện.', { fixed: STATE_CONG_VAN }),
      variant(STATE_CONG_VAN, 'quan tâm thực hiện./.', 'quan tâm thực hiện/.', { fixed: STATE_CONG_VAN }),
    ],
    passing: [specimen(STATE_CONG_VAN, 'quan tâm thực hiện./.')],
  },
  check(ctx) {
    const body = bodyLines(ctx);
    if (body.length === 0 || ctx.document.signer.name === null && ctx.document.distribution.length === 0) return;
    const closing = body.filter((l) => l.endsBody);
    if (closing.length > 0) {
      const l = closing[0]!.line;
      const text = l.text.replace(/[*_\s]+$/, '');
      const m = CLOSING.exec(text);
      if (!m || m[2] === './.') return;
      const from = m.index + m[1]!.length;
      ctx.report({ messageId: 'written', data: { found: m[2]! }, line: l, from, to: text.length, fix: { from, to: text.length, text: './.' } });
      return;
    }
    // The last paragraph of the body: the last line of text before Nơi nhận / the signature.
    const last = [...body].reverse().find((l) => l.kind === 'text' || l.kind === 'numbered' || l.kind === 'bullet');
    if (!last) return;
    const text = last.line.text.replace(/[*_\s]+$/, '');
    if (text.endsWith('./.')) return;
    // `.` becomes `./.`; after a word the mark is added; other endings (`:`, `;`) are left to the clerk.
    const end = text.endsWith('.') ? text.length - 1 : text.length;
    const fixable = text.endsWith('.') || /[\p{L}\p{N})”"]$/u.test(text);
    ctx.report({ messageId: 'missing', line: last.line, from: end, to: text.length, ...(fixable ? { fix: { from: end, to: text.length, text: './.' } } : {}) });
  },
};
