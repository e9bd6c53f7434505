/**
 * Applying fixes (ESLint's way): sort by range, skip a fix that overlaps one already taken, apply,
 * lint again, and repeat until nothing changes (at most `MAX_PASSES`). Outside the fixed spans the
 * text is untouched.
 */
import type { Fix, LintMessage } from './types.js';

export const MAX_PASSES = 10;

/** Apply one set of fixes; overlapping ones are left for the next pass. */
export function applyFixSet(text: string, fixes: readonly Fix[]): { output: string; applied: number } {
  const sorted = [...fixes].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  let out = '';
  let last = 0;
  let applied = 0;
  for (const fix of sorted) {
    const [start, end] = fix.range;
    // Skip overlapping fixes, and a second insertion at the same place.
    if (start < last || (applied > 0 && start === last && end === start && out.length > 0 && sorted.indexOf(fix) > 0 && sorted[sorted.indexOf(fix) - 1]!.range[1] === start)) continue;
    out += text.slice(last, start) + fix.text;
    last = end;
    applied++;
  }
  return { output: out + text.slice(last), applied };
}

/** Lint, fix, lint again until stable. `lint` returns the messages for a text. */
export function applyFixes(text: string, lint: (text: string) => readonly LintMessage[]): { output: string; passes: number; messages: readonly LintMessage[] } {
  let current = text;
  let messages = lint(current);
  let passes = 0;
  while (passes < MAX_PASSES) {
    const fixes = messages.flatMap((m) => (m.fix ? [m.fix] : []));
    if (fixes.length === 0) break;
    const { output, applied } = applyFixSet(current, fixes);
    if (applied === 0 || output === current) break;
    current = output;
    passes++;
    messages = lint(current);
  }
  return { output: current, passes, messages };
}
