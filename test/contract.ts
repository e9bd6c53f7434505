/**
 * The contract fields of ../shared/spec/contract.md, read and compared the way the evaluator does
 * (NFC, whitespace folded, emphasis removed, trailing `;.,:` dropped, case folded; codes without
 * spaces; task text compared on its first 30 characters). Used by the fixture tests.
 */
export interface ContractExpectation {
  agency?: string[];
  number?: string | null;
  symbol?: string | null;
  place?: string | null;
  date?: string | null;
  documentType?: string | null;
  subject?: string | null;
  urgency?: string | null;
  recipients?: string[];
  references?: Array<{ type: string | null; code: string | null; date: string | null; issuer: string | null }>;
  tasks?: Array<{ label: string; text: string }>;
  distribution?: string[];
  'signer.authority'?: string | null;
  'signer.onBehalfOf'?: string | null;
  'signer.position'?: string | null;
  'signer.name'?: string | null;
  /** Not a contract field: when given, exactly these diagnostics (rule ids, sorted). */
  diagnostics?: string[];
  /** Not a contract field: selected `sources` entries, with the text and the start of their place. */
  sources?: Record<string, { raw: string; line: number; column: number }>;
}

export const text = (s: unknown): string | null =>
  s == null
    ? null
    : String(s)
        .normalize('NFC')
        .replace(/[*_`]/g, '')
        .replace(/\s+/g, ' ')
        .trim()
        .replace(/[\s;.,:]+$/u, '')
        .toLowerCase();
export const code = (s: unknown): string | null => (s == null ? null : (text(s) ?? '').replace(/\s+/g, ''));

type Doc = Record<string, any>;
const get = (o: Doc, path: string): unknown => path.split('.').reduce<any>((v, k) => (v == null ? undefined : v[k]), o);

/** The contract view of a parsed document, in comparable form. */
export function contractView(doc: Doc): Record<string, unknown> {
  const refs = ((doc.references ?? []) as Doc[]).filter((r) => code(r.code));
  return {
    agency: text(((get(doc, 'header.agency.lines') as string[]) ?? []).join(' ')),
    number: code(get(doc, 'header.number')),
    symbol: code(get(doc, 'header.symbol')),
    place: text(get(doc, 'header.place')),
    date: text(get(doc, 'header.date.iso')),
    documentType: text(get(doc, 'header.documentType')),
    subject: text(get(doc, 'header.subject')),
    urgency: text(get(doc, 'header.urgency')),
    recipients: ((doc.recipients ?? []) as string[]).map(text),
    references: refs.map((r) => `${text(r.type)}|${code(r.code)}|${text(r.date)}|${text(r.issuer)}`),
    tasks: ((doc.tasks ?? []) as Doc[]).map((t) => `${text(t.label)}|${(text(t.text) ?? '').slice(0, 30)}`),
    distribution: ((doc.distribution ?? []) as Doc[]).map((d) => text(d.text)),
    'signer.authority': text(get(doc, 'signer.authority')),
    'signer.onBehalfOf': text(get(doc, 'signer.onBehalfOf')),
    'signer.position': text(get(doc, 'signer.position')),
    'signer.name': text(get(doc, 'signer.name')),
  };
}

/** The same view of an expectation file (corpus gold format). */
export function expectedView(gold: ContractExpectation): Record<string, unknown> {
  const asDoc: Doc = {
    header: {
      agency: { lines: gold.agency ?? [] },
      number: gold.number,
      symbol: gold.symbol,
      place: gold.place,
      date: { iso: gold.date },
      documentType: gold.documentType,
      subject: gold.subject,
      urgency: gold.urgency,
    },
    recipients: gold.recipients ?? [],
    references: gold.references ?? [],
    tasks: gold.tasks ?? [],
    distribution: (gold.distribution ?? []).map((t) => ({ text: t })),
    signer: {
      authority: gold['signer.authority'],
      onBehalfOf: gold['signer.onBehalfOf'],
      position: gold['signer.position'],
      name: gold['signer.name'],
    },
  };
  return contractView(asDoc);
}
