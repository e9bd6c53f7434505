/**
 * Text that stamps add to a document and that is not the document: the visible block of a digital
 * signature (what `pdftotext` prints of the VGCA signature appearance: `Ký bởi:`, `Cơ quan:`, an
 * e-mail, `Thời gian ký: 09.01.2025 10:21:11 +07:00`) and the incoming-mail stamp of the receiving
 * office (`ĐẾN Số: 1234 Ngày: 12/3/2025 Chuyển: …`). Data with examples, as the keyword table.
 */
import { caseless } from './patterns.js';

export type StampField = 'signer' | 'agency' | 'email' | 'time';

export interface StampLabel {
  readonly field: StampField;
  /** The label as a pattern source (compile caseless), without the colon. */
  readonly pattern: string;
  /** True when the label alone says the line is a signature stamp (`Ký bởi:`); else only inside a stamp block (`Cơ quan:`). */
  readonly certain: boolean;
  readonly examples: readonly string[];
}

/** Labelled lines of a signature appearance (Vietnamese and English forms). */
export const SIGNATURE_STAMP_LABELS: readonly StampLabel[] = [
  { field: 'signer', pattern: '(?:Được\\s+)?[Kk]ý(?:\\s+số)?\\s+bởi|Người\\s+ký|Signed\\s+by|Ky\\s+boi', certain: true, examples: ['Ký bởi: Sở Nội vụ', '|Ký bởi: Ủy ban Nhân dân tỉnh Tuyên Quang', 'Ký số bởi: Đặng Minh Quân', 'Người ký: Văn phòng Ủy ban nhân dân', 'Signed by: NGUYEN VAN A'] },
  { field: 'time', pattern: 'Thời\\s+gian\\s+ký|Ngày\\s+ký|Signing\\s+time|Thoi\\s+gian\\s+ky', certain: true, examples: ['Thời gian ký: 09.01.2025 10:21:11 +07:00', 'Ngày ký: 12/3/2025 08:00'] },
  { field: 'agency', pattern: 'Cơ\\s+quan|Tổ\\s+chức|Co\\s+quan', certain: false, examples: ['Cơ quan: Tỉnh Lâm Đồng', '(Cơ quan: Thành phố Hải Phòng', 'Tổ chức: Văn phòng Chính phủ'] },
  { field: 'email', pattern: 'E-?mail|Thư\\s+điện\\s+tử', certain: false, examples: ['Email: snv@lamdong.gov.vn', 'E-mail: vpubnd@tayninh.gov.vn'] },
];

// (OCR may set a speck of the stamp's frame before the label: `|Ký bởi:`, `(Cơ quan:`.)
const LABELS = SIGNATURE_STAMP_LABELS.map((label) => ({ label, re: caseless(`^[|(\\[]?\\s*(?:${label.pattern})\\s*:\\s*`) }));

/** A labelled signature-stamp line: which field, and where its value starts. */
export function stampLabelOf(text: string): { field: StampField; certain: boolean; valueStart: number } | null {
  // Every label ends in a colon: a line without one is none of them (most lines, read for no label).
  if (!text.includes(':')) return null;
  for (const { label, re } of LABELS) {
    const m = re.exec(text);
    if (m) return { field: label.field, certain: label.certain, valueStart: m[0].length };
  }
  return null;
}

/** A line that only a digital-signature stamp prints: `Ký bởi: …`, a zoned signing time, a publisher line. */
export function isSignatureStampLine(text: string): boolean {
  return stampLabelOf(text)?.certain === true || (text.length <= 60 && STAMP_TIME_ZONED.test(text)) || STAMP_PUBLISHERS.test(text);
}

/** A signing time alone on a line: `18.02.2025`, `09:58:30 +07:00`, `09.01.2025 10:21:11 +07:00`. */
export const STAMP_TIME = /^(?:\d{1,2}[./-]\d{1,2}[./-]\d{4}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?|\d{1,2}:\d{2}(?::\d{2})?)(?:\s*(?:[+-]\d{2}:?\d{2}|GMT[+-]?\d*|UTC[+-]?\d*))?$/u;
/** A signing time that carries a time zone: only a stamp writes one. */
export const STAMP_TIME_ZONED = /\d{1,2}:\d{2}(?::\d{2})?\s*(?:[+-]\d{2}:?\d{2}|GMT|UTC)/u;
/** An e-mail address alone on a line. */
export const EMAIL_LINE = /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/u;
/** Publishers whose name heads the signature appearance of the copy they publish. */
export const STAMP_PUBLISHERS = caseless('^(?:TRUNG\\s+TÂM\\s+CÔNG\\s+BÁO(?:\\s+VÀ\\s+TIN\\s+HỌC)?|CỔNG\\s+THÔNG\\s+TIN\\s+ĐIỆN\\s+TỬ\\s+CHÍNH\\s+PHỦ|Signature\\s+Not\\s+Verified)$');

/**
 * The incoming-mail stamp: `ĐẾN` (or `CÔNG VĂN ĐẾN`), then `Số: 1234` without a symbol, `Ngày: …`,
 * `Giờ: …`, `Chuyển: …`, `Lưu hồ sơ số: …`, possibly all on one line.
 */
export const INCOMING_STAMP_HEAD = caseless('^(?:CÔNG\\s+VĂN\\s+|VĂN\\s+BẢN\\s+)?ĐẾN(?:\\s*[:.]?\\s*$|\\s+(?:Số|Ngày)\\s*:)');
export const INCOMING_STAMP_FIELD = caseless('^(?:Số\\s*(?:đến)?\\s*:\\s*\\d+\\s*$|Ngày\\s*(?:đến)?\\s*:|Giờ\\s*:|Chuyển\\s*:|Lưu\\s+hồ\\s+sơ\\s+số|Số\\s+và\\s+ký\\s+hiệu\\s+HS)');
