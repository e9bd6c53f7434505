/**
 * The output schema: the single source of truth for what `parseDocument` returns.
 * TypeScript types are inferred from it and `schemas/vbparse.schema.json` is generated from it.
 *
 * Written with `zod/mini` (same zod 4 core, tree-shakable): it validates every result at a
 * fraction of the start-up cost of the classic API, which matters for a CLI run per file.
 */
import * as z from 'zod/mini';
import { INPUT_FORMATS } from '../decode/registry.js';

export const SCHEMA_VERSION = '1.3.0';

/** Attach a description (shown in the JSON Schema and in docs/fields.md). */
const d = <T extends z.ZodMiniType>(schema: T, description: string): T => {
  // Registering metadata keeps the instance; `.check(z.describe())` would clone it (start-up cost).
  z.globalRegistry.add(schema, { description });
  return schema;
};
const nullableString = (description: string) => d(z.nullable(z.string()), description);

export const pointSchema = d(
  z.object({
    line: d(z.int().check(z.minimum(1)), '1-based line in the original file'),
    column: d(z.int().check(z.minimum(1)), '1-based column (UTF-16 code units) in the original file'),
    offset: d(z.int().check(z.minimum(0)), '0-based offset (UTF-16 code units) in the decoded original text'),
    page: z.optional(d(z.int().check(z.minimum(1)), 'PDF and scans: 1-based page the place is on')),
    pageLine: z.optional(d(z.int().check(z.minimum(1)), 'PDF and scans: 1-based line within that page, in the text `--format text` prints')),
  }),
  'A place in the original input',
);

/** A span of the original input. */
export const positionSchema = d(z.object({ start: pointSchema, end: pointSchema }), 'A span of the original input: start inclusive, end exclusive');

export const sourceSchema = d(
  z.object({
    raw: d(z.string(), 'The text the value was read from, as it stands in the input (markup removed)'),
    place: positionSchema,
  }),
  'Where a value came from',
);

/** A finding of the parser: missing, ambiguous or malformed parts. */
export const diagnosticSchema = d(
  z.object({
    ruleId: d(z.string(), 'Stable identifier of the finding, e.g. `header/number-missing`'),
    severity: z.enum(['error', 'warning', 'info']),
    message: z.string(),
    place: d(z.nullable(positionSchema), 'Where in the input; null when it concerns the document as a whole'),
    source: z.literal('vbparse'),
    url: d(z.optional(z.string()), 'Where the rule is explained'),
  }),
  'Something missing, ambiguous or malformed that the parser noticed',
);

export const documentNumberSchema = d(
  z.object({
    raw: d(z.string(), 'The number as written, without the `Số` label'),
    number: nullableString('Running number; null when left blank (a draft)'),
    year: nullableString('Year segment of legal normative numbers (`30/2020/NĐ-CP` → 2020)'),
    typeCode: nullableString('Type code (`QĐ`, `KH`, Party `CV`); null for a state công văn'),
    issuerCode: nullableString('Issuing body code (`UBND`, `TU`; `NĐ-CP` → `CP`)'),
    unitCodes: d(z.array(z.string()), 'Further groups: drafting unit or co-issuers (`MTTQ-BTT` → [`BTT`])'),
    form: d(
      z.enum(['administrative', 'typed', 'legal', 'party', 'other']),
      'administrative = công văn `n/ISSUER-UNIT`; typed = `n/TYPE-ISSUER`; legal = `n/yyyy/TYPE-ISSUER`; party = `Số n-TYPE/ISSUER`',
    ),
  }),
  'The số/ký hiệu decomposed',
);

export const dateSchema = d(
  z.object({
    iso: nullableString('ISO date; `YYYY-MM` when the day is blank, `YYYY` when only the year is readable'),
    day: d(z.nullable(z.int()), 'Day of the month; null when blank or unreadable'),
    month: d(z.nullable(z.int()), 'Month; null when unreadable'),
    year: d(z.nullable(z.int()), 'Year'),
    raw: d(z.string(), 'The date as written'),
  }),
  'Issue date (thời gian ban hành)',
);

export const agencySchema = d(
  z.object({
    lines: d(z.array(z.string()), 'Lines of the issuing-agency block, top to bottom; the Party `*` line left out'),
    parent: d(z.array(z.string()), 'Lines of the managing body (cơ quan chủ quản), when there is one'),
    issuer: nullableString('The issuing body itself (last line or lines of the block)'),
  }),
  'Tên cơ quan, tổ chức ban hành',
);

