import { STATE_CONG_VAN, specimen, variant } from '../examples.js';
import type { Rule } from '../types.js';
import { linesAt } from './util.js';

// Academic titles and degrees (not military or police ranks, which sector rules allow).
const ACADEMIC = /^[*_]*((?:(?:GS|PGS|TS|TSKH|ThS|Ths|BS|BSCKI{1,2}|KS|CN|DS|LS)\.?\s*)+|(?:Giáo sư|Phó Giáo sư|Tiến sĩ|Thạc sĩ|Bác sĩ|Kỹ sư)\s+)(?=\p{Lu}\p{Ll})/u;

export const rule: Rule = {
  id: 'VB404',
  name: 'signer-academic-title',
  severity: 'warning',
  families: ['state'],
  kinds: 'all',
  description: {
    vi: 'Không ghi học hàm, học vị (`GS.`, `PGS.`, `TS.`, `ThS.`…) trước họ tên người ký văn bản hành chính (trừ văn bản của lực lượng vũ trang, giáo dục, y tế, khoa học theo quy định của ngành).',
    en: 'No academic title or degree (`GS.`, `PGS.`, `TS.`, `ThS.`…) before the signer\'s name on an administrative document (sector rules may allow them in the armed forces, education, health and science).',
  },
  clause: 'NĐ 30/2020 Phụ lục I II.7c; rules.md §9.1',
  fixable: false,
  messages: { title: { vi: 'Có học hàm, học vị "{found}" trước họ tên người ký', en: 'An academic title "{found}" stands before the signer\'s name' } },
  examples: {
    failing: [variant(STATE_CONG_VAN, '\nNguyễn Văn An', '\nTS. Nguyễn Văn An', { focus: 'TS. Nguyễn Văn An' })],
    passing: [specimen(STATE_CONG_VAN, 'Nguyễn Văn An')],
  },
  check(ctx) {
    const name = ctx.document.signer.name;
    if (!name) return;
    for (const l of linesAt(ctx, ctx.zones.signer)) {
      if (!l.line.text.includes(name)) continue;
      const m = ACADEMIC.exec(l.line.text);
      if (m) ctx.report({ messageId: 'title', data: { found: m[1]!.trim() }, line: l.line, from: m[0].length - m[1]!.length, to: m[0].length });
    }
  },
};
