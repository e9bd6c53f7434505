import { describe, expect, it } from 'vitest';
import { parseDocumentNumber } from '../../src/extract/number.js';

describe('parseDocumentNumber', () => {
  it('joins the digits of a number OCR spaced apart', () => {
    expect(parseDocumentNumber('Số: 1 23 /TB-UBND')?.numbering.number).toBe('123');
    expect(parseDocumentNumber('Sô: 3 418 /QLCS-TS')?.numbering).toMatchObject({ number: '3418' });
    expect(parseDocumentNumber('Số: 1 23 /TB-UBND')?.symbol).toBe('TB-UBND');
  });

  it('reads a state công văn number: issuer and unit, no type code', () => {
    const parsed = parseDocumentNumber('Số: 821/MTTQ-BTT', { isLetter: true });
    expect(parsed?.symbol).toBe('MTTQ-BTT');
    expect(parsed?.numbering).toMatchObject({ number: '821', typeCode: null, issuerCode: 'MTTQ', unitCodes: ['BTT'], form: 'administrative' });
  });

  it('tolerates OCR and typist spacing around separators', () => {
    expect(parseDocumentNumber('Số: 821 /MTTQ - BTT')?.symbol).toBe('MTTQ-BTT');
    expect(parseDocumentNumber('Số: 12 /UBND - VP Hương Khê, ngày 05 tháng 01 năm 2022')?.symbol).toBe('UBND-VP');
  });

  it('reads the code after a number OCR could not read (a handwritten number), the number left null', () => {
    expect(parseDocumentNumber('Số; 2Œ      /QĐ-UBND')?.numbering).toMatchObject({ number: null, typeCode: 'QĐ', issuerCode: 'UBND' });
    expect(parseDocumentNumber("Số: %J' /QĐ-UBND")?.symbol).toBe('QĐ-UBND');
    expect(parseDocumentNumber('Số: 2O /QĐ-UBND')?.numbering.number).toBe('20');
    expect(parseDocumentNumber('Sé: 5 ÉØ/GM-UBND')?.numbering).toMatchObject({ number: null, typeCode: 'GM', issuerCode: 'UBND' });
    expect(parseDocumentNumber('Theo đề nghị /QĐ-UBND')).toBeNull();
  });

  it('reads a typed document number with its type code', () => {
    expect(parseDocumentNumber('Số: 12/QĐ-UBND')?.numbering).toMatchObject({ number: '12', typeCode: 'QĐ', issuerCode: 'UBND', form: 'typed' });
  });

  it('reads a legal normative number with its year', () => {
    const parsed = parseDocumentNumber('Số: 30/2020/NĐ-CP');
    expect(parsed?.symbol).toBe('2020/NĐ-CP');
    expect(parsed?.numbering).toMatchObject({ number: '30', year: '2020', typeCode: 'NĐ', issuerCode: 'CP', form: 'legal' });
  });

  it('reads a Party number: no colon, hyphen before the type, slash before the issuer', () => {
    const parsed = parseDocumentNumber('Số 15-CV/TU');
    expect(parsed?.symbol).toBe('CV/TU');
    expect(parsed?.numbering).toMatchObject({ number: '15', typeCode: 'CV', issuerCode: 'TU', form: 'party' });
  });

  it('gives a null number for a draft whose number is left blank', () => {
    expect(parseDocumentNumber('Số:      /QĐ-MTTQ-BTT')?.numbering.number).toBeNull();
    expect(parseDocumentNumber('Số:      /QĐ-MTTQ-BTT')?.symbol).toBe('QĐ-MTTQ-BTT');
    expect(parseDocumentNumber('Số     -CV/HU')?.symbol).toBe('CV/HU');
  });

  it('reads what OCR made of the label', () => {
    expect(parseDocumentNumber('$6:245/TLD Hà Nội')?.numbering.number).toBe('245');
  });

  it('returns null when there is no number', () => {
    expect(parseDocumentNumber('Kính gửi: Sở Tài chính')).toBeNull();
  });
});
