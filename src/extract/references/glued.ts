/**
 * A code whose hyphen a converter took for a word break: plain `pdftotext` and some PDF viewers
 * join `428/TTXT-` at a line end and `ĐTDN` on the next line into `428/TTXTĐTDN`. Vietnamese never
 * hyphenates a word across lines, so the group is split again where one of the document's own code
 * groups ends (`TTXT`, seen whole in another code), or after a type code when the rest is such a
 * group (`KHTTXT` → `KH-TTXT`).
 */
import { ADMINISTRATIVE_TYPE_CODES } from '../../domain/document-types.js';
import type { Citation } from './model.js';

/** A group this long or longer may be two glued together. */
const MIN_GLUED = 5;

/** For every letter group of the codes, the distinct codes it is written in. */
function groupsOf(codes: readonly string[]): Map<string, Set<string>> {
  const groups = new Map<string, Set<string>>();
  for (const code of codes) {
    const key = code.toUpperCase();
    for (const group of key.split(/[/-]/)) {
      if (!/^\p{Lu}{2,}$/u.test(group)) continue;
      let in_ = groups.get(group);
      if (!in_) groups.set(group, (in_ = new Set()));
      in_.add(key);
    }
  }
  return groups;
}

const TYPE_CODES = new Set([...ADMINISTRATIVE_TYPE_CODES].map((c) => c.toUpperCase()));

/** A state công văn's code with a single group after its number: the shape a lost hyphen leaves. */
const ONE_GROUP = /^(\d+\/)(\p{Lu}+)$/u;

/**
 * `group` (of `code`) as two groups, or null when the document's other codes do not support a split:
 * its head must be a group written in another code (or a type code whose rest is one), and the
 * group itself must be written in no other code.
 */
export function splitGluedGroup(group: string, code: string, groups: ReadonlyMap<string, ReadonlySet<string>>): [string, string] | null {
  const upper = group.toUpperCase();
  const key = code.toUpperCase();
  const elsewhere = (g: string) => {
    const codes = groups.get(g);
    return codes !== undefined && (codes.size > 1 || !codes.has(key));
  };
  if (upper.length < MIN_GLUED || TYPE_CODES.has(upper) || elsewhere(upper)) return null;
  // The longest head first: `TTXTĐTDN` is TTXT + ĐTDN, not TT (Thông tư) + XTĐTDN.
  for (let at = upper.length - 2; at >= 2; at--) {
    const head = upper.slice(0, at);
    const rest = upper.slice(at);
    if (elsewhere(head) || (TYPE_CODES.has(head) && elsewhere(rest))) return [group.slice(0, at), group.slice(at)];
  }
  return null;
}

/** Split the glued group of the citations' codes; `own` are the document's own codes (its số/ký hiệu). */
export function splitGluedCodes(citations: Citation[], own: readonly string[]): void {
  const groups = groupsOf([...own, ...citations.map((c) => c.code)]);
  for (const citation of citations) {
    const m = ONE_GROUP.exec(citation.code);
    if (!m) continue;
    const split = splitGluedGroup(m[2] ?? '', citation.code, groups);
    if (!split) continue;
    const written = citation.code;
    citation.code = `${m[1]}${split[0]}-${split[1]}`;
    citation.repairs.push({
      ruleId: 'reference/code-rejoined',
      message: `"${written}" read as "${citation.code}": the hyphen a line break took, where a code group of this document ends`,
      start: citation.start,
      end: citation.end,
    });
  }
}
