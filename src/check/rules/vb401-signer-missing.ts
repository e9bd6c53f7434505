import { STATE_CONG_VAN, specimen, variant } from '../examples.js';
import type { Rule } from '../types.js';
import { linesAt } from './util.js';

export const rule: Rule = {
  id: 'VB401',
  name: 'signer-missing',
  severity: 'error',
  families: ['state', 'party'],
  kinds: 'all',
  description: {
    vi: 'Văn bản có quyền hạn, chức vụ và họ tên của người ký (`KT. GIÁM ĐỐC` / `PHÓ GIÁM ĐỐC` / `Nguyễn Văn An`).',
    en: 'A document shows the signer\'s authority, position and name (`KT. GIÁM ĐỐC` / `PHÓ GIÁM ĐỐC` / `Nguyễn Văn An`).',
  },
  clause: 'NĐ 30/2020 Điều 8.2g, Phụ lục I II.7; HD 36 II.1.7; rules.md §9',
  fixable: false,
  messages: {
    block: { vi: 'Thiếu chức vụ và họ tên người ký', en: 'No signer position and name' },
    name: { vi: 'Thiếu họ tên người ký', en: 'The signer\'s name is missing' },
    position: { vi: 'Thiếu chức vụ của người ký', en: 'The signer\'s position is missing' },
  },
  examples: {
    failing: [variant(STATE_CONG_VAN, '\nNguyễn Văn An\n', '\n', { focus: 'KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC', lines: [30] })],
    passing: [specimen(STATE_CONG_VAN, 'KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nNguyễn Văn An')],
  },
  check(ctx) {
    const { signer, header } = ctx.document;
    if (header.numbering === null && header.nationalTitle === null && header.agency.lines.length === 0) return;
    const lines = linesAt(ctx, ctx.zones.signer);
    const anchor = lines[lines.length - 1]?.line ?? ctx.lines[ctx.lines.length - 1]?.line ?? null;
    if (signer.name === null && signer.position === null && signer.authority === null) {
      ctx.report({ messageId: 'block', line: anchor });
    } else if (signer.name === null) {
      ctx.report({ messageId: 'name', line: anchor });
    } else if (signer.position === null && signer.authority === null) {
      const name = ctx.document.sources['/signer/name'];
      ctx.report({ messageId: 'position', ...(name ? { place: name.place } : { line: anchor }) });
    }
  },
};
