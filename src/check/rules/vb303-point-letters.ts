import { STATE_QUYET_DINH, specimen, variant } from '../examples.js';
import type { Rule } from '../types.js';
import { bodyLines } from './util.js';

const VIETNAMESE = ['a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h', 'i', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'x', 'y'];
const LATIN_ONLY = new Set(['f', 'j', 'w', 'z']);
const POINT = /^([*_]*)([a-zđ])\)\s/u;

const WITH_POINTS = STATE_QUYET_DINH.replace(
  'Điều 2. Quyết định này có hiệu lực kể từ ngày ký.',
  'Điều 2. Tổ công tác có nhiệm vụ:\na) Rà soát thủ tục hành chính;\nb) Đề xuất phương án đơn giản hóa;\nc) Theo dõi việc thực hiện;\nd) Báo cáo định kỳ;\nđ) Thực hiện nhiệm vụ khác được giao.',
);

export const rule: Rule = {
  id: 'VB303',
  name: 'point-letters',
  severity: 'warning',
  families: ['state', 'party'],
  kinds: 'all',
  description: {
    vi: 'Các điểm đánh thứ tự bằng chữ cái tiếng Việt `a) b) c) d) đ) e) g) h) i) k)…`: không có `f`, `j`, `w`, `z`; sau `d)` là `đ)`.',
    en: 'Points are lettered in the Vietnamese alphabet `a) b) c) d) đ) e) g) h) i) k)…`: no `f`, `j`, `w`, `z`; `đ)` comes after `d)`.',
  },
  clause: 'NĐ 30/2020 Phụ lục I II.6đ; rules.md §8.1',
  fixable: false,
  messages: {
    latin: { vi: 'Điểm "{found})" không có trong bảng chữ cái tiếng Việt; sau "{previous})" là "{expected})"', en: 'Point "{found})" is not a Vietnamese letter; after "{previous})" comes "{expected})"' },
    order: { vi: 'Sau điểm "{previous})" là "{expected})", không phải "{found})"', en: 'After point "{previous})" comes "{expected})", not "{found})"' },
  },
  examples: {
    failing: [variant(WITH_POINTS, 'đ) Thực hiện', 'e) Thực hiện')],
    passing: [specimen(WITH_POINTS, 'd) Báo cáo định kỳ;\nđ) Thực hiện nhiệm vụ khác được giao.')],
  },
  check(ctx) {
    let previous: string | null = null;
    for (const l of bodyLines(ctx)) {
      const m = POINT.exec(l.line.text);
      if (!m) {
        // A new numbered unit (`2.`, `Điều 3.`) starts a new list of points.
        if (l.kind === 'numbered') previous = null;
        continue;
      }
      const letter = m[2]!;
      const from = m[1]!.length;
      if (previous !== null) {
        const expected: string | undefined = VIETNAMESE[VIETNAMESE.indexOf(previous) + 1];
        if (expected && letter !== expected && letter !== 'a') {
          if (LATIN_ONLY.has(letter)) ctx.report({ messageId: 'latin', data: { found: letter, previous, expected }, line: l.line, from, to: from + 2 });
          else if (previous === 'd' && letter === 'e') ctx.report({ messageId: 'order', data: { found: letter, previous, expected }, line: l.line, from, to: from + 2 });
        }
      } else if (LATIN_ONLY.has(letter)) {
        // `f)` with no list before it is not a point list this rule can judge.
      }
      previous = letter;
    }
  },
};
