import { describe, expect, it } from 'vitest';
import { parsePlaceDate } from '../../src/extract/date.js';

describe('parsePlaceDate', () => {
  it('reads the place and the full date', () => {
    const found = parsePlaceDate('Lạng Sơn, ngày 10 tháng 5 năm 2021');
    expect(found?.place).toBe('Lạng Sơn');
    expect(found?.date).toMatchObject({ iso: '2021-05-10', day: 10, month: 5, year: 2021 });
  });

  it('gives year and month when the day is left blank (a draft)', () => {
    expect(parsePlaceDate('Lạng Sơn, ngày   tháng 7 năm 2022')?.date.iso).toBe('2022-07');
  });

  it('keeps what OCR left readable', () => {
    expect(parsePlaceDate('Hà Nội, ngày OF tháng 7 năm 2024')?.date.iso).toBe('2024-07');
    expect(parsePlaceDate('Hà Nội, ngày 1§ thang> năm 2020')?.date.iso).toBe('2020');
  });

  it('takes multi-word and person-named places whole', () => {
    expect(parsePlaceDate('Thành phố Hồ Chí Minh, ngày 28 tháng 11 năm 2025')?.place).toBe('Thành phố Hồ Chí Minh');
    expect(parsePlaceDate('Đắk Lắk, ngày 08 tháng 7 năm 2024')?.place).toBe('Đắk Lắk');
  });

  it('keeps a place whose two names a dash joins', () => {
    expect(parsePlaceDate('Phan Rang - Tháp Chàm, ngày 09 tháng 5 năm 2025')?.place).toBe('Phan Rang - Tháp Chàm');
    expect(parsePlaceDate('Bà Rịa – Vũng Tàu, ngày 02 tháng 6 năm 2025')?.place).toBe('Bà Rịa – Vũng Tàu');
    expect(parsePlaceDate('Số: 12/UBND - Hà Nội, ngày 02 tháng 6 năm 2025')?.place).toBe('Hà Nội');
  });

  it('leaves an urgency stamp OCR set before the place out of it', () => {
    expect(parsePlaceDate('S6: 45/BC-UBND KHẨN Mỹ Hòa, ngày 18 tháng 6 năm 2024')?.place).toBe('Mỹ Hòa');
    expect(parsePlaceDate('Số: 45/BC-UBND HỎA TỐC Mỹ Hòa, ngày 18 tháng 6 năm 2024')?.place).toBe('Mỹ Hòa');
  });

  it('finds the place after a number on the same OCR line', () => {
    expect(parsePlaceDate('Số: 2862 /ICT-HTQT Hà Nội. ngày 04 tháng 7 năm 2024')?.place).toBe('Hà Nội');
  });

  it('never prints a day the month does not have: 31 tháng 02 gives the month, 29 tháng 02 only in a leap year', () => {
    expect(parsePlaceDate('Hà Nội, ngày 31 tháng 02 năm 2024')?.date).toMatchObject({ iso: '2024-02', day: null, raw: 'ngày 31 tháng 02 năm 2024' });
    expect(parsePlaceDate('Hà Nội, ngày 29 tháng 02 năm 2024')?.date.iso).toBe('2024-02-29');
    expect(parsePlaceDate('Hà Nội, ngày 29 tháng 02 năm 2023')?.date.iso).toBe('2023-02');
  });

  it('returns null without a date', () => {
    expect(parsePlaceDate('Kính gửi: Sở Tài chính')).toBeNull();
  });
});
