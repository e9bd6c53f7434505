/**
 * zones: classified lines → the parts of a document. The order of parts varies (Nơi nhận before or
 * beside the signature, headers in one or two columns, no header at all), so every boundary is found
 * from what the lines are, not from where they are.
 */
import type { Line } from '../lines/line.js';
import { classifyLine } from './classify.js';
import { findBodyEnd, splitFooter } from './footer.js';
import { findHeader, findHeaderStart } from './header.js';
import { readRecipientBlock } from './recipients.js';
import { findStamps } from './stamps.js';
import { markRunningChrome } from './page-furniture.js';
import { lineAt, type Range, type Zones } from './types.js';
import type { ClassifiedLine } from './classify.js';

/**
 * `V/v xử lý kiến nghị của       Kính gửi: Bộ Tài chính; Bộ Nội vụ.` / `Bộ Nội vụ về biên chế`: a
 * Kính gửi block printed in the right column beside the trích yếu, inside the header's lines; the
 * block is its label line and the right-column lines right under it.
 */
function recipientsBesideHeader(lines: readonly ClassifiedLine[], start: number, end: number): Range | null {
  for (let i = start; i < end; i++) {
    const { kind, line } = lineAt(lines, i);
    if (kind !== 'recipientsLabel' || line.column !== 1 || !line.split) continue;
    let last = i + 1;
    while (last < end && lineAt(lines, last).line.column === 1 && lineAt(lines, last).kind === 'bullet') last++;
    return { start: i, end: last };
  }
  return null;
}

/** Split classified lines into zones. */
export function segment(lines: readonly Line[]): Zones {
  const classified = markRunningChrome(lines.map(classifyLine));
  // Stamp lines (digital signature, incoming mail) are set aside before any boundary is sought.
  const stamps = findStamps(classified);
  for (const block of stamps) {
    for (const i of block.lines) classified[i] = { ...lineAt(classified, i), kind: 'stamp', label: null };
  }
  const headerStart = findHeaderStart(classified);
  const header = findHeader(classified, headerStart);
  let cursor = header.end;
  const recipients = readRecipientBlock(classified, cursor, 'recipientsLabel') ?? recipientsBesideHeader(classified, headerStart, header.end);
  if (recipients) cursor = Math.max(cursor, recipients.end);
  const copyRecipients = readRecipientBlock(classified, cursor, 'copyRecipientsLabel');
  if (copyRecipients) cursor = copyRecipients.end;
  const bodyStart = cursor;
  const bodyEnd = findBodyEnd(classified, bodyStart);
  const footer = splitFooter(classified, bodyEnd);
  return {
    lines: classified,
    stamps,
    header: { start: headerStart, end: header.end },
    subject: header.subject,
    issuingAuthority: header.issuingAuthority,
    recipients,
    copyRecipients,
    body: { start: bodyStart, end: bodyEnd },
    distribution: footer.distribution,
    signer: footer.signer,
    annex: footer.annexStart === null ? null : { start: footer.annexStart, end: classified.length },
  };
}
