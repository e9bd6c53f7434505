/**
 * The output schema: the single source of truth for what `parseDocument` returns.
 * TypeScript types are inferred from it and `schemas/vbparse.schema.json` is generated from it.
 */
import { z } from 'zod';

export const SCHEMA_VERSION = '1.0.0';

export const pointSchema = z
  .object({
    line: z.number().int().min(1).describe('1-based line in the original file'),
    column: z.number().int().min(1).describe('1-based column (UTF-16 code units) in the original file'),
    offset: z.number().int().min(0).describe('0-based offset (UTF-16 code units) in the decoded original text'),
  })
  .describe('A place in the original input');

export const positionSchema = z
  .object({ start: pointSchema, end: pointSchema })
  .describe('A span of the original input: start inclusive, end exclusive');

export const sourceSchema = z
  .object({
    raw: z.string().describe('The text the value was read from, as it stands in the input (markup removed)'),
    place: positionSchema,
  })
  .describe('Where a value came from');

export const diagnosticSchema = z
  .object({
    ruleId: z.string().describe('Stable identifier of the finding, e.g. `header/number-missing`'),
    severity: z.enum(['error', 'warning', 'info']),
    message: z.string(),
    place: positionSchema.nullable().describe('Where in the input; null when it concerns the document as a whole'),
    source: z.literal('vbparse'),
    url: z.string().optional().describe('Where the rule is explained'),
  })
  .describe('Something missing, ambiguous or malformed that the parser noticed');

export const documentNumberSchema = z
  .object({
    raw: z.string().describe('The number line as written, without the `Số` label'),
    number: z.string().nullable().describe('Running number; null when left blank (a draft)'),
    year: z.string().nullable().describe('Year segment of legal normative numbers (`30/2020/NĐ-CP` → 2020)'),
    typeCode: z.string().nullable().describe('Type code (`QĐ`, `KH`, Party `CV`); null for a state công văn'),
    issuerCode: z.string().nullable().describe('Issuing body code (`UBND`, `TU`, `NĐ-CP` → `CP`)'),
    unitCodes: z.array(z.string()).describe('Further groups: drafting unit or co-issuers (`MTTQ-BTT` → [`BTT`])'),
    form: z
      .enum(['administrative', 'typed', 'legal', 'party', 'other'])
      .describe('administrative = công văn `n/ISSUER-UNIT`; typed = `n/TYPE-ISSUER`; legal = `n/yyyy/TYPE-ISSUER`; party = `Số n-TYPE/ISSUER`'),
  })
  .describe('The số/ký hiệu decomposed');

export const dateSchema = z
  .object({
    iso: z.string().nullable().describe('ISO date; `YYYY-MM` when the day is blank, `YYYY` when only the year is readable'),
    day: z.number().int().nullable(),
    month: z.number().int().nullable(),
    year: z.number().int().nullable(),
    raw: z.string().describe('The date as written'),
  })
  .describe('Issue date (thời gian ban hành)');

export const agencySchema = z
  .object({
    lines: z.array(z.string()).describe('Lines of the issuing-agency block, top to bottom; the Party `*` line left out'),
    parent: z.array(z.string()).describe('Lines of the managing body (cơ quan chủ quản), when there is one'),
    issuer: z.string().nullable().describe('The issuing body itself (last line or lines of the block)'),
  })
  .describe('Tên cơ quan, tổ chức ban hành');

export const headerSchema = z.object({
  family: z
    .enum(['state', 'party'])
    .nullable()
    .describe('state: `CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM` (NĐ 30); party: `ĐẢNG CỘNG SẢN VIỆT NAM` (HD 36)'),
  nationalTitle: z.string().nullable().describe('Quốc hiệu or the Party title line, as written'),
  motto: z.string().nullable().describe('Tiêu ngữ, as written'),
  agency: agencySchema,
  number: z.string().nullable().describe('The running number; null when blank'),
  symbol: z.string().nullable().describe('What follows the number and its separator, spaces removed'),
  numbering: documentNumberSchema.nullable(),
  place: z.string().nullable().describe('Địa danh before `, ngày`'),
  date: dateSchema.nullable(),
  documentType: z.string().nullable().describe('Tên loại in sentence case; `Công văn` for letters'),
  documentTypeCode: z.string().nullable().describe('The type code from the number or the type table'),
  subject: z.string().nullable().describe('Trích yếu without a leading V/v, Về việc or Về'),
  urgency: z.string().nullable().describe('Độ khẩn: `KHẨN`, `THƯỢNG KHẨN`, `HỎA TỐC` (and legacy `HỎA TỐC HẸN GIỜ`)'),
  secrecy: z.string().nullable().describe('Độ mật: `MẬT`, `TỐI MẬT`, `TUYỆT MẬT`'),
  issuingAuthority: z
    .string()
    .nullable()
    .describe('The competence line above the căn cứ of a Quyết định/Nghị quyết (`ỦY BAN NHÂN DÂN TỈNH …`)'),
});

export const referenceSchema = z.object({
  type: z.string().nullable().describe('Kind of the cited document in sentence case'),
  code: z.string().nullable().describe('Số/ký hiệu, spaces removed; null for a law cited by name'),
  number: z.string().nullable(),
  year: z.string().nullable(),
  typeCode: z.string().nullable(),
  issuerCode: z.string().nullable(),
  date: z.string().nullable().describe('ISO date of the cited document'),
  issuer: z.string().nullable().describe('Issuing body as written after `của`'),
  subject: z.string().nullable().describe('Its trích yếu when the citation gives one'),
  raw: z.string().describe('Text of the first mention'),
  mentions: z.array(sourceSchema).describe('Every place the document is cited, first one first'),
});

