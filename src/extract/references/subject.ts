/** Subjects (trích yếu) after a citation: `về …`, a quoted title. */
import { stopPhraseAt } from './issuer.js';
import { foldSpaces, type Citation } from './model.js';
import { skipSpaces } from './scan.js';
import { ISSUER_STOP_PHRASES, MAX_SUBJECT_CHARS, SUBJECT_END, SUBJECT_LEAD } from '../../domain/citation-patterns.js';
import { foldKey, vre } from '../../domain/vietnamese.js';



const SUBJECT_LEAD_READER = vre(SUBJECT_LEAD.source, 'yiu');
const SUBJECT_LEAD_AT_START = vre(`^${SUBJECT_LEAD.source}`, 'iu');
const QUOTED = /[ \t]*\n?[ \t]*[“"]([^”"]{1,400})[”"]/uy;
/** A trailing list connector left before the next citation: `, và`, `;`, ` hoặc`. */
const TRAILING_PUNCTUATION = /[\s,;:.]+$/u;
const TRAILING_CONJUNCTION = /(?:^|\s)(?:và|hoặc)$/u;

/** The trích yếu after each citation (`về việc …`, a quoted `“Về …”`, or the verb the issuer stopped at). */
export function readSubjects(citations: Citation[], text: string): void {
  const starts = citations.map((c) => c.start);
  citations.forEach((c, i) => {
    let from = c.subjectStart;
    if (from < 0) {
      QUOTED.lastIndex = c.end;
      const quoted = QUOTED.exec(text);
      if (quoted) {
        c.subject = cleanSubject((quoted[1] ?? '').replace(SUBJECT_LEAD_AT_START, ''));
        return;
      }
      SUBJECT_LEAD_READER.lastIndex = c.end;
      const lead = SUBJECT_LEAD_READER.exec(text);
      if (lead) from = c.end + lead[0].length;
      else {
        // a trích-yếu verb right after the clause (`… Thông tư số X hướng dẫn …`)
        const verbAt = skipSpaces(text, c.end);
        const verb = verbAt - c.end <= 2 ? stopPhraseAt(text, verbAt) : null;
        if (!verb || verb.inName || !verb.entry.opensSubject) return;
        from = verbAt;
      }
    }
    const nextStart = nextAfter(starts, i + 1, from) ?? text.length;
    c.subject = readSubject(text, from, nextStart);
  });
}

/** The first of the sorted `starts` (from index `i`) beyond `pos`. */
function nextAfter(starts: readonly number[], i: number, pos: number): number | undefined {
  while ((starts[i] ?? Number.POSITIVE_INFINITY) <= pos) i++;
  return starts[i];
}

/** Subject text from `from` to the clause end (never past the next citation that a connector joins). */
function readSubject(text: string, from: number, nextCitation: number): string | null {
  let limit = Math.min(text.length, from + MAX_SUBJECT_CHARS);
  const window = text.slice(from, limit);
  const stops = [/;/u, /\.(?:\s|$)/u, SUBJECT_END];
  for (const stop of stops) {
    const m = stop.exec(window);
    if (m) limit = Math.min(limit, from + m.index);
  }
  if (nextCitation < limit) {
    const between = text.slice(from, nextCitation);
    if (/(?:^|[\s,])(?:và|hoặc)\s+(?:các\s+)?$|,\s*$/u.test(between)) limit = nextCitation;
  }
  return cleanSubject(text.slice(from, limit));
}

/** Trích-yếu verbs that are no subject on their own. */
const BARE_VERBS: ReadonlySet<string> = new Set(
  ISSUER_STOP_PHRASES.filter((p) => p.opensSubject).map((p) => foldKey(p.phrase)),
);

function cleanSubject(raw: string): string | null {
  let subject = trimConnectors(foldSpaces(raw));
  // a citation inside parentheses leaves the closing one behind
  while (subject.endsWith(')') && count(subject, '(') < count(subject, ')')) subject = subject.slice(0, -1).trimEnd();
  // a bare verb (`quy định:` before a quotation) is no trích yếu
  if (BARE_VERBS.has(foldKey(subject))) return null;
  return subject || null;
}

/** Drop trailing punctuation and conjunctions, one at a time (no backtracking-prone pattern). */
function trimConnectors(text: string): string {
  let out = text.replace(TRAILING_PUNCTUATION, '');
  for (let m = TRAILING_CONJUNCTION.exec(out); m !== null; m = TRAILING_CONJUNCTION.exec(out)) {
    out = out.slice(0, m.index).replace(TRAILING_PUNCTUATION, '');
  }
  return out;
}

function count(text: string, char: string): number {
  let n = 0;
  for (const c of text) if (c === char) n++;
  return n;
}

