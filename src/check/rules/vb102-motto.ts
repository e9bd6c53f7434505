import { STATE_CONG_VAN, specimen, variant } from '../examples.js';
import type { Rule } from '../types.js';
import { MOTTO } from '../../domain/keywords.js';
import { DASH_CLASS, foldKey, headerLine } from './util.js';

/** The tiêu ngữ part of a line (a converter may have joined it to the quốc hiệu). */
export function mottoText(text: string): string {
  const m = MOTTO.exec(text);
  return m ? text.slice(m.index) : text;
}

export const MOTTO_WORDS = ['độc lập', 'tự do', 'hạnh phúc'];
/** The tiêu ngữ's words, without the dashes, for comparison. */
export function mottoWords(text: string): string[] {
  return text
    .replace(/[*_]/g, '')
    .replace(/[.,;:]+\s*$/, '')
    .split(new RegExp(`\\s*${DASH_CLASS}+\\s*`, 'u'))
    .map((w) => foldKey(w))
    .filter((w) => w.length > 0);
}

export const rule: Rule = {
  id: 'VB102',
  name: 'motto',
  severity: 'error',
  families: ['state'],
  kinds: 'all',
  description: {
    vi: 'Dưới Quốc hiệu là Tiêu ngữ `Độc lập - Tự do - Hạnh phúc`, đúng từng chữ.',
    en: 'Under the quốc hiệu comes the tiêu ngữ `Độc lập - Tự do - Hạnh phúc`, word for word.',
  },
  clause: 'NĐ 30/2020 Phụ lục I, II.1; rules.md §1.3',
  fixable: false,
  messages: {
    missing: { vi: 'Thiếu Tiêu ngữ "Độc lập - Tự do - Hạnh phúc"', en: 'The tiêu ngữ "Độc lập - Tự do - Hạnh phúc" is missing' },
    wrong: { vi: 'Tiêu ngữ viết sai: "{found}"; đúng là "Độc lập - Tự do - Hạnh phúc"', en: 'The tiêu ngữ reads "{found}"; it must be "Độc lập - Tự do - Hạnh phúc"' },
  },
  examples: {
    failing: [variant(STATE_CONG_VAN, 'Độc lập - Tự do - Hạnh phúc', 'Độc lập - Tụ do - Hạnh phúc'), variant(STATE_CONG_VAN, 'Độc lập - Tự do - Hạnh phúc\n', '', { lines: [4] })],
    passing: [specimen(STATE_CONG_VAN, 'Độc lập - Tự do - Hạnh phúc')],
  },
  check(ctx) {
    const title = headerLine(ctx, 'nationalTitle');
    const found = headerLine(ctx, 'motto') ?? (title && MOTTO.test(title.line.text) ? title : null);
    if (!found) {
      if (!title) return; // VB101 reports the missing header block once
      ctx.report({ messageId: 'missing', line: title.line });
      return;
    }
    const words = mottoWords(mottoText(found.line.text));
    if (words.join('|') !== MOTTO_WORDS.join('|')) ctx.report({ messageId: 'wrong', data: { found: mottoText(found.line.text).replace(/[*_]/g, '').trim() }, line: found.line });
  },
};
