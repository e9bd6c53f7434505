/**
 * Cited documents (references) in the body of a Vietnamese official document.
 *
 * The scan, in the spirit of eyecite:
 * 1. `findCitationHeads` finds every `số` keyword and every type name (`Quyết định`, `Công văn` …).
 * 2. Each head is read forward: `readCode` (số/ký hiệu), `readDate` (`ngày …`), `readIssuer`
 *    (`của …` up to the trích yếu) and later `readSubject`.
 * 3. Each `số <code>` head is read backward to find its type (`resolveType`): the type word just
 *    before it, the list it continues (`…, số B`), a law's name (`Luật … số 85/2015/QH13`), or an
 *    unknown capitalised noun (`Hiệp định số …`).
 * 4. Context fills what the clause lacks: the subject of an issuing verb, read back to the start
 *    of its clause (`Ngày 26/4/2013, Thủ tướng Chính phủ đã ban hành …`, `…; UBND tỉnh đã ban
 *    hành …`), `của X tại <Loại> số …`, `X <verb> tại <Loại> số …` (`Sở Tư pháp thẩm định tại
 *    Báo cáo số …`, `UBND tỉnh đã có ý kiến thống nhất tại …`), list members.
 * 5. `dedupeReferences` merges repeated codes into one reference with several mentions, and
 *    `addBareMentions` attaches later bare codes (`… 33/CT-TTg`) to known references.
 *
 * All patterns live in `../../domain/citation-patterns.ts`. Spans are offsets into the input.
 * Modules: `tokenize` (1), `code`, `date`, `issuer` (2), `type` (3), `scan`, `context` (4),
 * `subject`, `resolve` (5), `extract` (the entry).
 */
export { extractReferences, type ExtractReferencesOptions, type ReferenceMatch, type ReferenceMention } from './extract.js';
export { findCitationHeads, type CitationHead } from './tokenize.js';
export { readCode, type CodeRead } from './code.js';
export { readDate } from './date.js';
export { readIssuer, readIssuerName, isNameComma, type IssuerRead, type IssuerReadOptions } from './issuer.js';
export { typeName } from './type.js';
