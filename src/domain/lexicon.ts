/**
 * The closed vocabularies of official letters, as data: agency words and names, provinces and
 * cities, positions, structural phrases and common Nơi nhận entries, written as they are spelled
 * (diacritics, and capitals where the name is a proper one: `Sở Nội vụ`, `Bình Thuận`).
 *
 * The restorer (`../normalize/restore/`) reads damaged text against this table: OCR without
 * Vietnamese data (`UY BAN NHAN DAN TINH TAY NINH`), or a font without a map for some capitals
 * (`Sở ội vụ`). Only phrases of these closed vocabularies are restored, never free prose.
 * `test/domain/lexicon.test.ts` runs the examples below.
 */
import { DOCUMENT_TYPE_NAMES } from './document-types.js';

/** What a phrase names; `agency` and `position` may follow `của` as a cited document's issuer. */
export type LexiconCategory = 'agency' | 'place' | 'position' | 'type' | 'structure' | 'distribution' | 'word';

export interface LexiconEntry {
  readonly text: string;
  readonly category: LexiconCategory;
}

/** The 63 provinces and cities before 2025 and the 34 after (Nghị quyết 202/2025/QH15): the union. */
export const PROVINCES: readonly string[] = [
  'An Giang', 'Bà Rịa - Vũng Tàu', 'Bà Rịa Vũng Tàu', 'Bắc Giang', 'Bắc Kạn', 'Bạc Liêu', 'Bắc Ninh', 'Bến Tre', 'Bình Định',
  'Bình Dương', 'Bình Phước', 'Bình Thuận', 'Cà Mau', 'Cao Bằng', 'Cần Thơ', 'Đà Nẵng', 'Đắk Lắk', 'Đắk Nông',
  'Điện Biên', 'Đồng Nai', 'Đồng Tháp', 'Gia Lai', 'Hà Giang', 'Hà Nam', 'Hà Nội', 'Hà Tĩnh', 'Hải Dương',
  'Hải Phòng', 'Hậu Giang', 'Hòa Bình', 'Hồ Chí Minh', 'Huế', 'Hưng Yên', 'Khánh Hòa', 'Kiên Giang', 'Kon Tum',
  'Lai Châu', 'Lâm Đồng', 'Lạng Sơn', 'Lào Cai', 'Long An', 'Nam Định', 'Nghệ An', 'Ninh Bình', 'Ninh Thuận',
  'Phú Thọ', 'Phú Yên', 'Quảng Bình', 'Quảng Nam', 'Quảng Ngãi', 'Quảng Ninh', 'Quảng Trị', 'Sóc Trăng',
  'Sơn La', 'Tây Ninh', 'Thái Bình', 'Thái Nguyên', 'Thanh Hóa', 'Thừa Thiên Huế', 'Tiền Giang', 'Trà Vinh',
  'Tuyên Quang', 'Vĩnh Long', 'Vĩnh Phúc', 'Yên Bái',
];

