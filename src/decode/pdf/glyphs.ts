/**
 * Letters a PDF draws but whose text it does not say. Some producers write a ToUnicode map that
 * sends a few glyphs to a space or to nothing — often the capitals of an embedded Times New Roman
 * (`Sở ội vụ` for `Sở Nội vụ`, `UBND TỈNH BÌNH THUẬN` gone). The glyphs are still in the font, and
 * the font tells what they are:
 *
 * - Windows TrueType fonts keep the first glyphs in the standard Macintosh order (glyph 36 is `A`,
 *   68 is `a`); when the glyphs the map does name agree with that order, it names the others too.
 * - Vietnamese capitals are composite glyphs (`Ậ` = `A` + circumflex + dot below). The glyphs the
 *   map names teach which glyph is which mark (`ậ` = `a` + circumflex + dot below), and a nameless
 *   composite is rebuilt from its parts.
 *
 * Glyph numbers are character codes here: these fonts are `Identity-H` CID fonts, whose codes are
 * their glyph ids; the order checks keep any other font out.
 */
import { readGlyphTable, type GlyphTable } from './truetype.js';

/** The standard Macintosh glyph order's characters (glyphs 0–257; `\0` where none). */
const MAC_ORDER =
  '\0\0\0 !"#$%&\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~' +
  'ÄÅÇÉÑÖÜáàâäãåçéèêëíìîïñóòôöõúùûü†°¢£§•¶ß®©™´¨≠ÆØ∞±≤≥¥µ∂∑∏π∫ªºΩæø¿¡¬√ƒ≈∆«»…\0ÀÃÕŒœ–—“”‘’÷◊ÿŸ⁄€‹›ﬁﬂ‡·‚„‰ÂÊÁËÈÍÎÏÌÓÔ\0ÒÚÛÙıˆ˜¯˘˙˚¸˝˛ˇŁłŠšŽž¦ÐðÝýÞþ−×¹²³½¼¾₣ĞğİŞşĆćČčđ';

/** The parts of the Macintosh order checked, each on its own: fonts follow the ASCII part far more often. */
const MAC_RANGES: readonly (readonly [number, number])[] = [
  [3, 97],
  [98, 257],
];

/** Spacing accents (as the Macintosh order names them) → the combining marks they stand for in a composite. */
const SPACING_TO_COMBINING: Readonly<Record<string, string>> = {
  '`': '\u0300',
  '´': '\u0301',
  'ˆ': '\u0302',
  '˜': '\u0303',
  '¯': '\u0304',
  '˘': '\u0306',
  '˙': '\u0307',
  '¨': '\u0308',
  '˚': '\u030a',
  '˝': '\u030b',
  'ˇ': '\u030c',
  '¸': '\u0327',
  '˛': '\u0328',
};

/** What pdf.js tells of a font (with `fontExtraProperties`). */
export interface FontFacts {
  /** The font's name, e.g. `Times New Roman,Bold` (a subset prefix `ABCDEF+` is allowed). */
  readonly name: string;
  /** Code → text, from the PDF's ToUnicode map; an entry may be missing. */
  readonly toUnicode: readonly (string | undefined)[];
  /** The font file as pdf.js rebuilt it (glyph ids unchanged for CID TrueType fonts). */
  readonly data?: Uint8Array;
}

export interface GlyphRepair {
  /** Code → the letter recovered. */
  readonly letters: ReadonlyMap<number, string>;
  /** Codes that draw ink but have no text, and could not be recovered. */
  readonly unresolved: ReadonlySet<number>;
}

const isBlank = (text: string | undefined) => text === undefined || text.trim().length === 0;

/** The family a font belongs to: `ABCDEF+Times New Roman,Bold` → `times new roman`. */
export function fontFamily(name: string): string {
  const base = name.replace(/^[A-Z]{6}\+/, '').split(/[,-]/)[0] ?? '';
  return base.replace(/(?:PS|MT)+$/, '').trim().toLowerCase();
}

/**
 * The codes among `used` that draw a glyph with an outline but whose ToUnicode text is blank,
 * and what the font says they are. Null when the font has no such code (or cannot be read).
 */
export function repairGlyphs(font: FontFacts, used: Iterable<number>, siblings: readonly FontFacts[] = []): GlyphRepair | null {
  if (!font.data) return null;
  const table = readGlyphTable(font.data);
  if (table === null) return null;
  const blank = [...new Set(used)].filter((code) => isBlank(font.toUnicode[code]) && table.hasOutline(code));
  if (blank.length === 0) return null;
  const known = knownGlyphs(font, siblings);
  const mac = trustedMacRanges(known);
  const fromMac = (glyph: number): string | undefined => {
    if (!mac.some(([lo, hi]) => glyph >= lo && glyph <= hi)) return undefined;
    const c = MAC_ORDER[glyph];
    return c === undefined || c === '\0' || c === ' ' ? undefined : c;
  };
  const marks = learnParts(known, table, fromMac);
  const letters = new Map<number, string>();
  const unresolved = new Set<number>();
  for (const code of blank) {
    const letter = rebuild(code, table, known, marks, fromMac) ?? fromMac(code);
    if (letter) letters.set(code, letter);
    else unresolved.add(code);
  }
  return { letters, unresolved };
}

