/**
 * Document types (tên loại) and their codes, as data.
 *
 * Sources: NĐ 30/2020/NĐ-CP Phụ lục III §I (administrative codes), Luật BHVBQPPL (legal normative),
 * HD 36-HD/VPTW and Party practice (Party codes), TT 01/2011 and TTLT 55/2005 (legacy codes).
 * See ../shared/domain/rules.md §4.
 */

import { foldKey } from './vietnamese.js';

export type DocumentTypeKind = 'administrative' | 'legal' | 'party' | 'copy' | 'other';

export interface DocumentTypeEntry {
  /** Sentence-case name as it is cited in running text: `Quyết định`. */
  readonly name: string;
  /** Current codes (state NĐ 30 first, Party codes after). */
  readonly codes: readonly string[];
  /** Codes from older rulebooks that still appear in archives. */
  readonly legacyCodes?: readonly string[];
  readonly kinds: readonly DocumentTypeKind[];
}

export const DOCUMENT_TYPES: readonly DocumentTypeEntry[] = [
  // NĐ 30/2020 Phụ lục III §I — administrative types (27 coded + công văn, thư công)
  { name: 'Nghị quyết', codes: ['NQ'], kinds: ['administrative', 'legal', 'party'] },
  { name: 'Quyết định', codes: ['QĐ'], kinds: ['administrative', 'legal', 'party'] },
  { name: 'Chỉ thị', codes: ['CT'], kinds: ['administrative', 'legal', 'party'] },
  { name: 'Quy chế', codes: ['QC'], kinds: ['administrative', 'party'] },
  { name: 'Quy định', codes: ['QyĐ', 'QĐi', 'QĐ'], kinds: ['administrative', 'party'] },
  { name: 'Thông cáo', codes: ['TC'], kinds: ['administrative', 'party'] },
  { name: 'Thông báo', codes: ['TB'], kinds: ['administrative', 'party'] },
  { name: 'Hướng dẫn', codes: ['HD'], kinds: ['administrative', 'party'] },
  { name: 'Chương trình', codes: ['CTr'], kinds: ['administrative', 'party'] },
  { name: 'Kế hoạch', codes: ['KH'], kinds: ['administrative', 'party'] },
  { name: 'Phương án', codes: ['PA'], kinds: ['administrative'] },
  { name: 'Đề án', codes: ['ĐA'], kinds: ['administrative', 'party'] },
  { name: 'Dự án', codes: ['DA'], kinds: ['administrative'] },
  { name: 'Báo cáo', codes: ['BC'], kinds: ['administrative', 'party'] },
  { name: 'Biên bản', codes: ['BB'], kinds: ['administrative', 'party'] },
  { name: 'Tờ trình', codes: ['TTr'], kinds: ['administrative', 'party'] },
  { name: 'Hợp đồng', codes: ['HĐ'], kinds: ['administrative'] },
  { name: 'Công điện', codes: ['CĐ'], kinds: ['administrative'] },
  { name: 'Bản ghi nhớ', codes: ['BGN'], legacyCodes: ['GN'], kinds: ['administrative'] },
  { name: 'Bản thỏa thuận', codes: ['BTT'], legacyCodes: ['TTh'], kinds: ['administrative'] },
  { name: 'Giấy ủy quyền', codes: ['GUQ'], legacyCodes: ['UQ'], kinds: ['administrative'] },
  { name: 'Giấy mời', codes: ['GM'], kinds: ['administrative'] },
  { name: 'Giấy giới thiệu', codes: ['GGT'], legacyCodes: ['GT'], kinds: ['administrative'] },
  { name: 'Giấy nghỉ phép', codes: ['GNP'], legacyCodes: ['NP'], kinds: ['administrative'] },
  { name: 'Phiếu gửi', codes: ['PG'], kinds: ['administrative'] },
  { name: 'Phiếu chuyển', codes: ['PC'], kinds: ['administrative'] },
  { name: 'Phiếu báo', codes: ['PB'], kinds: ['administrative'] },
  { name: 'Công văn', codes: ['CV'], kinds: ['administrative', 'party'] },
  { name: 'Thư công', codes: [], kinds: ['administrative'] },
  // Copies (Phụ lục III §I, bản sao) and the Party copy code
  { name: 'Bản sao y', codes: ['SY'], kinds: ['copy'] },
  { name: 'Bản trích sao', codes: ['TrS'], legacyCodes: ['TS'], kinds: ['copy'] },
  { name: 'Bản sao lục', codes: ['SL'], kinds: ['copy'] },
  { name: 'Bản sao', codes: ['BS'], kinds: ['copy', 'party'] },
  // Legal normative documents (VBQPPL)
  { name: 'Hiến pháp', codes: [], kinds: ['legal'] },
  { name: 'Bộ luật', codes: [], kinds: ['legal'] },
  { name: 'Luật', codes: [], legacyCodes: ['Lt'], kinds: ['legal'] },
  { name: 'Pháp lệnh', codes: ['PL'], kinds: ['legal'] },
  { name: 'Lệnh', codes: ['L'], kinds: ['legal'] },
  { name: 'Nghị quyết liên tịch', codes: ['NQLT'], kinds: ['legal'] },
  { name: 'Nghị định', codes: ['NĐ'], kinds: ['legal'] },
  { name: 'Thông tư', codes: ['TT'], kinds: ['legal', 'party'] },
  { name: 'Thông tư liên tịch', codes: ['TTLT'], kinds: ['legal'] },
  { name: 'Văn bản hợp nhất', codes: ['VBHN'], kinds: ['legal'] },
  // Party types (66-QĐ/TW, HD 36) not listed above
  { name: 'Kết luận', codes: ['KL'], kinds: ['party'] },
  { name: 'Thông tri', codes: ['TT'], kinds: ['party'] },
  { name: 'Quy hoạch', codes: [], kinds: ['party'] },
  { name: 'Cương lĩnh', codes: [], kinds: ['party'] },
  { name: 'Điều lệ', codes: [], kinds: ['party'] },
  { name: 'Chiến lược', codes: [], kinds: ['party'] },
  // A congress's political report: the type is the whole name, not `Báo cáo` about `CHÍNH TRỊ …`.
  { name: 'Báo cáo chính trị', codes: [], kinds: ['party'] },
  { name: 'Tuyên bố', codes: [], kinds: ['party'] },
  { name: 'Lời kêu gọi', codes: [], kinds: ['party'] },
  // Older or less common names still met in archives
  { name: 'Giấy chứng nhận', codes: [], legacyCodes: ['CN'], kinds: ['other'] },
  { name: 'Giấy ủy nhiệm', codes: [], legacyCodes: ['UN'], kinds: ['other'] },
  { name: 'Giấy đi đường', codes: [], legacyCodes: ['ĐĐ'], kinds: ['other'] },
  { name: 'Giấy biên nhận hồ sơ', codes: [], legacyCodes: ['BN'], kinds: ['other'] },
  { name: 'Điện', codes: [], kinds: ['other'] },
  { name: 'Văn bản', codes: [], kinds: ['other'] },
];

