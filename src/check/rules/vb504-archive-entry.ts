import { PARTY_CONG_VAN, STATE_CONG_VAN, specimen, variant } from '../examples.js';
import type { Rule } from '../types.js';
import { distributionEntries } from './distribution.js';

const STATE_ARCHIVE = /^[*_]*[-‐‑‒–—―−+•]?\s*Lưu\s*:\s*VT\b/u;
const PARTY_ARCHIVE = /^[*_]*[-‐‑‒–—―−+•]?\s*Lưu\b/u;

export const rule: Rule = {
  id: 'VB504',
  name: 'archive-entry',
  severity: 'error',
  families: ['state', 'party'],
  kinds: 'all',
  description: {
    vi: 'Dòng cuối của Nơi nhận là bản lưu: văn bản hành chính `- Lưu: VT, <đơn vị soạn thảo>.`; văn bản của Đảng `- Lưu <đơn vị>.`.',
    en: 'The last Nơi nhận entry is the file copy: state `- Lưu: VT, <drafting unit>.`; Party `- Lưu <unit>.`.',
  },
  clause: 'NĐ 30/2020 Phụ lục I II.9; HD 36; rules.md §10',
  fixable: false,
  messages: {
    state: { vi: 'Dòng cuối của Nơi nhận phải là "- Lưu: VT, …"', en: 'The last Nơi nhận entry must be "- Lưu: VT, …"' },
    party: { vi: 'Dòng cuối của Nơi nhận phải là "- Lưu …"', en: 'The last Nơi nhận entry must be "- Lưu …"' },
  },
  examples: {
    failing: [variant(STATE_CONG_VAN, '- Lưu: VT, VP.', '- Lưu VP.'), variant(PARTY_CONG_VAN, '- Như trên,\n- Lưu Văn phòng Tỉnh ủy.', '- Như trên.', { focus: '- Như trên.' })],
    passing: [specimen(STATE_CONG_VAN, '- Lưu: VT, VP.'), specimen(PARTY_CONG_VAN, '- Lưu Văn phòng Tỉnh ủy.')],
  },
  check(ctx) {
    const entries = distributionEntries(ctx);
    const last = entries[entries.length - 1];
    if (!last) return;
    const pattern = ctx.family === 'party' ? PARTY_ARCHIVE : STATE_ARCHIVE;
    if (pattern.test(last.first.text.slice(last.from, last.first === last.last ? last.to : undefined))) return;
    ctx.report({ messageId: ctx.family === 'party' ? 'party' : 'state', line: last.first, from: last.from });
  },
};

