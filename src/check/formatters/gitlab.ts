/**
 * GitLab Code Quality report: an array of issues with a stable fingerprint, a severity
 * (blocker/critical/major/minor/info) and a location by line.
 */
import { createHash } from 'node:crypto';
import type { Formatter } from './index.js';
import { displayPath } from './index.js';

const SEVERITY = { error: 'major', warning: 'minor', info: 'info' } as const;

export const gitlab: Formatter = (results, { cwd }) => {
  const issues = [];
  for (const result of results) {
    const path = displayPath(result.filePath, cwd);
    if (result.fatal) {
      issues.push({ type: 'issue', check_name: 'vbparse/fatal', description: result.fatal, categories: ['Bug Risk'], severity: 'blocker', fingerprint: createHash('md5').update(`fatal|${path}`).digest('hex'), location: { path, lines: { begin: 1 } } });
      continue;
    }
    const seen = new Map<string, number>();
    for (const m of result.messages) {
      const text = result.source && m.offset ? result.source.slice(m.offset[0], m.offset[1]) : '';
      const key = `${m.ruleId}|${path}|${text}`;
      const n = (seen.get(key) ?? 0) + 1;
      seen.set(key, n);
      issues.push({
        type: 'issue',
        check_name: `${m.ruleId} ${m.ruleName}`,
        description: m.message,
        content: { body: m.url },
        categories: ['Style'],
        severity: SEVERITY[m.severity],
        fingerprint: createHash('md5').update(`${key}|${n}`).digest('hex'),
        location: { path, lines: { begin: m.line, end: m.endLine } },
      });
    }
  }
  return `${JSON.stringify(issues, null, 2)}\n`;
};
