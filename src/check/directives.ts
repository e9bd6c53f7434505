/**
 * Inline comments that turn rules off, as markdownlint and ESLint read them:
 * `<!-- vbparse-disable-next-line VB132 -->`, `<!-- vbparse-disable-line VB132 -->`,
 * `<!-- vbparse-disable VB132 date-padding -- the reason -->` … `<!-- vbparse-enable VB132 -->`.
 * No rule named means every rule.
 */
import type { Rule } from './types.js';

interface DisabledRange {
  /** Rule ids or names; empty = all rules. */
  readonly rules: readonly string[];
  readonly from: number;
  readonly to: number;
}

const DIRECTIVE = /<!--\s*vbparse-(disable-next-line|disable-line|disable|enable)\b([^>]*?)-->/g;

export function disabledRanges(text: string): DisabledRange[] {
  if (!text.includes('vbparse-')) return [];
  const ranges: DisabledRange[] = [];
  const open = new Map<string, number>();
  const lines = text.split(/\r\n|\r|\n/);
  lines.forEach((lineText, index) => {
    const line = index + 1;
    for (const m of lineText.matchAll(DIRECTIVE)) {
      const kind = m[1];
      // `-- reason` ends the list of rules.
      const rules = (m[2] ?? '').split(/\s--\s|^--\s/)[0]!.split(/[\s,]+/).filter(Boolean);
      const keys = rules.length > 0 ? rules : ['*'];
      if (kind === 'disable-next-line') ranges.push({ rules, from: line + 1, to: line + 1 });
      else if (kind === 'disable-line') ranges.push({ rules, from: line, to: line });
      else if (kind === 'disable') for (const key of keys) if (!open.has(key)) open.set(key, line);
      else {
        for (const key of keys === rules && rules.length > 0 ? keys : [...open.keys()]) {
          const from = open.get(key);
          if (from === undefined) continue;
          ranges.push({ rules: key === '*' ? [] : [key], from, to: line });
          open.delete(key);
        }
      }
    }
  });
  for (const [key, from] of open) ranges.push({ rules: key === '*' ? [] : [key], from, to: Number.POSITIVE_INFINITY });
  return ranges;
}

export function isDisabled(ranges: readonly DisabledRange[], rule: Pick<Rule, 'id' | 'name'>, line: number): boolean {
  return ranges.some(
    (r) => line >= r.from && line <= r.to && (r.rules.length === 0 || r.rules.includes(rule.id) || r.rules.includes(rule.name)),
  );
}