/**
 * Glyph → decomposed text, from the font's map and from the maps of its siblings (the bold,
 * italic… of the same family share the glyph order) where they agree with it.
 */
function knownGlyphs(font: FontFacts, siblings: readonly FontFacts[]): Map<number, string> {
  const known = new Map<number, string>();
  font.toUnicode.forEach((text, code) => {
    if (!isBlank(text)) known.set(code, text!.normalize('NFD'));
  });
  const family = fontFamily(font.name);
  for (const sibling of siblings) {
    if (sibling === font || fontFamily(sibling.name) !== family) continue;
    let agree = 0;
    let disagree = 0;
    const extra = new Map<number, string>();
    sibling.toUnicode.forEach((text, code) => {
      if (isBlank(text)) return;
      const mine = known.get(code);
      const theirs = text!.normalize('NFD');
      if (mine === undefined) extra.set(code, theirs);
      else if (mine === theirs) agree++;
      else disagree++;
    });
    if (agree >= 10 && disagree === 0) for (const [code, text] of extra) known.set(code, text);
  }
  return known;
}

/** The Macintosh-order ranges the font's named glyphs agree with (8 at least, none against). */
function trustedMacRanges(known: ReadonlyMap<number, string>): (readonly [number, number])[] {
  return MAC_RANGES.filter(([lo, hi]) => {
    let agree = 0;
    let disagree = 0;
    for (const [glyph, text] of known) {
      if (glyph < lo || glyph > hi) continue;
      const mac = MAC_ORDER[glyph];
      if (mac === undefined || mac === '\0') continue;
      if (mac.normalize('NFD') === text) agree++;
      else disagree++;
    }
    return agree >= 8 && disagree === 0;
  });
}

/**
 * The text of the parts composites are built from (mostly marks): a composite whose text is known
 * (named, or learnt) and whose parts are all known but one teaches that one — what its text has
 * beyond the others'. `ở` = `ơ` + hook teaches `ơ` once the hook is known (from `ỉ`), then `ơ` =
 * `o` + horn teaches the horn.
 */
function learnParts(known: ReadonlyMap<number, string>, table: GlyphTable, fromMac: (glyph: number) => string | undefined): Map<number, string> {
  const learnt = new Map<number, string>();
  for (let pass = 0; pass < 6; pass++) {
    let progress = false;
    for (const [glyph, text] of [...known, ...learnt]) {
      const parts = table.components(glyph);
      if (parts === null) continue;
      const texts = parts.map((p) => textOf(p, table, known, learnt, fromMac));
      const unknown = parts.filter((_, i) => texts[i] === undefined);
      if (unknown.length !== 1 || learnt.has(unknown[0]!) || known.has(unknown[0]!)) continue;
      const rest = without([...text], texts.flatMap((t) => (t === undefined ? [] : [...t])));
      if (rest === null || rest.length === 0) continue;
      learnt.set(unknown[0]!, rest.join(''));
      progress = true;
    }
    if (!progress) break;
  }
  return learnt;
}

/** A glyph's decomposed text: named, learnt, built from its parts (composites within composites), or by the Macintosh order. */
function textOf(
  glyph: number,
  table: GlyphTable,
  known: ReadonlyMap<number, string>,
  learnt: ReadonlyMap<number, string>,
  fromMac: (glyph: number) => string | undefined,
  depth = 0,
): string | undefined {
  const named = known.get(glyph) ?? learnt.get(glyph);
  if (named !== undefined) return named;
  const parts = depth < 4 ? table.components(glyph) : null;
  if (parts !== null) {
    const texts = parts.map((p) => textOf(p, table, known, learnt, fromMac, depth + 1));
    // Parts come in any order (the hook above before the `Ơ`): the letter first, then its marks.
    if (texts.every((t) => t !== undefined)) {
      const joined = texts.join('');
      return joined.replace(/\p{M}/gu, '') + (joined.match(/\p{M}/gu) ?? []).join('');
    }
  }
  // A spacing accent of the Macintosh order (`´`) stands for its combining mark in a composite.
  return combining(fromMac(glyph));
}

/** A composite rebuilt from its parts, when it makes one letter. */
function rebuild(
  glyph: number,
  table: GlyphTable,
  known: ReadonlyMap<number, string>,
  learnt: ReadonlyMap<number, string>,
  fromMac: (glyph: number) => string | undefined,
): string | undefined {
  if (table.components(glyph) === null) return undefined;
  const text = textOf(glyph, table, known, learnt, fromMac);
  const letter = text?.normalize('NFC');
  return letter !== undefined && [...letter].length === 1 && /^\p{L}$/u.test(letter) ? letter : undefined;
}

function combining(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  return SPACING_TO_COMBINING[text] ?? text;
}

/** `whole` less the characters of `part` (each once); null when `part` is not within it. */
function without(whole: string[], part: string[]): string[] | null {
  const rest = [...whole];
  for (const c of part) {
    const i = rest.indexOf(c);
    if (i === -1) return null;
    rest.splice(i, 1);
  }
  return rest;
}
