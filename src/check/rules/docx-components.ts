/**
 * The document's components (quốc hiệu, tiêu ngữ, agency, number, date, tên loại, trích yếu, body,
 * Nơi nhận, signature) found in the text, matched to the Word paragraphs and runs they come from,
 * for the typography rules (VB6xx). A line is matched to the one paragraph whose text holds it.
 */
import type { Line } from '../../lines/line.js';
import type { DocxParagraph, RunLook } from '../docx/styles.js';
import type { CheckContext } from '../types.js';
import { hasTypeHeading, headerLines, linesAt } from './util.js';

export type Component =
  | 'nationalTitle' | 'motto' | 'partyTitle' | 'agencyParent' | 'agencyIssuer' | 'number' | 'date' | 'typeHeading'
  | 'subject' | 'letterSubject' | 'body' | 'distributionLabel' | 'distributionList' | 'authority' | 'signerName';

export interface ComponentRuns {
  readonly component: Component;
  readonly line: Line;
  readonly paragraph: DocxParagraph;
  /** The runs that hold the line's text (non-blank). */
  readonly runs: readonly RunLook[];
}

const key = (text: string) => text.normalize('NFC').replace(/[*_|]/g, '').replace(/\s+/g, ' ').trim().toUpperCase();

function match(ctx: CheckContext, line: Line, component: Component, from = 0): ComponentRuns | null {
  const docx = ctx.docx;
  if (!docx) return null;
  const wanted = key(line.text);
  if (wanted.length < 2) return null;
  for (let i = from; i < docx.paragraphs.length; i++) {
    const p = docx.paragraphs[i]!;
    const text = key(p.text);
    const at = text.indexOf(wanted);
    if (at < 0) continue;
    // The runs over the matched span (offsets in the whitespace-folded key are close enough per run).
    const runs: RunLook[] = [];
    let pos = 0;
    for (const r of p.runs) {
      const len = key(r.text).length + (r.text.match(/^\s/) ? 1 : 0);
      if (pos + len > at && pos < at + wanted.length && r.text.trim() !== '') runs.push(r);
      pos += len;
    }
    return { component, line, paragraph: p, runs: runs.length > 0 ? runs : p.runs.filter((r) => r.text.trim() !== '') };
  }
  return null;
}

/** Every component found in both the text and the Word paragraphs. */
export function docxComponents(ctx: CheckContext): ComponentRuns[] {
  if (!ctx.docx) return [];
  const out: ComponentRuns[] = [];
  const add = (line: Line | undefined, component: Component) => {
    if (!line) return;
    const found = match(ctx, line, component);
    if (found) out.push(found);
  };
  const header = headerLines(ctx);
  const { agency } = ctx.document.header;
  for (const l of header) {
    switch (l.kind) {
      case 'nationalTitle':
        add(l.line, 'nationalTitle');
        break;
      case 'motto':
        add(l.line, 'motto');
        break;
      case 'partyTitle':
        add(l.line, 'partyTitle');
        break;
      case 'number':
        add(l.line, 'number');
        break;
      case 'placeDate':
        add(l.line, 'date');
        break;
      default:
        if (agency.issuer && l.line.text === agency.issuer) add(l.line, 'agencyIssuer');
        else if (agency.parent.includes(l.line.text)) add(l.line, 'agencyParent');
    }
  }
  const heading = ctx.document.sources['/header/documentType'];
  if (heading && hasTypeHeading(ctx)) {
    const l = ctx.lines.find((c) => c.kind === 'typeHeading');
    add(l?.line, 'typeHeading');
  }
  const subject = ctx.zones.subject[0];
  if (subject !== undefined) add(ctx.lines[subject]?.line, ctx.lines[subject]?.kind === 'letterSubject' ? 'letterSubject' : 'subject');
  const body = ctx.lines.slice(ctx.zones.body.start, ctx.zones.body.end).filter((l) => l.kind === 'text' && l.line.text.length > 40);
  for (const l of body.slice(0, 50)) add(l.line, 'body');
  const distribution = linesAt(ctx, ctx.zones.distribution);
  add(distribution[0]?.line, 'distributionLabel');
  for (const l of distribution.slice(1)) add(l.line, 'distributionList');
  for (const l of linesAt(ctx, ctx.zones.signer)) {
    if (l.kind === 'authority') add(l.line, 'authority');
    else if (ctx.document.signer.name && l.line.text.includes(ctx.document.signer.name)) add(l.line, 'signerName');
  }
  return out;
}

/** Names of the components in messages. */
export const COMPONENT_NAMES: Readonly<Record<Component, { vi: string; en: string }>> = {
  nationalTitle: { vi: 'Quốc hiệu', en: 'quốc hiệu' },
  motto: { vi: 'Tiêu ngữ', en: 'tiêu ngữ' },
  partyTitle: { vi: 'Tiêu đề "ĐẢNG CỘNG SẢN VIỆT NAM"', en: 'Party title' },
  agencyParent: { vi: 'Tên cơ quan chủ quản', en: 'managing body' },
  agencyIssuer: { vi: 'Tên cơ quan ban hành', en: 'issuing agency' },
  number: { vi: 'Số, ký hiệu', en: 'số/ký hiệu' },
  date: { vi: 'Địa danh, ngày tháng', en: 'place and date' },
  typeHeading: { vi: 'Tên loại văn bản', en: 'tên loại' },
  subject: { vi: 'Trích yếu', en: 'trích yếu' },
  letterSubject: { vi: 'Trích yếu công văn', en: 'công văn trích yếu' },
  body: { vi: 'Nội dung', en: 'body text' },
  distributionLabel: { vi: '"Nơi nhận:"', en: '"Nơi nhận:"' },
  distributionList: { vi: 'Danh sách nơi nhận', en: 'Nơi nhận list' },
  authority: { vi: 'Quyền hạn, chức vụ người ký', en: 'signing authority' },
  signerName: { vi: 'Họ tên người ký', en: 'signer\'s name' },
};