/** Agencies and their parts (cơ quan, tổ chức), lower case but for proper names. */
const AGENCIES: readonly string[] = [
  'ủy ban nhân dân', 'hội đồng nhân dân', 'ủy ban nhân dân tỉnh', 'ủy ban nhân dân huyện', 'ủy ban nhân dân xã',
  'ủy ban nhân dân thành phố', 'ủy ban nhân dân phường', 'hội đồng nhân dân tỉnh', 'thường trực hội đồng nhân dân',
  'Chính phủ', 'Thủ tướng Chính phủ', 'Văn phòng Chính phủ', 'Quốc hội', 'Ủy ban Thường vụ Quốc hội',
  'Văn phòng Ủy ban nhân dân', 'Văn phòng', 'Bộ Chính trị', 'Ban Bí thư', 'Ban Chấp hành Trung ương',
  'Mặt trận Tổ quốc Việt Nam', 'Ủy ban Mặt trận Tổ quốc Việt Nam',
  'Bộ Nội vụ', 'Bộ Tài chính', 'Bộ Y tế', 'Bộ Công an', 'Bộ Quốc phòng', 'Bộ Tư pháp', 'Bộ Ngoại giao',
  'Bộ Công Thương', 'Bộ Xây dựng', 'Bộ Giáo dục và Đào tạo', 'Bộ Khoa học và Công nghệ',
  'Bộ Nông nghiệp và Môi trường', 'Bộ Văn hóa, Thể thao và Du lịch', 'Bộ Dân tộc và Tôn giáo',
  'Bộ Kế hoạch và Đầu tư', 'Bộ Lao động - Thương binh và Xã hội', 'Bộ Tài nguyên và Môi trường',
  'Bộ Giao thông vận tải', 'Bộ Thông tin và Truyền thông', 'Bộ Nông nghiệp và Phát triển nông thôn',
  'Sở Nội vụ', 'Sở Tài chính', 'Sở Y tế', 'Sở Tư pháp', 'Sở Xây dựng', 'Sở Công Thương',
  'Sở Giáo dục và Đào tạo', 'Sở Khoa học và Công nghệ', 'Sở Nông nghiệp và Môi trường',
  'Sở Văn hóa, Thể thao và Du lịch', 'Sở Văn hóa và Thể thao', 'Sở Du lịch', 'Sở Dân tộc và Tôn giáo',
  'Sở Kế hoạch và Đầu tư', 'Sở Tài nguyên và Môi trường', 'Sở Giao thông vận tải',
  'Sở Thông tin và Truyền thông', 'Sở Lao động - Thương binh và Xã hội', 'Sở Ngoại vụ',
  'Công an tỉnh', 'Thanh tra tỉnh', 'Trung tâm Phục vụ hành chính công', 'Cục Kiểm soát thủ tục hành chính',
  'Hiệp hội Doanh nghiệp', 'Liên đoàn Lao động', 'Hội Nông dân', 'Hội Liên hiệp Phụ nữ', 'Đoàn Thanh niên',
  'Hội Cựu chiến binh', 'Tỉnh ủy', 'Thành ủy', 'Huyện ủy', 'Đảng ủy',
  'Cục', 'Chi cục', 'Phòng', 'Trung tâm', 'Hiệp hội', 'Doanh nghiệp',
  'tỉnh', 'huyện', 'thành phố', 'thị xã', 'phường', 'thị trấn', 'trung ương',
];

/** Positions (chức vụ) of signers and issuers. */
const POSITIONS: readonly string[] = [
  'Chủ tịch', 'Phó Chủ tịch', 'Chủ tịch Ủy ban nhân dân', 'Chủ tịch Ủy ban nhân dân tỉnh', 'Phó Chủ tịch Ủy ban nhân dân',
  'Giám đốc', 'Phó Giám đốc', 'Giám đốc Sở', 'Chánh Văn phòng', 'Phó Chánh Văn phòng', 'Bộ trưởng', 'Thứ trưởng',
  'Thủ tướng', 'Phó Thủ tướng', 'Trưởng ban', 'Phó Trưởng ban', 'Chủ nhiệm', 'Phó Chủ nhiệm', 'Bí thư',
  'Phó Bí thư', 'Trưởng phòng', 'Phó Trưởng phòng', 'Cục trưởng', 'Phó Cục trưởng', 'Vụ trưởng',
  'Tổng Giám đốc', 'Chánh Thanh tra', 'Lãnh đạo', 'Chuyên viên', 'Tỉnh ủy viên', 'Thường trực',
];

/** Phrases that give a letter its structure (headings, labels, the date, the căn cứ). */
const STRUCTURE: readonly string[] = [
  'Cộng hòa xã hội chủ nghĩa Việt Nam', 'Độc lập - Tự do - Hạnh phúc', 'Nơi nhận', 'Kính gửi', 'Căn cứ',
  'về việc', 'Theo đề nghị của', 'Điều', 'Khoản', 'Mục', 'Chương', 'Phụ lục', 'Luật Tổ chức chính quyền địa phương',
  'Luật Tổ chức Chính phủ', 'sửa đổi, bổ sung', 'sửa đổi', 'bổ sung', 'thủ tục hành chính', 'hành chính',
  'có hiệu lực', 'kể từ ngày ký', 'chịu trách nhiệm thi hành', 'thi hành', 'tổ chức', 'thực hiện', 'quy định',
  'kiểm soát', 'lĩnh vực', 'thẩm quyền', 'giải quyết', 'công bố', 'danh mục', 'quy trình', 'nội bộ',
  'địa bàn', 'thông tin', 'truyền thông', 'thành phần', 'nội dung', 'thời gian', 'địa điểm', 'chủ trì', 'phân công', 'chuẩn bị', 'hỏa tốc', 'thượng khẩn', 'khẩn',
  'kèm theo', 'ban hành kèm theo', 'Quyết định này', 'có hiệu lực kể từ ngày ký', 'tổ chức, cá nhân có liên quan',
  'cơ quan, đơn vị', 'Thủ trưởng', 'Chánh Văn phòng',
  'đồng chí', 'thành phần mời', 'phòng họp', 'cuộc họp',
];

