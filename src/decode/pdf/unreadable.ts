/**
 * Letters that neither a PDF's ToUnicode map nor its font tells (`glyphs.ts`: a designed `Ơ` with
 * no composite parts, never named elsewhere) are read where they are drawn: one place each, the
 * run around it rendered at 300 dpi (poppler's `pdftoppm`) and read as one line by Tesseract. Where
 * the reading lines up with the run's known letters, the letter at the unknown one's place is
 * taken. Without the tools, or when the reading does not line up, the letter stays unread.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { withKnownMarks } from './glyphs.js';
import type { GlyphRun } from './layout.js';

const DPI = 300;
/** Letters read this way at most (each costs a render and a Tesseract run). */
export const MAX_UNREADABLE = 8;

export interface UnreadableSample {
  /** The private-use character that stands for the letter in the text. */
  readonly placeholder: string;
  /** 1-based page, and the height of that page (points). */
  readonly page: number;
  readonly pageHeight: number;
  /** A run the letter is drawn in (page coordinates, points, origin bottom-left). */
  readonly run: GlyphRun;
  /** Marks the font's composite parts are known to give the letter (combining characters). */
  readonly marks: string;
}

/** Placeholder → the letter OCR read there; placeholders it could not read are left out. */
export async function readUnreadable(bytes: Uint8Array, samples: readonly UnreadableSample[], file: string | null): Promise<Map<string, string>> {
  const letters = new Map<string, string>();
  if (samples.length === 0) return letters;
  const { checkVietnamese, run } = await import('../ocr/tesseract.js');
  try {
    await checkVietnamese(file);
  } catch {
    return letters; // no Tesseract with Vietnamese: the letters stay unread
  }
  const dir = await mkdtemp(join(tmpdir(), 'vbparse-glyph-'));
  try {
    const input = join(dir, 'input.pdf');
    await writeFile(input, bytes);
    for (const [i, sample] of samples.slice(0, MAX_UNREADABLE).entries()) {
      try {
        const scale = DPI / 72;
        const { run: r } = sample;
        const margin = r.size * 0.6;
        const crop = {
          x: Math.max(0, Math.floor((r.x - margin) * scale)),
          y: Math.max(0, Math.floor((sample.pageHeight - r.y - r.size * 1.2) * scale)),
          w: Math.ceil((r.width + 2 * margin) * scale),
          h: Math.ceil(r.size * 1.8 * scale),
        };
        const image = join(dir, `glyph-${i}`);
        const page = String(sample.page);
        await run('pdftoppm', ['-r', String(DPI), '-gray', '-png', '-f', page, '-l', page, '-singlefile', '-x', String(crop.x), '-y', String(crop.y), '-W', String(crop.w), '-H', String(crop.h), input, image], file, 30_000);
        const read = await run('tesseract', [`${image}.png`, 'stdout', '-l', 'vie', '--psm', '7'], file, 30_000);
        const letter = letterAt(r.text, sample.placeholder, read);
        if (letter !== undefined) letters.set(sample.placeholder, withKnownMarks(letter, sample.marks));
      } catch {
        // This one stays unread; the others are still tried.
      }
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  return letters;
}

/**
 * The letter OCR read where `placeholder` stands in `known`: the two readings compared without
 * spaces, letter by letter when they are as long (most of the known letters must agree), else by
 * the known letters on both sides of it.
 */
export function letterAt(known: string, placeholder: string, read: string): string | undefined {
  const mine = [...known.normalize('NFC').replace(/\s+/g, '')];
  const theirs = [...read.normalize('NFC').replace(/\s+/g, '')];
  const at = mine.indexOf(placeholder);
  if (at === -1 || theirs.length === 0) return undefined;
  const base = (c: string) => c.normalize('NFD').charAt(0).toLowerCase();
  const isLetter = (c: string | undefined): c is string => c !== undefined && /^\p{L}$/u.test(c);
  if (mine.length === theirs.length) {
    const others = mine.map((c, i) => ({ c, i })).filter(({ c }) => !isPlaceholder(c));
    const agree = others.filter(({ c, i }) => base(c) === base(theirs[i]!)).length;
    if (others.length === 0 || agree / others.length >= 0.6) return isLetter(theirs[at]) ? theirs[at] : undefined;
  }
  // Anchored by up to two known letters on each side (case and marks aside).
  const before = mine.slice(Math.max(0, at - 2), at).filter((c) => !isPlaceholder(c));
  const after = mine.slice(at + 1, at + 3).filter((c) => !isPlaceholder(c));
  if (before.length + after.length === 0) return undefined;
  for (let i = 0; i < theirs.length; i++) {
    const fits = before.every((c, k) => theirs[i - before.length + k] !== undefined && base(theirs[i - before.length + k]!) === base(c)) && after.every((c, k) => theirs[i + 1 + k] !== undefined && base(theirs[i + 1 + k]!) === base(c));
    if (fits && isLetter(theirs[i])) return theirs[i];
  }
  return undefined;
}

function isPlaceholder(c: string): boolean {
  const code = c.codePointAt(0) ?? 0;
  return code >= 0xf0000 && code <= 0xffffd;
}
