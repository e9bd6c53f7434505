import { STATE_QUYET_DINH, specimen, variant } from '../examples.js';
import type { Rule } from '../types.js';
import { bodyLines } from './util.js';

export const rule: Rule = {
  id: 'VB301',
  name: 'basis-punctuation',
  severity: 'error',
  families: ['state'],
  kinds: 'all',
  description: {
    vi: 'Các căn cứ ban hành (và `Theo đề nghị của …`) mỗi căn cứ một dòng, cuối dòng có dấu chấm phẩy `;`, dòng cuối cùng trước `QUYẾT ĐỊNH:` kết thúc bằng dấu chấm `.`.',
    en: 'Each căn cứ line (and `Theo đề nghị của …`) ends with `;`, and the last before the enacting line (`QUYẾT ĐỊNH:`) with `.`.',
  },
  clause: 'NĐ 30/2020 Phụ lục I II.6a; Phụ lục III Mẫu 1.1–1.3; rules.md §8.2',
  fixable: true,
  messages: {
    semicolon: { vi: 'Căn cứ phải kết thúc bằng dấu chấm phẩy ";"', en: 'A căn cứ line must end with ";"' },
    period: { vi: 'Căn cứ cuối cùng trước "{enacting}" phải kết thúc bằng dấu chấm "."', en: 'The last căn cứ before "{enacting}" must end with "."' },
  },
  examples: {
    failing: [
      variant(STATE_QUYET_DINH, 'ngày 19 tháng 6 năm 2015;', 'ngày 19 tháng 6 năm 2015,', { fixed: STATE_QUYET_DINH }),
      variant(STATE_QUYET_DINH, 'Theo đề nghị của Giám đốc Sở Nội vụ.', 'Theo đề nghị của Giám đốc Sở Nội vụ;', { fixed: STATE_QUYET_DINH }),
    ],
    passing: [specimen(STATE_QUYET_DINH, 'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\nCăn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư;\nTheo đề nghị của Giám đốc Sở Nội vụ.')],
  },
  check(ctx) {
    const enacting = bodyLines(ctx).find((l) => l.kind === 'enacting');
    if (!enacting) return;
    const enactingAt = ctx.place(enacting.line).start.offset;
    const basis = ctx.document.basis.filter((b) => b.place && b.place.end.offset <= enactingAt && !/^[-–]/.test(b.raw));
    basis.forEach((b, index) => {
      const raw = b.raw.replace(/[*_\s]+$/, '');
      const last = raw.slice(-1);
      const final = index === basis.length - 1;
      const want = final ? '.' : ';';
      if (last === want) return;
      const end = b.place!.end.offset - (b.raw.length - raw.length);
      const replace = /[;.,:]/.test(last);
      ctx.report({
        messageId: final ? 'period' : 'semicolon',
        data: { enacting: enacting.line.text.replace(/[*_]/g, '').trim() },
        place: { start: ctx.document.basis.length > 0 ? positionAt(b.place!, end - 1) : b.place!.end, end: b.place!.end },
        rangeFix: { range: [end - 1, end], expect: last, text: replace ? want : last + want },
      });
    });

    function positionAt(place: NonNullable<(typeof ctx.document.basis)[number]['place']>, offset: number) {
      // The basis ends on the line of its place's end: step back from the end point.
      const back = place.end.offset - offset;
      return { line: place.end.line, column: Math.max(1, place.end.column - back), offset };
    }
  },
};