export const headerSchema = d(z.object({
  family: d(
    z.nullable(z.enum(['state', 'party'])),
    'state: `CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM` (NĐ 30); party: `ĐẢNG CỘNG SẢN VIỆT NAM` (HD 36)',
  ),
  nationalTitle: nullableString('Quốc hiệu or the Party title line, as written'),
  motto: nullableString('Tiêu ngữ, as written'),
  agency: agencySchema,
  number: nullableString('The running number; null when blank'),
  symbol: nullableString('What follows the number and its separator, spaces removed'),
  numbering: z.nullable(documentNumberSchema),
  place: nullableString('Địa danh before `, ngày`'),
  date: z.nullable(dateSchema),
  documentType: nullableString('Tên loại in sentence case; `Công văn` for letters'),
  documentTypeCode: nullableString('The type code from the number'),
  subject: nullableString('Trích yếu without a leading V/v, Về việc or Về'),
  urgency: nullableString('Độ khẩn: `KHẨN`, `THƯỢNG KHẨN`, `HỎA TỐC` (and legacy `HỎA TỐC HẸN GIỜ`)'),
  secrecy: nullableString('Độ mật: `MẬT`, `TỐI MẬT`, `TUYỆT MẬT`'),
  issuingAuthority: nullableString('The competence line above the căn cứ of a Quyết định/Nghị quyết (`ỦY BAN NHÂN DÂN TỈNH …`)'),
}), 'Everything above the body: agency, quốc hiệu, số/ký hiệu, place and date, tên loại, trích yếu, marks');

/** A document cited in the body. */
export const referenceSchema = z.object({
  type: nullableString('Kind of the cited document in sentence case'),
  code: nullableString('Số/ký hiệu, spaces removed; null for a law cited by name'),
  number: nullableString('Running number of the cited document'),
  year: nullableString('Year segment of a legal normative code'),
  typeCode: nullableString('Type code in the cited code'),
  issuerCode: nullableString('Issuer code in the cited code'),
  date: nullableString('ISO date of the cited document'),
  issuer: nullableString('Issuing body as written after `của`'),
  subject: nullableString('Its trích yếu when the citation gives one'),
  raw: d(z.string(), 'Text of the first mention'),
  mentions: d(z.array(sourceSchema), 'Every place the document is cited, first one first'),
});

export const taskKindSchema = z.enum(['part', 'chapter', 'section', 'article', 'roman', 'arabic', 'decimal', 'letter', 'parenthesized']);
export type TaskKind = z.infer<typeof taskKindSchema>;
export type Task = z.infer<typeof taskSchema>;

export const bulletSchema = z.object({
  marker: d(z.string(), '`-`, `+`, `•` …'),
  text: z.string(),
  place: positionSchema,
});

export const paragraphKindSchema = z.enum(['text', 'bullet', 'quote', 'basis', 'enacting']);

/** One paragraph of the body, as written (wrapped lines joined). */
export const paragraphSchema = z.object({
  kind: d(
    paragraphKindSchema,
    'text; bullet (a dash or plus item, marker kept); quote (inside quotation marks); basis (a căn cứ line); enacting (`QUYẾT ĐỊNH:`)',
  ),
  text: d(z.string(), 'The paragraph as written, wrapped lines joined by one space, markup removed'),
  place: positionSchema,
});

/** A numbered unit of the body, with nested units in `children`. */
export const taskSchema = z.object({
  label: d(z.string(), 'Label without punctuation: `1`, `II`, `Điều 3`, `a`, `1.2`'),
  text: d(z.string(), "The unit's own text (its heading where it has one), continuation paragraphs joined"),
  kind: d(taskKindSchema, 'part (Phần, or a report’s lettered part A., B.), chapter (Chương), section (Mục), article (Điều), roman (I.), arabic (1.), decimal (1.1.), letter (a)), parenthesized ((1))'),
  place: positionSchema,
  bullets: d(z.array(bulletSchema), 'Dash and plus bullets directly under this unit'),
  paragraphs: d(
    z.array(paragraphSchema),
    "Every paragraph of the unit after its heading, in order, up to its first child unit or the next unit (bullets included); read with `text` and `children` it gives the unit's whole text",
  ),
  get children() {
    return z.array(taskSchema);
  },
});

export const archiveEntrySchema = d(
  z.object({
    units: d(z.array(z.string()), '`VT` (văn thư) and drafting units'),
    copies: d(z.nullable(z.int()), 'Number of file copies when written, `(2b)` → 2'),
  }),
  'The `Lưu:` entry decomposed',
);

export const distributionEntrySchema = z.object({
  text: d(z.string(), 'The entry without the dash and the closing `;`, `,` or `.`'),
  purpose: nullableString('What it is sent for, from a trailing parenthesis: `để b/c`'),
  level: d(z.int().check(z.minimum(0)), '0 for `-` entries, 1 for `+` sub-entries'),
  archive: d(z.nullable(archiveEntrySchema), 'Set on the `Lưu` entry'),
  place: positionSchema,
});

const authorityPrefixSchema = z.enum(['TM', 'KT', 'TL', 'TUQ', 'Q']);

export const authorityStepSchema = z.object({
  prefix: authorityPrefixSchema,
  written: d(z.string(), 'The prefix as written: `TM.`, `T/M`, `KT`'),
  title: d(z.string(), 'What follows the prefix'),
});

