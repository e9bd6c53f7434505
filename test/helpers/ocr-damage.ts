/**
 * A deterministic OCR-damage generator for tests: given a clean document and a seed, it damages the
 * structural keywords and header lines the way OCR of a scanned page does (`Kinh gùi`, `Noi nhan`,
 * `Vv`, `S6`, `Cǎn cú`, `CỘNG HOA XÃ HOI …`, `1`↔`l` and `0`↔`O` in numbers and dates, `~`/`*`
 * bullets, specks after a line) and nothing else: the values a reader relies on stay as written, so
 * a damaged document must parse as the clean one.
 *
 * Each kind of damage is data (`OCR_DAMAGES`) with examples that `test/ocr-damage.test.ts` runs.
 */

/** A small seeded generator (mulberry32): the same seed gives the same damage. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Picks one of `n` choices. */
export type Pick = (n: number) => number;

export interface OcrDamage {
  readonly kind: string;
  /** The damaged line, or null when the kind does not apply to this line. */
  readonly apply: (line: string, pick: Pick) => string | null;
  /** A clean line and every form the damage may give it. */
  readonly examples: ReadonlyArray<{ readonly line: string; readonly damaged: readonly string[] }>;
}

/** Replace the first `written` form (after a bullet, markdown emphasis or a table cell) by one of `misreadings`. */
function keywordDamage(written: RegExp, misreadings: readonly string[]) {
  return (line: string, pick: Pick): string | null => {
    const m = written.exec(line);
    if (!m) return null;
    return line.slice(0, m.index) + misreadings[pick(misreadings.length)] + line.slice(m.index + m[0].length);
  };
}

const LEAD = String.raw`(?<=^[\s|*_#>-]*)`;

/**
 * One `1` → `l` or `0` → `O` in a digit run of the span `within` matches (the number after `Số:`,
 * the date), keeping another real digit in the run (OCR rarely loses all).
 */
function damageDigits(line: string, pick: Pick, within: RegExp): string | null {
  const span = within.exec(line);
  if (!span) return null;
  const spots: number[] = [];
  for (const m of span[0].matchAll(/\d{2,}/g)) {
    for (let i = 0; i < m[0].length; i++) if (m[0][i] === '1' || m[0][i] === '0') spots.push(span.index + m.index + i);
  }
  if (spots.length === 0) return null;
  const at = spots[pick(spots.length)]!;
  return line.slice(0, at) + (line[at] === '1' ? 'l' : 'O') + line.slice(at + 1);
}