/** Common Nơi nhận entries. */
const DISTRIBUTION: readonly string[] = [
  'Như trên', 'Như Điều', 'Như Kính gửi', 'Như thành phần mời', 'Lưu', 'Lưu: VT', 'Văn thư', 'để báo cáo', 'để b/c',
  'để thực hiện', 'để phối hợp', 'để biết', 'Lãnh đạo', 'Lãnh đạo Văn phòng', 'các Phó Chủ tịch', 'Cổng thông tin điện tử',
];

/**
 * Single words frequent in the closed vocabularies, restored alone: only words whose unmarked form
 * has one likely reading in a letter (`tinh` → `tỉnh`; not `so`, which is `số`, `sở` or `so`).
 */
const WORDS: readonly string[] = [
  'các', 'của', 'và', 'về', 'như', 'lưu', 'tỉnh', 'huyện', 'phòng', 'văn', 'điều', 'cục',
  'ủy', 'nhân', 'dân', 'chủ', 'tịch', 'giám', 'đốc', 'chánh', 'trưởng', 'lãnh', 'đạo',
  'ngày', 'tháng', 'trên', 'trình', 'nghị', 'định', 'quyết', 'thông', 'hiệp',
  'doanh', 'nghiệp', 'chính', 'tế', 'công', 'thành', 'trung', 'tâm', 'kính', 'gửi', 'nhận',
];

function entries(texts: readonly string[], category: LexiconCategory): LexiconEntry[] {
  return texts.map((text) => ({ text, category }));
}

/** Every phrase of the table; a phrase listed twice keeps its first category. */
export const LEXICON: readonly LexiconEntry[] = dedupe([
  ...entries(AGENCIES, 'agency'),
  ...entries(PROVINCES, 'place'),
  ...PROVINCES.flatMap((p) => [
    { text: `tỉnh ${p}`, category: 'place' as const },
    { text: `thành phố ${p}`, category: 'place' as const },
    { text: `Ủy ban nhân dân tỉnh ${p}`, category: 'agency' as const },
  ]),
  ...entries(POSITIONS, 'position'),
  ...entries(DOCUMENT_TYPE_NAMES, 'type'),
  ...entries(STRUCTURE, 'structure'),
  ...entries(DISTRIBUTION, 'distribution'),
  ...entries(WORDS, 'word'),
]);

function dedupe(list: readonly LexiconEntry[]): LexiconEntry[] {
  const seen = new Set<string>();
  return list.filter((e) => !seen.has(e.text) && (seen.add(e.text), true));
}

/**
 * Parts of a số/ký hiệu that hold `Đ`, as OCR without Vietnamese writes them (`ND-CP` → `NĐ-CP`):
 * only these parts are restored inside a code, where the part stands between `/`, `-` or the end.
 */
export const SYMBOL_PARTS: Readonly<Record<string, string>> = {
  ND: 'NĐ',
  QD: 'QĐ',
  HDND: 'HĐND',
  DU: 'ĐU',
  DTN: 'ĐTN',
  BCD: 'BCĐ',
  CDS: 'CĐS',
};

/** Lexicon phrases with examples the data test checks: what damaged text each must restore. */
export const LEXICON_EXAMPLES: ReadonlyArray<{ readonly written: string; readonly restored: string }> = [
  { written: 'UY BAN NHAN DAN', restored: 'ỦY BAN NHÂN DÂN' },
  { written: 'Tay Ninh', restored: 'Tây Ninh' },
  { written: 'Nghi dinh', restored: 'Nghị định' },
  { written: 'Chinh phu', restored: 'Chính phủ' },
];
