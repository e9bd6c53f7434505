/**
 * A clean, normalized markdown rendering of a parsed document: header table, type and subject,
 * Kính gửi, the cited documents, the numbered body, and a footer table with Nơi nhận and the
 * signature. It parses back to the same contract fields (tested as a round trip).
 */
import type { BodyParagraph, ParsedDocument, Reference, Task } from '../schema/document.js';

const cell = (text: string) => text.replace(/\|/g, '\\|');

function renderNumber(doc: ParsedDocument): string | null {
  const { number, symbol, numbering } = doc.header;
  if (symbol === null) return number === null ? null : `Số: ${number}`;
  if (numbering?.form === 'party') return `Số ${number ?? ''}-${symbol}`;
  return `Số: ${number ?? '     '}/${symbol}`;
}

function renderDate(doc: ParsedDocument): string | null {
  const date = doc.header.date;
  if (!date || date.year === null) return null;
  const pad = (n: number | null, width = 2) => (n === null ? '    ' : String(n).padStart(width, '0'));
  const day = date.day === null ? '    ' : pad(date.day);
  const month = date.month === null ? '    ' : date.month <= 2 ? pad(date.month) : String(date.month);
  const text = `ngày ${day} tháng ${month} năm ${date.year}`;
  return doc.header.place ? `${doc.header.place}, ${text}` : text;
}

function renderHeader(doc: ParsedDocument): string[] {
  const { header } = doc;
  // The agency block is set in capitals (NĐ 30); a line read in sentence case (from a signature
  // stamp) is put in capitals, so that it reads back as the agency.
  const left = [...header.agency.lines.map((l) => `**${cell(/\p{Lu}{2}/u.test(l) ? l : l.toUpperCase())}**`)];
  const right: string[] = [];
  if (header.family === 'party') right.push('**ĐẢNG CỘNG SẢN VIỆT NAM**');
  else if (header.family === 'state' || header.nationalTitle) right.push('**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**', '**Độc lập - Tự do - Hạnh phúc**');
  if (header.family === 'party' && left.length > 0) left.push('*');
  const number = renderNumber(doc);
  const date = renderDate(doc);
  const rows: Array<[string, string]> = [[left.join('<br>'), right.join('<br>')]];
  if (number !== null || date !== null) rows.push([number ?? '', date ? `*${date}*` : '']);
  const isLetter = header.documentType === 'Công văn' || header.documentType === null;
  if (isLetter && header.subject) rows.push([`V/v ${cell(header.subject)}`, '']);
  const out: string[] = [];
  if (header.urgency) out.push(`**${header.urgency}**`, '');
  const [first] = rows;
  if (first && rows.some(([a, b]) => a.length > 0 || b.length > 0)) {
    out.push(`| ${first[0]} | ${first[1]} |`, '|---|---|');
    for (const [a, b] of rows.slice(1)) out.push(`| ${a} | ${b} |`);
    out.push('');
  }
  if (!isLetter && header.documentType) {
    out.push(`**${header.documentType.toUpperCase()}**`);
    if (header.subject) out.push(`**Về ${header.subject}**`);
    out.push('');
    if (header.issuingAuthority) out.push(`**${header.issuingAuthority}**`, '');
  }
  return out;
}

function renderList(label: string, entries: readonly string[]): string[] {
  if (entries.length === 0) return [];
  if (entries.length === 1) return [`${label}: ${entries[0]}.`, ''];
  return [`${label}:`, '', ...entries.map((e, i) => `- ${e}${i === entries.length - 1 ? '.' : ';'}`), ''];
}

function renderReference(ref: Reference): string {
  const parts = [`${ref.type ?? 'Văn bản'} số ${ref.code}`];
  if (ref.date) {
    const [y, m, d] = ref.date.split('-');
    parts.push(d ? `ngày ${Number(d)}/${Number(m)}/${y}` : m ? `tháng ${Number(m)} năm ${y}` : `năm ${y}`);
  }
  if (ref.issuer) parts.push(`của ${ref.issuer}`);
  return parts.join(' ');
}

