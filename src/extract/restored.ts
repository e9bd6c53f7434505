/**
 * What the restorer (`normalize/restore`) did, as `info` diagnostics, and the digital-signature
 * stamp as evidence for a damaged header: the stamp is printed by the signing software, so its
 * agency and time are clean text even when the scan's OCR is not.
 */
import { skeleton } from '../normalize/restore/index.js';
import type { RestoredText } from '../normalize/restore/index.js';
import type { OffsetMap } from '../normalize/offset-map.js';
import type { Locator } from '../normalize/locator.js';
import type { DigitalSignature, Header } from '../schema/document.js';
import { confusionDistance } from '../normalize/restore/index.js';
import type { ExtractContext } from './context.js';

/** One diagnostic for the damage, one for each repair (placed on the text as written). */
export function reportRepairs(ctx: ExtractContext, restored: RestoredText, before: OffsetMap, locator: Locator): void {
  if (restored.repairs.length === 0) return;
  if (restored.damage !== null) {
    const what = restored.damage === 'no-diacritics' ? 'OCR without Vietnamese diacritics' : 'capitals dropped by a font without a text map';
    ctx.report('restore/damaged-text', `The text reads as ${what}; ${restored.repairs.length} words or phrases of closed vocabularies were restored`);
  }
  for (const repair of restored.repairs) {
    const place = locator.position(before.toSource(repair.start), before.toSourceEnd(repair.end));
    const ruleId = repair.kind === 'diacritics' ? 'restore/diacritics' : repair.kind === 'noise' ? 'restore/ocr-noise' : 'restore/missing-letters';
    ctx.report(ruleId, `"${repair.written}" read as "${repair.text}" (${repair.reason})`, place);
  }
}

const AGENCY_NOISE = /[^\p{L}\s,.-]|\d/u;

/**
 * In a damaged text, the stamp's agency stands for a header agency that is unreadable (digits or
 * symbols in it, or missing) yet near the stamp's (same words, OCR-damaged); the stamp's date
 * stands for a missing header date.
 */
export function useSignatureEvidence(ctx: ExtractContext, header: Header, signatures: readonly DigitalSignature[], restored: RestoredText): Header {
  if (restored.damage === null) return header;
  const stamp = signatures.find((s) => s.agency !== null || s.lines.length > 0);
  if (!stamp) return header;
  let result = header;
  const stampAgency = stamp.agency ?? agencyOfLines(stamp.lines);
  const written = header.agency.lines.join(' ');
  if (stampAgency && (written === '' || AGENCY_NOISE.test(written)) && nearAgency(written, stampAgency)) {
    result = { ...result, agency: { lines: [stampAgency], parent: [], issuer: stampAgency } };
    ctx.report('restore/signature-evidence', `The agency "${written}" is unreadable; read as "${stampAgency}" from the digital-signature stamp`, stamp.place ?? null);
  }
  const iso = stamp.isoTime?.slice(0, 10) ?? null;
  if (iso && (result.date === null || result.date.iso === null)) {
    const [year, month, day] = iso.split('-').map(Number);
    result = { ...result, date: { iso, day: day ?? null, month: month ?? null, year: year ?? null, raw: stamp.time ?? iso } };
    ctx.report('restore/signature-evidence', `The date is unreadable; read as ${iso} from the digital-signature stamp`, stamp.place ?? null);
  }
  return result;
}

/** The stamp's agency when its lines were not labelled (`Ủy ban nhân dân` / `tỉnh Tây Ninh` above the time). */
function agencyOfLines(lines: readonly string[]): string | null {
  const words: string[] = [];
  for (const line of lines) {
    if (/\d|@/.test(line)) break;
    if (words.length > 0 && skeleton(line) === skeleton(words.at(-1) ?? '')) continue;
    words.push(line.trim());
  }
  const agency = words.join(' ').replace(/\s+/g, ' ').trim();
  return agency.length > 0 ? agency : null;
}

/** The written agency (damaged) shares most of its skeleton with the stamp's. */
function nearAgency(written: string, stampAgency: string): boolean {
  if (written === '') return true;
  const a = skeleton(written).replace(/[^a-z ]/g, '').replace(/\s+/g, ' ').trim();
  const b = skeleton(stampAgency).replace(/\s+/g, ' ').trim();
  const budget = Math.ceil(b.length / 3);
  // The written block may run on (`S6: … /QD-UBND` joined to it): compare its start with the stamp's agency.
  return confusionDistance(a.slice(0, b.length + 2), b, budget) <= budget;
}