export const OCR_DAMAGES: readonly OcrDamage[] = [
  {
    kind: 'Kính gửi misread',
    apply: keywordDamage(new RegExp(`${LEAD}(?:Kính gửi|KÍNH GỬI)(?=\\s*:)`, 'u'), ['Kinh gùi', 'Kính gủi', 'Kinh gui', 'Kính gừi']),
    examples: [{ line: 'Kính gửi: Sở Nội vụ', damaged: ['Kinh gùi: Sở Nội vụ', 'Kính gủi: Sở Nội vụ', 'Kinh gui: Sở Nội vụ', 'Kính gừi: Sở Nội vụ'] }],
  },
  {
    kind: 'Nơi nhận misread',
    apply: keywordDamage(new RegExp(`${LEAD}(?:Nơi nhận|NƠI NHẬN)(?=\\s*:)`, 'u'), ['Noi nhan', 'Nơi nhân', 'Noi nhận', 'Nới nhặn']),
    examples: [{ line: '*Nơi nhận:*', damaged: ['*Noi nhan:*', '*Nơi nhân:*', '*Noi nhận:*', '*Nới nhặn:*'] }],
  },
  {
    kind: 'V/v misread',
    apply: keywordDamage(new RegExp(`${LEAD}V/[vV](?=[\\s:])`, 'u'), ['Vv', 'Viv', 'V.v', 'V1v']),
    examples: [{ line: 'V/v tổ chức hội nghị', damaged: ['Vv tổ chức hội nghị', 'Viv tổ chức hội nghị', 'V.v tổ chức hội nghị', 'V1v tổ chức hội nghị'] }],
  },
  {
    kind: 'Số misread',
    apply: keywordDamage(new RegExp(`${LEAD}(?:Số|SỐ)(?=\\s*:)`, 'u'), ['S6', 'Sô', 'So', 'Sỏ']),
    examples: [{ line: 'Số: 12/UBND-VP', damaged: ['S6: 12/UBND-VP', 'Sô: 12/UBND-VP', 'So: 12/UBND-VP', 'Sỏ: 12/UBND-VP'] }],
  },
  {
    kind: 'Căn cứ misread',
    apply: keywordDamage(new RegExp(`${LEAD}Căn cứ(?=\\s)`, 'u'), ['C\u01cen cú', 'Can cu', 'Căn cử', 'Căn cư']),
    examples: [{ line: '- Căn cứ Luật Tổ chức;', damaged: ['- C\u01cen cú Luật Tổ chức;', '- Can cu Luật Tổ chức;', '- Căn cử Luật Tổ chức;', '- Căn cư Luật Tổ chức;'] }],
  },
  {
    kind: 'quốc hiệu misread',
    apply: keywordDamage(/CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM|CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM/u, ['CỘNG HOA XÃ HOI CHỦ NGHĨA VIỆT NAM', 'CONG HOA XA HOI CHU NGHIA VIET NAM', 'CỌNG HÒA XÃ HỌI CHỦ NGHĨA VIỆT NAM']),
    examples: [{ line: '**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**', damaged: ['**CỘNG HOA XÃ HOI CHỦ NGHĨA VIỆT NAM**', '**CONG HOA XA HOI CHU NGHIA VIET NAM**', '**CỌNG HÒA XÃ HỌI CHỦ NGHĨA VIỆT NAM**'] }],
  },
  {
    kind: 'tiêu ngữ misread',
    apply: keywordDamage(/Độc lập/u, ['Độc lâp', 'Doc lap', 'Đôc lập']),
    examples: [{ line: 'Độc lập - Tự do - Hạnh phúc', damaged: ['Độc lâp - Tự do - Hạnh phúc', 'Doc lap - Tự do - Hạnh phúc', 'Đôc lập - Tự do - Hạnh phúc'] }],
  },
  {
    kind: 'digit look-alike in the number',
    apply: (line, pick) => damageDigits(line, pick, /(?<=^[\s|*_]*(?:Số|SỐ)\s*:\s*)\d+/u),
    examples: [{ line: 'Số: 105/UBND-VP', damaged: ['Số: l05/UBND-VP', 'Số: 1O5/UBND-VP'] }],
  },
  {
    kind: 'digit look-alike in the date',
    apply: (line, pick) => damageDigits(line, pick, /(?<=^[\s|*_]*[^\d|]{2,40}, )ngày\s+\d+\s+tháng\s+\d+\s+năm\s+\d{4}/u),
    examples: [{ line: 'Hà Nội, ngày 10 tháng 3 năm 2024', damaged: ['Hà Nội, ngày l0 tháng 3 năm 2024', 'Hà Nội, ngày 1O tháng 3 năm 2024', 'Hà Nội, ngày 10 tháng 3 năm 2O24'] }],
  },
  {
    kind: 'stray bullet in Nơi nhận',
    apply: (line, pick) => (/^\s*- \S/.test(line) && /;\s*$|\.\s*$/.test(line) ? line.replace('- ', ['~ ', '* ', '- '][pick(2)]!) : null),
    examples: [{ line: '- Như trên;', damaged: ['~ Như trên;', '* Như trên;'] }],
  },
  {
    kind: 'specks after a header line',
    apply: (line, pick) => (/CH[UỦ] NGH[IĨ]A VI[EỆ]T NAM\**\s*$|H[aạ]nh ph[uú]c\**\s*$/u.test(line) ? `${line.trimEnd()}${[" '", ' .', " '."][pick(3)]}` : null),
    examples: [{ line: 'Độc lập - Tự do - Hạnh phúc', damaged: ["Độc lập - Tự do - Hạnh phúc '", 'Độc lập - Tự do - Hạnh phúc .', "Độc lập - Tự do - Hạnh phúc '."] }],
  },
];

/** The lines where a Nơi nhận block is: bullets are damaged only there (elsewhere they are list labels). */
function distributionLines(lines: readonly string[]): Set<number> {
  const out = new Set<number>();
  let inside = false;
  for (let i = 0; i < lines.length; i++) {
    if (/(?:Nơi nhận|NƠI NHẬN)\s*:/u.test(lines[i]!)) inside = true;
    else if (inside && lines[i]!.trim() !== '' && !/^\s*[-+*]\s/.test(lines[i]!)) inside = false;
    else if (inside) out.add(i);
  }
  return out;
}

/**
 * `text` damaged by OCR with `seed`: each kind of damage hits each line it applies to with
 * probability `rate` (default one half). Line breaks are kept.
 */
export function damageOcr(text: string, seed: number, rate = 0.5): string {
  const random = seededRandom(seed);
  const pick: Pick = (n) => Math.floor(random() * n);
  const lines = text.split('\n');
  const distribution = distributionLines(lines);
  return lines
    .map((raw, i) => {
      const cr = raw.endsWith('\r') ? '\r' : '';
      const line = raw.slice(0, raw.length - cr.length);
      let out = line;
      for (const damage of OCR_DAMAGES) {
        if (damage.kind === 'stray bullet in Nơi nhận' && !distribution.has(i)) continue;
        const damaged = damage.apply(out, pick);
        if (damaged !== null && random() < rate) out = damaged;
      }
      return out + cr;
    })
    .join('\n');
}
