// The seeded document mutator shared by the fuzz test (test/fuzz.test.ts) and `npm run fuzz`:
// fixtures cut, shuffled and corrupted with converter and OCR debris, replayable from a seed.

/** Small deterministic generator (mulberry32) so a failure can be replayed. */
export function random(seed) {
  let a = seed;
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const NOISE = ['|', '**', '*', '\t', '   ', '\n', '\n\n', '- ', 'Số:', 'ngày', '/', '-', '(', ')', 'TM.', 'Nơi nhận:', 'Kính gửi:', '1.', 'a)', 'Điều', '“', '"', '\u0301', '\f', '<br>', '|---|'];

/** One mutation of `text`: a head or tail cut, shuffled lines, or 30 insertions/replacements of noise. */
export function mutate(text, rnd) {
  const lines = text.split('\n');
  const op = Math.floor(rnd() * 5);
  if (op === 0) return lines.slice(Math.floor(rnd() * lines.length)).join('\n');
  if (op === 1) return lines.slice(0, Math.floor(rnd() * lines.length)).join('\n');
  if (op === 2) return lines.sort(() => rnd() - 0.5).join('\n');
  let out = text;
  for (let k = 0; k < 30; k++) {
    const at = Math.floor(rnd() * out.length);
    out = out.slice(0, at) + NOISE[Math.floor(rnd() * NOISE.length)] + out.slice(at + (op === 3 ? 0 : Math.floor(rnd() * 5)));
  }
  return out;
}
