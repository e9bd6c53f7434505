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
    const label = enacting.line.text.replace(/[*_]/g, '').trim();
    basis.forEach((b, index) => {
      // Judge the text up to the next căn cứ (or the enacting line), so that a line the parser
      // did not join (`Tờ trình số` / `502/TTr-SGDĐT ngày …`) still counts.
      const start = b.place!.start.offset;
      const next = basis[index + 1]?.place?.start.offset ?? enactingAt;
      const segment = ctx.text.slice(start, next).replace(/[\s*_|]+$/u, '');
      if (segment.length === 0) return;
      const end = start + segment.length;
      const last = segment.slice(-1);
      const final = index === basis.length - 1;
      const want = final ? '.' : ';';
      if (last === want) return;
      const replace = /[;.,:]/.test(last);
      ctx.report({
        messageId: final ? 'period' : 'semicolon',
        data: { enacting: label },
        place: ctx.placeOfRange(end - 1, end),
        rangeFix: { range: [end - 1, end], expect: last, text: replace ? want : last + want },
      });
    });
  },
};
