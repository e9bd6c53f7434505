/**
 * Just enough of a TrueType font file to tell a glyph's shape apart: whether a glyph draws
 * anything (a space draws nothing), and which glyphs a composite glyph is built from (`Ậ` =
 * `A` + circumflex + dot below). Bounds are checked everywhere: a damaged font gives null.
 */

export interface GlyphTable {
  readonly glyphCount: number;
  /** True when the glyph has an outline (draws ink). */
  hasOutline(glyph: number): boolean;
  /** The glyphs a composite glyph is made of, in order; null for a simple (or empty) glyph. */
  components(glyph: number): number[] | null;
}

export function readGlyphTable(font: Uint8Array): GlyphTable | null {
  try {
    return parse(font);
  } catch {
    return null;
  }
}

function parse(font: Uint8Array): GlyphTable | null {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const u16 = (at: number) => view.getUint16(at);
  const u32 = (at: number) => view.getUint32(at);
  if (font.byteLength < 12) return null;
  const tableCount = u16(4);
  const tables = new Map<string, { offset: number; length: number }>();
  for (let i = 0; i < tableCount; i++) {
    const at = 12 + 16 * i;
    if (at + 16 > font.byteLength) return null;
    const tag = String.fromCharCode(font[at]!, font[at + 1]!, font[at + 2]!, font[at + 3]!);
    tables.set(tag, { offset: u32(at + 8), length: u32(at + 12) });
  }
  const head = tables.get('head');
  const loca = tables.get('loca');
  const glyf = tables.get('glyf');
  const maxp = tables.get('maxp');
  if (!head || !loca || !glyf || !maxp) return null;
  for (const t of [head, loca, glyf, maxp]) if (t.offset + t.length > font.byteLength) return null;
  const longOffsets = view.getInt16(head.offset + 50) === 1;
  const glyphCount = u16(maxp.offset + 4);
  const entries = Math.min(glyphCount + 1, Math.floor(loca.length / (longOffsets ? 4 : 2)));
  const offset = (glyph: number): number => (longOffsets ? u32(loca.offset + 4 * glyph) : 2 * u16(loca.offset + 2 * glyph));
  const span = (glyph: number): [number, number] | null => {
    if (!Number.isInteger(glyph) || glyph < 0 || glyph + 1 >= entries) return null;
    const start = offset(glyph);
    const end = offset(glyph + 1);
    if (end <= start || end > glyf.length) return null;
    return [glyf.offset + start, glyf.offset + end];
  };
  return {
    glyphCount,
    hasOutline: (glyph) => span(glyph) !== null,
    components: (glyph) => {
      const at = span(glyph);
      if (at === null || at[1] - at[0] < 10 || view.getInt16(at[0]) >= 0) return null;
      const parts: number[] = [];
      let p = at[0] + 10;
      // Component records: flags, glyph index, arguments (words or bytes), then a scale.
      for (let guard = 0; guard < 16 && p + 4 <= at[1]; guard++) {
        const flags = u16(p);
        parts.push(u16(p + 2));
        p += 4 + (flags & 0x0001 ? 4 : 2);
        if (flags & 0x0008) p += 2;
        else if (flags & 0x0040) p += 4;
        else if (flags & 0x0080) p += 8;
        if (!(flags & 0x0020)) return parts;
      }
      return parts.length > 0 ? parts : null;
    },
  };
}