const LABEL_FORMAT: Record<Task['kind'], (label: string) => string> = {
  part: (l) => l,
  chapter: (l) => l,
  section: (l) => l,
  article: (l) => `${l}.`,
  roman: (l) => `${l}.`,
  arabic: (l) => `${l}.`,
  decimal: (l) => `${l}.`,
  letter: (l) => `${l})`,
  parenthesized: (l) => `(${l})`,
};

/** Paragraphs as written; a markdown character that would start a block is escaped. */
function renderParagraphs(paragraphs: readonly BodyParagraph[]): string[] {
  const out: string[] = [];
  for (const paragraph of paragraphs) {
    const text = paragraph.kind === 'bullet' ? paragraph.text : paragraph.text.replace(/^([#|*+])/, '\\$1');
    out.push(text, '');
  }
  return out;
}

function renderTasks(tasks: readonly Task[]): string[] {
  const out: string[] = [];
  for (const task of tasks) {
    const label = LABEL_FORMAT[task.kind](task.label);
    if (task.kind === 'part' && /^\p{Lu}$/u.test(task.label)) {
      // A report's lettered part: `A. KẾT QUẢ THỰC HIỆN` on one line.
      out.push(`**${label}. ${task.text.toUpperCase()}**`, '');
    } else if (task.kind === 'part' || task.kind === 'chapter' || task.kind === 'section') {
      out.push(`**${label}**`, '', `**${task.text.toUpperCase()}**`, '');
    } else {
      out.push(`${label} ${task.text}`, '');
    }
    out.push(...renderParagraphs(task.paragraphs));
    out.push(...renderTasks(task.children));
  }
  return out;
}

function renderFooter(doc: ParsedDocument): string[] {
  const left = doc.distribution.length > 0
    ? ['***Nơi nhận:***', ...doc.distribution.map((d, i) => `${d.level > 0 ? '+' : '-'} ${cell(d.text)}${i === doc.distribution.length - 1 ? '.' : ';'}`)]
    : [];
  const right = renderSignature(doc.signer);
  const footer = left.length === 0 && right.length === 0 ? [] : [`| ${left.join('<br>')} | ${right.join('<br>')} |`, '|---|---|', ''];
  // A joint document's signers side by side, as signed: the others left, the signer right.
  const cosigners = doc.cosigners ?? [];
  if (cosigners.length > 0) {
    const blocks = [...cosigners, doc.signer].map((s) => renderSignature(s).join('<br>'));
    footer.unshift(`| ${blocks.join(' | ')} |`, `|${'---|'.repeat(blocks.length)}`, '');
    if (left.length === 0) footer.splice(3);
    else footer.splice(3, footer.length, `| ${left.join('<br>')} | |`, '|---|---|', '');
  }
  return footer;
}

function renderSignature(signer: ParsedDocument['signer']): string[] {
  const out: string[] = [];
  for (const step of signer.chain) out.push(`**${step.prefix}. ${cell(step.title)}**`);
  if (signer.chain.length === 0 && signer.authority) out.push(`**${signer.authority}. ${cell(signer.onBehalfOf ?? signer.position ?? '')}**`);
  const ownTitle = signer.authority === 'Q' && signer.chain.length === 1 && signer.position === signer.chain[0]?.title;
  if (signer.position && !ownTitle) out.push(`**${cell(signer.position)}**`);
  if (signer.name) out.push('', '', `**${cell(signer.name)}**`);
  return out;
}

/** Render a parsed document as markdown. */
export function toMarkdown(doc: ParsedDocument): string {
  const out: string[] = [...renderHeader(doc)];
  out.push(...renderList('Kính gửi', doc.recipients));
  const cited = doc.references.filter((r) => r.code);
  if (cited.length > 0) out.push(`Văn bản liên quan: ${cited.map(renderReference).join('; ')}.`, '');
  out.push(...renderParagraphs(doc.body.preamble));
  out.push(...renderTasks(doc.tasks));
  out.push(...renderParagraphs(doc.body.closing));
  out.push(...renderFooter(doc));
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trim()}\n`;
}
