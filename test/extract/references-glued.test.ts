/** A code whose hyphen a converter took at a line end (`428/TTXTĐTDN`) is split where the document's own groups say. */
import { describe, expect, it } from 'vitest';
import { extractReferences } from '../../src/extract/references/index.js';

const codes = (text: string, own: string[] = []) => extractReferences(text, { exclude: own }).map((r) => r.code);

describe('codes glued where a line break took their hyphen', () => {
  it('splits a group after one of the document’s own groups', () => {
    expect(codes('Thực hiện Công văn số 428/TTXTĐTDN ngày 09/9/2025 của Trung tâm.', ['644/TTXT-VP'])).toEqual(['428/TTXT-ĐTDN']);
  });

  it('splits after a type code when the rest is a group of the document', () => {
    expect(codes('Theo Kế hoạch số 173/KHTTXT ngày 05/11/2025 của Trung tâm.', ['644/TTXT-VP'])).toEqual(['173/KH-TTXT']);
  });

  it('says so, at the code', () => {
    const [reference] = extractReferences('Công văn số 2328/SNVTCCC ngày 30/8/2024 của Sở Nội vụ.', { exclude: ['3367/TTr-SNV'] });
    expect(reference?.repairs.map((r) => r.ruleId)).toEqual(['reference/code-rejoined']);
  });

  it('leaves a code alone that the document gives no reason to split', () => {
    expect(codes('Văn bản số 01/HLVTINH ngày 30/7/2024 của Hội Làm vườn.')).toEqual(['01/HLVTINH']);
    // A group written whole in another code is a group, not two glued.
    expect(codes('Công văn số 12/UBNDVP ngày 02/01/2025 và Công văn số 13/UBNDVP ngày 03/01/2025 của UBND xã.', ['5/UBND-VP'])).toEqual(['12/UBNDVP', '13/UBNDVP']);
    expect(codes('Công văn số 12/UBNDVP ngày 02/01/2025; Công văn số 15/QĐ-UBNDVP ngày 03/01/2025.')).toEqual(['12/UBNDVP', '15/QĐ-UBNDVP']);
    // A type code alone before a rest the document never writes: no split.
    expect(codes('Thông tư số 08/TTLTBTC ngày 02/01/2025 của Bộ Tài chính.')).toEqual(['08/TTLTBTC']);
  });
});
