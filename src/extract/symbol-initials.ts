/**
 * An issuer's code is the initials of its name (`TỔNG CỤC THUẾ` → `TCT`, `SỞ NỘI VỤ` → `SNV`).
 * OCR misreads a capital of the code (`ICT` for `TCT`) or drops a mark (`TLD` for `TLĐ`): a group
 * of the ký hiệu one look-alike away from the initials of an agency line is read as those initials.
 */

/** Capitals OCR reads one for the other, as pairs (either way round). */
export const CODE_LETTER_LOOKALIKES: readonly string[] = ['IT', 'IL', 'I1', 'O0', 'OQ', 'OD', 'B8', 'S5', 'G6', 'Z2', 'EF', 'PR', 'CG', 'UV', 'DĐ'];
const LOOKALIKE = new Set(CODE_LETTER_LOOKALIKES.flatMap((p) => [p, `${p[1]}${p[0]}`]));

/** Words an issuer's code leaves out. */
const LEFT_OUT = new Set(['VÀ', 'CỦA']);

/** Initials of a line of the agency block, in capitals (`TỔNG CỤC THUẾ` → `TCT`; `UBND TỈNH …` keeps `UBND`). */
export function initialsOf(line: string): string {
  let out = '';
  for (const word of line.toUpperCase().split(/[\s,.()]+/u)) {
    if (word.length === 0 || LEFT_OUT.has(word)) continue;
    // An abbreviation already (`UBND`, `HĐND`) stands for its words.
    out += /^[A-ZĐ]{2,6}$/u.test(word) && !/[AEIOUY]/u.test(word.slice(1)) ? word : word[0];
  }
  return out;
}

export interface SymbolCorrection {
  /** The ký hiệu with the group corrected. */
  readonly symbol: string;
  /** The group as written and as read, and its offset in the symbol. */
  readonly written: string;
  readonly read: string;
  readonly at: number;
}

/**
 * The ký hiệu with one group read as the agency's initials when it is one look-alike away from
 * them (or from their start: `TLĐ` of `TỔNG LIÊN ĐOÀN LAO ĐỘNG`); null when a group already is an
 * agency's initials, or none is that close.
 */
export function correctSymbolByInitials(symbol: string, agencyLines: readonly string[]): SymbolCorrection | null {
  const initials = agencyLines.map(initialsOf).filter((i) => i.length >= 2);
  if (initials.length === 0) return null;
  const groups = [...symbol.matchAll(/[^-/&.()\s]+/gu)];
  const matches = (group: string) => initials.some((i) => i === group || (group.length >= 3 && i.startsWith(group)));
  if (groups.some((g) => matches(g[0]))) return null;
  for (const g of groups) {
    const written = g[0];
    if (written.length < 3 || written.length > 8) continue;
    for (const i of initials) {
      const read = oneLookalikeAway(written, i.slice(0, written.length));
      if (read === null) continue;
      return { symbol: symbol.slice(0, g.index) + read + symbol.slice(g.index + written.length), written, read, at: g.index };
    }
  }
  return null;
}

/** `target` when `written` differs from it in exactly one letter, a look-alike pair; else null. */
function oneLookalikeAway(written: string, target: string): string | null {
  if (written.length !== target.length) return null;
  let differences = 0;
  for (let k = 0; k < written.length; k++) {
    if (written[k] === target[k]) continue;
    if (!LOOKALIKE.has(`${written[k]}${target[k]}`)) return null;
    differences++;
  }
  return differences === 1 ? target : null;
}
