import { STATE_CONG_VAN, specimen, variant } from '../examples.js';
import type { CheckContext, Rule } from '../types.js';
import { MOTTO } from '../../domain/keywords.js';
import { stripDiacritics } from '../../domain/vietnamese.js';
import { firstLine, foldKey, headerLine } from './util.js';

const WORDS = foldKey('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
/** The tiêu ngữ joined to the quốc hiệu's line by a converter. */
const MOTTO_AFTER = new RegExp(`\\s+${MOTTO.source}.*$`, 'iu');

export const rule: Rule = {
  id: 'VB101',
  name: 'national-title',
  severity: 'error',
  families: ['state'],
  kinds: 'all',
  description: {
    vi: 'Văn bản hành chính phải có Quốc hiệu `CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM`, đúng từng chữ (cách bỏ dấu `HOÀ`/`HÒA` coi như nhau).',
    en: 'A state document carries the quốc hiệu `CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM`, word for word (tone-mark placement `HOÀ`/`HÒA` is the same word).',
  },
  clause: 'NĐ 30/2020 Phụ lục I, II.1; rules.md §1.3',
  fixable: false,
  messages: {
    missing: { vi: 'Thiếu Quốc hiệu "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"', en: 'The quốc hiệu "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" is missing' },
    wrong: { vi: 'Quốc hiệu viết sai: "{found}"; đúng là "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"', en: 'The quốc hiệu reads "{found}"; it must be "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"' },
  },
  examples: {
    failing: [
      variant(STATE_CONG_VAN, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'CỘNG HÒA XÃ HỘI CHỦ NGHIA VIỆT NAM'),
      variant(STATE_CONG_VAN, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n', '', { lines: [1] }),
    ],
    passing: [
      specimen(STATE_CONG_VAN, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'),
      variant(STATE_CONG_VAN, 'CỘNG HÒA XÃ HỘI', 'CỘNG HOÀ XÃ HỘI'),
      // Wrapped in a narrow column of the text: its words are all there.
      variant(STATE_CONG_VAN, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT\nNAM'),
    ],
  },
  check(ctx) {
    if (isWrapped(ctx)) return;
    const found = headerLine(ctx, 'nationalTitle');
    if (!found) {
      // A document read without any header (a page of body text) has nothing to judge.
      if (ctx.document.header.numbering === null && ctx.document.header.agency.lines.length === 0 && !headerLine(ctx, 'motto')) return;
      ctx.report({ messageId: 'missing', line: firstLine(ctx), to: 0 });
      return;
    }
    const text = found.line.text.replace(/[*_]/g, '').replace(MOTTO_AFTER, '').trim();
    // Text that lost every diacritic (OCR, a legacy font read as ASCII) is not a misspelling.
    if (stripDiacritics(text) === text) return;
    if (foldKey(text) !== WORDS) ctx.report({ messageId: 'wrong', data: { found: text }, line: found.line });
  },
};

/** The quốc hiệu wrapped onto a second line (`… CHỦ NGHĨA VIỆT` / `NAM`), word for word right. */
function isWrapped(ctx: CheckContext): boolean {
  const end = Math.min(ctx.lines.length, Math.max(ctx.zones.header.end, ctx.zones.body.start));
  for (let i = 0; i < end; i++) {
    const head = clean(ctx.lines[i]!.line.text);
    if (!/^C[ỘOÔỌ]NG\s*H/iu.test(head) || foldKey(head) === WORDS) continue;
    for (let j = i + 1; j < Math.min(end, i + 4); j++) if (foldKey(`${head} ${clean(ctx.lines[j]!.line.text)}`) === WORDS) return true;
  }
  return false;
}

const clean = (text: string) => text.replace(/[*_]/g, '').trim();
