/**
 * The parser's diagnostics: one table, one entry per rule. `ExtractContext.report()` accepts only
 * these ids, `docs/diagnostics.md` and the README table are generated from this table, and every
 * id has a positive and a negative test (`test/diagnostics/`).
 *
 * Parser ids are namespaced by stage (`header/…`, `body/…`, `decode/…`, `internal/…`), so they
 * never collide with the linter's numbered `VB1xx` ids (`../shared/spec/lint-rules.md`).
 * Adding an id is a minor `schemaVersion` change (CHANGELOG.md).
 */

export type Severity = 'error' | 'warning' | 'info';

export interface RuleDefinition {
  readonly id: string;
  /** Short name, the part after the namespace. */
  readonly name: string;
  readonly severity: Severity;
  /** When it fires, in one sentence. */
  readonly description: string;
  /** The clause of `../shared/domain/rules.md` (NĐ 30/2020, HD 36) the rule comes from, if any. */
  readonly clause: string | null;
}

const rule = <const Id extends string>(id: Id, severity: Severity, description: string, clause: string | null = null) =>
  ({ id, name: id.slice(id.indexOf('/') + 1), severity, description, clause }) as const;

/** Extraction stages that run guarded (`ExtractContext.guard`): a failure is an `internal/<stage>` diagnostic. */
export const GUARDED_STAGES = ['recipients', 'header', 'body', 'references', 'distribution', 'signer'] as const;
export type GuardedStage = (typeof GUARDED_STAGES)[number];