/** Administrative type codes of NĐ 30 Phụ lục III (a công văn must not carry one). */
export const ADMINISTRATIVE_TYPE_CODES: ReadonlySet<string> = new Set(
  DOCUMENT_TYPES.filter((t) => t.kinds.includes('administrative') && t.name !== 'Công văn').flatMap((t) => t.codes),
);

const byCode = new Map<string, DocumentTypeEntry>();
for (const entry of DOCUMENT_TYPES) {
  for (const code of [...entry.codes, ...(entry.legacyCodes ?? [])]) {
    if (!byCode.has(code)) byCode.set(code, entry);
  }
}

/** Every type code (`QĐ`, `CV`, `TTr`), the legacy ones too. */
export const DOCUMENT_TYPE_CODES: readonly string[] = [...byCode.keys()];

const UPPER_TYPE_CODES: ReadonlySet<string> = new Set(DOCUMENT_TYPE_CODES.map((code) => code.toUpperCase()));

/**
 * Whether a group of a ký hiệu is a type code, as written or issued jointly (`QĐ`, `TTLT`, `KHLT`:
 * liên tịch, `HDLN`: liên ngành), in any case.
 */
export function isTypeCodeGroup(group: string): boolean {
  const upper = group.toUpperCase();
  return UPPER_TYPE_CODES.has(upper) || UPPER_TYPE_CODES.has(upper.replace(/(?:LT|LN)$/u, ''));
}

/** The document type a type code stands for (`QĐ` → Quyết định), or undefined. */
export function documentTypeByCode(code: string): DocumentTypeEntry | undefined {
  return byCode.get(code);
}

const byFoldedName = new Map<string, DocumentTypeEntry>();
for (const entry of DOCUMENT_TYPES) byFoldedName.set(foldKey(entry.name), entry);

/** The document type named by `name` in any case (`KẾ HOẠCH`, `kế hoạch`), or undefined. */
export function documentTypeByName(name: string): DocumentTypeEntry | undefined {
  // Names as written are few (the type names in their cases and spellings): each is folded once.
  let entry = byWrittenName.get(name);
  if (entry === undefined) {
    if (byWrittenName.size >= WRITTEN_NAMES_KEPT) byWrittenName.clear();
    entry = byFoldedName.get(foldKey(name)) ?? null;
    byWrittenName.set(name, entry);
  }
  return entry ?? undefined;
}

const byWrittenName = new Map<string, DocumentTypeEntry | null>();
/** Names remembered as written; all are forgotten when there are this many. */
const WRITTEN_NAMES_KEPT = 4096;

/** All type names, longest first, for building alternations in patterns. */
export const DOCUMENT_TYPE_NAMES: readonly string[] = DOCUMENT_TYPES.map((t) => t.name).sort(
  (a, b) => b.length - a.length,
);