export interface Task {
  label: string;
  text: string;
  kind: TaskKind;
  place: z.infer<typeof positionSchema>;
  bullets: Array<{ marker: string; text: string; place: z.infer<typeof positionSchema> }>;
  children: Task[];
}

export const taskKindSchema = z.enum([
  'part',
  'chapter',
  'section',
  'article',
  'roman',
  'arabic',
  'decimal',
  'letter',
  'parenthesized',
]);
export type TaskKind = z.infer<typeof taskKindSchema>;

export const bulletSchema = z.object({
  marker: z.string().describe('`-`, `+`, `•` …'),
  text: z.string(),
  place: positionSchema,
});

export const taskSchema: z.ZodType<Task> = z.lazy(() =>
  z.object({
    label: z.string().describe('Label without punctuation: `1`, `II`, `Điều 3`, `a`, `1.2`'),
    text: z.string().describe("The unit's own text (its heading where it has one), continuation paragraphs joined"),
    kind: taskKindSchema,
    place: positionSchema,
    bullets: z.array(bulletSchema).describe('Dash and plus bullets directly under this unit'),
    children: z.array(taskSchema),
  }),
);

export const archiveEntrySchema = z
  .object({
    units: z.array(z.string()).describe('`VT` (văn thư) and drafting units'),
    copies: z.number().int().nullable().describe('Number of file copies when written, `(2b)` → 2'),
  })
  .describe('The `Lưu:` entry decomposed');

export const distributionEntrySchema = z.object({
  text: z.string().describe('The entry without the dash and the closing `;`, `,` or `.`'),
  purpose: z.string().nullable().describe('What it is sent for, from a trailing parenthesis: `để b/c`'),
  level: z.number().int().min(0).describe('0 for `-` entries, 1 for `+` sub-entries'),
  archive: archiveEntrySchema.nullable().describe('Set on the `Lưu` entry'),
  place: positionSchema,
});

export const authorityStepSchema = z.object({
  prefix: z.enum(['TM', 'KT', 'TL', 'TUQ', 'Q']),
  written: z.string().describe('The prefix as written: `TM.`, `T/M`, `KT`'),
  title: z.string().describe('What follows the prefix'),
});

export const signerSchema = z.object({
  authority: z.enum(['TM', 'KT', 'TL', 'TUQ', 'Q']).nullable().describe('First authority prefix; null when the head signs in person'),
  onBehalfOf: z.string().nullable().describe('What follows the first prefix'),
  position: z.string().nullable().describe("The signer's own position line"),
  name: z.string().nullable().describe("The signer's full name"),
  chain: z.array(authorityStepSchema).describe('Every authority line, top to bottom'),
  titles: z.array(z.string()).describe('Position lines between the authority chain and the name'),
  signed: z.boolean().describe('A `(Đã ký)` / `(đã ký)` mark or a signature stamp line was present'),
});

export const sourceInfoSchema = z.object({
  path: z.string().nullable().describe('File path, null for stdin or a string'),
  format: z.enum(['markdown', 'text', 'docx']).describe('How the text was read'),
  encoding: z.string().describe('Detected encoding: utf-8, utf-16le, utf-16be'),
  bom: z.boolean(),
  bytes: z.number().int().min(0),
  lines: z.number().int().min(0).describe('Number of lines in the decoded text'),
});

export const documentSchema = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    source: sourceInfoSchema,
    header: headerSchema,
    recipients: z.array(z.string()).describe('The `Kính gửi` entries, then the `Đồng kính gửi` entries'),
    copyRecipients: z.array(z.string()).describe('The `Đồng kính gửi` entries alone'),
    references: z.array(referenceSchema).describe('Each distinct document cited between the header and the signature'),
    basis: z.array(sourceSchema).describe('Căn cứ lines (legal bases) of a Quyết định, Nghị quyết …'),
    tasks: z.array(taskSchema).describe('Top-level numbered units of the body, nested units in children'),
    distribution: z.array(distributionEntrySchema).describe('The `Nơi nhận` entries in order'),
    signer: signerSchema,
    annexes: z.array(z.object({ title: z.string(), place: positionSchema })).describe('Phụ lục and other text after the signature'),
    sources: z
      .record(z.string(), sourceSchema)
      .describe('JSON Pointer of a value (`/header/number`, `/recipients/0`) → the text it was read from and where'),
    diagnostics: z.array(diagnosticSchema),
  })
  .describe('A Vietnamese official document parsed by vbparse');

export type ParsedDocument = z.infer<typeof documentSchema>;
export type Position = z.infer<typeof positionSchema>;
export type Point = z.infer<typeof pointSchema>;
export type Diagnostic = z.infer<typeof diagnosticSchema>;
export type Reference = z.infer<typeof referenceSchema>;
export type DistributionEntry = z.infer<typeof distributionEntrySchema>;
export type Signer = z.infer<typeof signerSchema>;
export type Header = z.infer<typeof headerSchema>;
export type DocumentNumber = z.infer<typeof documentNumberSchema>;
export type IssueDate = z.infer<typeof dateSchema>;
export type SourceRef = z.infer<typeof sourceSchema>;
