/** Resolving: list members and chains share what one of them states; repeated codes merge into one reference with several mentions; later bare codes attach to known references. */
import { DASH } from '../../domain/patterns.js';
import { readCode } from './code.js';
import type { ReferenceMatch } from './extract.js';
import { isSteeringBody } from './issuer.js';
import { codeKey, normaliseCode, type Citation, type Reference } from './model.js';
import { CHAIN_CONNECTOR, CODE_END, CODE_SHAPES, STRONG_CODE_SHAPES } from '../../domain/citation-patterns.js';
import { documentTypeByCode } from '../../domain/document-types.js';
import { foldKey, vre } from '../../domain/vietnamese.js';

/**
 * Members of one `số A …, số B …` list share an issuer written once: a member without one takes
 * that of the nearest later member that states it, else of the nearest earlier one. Linear in the
 * list's length (a list may have tens of thousands of members).
 */
export function fillFromLists(citations: Citation[]): void {
  const lists = new Map<number, number[]>();
  citations.forEach((c, i) => {
    if (c.listHead < 0) return;
    const members = lists.get(c.listHead) ?? [c.listHead];
    members.push(i);
    lists.set(c.listHead, members);
  });
  for (const indexes of lists.values()) {
    const members = indexes.map((i) => citations[i]).filter((c): c is Citation => c !== undefined);
    // The issuer stated by the nearest later member, for each member (read before any is filled).
    const stated: Array<string | null> = new Array<string | null>(members.length).fill(null);
    let later: string | null = null;
    for (let m = members.length - 1; m >= 0; m--) {
      stated[m] = later;
      later = members[m]?.issuer || later;
    }
    let earlier: string | null = null;
    members.forEach((c, m) => {
      if (!c.issuer) {
        const source = stated[m] ?? earlier;
        if (source === null) return;
        c.issuer = source;
        c.issuerSource = 'inherited';
      }
      earlier = c.issuer || earlier;
    });
  }
}

/**
 * `của X tại Công văn số A … và Công văn số B …`: B, joined to A by `và` in the same sentence and
 * without an issuer of its own, is issued by X too.
 */
export function fillFromChains(citations: Citation[], text: string): void {
  for (let i = 1; i < citations.length; i++) {
    const c = citations[i];
    const prev = citations[i - 1];
    if (!c || !prev) continue;
    if (c.issuer || !prev.issuer || prev.issuerSource !== 'before') continue;
    if (c.via === 'list') continue;
    const gap = text.slice(prev.end, c.start);
    if (gap.length > 300 || /;|\.(?:\s|$)|\n\s*\n/u.test(gap)) continue;
    if (!CHAIN_CONNECTOR.test(gap)) continue;
    c.issuer = prev.issuer;
    c.issuerSource = 'inherited';
  }
}

/**
 * `Nghị định số A ngày … và Nghị định số B ngày … của Chính phủ`: citations of one type joined by
 * `và` or a comma share the issuer written after the last of them. Only the same type: `Luật … và
 * Nghị định … của Chính phủ` names two issuers.
 */
export function fillFromCoordination(citations: Citation[], text: string): void {
  for (let i = citations.length - 2; i >= 0; i--) {
    const c = citations[i]!;
    const next = citations[i + 1]!;
    if (c.issuer || !next.issuer || next.issuerSource === 'before' || c.type === null) continue;
    if (c.type !== next.type && !sameIssuingBody(c.code, next.code)) continue;
    const gap = text.slice(c.end, next.start);
    if (!COORDINATION_GAP.test(gap)) continue;
    // A semicolon separates the entries of a list as often as it joins a run: only a dated entry
    // in a run where no earlier entry names its own issuer shares the one written after the last.
    if (gap.includes(';') && (c.date === null || ownIssuerBefore(citations, i, text))) continue;
    c.issuer = next.issuer;
    c.issuerSource = 'inherited';
  }
}

/**
 * Whether two codes name the same issuing body (`18/NQ-CP` and `30/2020/NĐ-CP`: `CP`), so that
 * citations of two types share the issuer written after the second (`Nghị quyết số … và Nghị định
 * số … của Chính phủ`); a law (`31/2024/QH15`) names none and shares nothing with a decree.
 */
function sameIssuingBody(a: string, b: string): boolean {
  const key = issuingBodyKey(a);
  return key !== null && key === issuingBodyKey(b);
}

/** The groups of a code's last part after its type code (`NĐ-CP` → `CP`, `KL/TW` → `TW`), or null. */
function issuingBodyKey(code: string): string | null {
  const groups = (code.split('/').at(-1) ?? '').toUpperCase().split('-');
  if (groups.length > 1 && documentTypeByCode(groups[0] ?? '')) groups.shift();
  const key = groups.join('-');
  return /^[0-9]|^QH|^UBTVQH/u.test(key) || key.length === 0 || documentTypeByCode(key) ? null : key;
}

/** Whether a citation joined to `citations[i]` before it (in the same run) names its own issuer. */
function ownIssuerBefore(citations: readonly Citation[], i: number, text: string): boolean {
  for (let k = i - 1; k >= 0; k--) {
    const c = citations[k]!;
    if (!COORDINATION_GAP.test(text.slice(c.end, citations[k + 1]!.start))) return false;
    if (c.issuer && c.issuerSource === 'after') return true;
  }
  return false;
}

const COORDINATION_GAP = /^[ \t]*[,;]?\s*(?:(?:và|hoặc|cùng)\s+)?(?:các\s+)?$/u;

// 5. Dedupe and bare mentions

