/** Nơi nhận beside the signer as OCR joins them (issue 10): entries whose dash OCR read as `~`, `*` or `•`. */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/index.js';

const letter = (tail: string) =>
  [
    'ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'HUYỆN ĐÔNG ANH Độc lập - Tự do - Hạnh phúc',
    'Số: 173/UBND-TNMT Đông Anh, ngày 11 tháng 4 năm 2025',
    'V/v rà soát đất công',
    'Kính gửi: UBND các xã, thị trấn.',
    'UBND huyện đề nghị các xã rà soát, báo cáo trước ngày 30/4/2025./.',
    tail,
  ].join('\n');
const tailOf = (tail: string) => {
  const doc = parseDocument(letter(tail));
  return {
    distribution: doc.distribution.map((d) => d.text),
    signer: { authority: doc.signer?.authority ?? null, onBehalfOf: doc.signer?.onBehalfOf ?? null, position: doc.signer?.position ?? null, name: doc.signer?.name ?? null },
  };
};

describe('a one-space OCR line holding an entry and the signer’s column', () => {
  it.each(['~', '*', '•'])('splits the position and the name off entries bulleted with `%s`', (bullet) => {
    expect(tailOf(`Nơi nhận: KT. CHỦ TỊCH\n${bullet} Như trên; PHÓ CHỦ TỊCH\n${bullet} Phòng TN&MT huyện;\n${bullet} Lưu: VT. Phạm Thị Hoa`)).toEqual({
      distribution: ['Như trên', 'Phòng TN&MT huyện', 'Lưu: VT'],
      signer: { authority: 'KT', onBehalfOf: 'CHỦ TỊCH', position: 'PHÓ CHỦ TỊCH', name: 'Phạm Thị Hoa' },
    });
  });

  it('leaves an entry whose words are in capitals but not a position alone', () => {
    expect(tailOf('Nơi nhận: KT. CHỦ TỊCH\n~ Như trên; PHÓ CHỦ TỊCH\n~ Lưu: VT, TNMT.\nPhạm Thị Hoa').distribution).toEqual(['Như trên', 'Lưu: VT, TNMT']);
  });
});