export const PARSER_RULES = [
  rule('header/agency-missing', 'warning', 'no issuing agency (tên cơ quan ban hành) found', 'rules.md §2 (NĐ 30 Phụ lục I, II.2)'),
  rule('header/number-missing', 'warning', 'no số/ký hiệu line', 'rules.md §3 (NĐ 30 Phụ lục I, II.3)'),
  rule('header/number-unreadable', 'warning', 'a `Số` line whose code cannot be read', 'rules.md §3'),
  rule('header/number-blank', 'info', 'the number is left blank (a draft, or numbered at registration)', 'rules.md §3, §11.3'),
  rule('header/number-stamped', 'info', 'the running number was stamped on its own line above (or just below) a blank `Số:      /KH-UBND`, or listed apart with the stamped day where the text extractor put the stamp, and is read from there', 'rules.md §3'),
  rule('header/symbol-rejoined', 'info', 'a ký hiệu cut at a dash or `&` at the end of the number line (`Số: 2150/SXD-` / `QLN&TTBĐS`) is read as one symbol with the code on the next line'),
  rule('header/symbol-corrected', 'info', 'a group of the ký hiệu one OCR look-alike away from the initials of the agency (`ICT` under `TỔNG CỤC THUẾ`, `TLD` under `TỔNG LIÊN ĐOÀN`) is read as those initials; the place is the ký hiệu as written'),
  rule('header/digits-repaired', 'info', 'letters OCR gives for digits (`1O5/UBND`, `ngày 1O tháng`) were read as digits in the number or the date; the place is the token as written'),
  rule('header/preamble-skipped', 'info', 'sentences above a block of header anchors (quốc hiệu, số, date) are not the document (a download notice, a watermark) and are left out'),
  rule('header/date-missing', 'warning', 'no place and date (địa danh, ngày tháng năm)', 'rules.md §5 (NĐ 30 Phụ lục I, II.4)'),
  rule('header/date-rejoined', 'info', 'a date cut at the end of the place-date line (`Bình Thuận, ngày` / `23 tháng` / `3 năm 2022`, text copied out of a PDF without its layout) is read on over the next lines that hold only date parts', 'rules.md §5'),
  rule('header/date-incomplete', 'info', 'the date has a blank or unreadable part', 'rules.md §5'),
  rule('header/date-stamped', 'info', 'the day (and month and year) left blank on the place-date line are read from a signing system\'s stamp: a day on its own line just above or below the blank (`17` over `ngày      tháng 4`), or values the text extractor listed apart (`2003` / `07` / `10` / `2025` where the page\'s text ends)', 'rules.md §5'),
  rule('header/type-unknown', 'info', 'the tên loại cannot be determined', 'rules.md §6 (NĐ 30 Phụ lục I, II.5)'),
  rule('header/subject-missing', 'info', 'no trích yếu', 'rules.md §6'),
  rule(
    'keyword/corrected',
    'info',
    'a structural keyword damaged by OCR or a typist (`Kinh gừl:`, `Nơi nhặn:`, `CỘNG HÒA XÀ HỘI …`) was read within its edit budget, or a signer title, agency line or place was read as the known phrase OCR misread (`ÖPHO CHỦ TỊCH`, `ỦY BAN NHÂN ĐÂN`); the place is the damaged text',
  ),
  rule(
    'restore/damaged-text',
    'info',
    'the text as a whole is damaged: OCR without Vietnamese data (no diacritics, `s6:` for `Số:`) or a PDF font without a map for some capitals (`Sở ội vụ`); the phrases of closed vocabularies are restored (`restore/…` diagnostics)',
  ),
  rule(
    'restore/diacritics',
    'info',
    'in a text without diacritics, a structural word or a lexicon phrase (agency, place, position, type, `ngày … tháng … năm`, `Số:`, `Căn cứ`, `QĐ`/`NĐ` in a code) was restored; the message gives the text as written',
  ),
  rule(
    'restore/missing-letters',
    'info',
    'in a text whose font dropped some capitals, a lexicon phrase was completed (`Sở ội vụ` → `Sở Nội vụ`); the message gives the text as written',
  ),
  rule(
    'restore/ocr-noise',
    'info',
    'specks the OCR read as punctuation were left out: after the end of a line in a text without diacritics (`năm 2025.       ‘". t !,`), so that a stray quotation mark opens no quotation, or glued before a line of the document\'s frame (`\'Số:`, `.Nơi nhận:`, `~TM.`); or letters OCR misread into a shape no syllable has, in an otherwise clean text (`rn` for `m`: `Narn` → `Nam`)',
  ),
  rule(
    'restore/signature-evidence',
    'info',
    "the header's agency or date is unreadable in a damaged text and is read from the digital-signature stamp instead",
  ),
  rule(
    'stamp/digital-signature',
    'info',
    'a digital-signature stamp block (`Ký bởi:`, `Cơ quan:`, e-mail, `Thời gian ký: … +07:00`, `TRUNG TÂM CÔNG BÁO VÀ TIN HỌC`) was set aside into `digitalSignatures`',
  ),
  rule('stamp/incoming', 'info', 'an incoming-mail stamp (`ĐẾN Số: … Ngày: …`) was left out of the header'),
  rule('body/numbering-gap', 'warning', 'numbering skips a value (`1.`, `2.`, `4.`)', 'rules.md §8.1'),
  rule(
    'body/label-out-of-sequence',
    'info',
    'a label that does not continue the numbering around it (`a)`, `b)`, `đ)`; OCR noise) is not a unit of `tasks`; its text stays in the paragraphs of the unit before it',
    'rules.md §8.1',
  ),
  rule('body/label-repaired', 'info', 'a label OCR misread is read as the label: a roman numeral (`IlI.`, `1II.`, `III,` before a heading in capitals) or an article (`Diều 2.`, `Ðiêu 2.`); the place is the label as written', 'rules.md §8.1'),
  rule('body/label-repeated', 'info', 'a label repeated by mistake (`II.` twice) is read as the next unit because the numbering goes on from it (`III.`)', 'rules.md §8.1'),
  rule(
    'reference/type-corrected',
    'info',
    'a cited document\'s type name damaged by OCR or a typist (`Nghị đmh số …`, `Hướng dân số …`) was read as the one known type within an edit or two; the place is the damaged name',
  ),
  rule(
    'reference/code-rejoined',
    'info',
    'a cited số/ký hiệu cut by a line break (`428/TTXT-` at a line end, `ĐTDN` on the next line) was read as one code; or one whose hyphen a converter took at the line end (`428/TTXTĐTDN`, from plain `pdftotext`) was split again after a code group the document writes elsewhere (`TTXT`), or after a type code whose rest it writes (`KHTTXT` → `KH-TTXT`); the place is the code',
  ),
  rule(
    'reference/code-corrected',
    'info',
    'a cited legal code whose year is not a year (`45/25010/NĐ-CP ngày 21/4/2010`) was read with the year of its date, which its digits hold with one digit too many; the place is the code',
  ),
  rule(
    'distribution/aside-left-out',
    'info',
    'a note written beside a Nơi nhận entry (`- Cổng TTĐT Chính phủ;       Để đăng dự thảo`, `- Thường trực Tỉnh ủy,      (báo cáo)`), set off by a wide gap and not closed by `;`, is left out of the entry and of the signature',
  ),
  rule(
    'distribution/label-missing',
    'info',
    'no `Nơi nhận:` label (lost by OCR or a cut line), but a dash list that opens with `Như trên`, `Như Điều …` or `Lưu` stands by the signature: it is read as Nơi nhận; the place is its first entry',
    'rules.md §10',
  ),
  rule('distribution/archive-missing', 'info', 'Nơi nhận has no `Lưu` entry', 'rules.md §10 (NĐ 30 Phụ lục I, II.9)'),
  rule('signer/missing', 'warning', 'no signature block', 'rules.md §9 (NĐ 30 Phụ lục I, II.7)'),
  rule(
    'signer/authority-inferred',
    'info',
    'a Party committee document signed by its (deputy) secretary has no `T/M` line (lost by OCR or a page cut): the authority is read as `T/M` of the collective the issuing body implies (`HUYỆN ỦY …` → `BAN THƯỜNG VỤ`, `CHI BỘ …` → `CHI BỘ`); the place is the position line',
    'rules.md §9.2 (HD 36)',
  ),
  rule('signer/name-missing', 'warning', 'a signature block without a name', 'rules.md §9'),
  rule(
    'signer/joint',
    'info',
    'two signature blocks side by side (a joint document, văn bản liên tịch, or a biên bản): the block of the issuer the ký hiệu names first, else the right-hand one, is `signer`; the other is in `cosigners`; the place is the cosigner\'s block',
    'rules.md §9',
  ),
  rule('document/empty', 'warning', 'no text lines at all'),
  rule(
    'document/page-chrome',
    'info',
    "a line a publisher repeats on every page (a running header or footer: a portal's name, `Bản in ngày …`, the document's title beside `Trang 2/3`), at least once near a page mark, is left out of the header, body and Nơi nhận; said once per distinct line",
  ),
  rule('decode/docx-page-header', 'info', "a `.docx` whose body has no quốc hiệu or Party title but whose first page's header part has: that header part is read first, as the document's header"),
  rule('decode/docx-unnumbered', 'warning', "a `.docx` paragraph numbered by Word's automatic numbering whose list definition is missing: its number is not in the text"),
  rule('decode/docx-styles-ignored', 'warning', 'the `.docx` styles part cannot be read: bold and italic that come from styles are lost'),
  rule('decode/docx-numbering-ignored', 'warning', "the `.docx` numbering part cannot be read: Word's automatic numbers are not in the text"),
  rule('decode/legacy-encoding', 'info', 'the text was in a legacy Vietnamese encoding (TCVN3, VNI, Windows-1258, VIQR) and was converted to Unicode; positions refer to the converted text'),
  rule('decode/pdf-no-diacritics', 'warning', "the PDF's text layer has no Vietnamese diacritics (OCR without Vietnamese): where Tesseract is installed the pages are read again by OCR, else names and words may be misread"),
  rule('decode/pdf-unmapped-glyphs', 'warning', "a font of the PDF draws letters its ToUnicode map gives no text (capitals dropped: `Sở ội vụ`): they were recovered from the font's glyph order and composite glyphs, or read by OCR where they are drawn; any left unread show as `�`"),
  rule('decode/pdf-pages-skipped', 'warning', 'the PDF has more pages than are read: the text stops early'),
  rule('decode/ocr-low-confidence', 'warning', 'Tesseract read the page images with low confidence: check names and numbers'),
  rule('internal/schema', 'error', 'the result does not match the schema (a bug in vbparse: please report it)'),
  rule('internal/recipients', 'error', 'reading the Kính gửi list failed (a bug in vbparse: please report it); the rest of the document is still read'),
  rule('internal/header', 'error', 'reading the header failed (a bug in vbparse: please report it); the rest of the document is still read'),
  rule('internal/body', 'error', 'reading the body (numbered units, căn cứ) failed (a bug in vbparse: please report it); the rest of the document is still read'),
  rule('internal/references', 'error', 'reading the cited documents failed (a bug in vbparse: please report it); the rest of the document is still read'),
  rule('internal/distribution', 'error', 'reading Nơi nhận failed (a bug in vbparse: please report it); the rest of the document is still read'),
  rule('internal/signer', 'error', 'reading the signature block failed (a bug in vbparse: please report it); the rest of the document is still read'),
] as const satisfies readonly RuleDefinition[];