/** The signature block. */
export const signerSchema = z.object({
  authority: d(z.nullable(authorityPrefixSchema), 'First authority prefix (Party T/M, K/T, T/L map to TM, KT, TL); null when the head signs in person'),
  onBehalfOf: nullableString('What follows the first prefix: the body or office signed for'),
  position: nullableString("The signer's own position line"),
  name: nullableString("The signer's full name"),
  chain: d(z.array(authorityStepSchema), 'Every authority line, top to bottom'),
  titles: d(z.array(z.string()), 'Position lines between the authority chain and the name'),
  signed: d(z.boolean(), 'A `(Đã ký)` mark or a signature-stamp line was present'),
});

/** The visible block of a digital signature (what a PDF text dump prints of the signature appearance). */
export const digitalSignatureSchema = z.object({
  signer: nullableString('`Ký bởi:` — who signed (a person or an agency)'),
  agency: nullableString('`Cơ quan:` — the signer\'s agency'),
  email: nullableString('The e-mail address in the block'),
  time: nullableString('The signing time as written: `09.01.2025 10:21:11 +07:00`'),
  isoTime: nullableString('The signing time in ISO 8601 (`2025-01-09T10:21:11+07:00`), as much as was written'),
  lines: d(z.array(z.string()), 'Every line of the block, as written'),
  place: positionSchema,
});

export const sourceInfoSchema = d(z.object({
  path: nullableString('File path; null for standard input or a string'),
  format: d(z.enum(INPUT_FORMATS), 'How the text was read'),
  encoding: d(z.string(), 'Detected encoding: utf-8, utf-16le, utf-16be, or docx'),
  bom: d(z.boolean(), 'The input started with a byte order mark'),
  bytes: d(z.int().check(z.minimum(0)), 'Size of the input in bytes'),
  lines: d(z.int().check(z.minimum(0)), 'Number of lines in the decoded text'),
}), 'What was read and how');

export const annexSchema = z.object({ title: z.string(), place: positionSchema });

/** The parsed document: the single source of truth for the output (zod/mini). */
export const documentSchema = d(
  z.object({
    schemaVersion: d(z.literal(SCHEMA_VERSION), 'Version of this output format (semver: a major change breaks readers)'),
    source: sourceInfoSchema,
    header: headerSchema,
    recipients: d(z.array(z.string()), 'The `Kính gửi` entries, then the `Đồng kính gửi` entries'),
    copyRecipients: d(z.array(z.string()), 'The `Đồng kính gửi` entries alone'),
    references: d(z.array(referenceSchema), 'Each distinct document cited between the header and the signature'),
    basis: d(z.array(sourceSchema), 'Căn cứ lines (legal bases) of a Quyết định, Nghị quyết …'),
    tasks: d(z.array(taskSchema), 'Top-level numbered units of the body, nested units in children'),
    body: d(
      z.object({
        preamble: d(z.array(paragraphSchema), 'Paragraphs before the first numbered unit (opening text, căn cứ, `QUYẾT ĐỊNH:`)'),
        closing: d(z.array(paragraphSchema), 'Paragraphs after the last unit that close the letter (`Trên đây là …`, `Trân trọng./.`)'),
        place: d(z.nullable(positionSchema), 'From the first to the last line of the body; null when the document has no body'),
      }),
      'The text of the body around `tasks`: preamble, then `tasks` (each with its `paragraphs`), then closing, hold every paragraph between the header and the signature',
    ),
    distribution: d(z.array(distributionEntrySchema), 'The `Nơi nhận` entries in order'),
    signer: d(signerSchema, 'The signature block; of a joint document signed side by side, the right-hand block'),
    cosigners: z.optional(d(z.array(signerSchema), "A joint document's other signature blocks, left to right (present only when there are some)")),
    annexes: d(z.array(annexSchema), 'Phụ lục and other text after the signature'),
    digitalSignatures: z.optional(
      d(z.array(digitalSignatureSchema), 'Digital-signature stamp blocks printed on the page (never read as the agency, number or signer)'),
    ),
    sources: d(
      z.record(z.string(), sourceSchema),
      'JSON Pointer of a value (`/header/number`, `/recipients/0`) → the text it was read from and where',
    ),
    diagnostics: d(z.array(diagnosticSchema), 'What was missing, ambiguous or malformed (the parser never throws on content)'),
  }),
  'A Vietnamese official document parsed by vbparse',
);

export type ParsedDocument = z.infer<typeof documentSchema>;
export type Position = z.infer<typeof positionSchema>;
export type Point = z.infer<typeof pointSchema>;
export type Diagnostic = z.infer<typeof diagnosticSchema>;
export type Reference = z.infer<typeof referenceSchema>;
export type DistributionEntry = z.infer<typeof distributionEntrySchema>;
export type Signer = z.infer<typeof signerSchema>;
export type DigitalSignature = z.infer<typeof digitalSignatureSchema>;
export type Header = z.infer<typeof headerSchema>;
export type DocumentNumber = z.infer<typeof documentNumberSchema>;
export type IssueDate = z.infer<typeof dateSchema>;
export type SourceRef = z.infer<typeof sourceSchema>;
export type BodyParagraph = z.infer<typeof paragraphSchema>;
