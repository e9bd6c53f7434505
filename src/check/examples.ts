/**
 * Compliant specimen documents the rule examples are made from: each failing example is one of
 * these with one deviation written in (`variant`), so that the example shows exactly one fault.
 * Written for vbparse from the NĐ 30 / HD 36 templates; names and numbers are invented.
 */
import type { RuleExample, Text } from './types.js';

export const STATE_CONG_VAN = `UBND TỈNH QUẢNG BÌNH
SỞ NỘI VỤ

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 05/SNV-VP
V/v tập huấn công tác văn thư năm 2024

Quảng Bình, ngày 05 tháng 3 năm 2024

Kính gửi:
- Ủy ban nhân dân các huyện, thị xã, thành phố;
- Các sở, ban, ngành cấp tỉnh.

Thực hiện Kế hoạch số 12/KH-UBND ngày 10 tháng 01 năm 2024 của Ủy ban nhân dân tỉnh về công tác văn thư, lưu trữ năm 2024, Sở Nội vụ đề nghị các cơ quan, đơn vị:

1. Cử 01 công chức phụ trách văn thư dự lớp tập huấn.

2. Gửi danh sách về Sở Nội vụ trước ngày 15 tháng 3 năm 2024.

Đề nghị các cơ quan, đơn vị quan tâm thực hiện./.

Nơi nhận:
- Như trên;
- Giám đốc Sở;
- Lưu: VT, VP.

KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC

Nguyễn Văn An
`;

export const STATE_QUYET_DINH = `ỦY BAN NHÂN DÂN
TỈNH QUẢNG BÌNH

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 12/QĐ-UBND

Quảng Bình, ngày 08 tháng 01 năm 2024

QUYẾT ĐỊNH
Về việc thành lập Tổ công tác cải cách hành chính

ỦY BAN NHÂN DÂN TỈNH QUẢNG BÌNH

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư;
Theo đề nghị của Giám đốc Sở Nội vụ.

QUYẾT ĐỊNH:

Điều 1. Thành lập Tổ công tác cải cách hành chính của tỉnh.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nội vụ và các thành viên Tổ công tác chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Chủ tịch, các Phó Chủ tịch UBND tỉnh;
- Lưu: VT, NC.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Trần Văn Bình
`;

export const PARTY_CONG_VAN = `TỈNH ỦY QUẢNG BÌNH
VĂN PHÒNG
*

ĐẢNG CỘNG SẢN VIỆT NAM

Số 125-CV/VPTU
Tổ chức hội nghị sơ kết công tác văn phòng cấp ủy

Quảng Bình, ngày 20 tháng 02 năm 2024

Kính gửi: Các huyện ủy, thị ủy, thành ủy trực thuộc Tỉnh ủy

Thực hiện chương trình công tác năm 2024, Văn phòng Tỉnh ủy đề nghị các đồng chí chánh văn phòng cấp ủy dự hội nghị sơ kết công tác văn phòng cấp ủy vào ngày 05 tháng 3 năm 2024 tại Hội trường Tỉnh ủy./.

Nơi nhận:
- Như trên,
- Lưu Văn phòng Tỉnh ủy.

K/T CHÁNH VĂN PHÒNG
PHÓ CHÁNH VĂN PHÒNG

Lê Thị Hoa
`;

/** The specimen with `from` replaced by `to` (the first occurrence); `to` is what the page shows. */
export function variant(base: string, from: string, to: string, extra: Partial<RuleExample> & { title?: Text } = {}): RuleExample {
  if (!base.includes(from)) throw new Error(`example: "${from}" is not in the specimen`);
  return { text: base.replace(from, to), focus: to.trim() === '' ? from : to, ...extra };
}

/** The specimen as a passing example, showing `focus`. */
export function specimen(base: string, focus: string, extra: Partial<RuleExample> = {}): RuleExample {
  if (!base.includes(focus)) throw new Error(`example: "${focus}" is not in the specimen`);
  return { text: base, focus, ...extra };
}