/**
 * A later mention names the whole steering committee that an earlier one cut at `về` or a comma:
 * `… của Ban Chỉ đạo quốc gia về chuyển đổi số;` read after the code gives `Ban Chỉ đạo quốc gia`
 * (there `về` may open the trích yếu), while `của Ban Chỉ đạo quốc gia về chuyển đổi số tại <the
 * same code>` is bounded by `tại` and reads the whole name.
 */
function completesSteeringName(known: Reference, later: Citation): boolean {
  if (!known.issuer || !later.issuer || known.first.issuerSource !== 'after' || later.issuerSource !== 'before') return false;
  if (!isSteeringBody(later.issuer, 0)) return false;
  const short = foldKey(known.issuer);
  const long = foldKey(later.issuer);
  return long.startsWith(`${short} về `) || long.startsWith(`${short},`);
}

/**
 * A trích yếu in capitals (`… NGHỊ ĐỊNH SỐ 63/2021/NĐ-CP … CỦA CHÍNH PHỦ`, `1899/QĐ-TTG`) hides how
 * a name or a code is written: a later mention of the same words in mixed case shows it.
 */
function writtenInCase(known: string | null, later: string | null): boolean {
  if (!known || !later || HAS_LOWER_CASE.test(known) || !HAS_LOWER_CASE.test(later)) return false;
  return foldKey(known) === foldKey(later);
}

const HAS_LOWER_CASE = /\p{Ll}/u;

/** Merge citations of the same code: first mention's type/date/issuer, gaps filled from later ones. */
export function dedupeReferences(citations: readonly Citation[], text: string): Reference[] {
  const byKey = new Map<string, Reference>();
  const out: Reference[] = [];
  for (const c of citations) {
    const key = codeKey(c.code);
    const mention = { start: c.start, end: c.end, raw: text.slice(c.start, c.end) };
    const known = byKey.get(key);
    if (known) {
      known.mentions.push(mention);
      known.type ??= c.type;
      known.date ??= c.date;
      if (completesSteeringName(known, c) || writtenInCase(known.issuer, c.issuer)) known.issuer = c.issuer;
      known.issuer ??= c.issuer;
      if (writtenInCase(known.code, c.code)) known.code = c.code;
      known.subject ??= c.subject;
      known.repairs.push(...c.repairs);
      continue;
    }
    const ref: Reference = {
      first: c,
      type: c.type,
      code: c.code,
      shape: c.shape,
      date: c.date,
      issuer: c.issuer,
      subject: c.subject,
      mentions: [mention],
      repairs: [...c.repairs],
    };
    byKey.set(key, ref);
    out.push(ref);
  }
  return out;
}

const BARE_CODE_SCAN = vre(
  `(?<![\\p{L}\\p{N}/${DASH}])(?:${STRONG_CODE_SHAPES.map((s) => CODE_SHAPES[s]).join('|')})${CODE_END}`,
  'gu',
);

/**
 * A code cut short (`23-QĐ`, or `33/CT` whose only group is a type code): a later full code that
 * extends it is the same document.
 */
function isTruncated(ref: Reference): boolean {
  if (ref.shape === 'truncated') return true;
  if (ref.shape !== 'state') return false;
  const groups = ref.code.split('/')[1] ?? '';
  return !groups.includes('-') && documentTypeByCode(groups) !== undefined;
}

/** Later bare occurrences of known codes become mentions; a full code completes a truncated one. */
export function addBareMentions(references: Reference[], text: string, exclude: ReadonlySet<string>): void {
  if (references.length === 0) return;
  const byKey = new Map(references.map((r) => [codeKey(r.code), r] as const));
  const truncated = references.filter(isTruncated);
  const covered = references
    .flatMap((r) => r.mentions.map((m) => [m.start, m.end] as const))
    .sort((a, b) => a[0] - b[0]);
  let cursor = 0;
  // Bare codes arrive in text order, so one forward pointer over the sorted spans suffices.
  const inside = (pos: number): boolean => {
    while ((covered[cursor]?.[1] ?? Number.POSITIVE_INFINITY) <= pos) cursor++;
    for (let i = cursor, span = covered[i]; span && span[0] <= pos; span = covered[++i]) if (pos < span[1]) return true;
    return false;
  };
  BARE_CODE_SCAN.lastIndex = 0;
  for (let m = BARE_CODE_SCAN.exec(text); m !== null; m = BARE_CODE_SCAN.exec(text)) {
    if (inside(m.index)) continue;
    const code = normaliseCode(m[0]);
    const key = codeKey(code);
    if (exclude.has(key)) continue;
    const mention = { start: m.index, end: m.index + m[0].length, raw: m[0] };
    let ref = byKey.get(key);
    if (!ref) {
      ref = truncated.find((t) => {
        const k = codeKey(t.code);
        return key.startsWith(k) && (key[k.length] === '-' || key[k.length] === '/');
      });
      if (!ref) continue;
      byKey.delete(codeKey(ref.code));
      ref.code = code;
      ref.shape = STRONG_CODE_SHAPES.find((s) => readCode(code, 0, [s])?.end === code.length) ?? ref.shape;
      byKey.set(key, ref);
      truncated.splice(truncated.indexOf(ref), 1);
    }
    ref.mentions.push(mention);
  }
  for (const r of references) r.mentions.sort((a, b) => a.start - b.start);
}

export function toMatch(ref: Reference): ReferenceMatch {
  const first = ref.first;
  return {
    type: ref.type,
    code: ref.code,
    date: ref.date,
    issuer: ref.issuer,
    subject: ref.subject,
    raw: ref.mentions.find((m) => m.start === first.start)?.raw ?? ref.mentions[0]?.raw ?? '',
    start: first.start,
    end: first.end,
    mentions: ref.mentions,
    repairs: ref.repairs,
  };
}