export type RuleId = (typeof PARSER_RULES)[number]['id'];
export type DecodeRuleId = Extract<RuleId, `decode/${string}`>;
export type InternalRuleId = Extract<RuleId, `internal/${string}`>;

// Every guarded stage has its rule: a stage added without one fails to compile here.
const everyStageHasARule: Exclude<`internal/${GuardedStage}`, RuleId> extends never ? true : never = true;
void everyStageHasARule;

const BY_ID: ReadonlyMap<string, RuleDefinition> = new Map(PARSER_RULES.map((r) => [r.id, r]));

/** The rule with this id, or undefined for an id the parser does not have. */
export function parserRule(id: string): RuleDefinition | undefined {
  return BY_ID.get(id);
}

export function isRuleId(id: string): id is RuleId {
  return BY_ID.has(id);
}

/** Where the rules are documented; each rule has an anchor there. */
export const RULES_DOC = 'https://github.com/vbparse/vbparse/blob/main/docs/diagnostics.md';

/** The heading anchor GitHub gives `### \`header/agency-missing\``: `headeragency-missing`. */
export function ruleAnchor(id: string): string {
  return id.toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, '').replace(/\s/g, '-');
}

export function ruleUrl(id: RuleId): string {
  return `${RULES_DOC}#${ruleAnchor(id)}`;
}
