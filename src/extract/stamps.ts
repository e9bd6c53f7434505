/** `digitalSignatures`: the fields of each digital-signature stamp block; stamps are reported as `info`. */
import { EMAIL_LINE, STAMP_TIME, stampLabelOf } from '../domain/stamps.js';
import type { DigitalSignature } from '../schema/document.js';
import { lineAt } from '../zones/index.js';
import type { ExtractContext } from './context.js';

export function extractStamps(ctx: ExtractContext): DigitalSignature[] {
  const out: DigitalSignature[] = [];
  for (const block of ctx.zones.stamps) {
    const lines = block.lines.map((i) => lineAt(ctx.zones.lines, i).line);
    const first = lines[0];
    const last = lines[lines.length - 1];
    if (first === undefined || last === undefined) continue;
    const place = { start: ctx.place(first).start, end: ctx.place(last).end };
    if (block.kind === 'incoming') {
      ctx.report('stamp/incoming', `An incoming-mail stamp ("${first.text}") is left out of the header`, place);
      continue;
    }
    const signature: DigitalSignature = { signer: null, agency: null, email: null, time: null, isoTime: null, lines: lines.map((l) => l.text), place };
    const times: string[] = [];
    for (const line of lines) {
      const label = stampLabelOf(line.text);
      const value = label ? line.text.slice(label.valueStart).trim() : line.text.trim();
      if (label?.field === 'signer') signature.signer ??= value;
      else if (label?.field === 'agency') signature.agency ??= value;
      else if (label?.field === 'email' || EMAIL_LINE.test(value)) signature.email ??= value;
      else if (label?.field === 'time' || STAMP_TIME.test(value)) times.push(value);
    }
    if (times.length > 0) {
      signature.time = times.join(' ');
      signature.isoTime = isoTimestamp(signature.time);
    }
    out.push(signature);
    ctx.report('stamp/digital-signature', `A digital-signature stamp${signature.signer ? ` (${signature.signer})` : ''} is kept in digitalSignatures, not read as the document`, place);
  }
  return out;
}

const TIMESTAMP = /(\d{1,2})[./-](\d{1,2})[./-](\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?(?:\s*([+-]\d{2}):?(\d{2}))?/u;

/** `09.01.2025 10:21:11 +07:00` → `2025-01-09T10:21:11+07:00` (day first, as Vietnamese stamps write it). */
export function isoTimestamp(written: string): string | null {
  const m = TIMESTAMP.exec(written);
  if (!m) return null;
  const [, d, mo, y, h, mi, s, zh, zm] = m;
  const pad = (n: string | undefined) => (n ?? '00').padStart(2, '0');
  const date = `${y}-${pad(mo)}-${pad(d)}`;
  if (h === undefined) return date;
  return `${date}T${pad(h)}:${pad(mi)}${s ? `:${pad(s)}` : ''}${zh ? `${zh}:${zm}` : ''}`;
}
