import { STATE_CONG_VAN, specimen, variant } from '../examples.js';
import type { Rule } from '../types.js';
import { headerLine } from './util.js';
import { MOTTO } from '../../domain/keywords.js';
import { MOTTO_WORDS, mottoText, mottoWords } from './vb102-motto.js';

const CANONICAL_SEPARATOR = ' - ';

export const rule: Rule = {
  id: 'VB103',
  name: 'motto-dashes',
  severity: 'warning',
  families: ['state'],
  kinds: 'all',
  description: {
    vi: 'Giữa các cụm từ của Tiêu ngữ là gạch nối `-` có cách chữ hai bên, không dùng gạch dài `–`, `—` và không viết liền `Độc lập-Tự do`.',
    en: 'The tiêu ngữ\'s phrases are separated by a hyphen `-` with one space each side: no en/em dash `–`, `—`, no `Độc lập-Tự do`.',
  },
  clause: 'NĐ 30/2020 Phụ lục I, II.1; rules.md §1.3, §15',
  fixable: true,
  messages: {
    dashes: { vi: 'Tiêu ngữ "{found}": giữa các cụm từ phải là " - " (gạch nối, cách chữ hai bên)', en: 'Tiêu ngữ "{found}": the phrases must be separated by " - " (a hyphen with a space each side)' },
  },
  examples: {
    failing: [
      variant(STATE_CONG_VAN, 'Độc lập - Tự do - Hạnh phúc', 'Độc lập – Tự do – Hạnh phúc', { fixed: STATE_CONG_VAN }),
      variant(STATE_CONG_VAN, 'Độc lập - Tự do - Hạnh phúc', 'Độc lập-Tự do-Hạnh phúc', { fixed: STATE_CONG_VAN }),
    ],
    passing: [specimen(STATE_CONG_VAN, 'Độc lập - Tự do - Hạnh phúc')],
  },
  check(ctx) {
    const title = headerLine(ctx, 'nationalTitle');
    const found = headerLine(ctx, 'motto') ?? (title && MOTTO.test(title.line.text) ? title : null);
    if (!found) return;
    const motto = mottoText(found.line.text);
    if (mottoWords(motto).join('|') !== MOTTO_WORDS.join('|')) return; // VB102
    const m = /^([*_]*)(.*?)([*_.,;:]*)$/u.exec(motto)!;
    const inner = m[2]!;
    const parts = inner.split(/\s*[-‐‑‒–—―−]+\s*/u);
    const canonical = parts.join(CANONICAL_SEPARATOR);
    if (canonical === inner) return;
    const from = found.line.text.length - motto.length + m[1]!.length;
    ctx.report({ messageId: 'dashes', data: { found: inner }, line: found.line, from, to: from + inner.length, fix: { from, to: from + inner.length, text: canonical } });
  },
};
