/**
 * What a file is, by its first bytes rather than its name: a PDF saved as `.txt` is still a PDF.
 * One small function, so that a decoder registry can pick its reader from it.
 */

export type MagicKind = 'pdf' | 'zip';

/** `%PDF-` within the first 1024 bytes (the PDF specification allows junk before it); `PK\x03\x04` (zip, .docx). */
export function sniffMagic(bytes: Uint8Array): MagicKind | null {
  if (bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return 'zip';
  const limit = Math.min(bytes.length - 5, 1024);
  for (let i = 0; i <= limit; i++) {
    if (bytes[i] === 0x25 && bytes[i + 1] === 0x50 && bytes[i + 2] === 0x44 && bytes[i + 3] === 0x46 && bytes[i + 4] === 0x2d) return 'pdf';
  }
  return null;
}
