/** The zones of a document: which lines are header, Kính gửi, body, Nơi nhận, signer, annex. */
import type { ClassifiedLine, LineKind } from './classify.js';
import type { StampBlock } from './stamps.js';

export interface Range {
  readonly start: number;
  readonly end: number;
}

export interface Zones {
  readonly lines: readonly ClassifiedLine[];
  /** Digital-signature and incoming-mail stamp blocks (their lines have kind `stamp`). */
  readonly stamps: readonly StampBlock[];
  /** Header lines: agency, quốc hiệu, number, date, type, subject, competence line. */
  readonly header: Range;
  /** Index of the first subject line and all subject lines (after V/v or the type heading). */
  readonly subject: readonly number[];
  /** The competence line above the căn cứ (`ỦY BAN NHÂN DÂN TỈNH …`). */
  readonly issuingAuthority: number | null;
  readonly recipients: Range | null;
  readonly copyRecipients: Range | null;
  readonly body: Range;
  /** Indices of the Nơi nhận lines (label first). */
  readonly distribution: readonly number[];
  /** Indices of the signature block lines. */
  readonly signer: readonly number[];
  readonly annex: Range | null;
}

export const BODY_SIGNALS: ReadonlySet<LineKind> = new Set([
  'recipientsLabel',
  'copyRecipientsLabel',
  'basis',
  'numbered',
  'enacting',
  'distributionLabel',
  'authority',
  'bullet',
]);

export const HEADER_ANCHORS: ReadonlySet<LineKind> = new Set([
  'nationalTitle',
  'motto',
  'partyTitle',
  'organisationTitle',
  'star',
  'number',
  'placeDate',
  'urgency',
  'secrecy',
  'letterSubject',
  'typeHeading',
]);

/** The line at `index`; an index outside the document is a bug in the caller, and throws. */
export function lineAt(lines: readonly ClassifiedLine[], index: number): ClassifiedLine {
  const line = lines[index];
  if (line === undefined) throw new RangeError(`line index ${index} is outside the document (${lines.length} lines)`);
  return line;
}
