/**
 * SARIF 2.1.0 for code scanning: rule metadata with help URIs, every result with a start line,
 * and partial fingerprints (rule, file, the offending text, its occurrence) so that alerts stay the
 * same alert when lines move.
 */
import { createHash } from 'node:crypto';
import { format } from '../i18n.js';
import { ruleUrl } from '../lint.js';
import { RULES } from '../rules/index.js';
import type { LintMessage } from '../types.js';
import type { Formatter } from './index.js';
import { displayPath } from './index.js';

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;
export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

function fingerprint(file: string, m: LintMessage, source: string | undefined, seen: Map<string, number>): string {
  const text = source && m.offset ? source.slice(m.offset[0], m.offset[1]).replace(/\s+/g, ' ').trim() : '';
  const line = source ? (source.split(/\r\n|\r|\n/)[m.line - 1] ?? '').replace(/\s+/g, ' ').trim() : '';
  const key = `${m.ruleId}|${file}|${text}|${line}`;
  const n = (seen.get(key) ?? 0) + 1;
  seen.set(key, n);
  return `${createHash('sha256').update(key).digest('hex').slice(0, 32)}:${n}`;
}

export const sarif: Formatter = (results, { lang, cwd, version }) => {
  const rules = RULES.map((r) => ({
    id: r.id,
    name: r.name,
    shortDescription: { text: `${r.id} ${r.name}` },
    fullDescription: { text: format(r.description, lang).replace(/`/g, '') },
    helpUri: ruleUrl(r),
    help: { text: `${format(r.description, lang).replace(/`/g, '')} (${r.clause})`, markdown: `${format(r.description, lang)}\n\n${r.clause}\n\n[${r.id}](${ruleUrl(r)})` },
    defaultConfiguration: { level: LEVEL[r.severity] },
    properties: { tags: ['vbparse', ...r.families], fixable: r.fixable },
  }));
  const index = new Map(RULES.map((r, i) => [r.id, i]));
  const out = [];
  const notifications = [];
  for (const result of results) {
    const uri = displayPath(result.filePath, cwd);
    if (result.fatal) {
      notifications.push({ level: 'error', message: { text: result.fatal }, locations: [{ physicalLocation: { artifactLocation: { uri, uriBaseId: '%SRCROOT%' } } }] });
      continue;
    }
    const seen = new Map<string, number>();
    for (const m of result.messages) {
      out.push({
        ruleId: m.ruleId,
        ruleIndex: index.get(m.ruleId) ?? -1,
        level: LEVEL[m.severity],
        message: { text: m.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri, uriBaseId: '%SRCROOT%' },
              region: { startLine: Math.max(1, m.line), startColumn: Math.max(1, m.column), endLine: Math.max(1, m.endLine), endColumn: Math.max(1, m.endColumn) },
            },
          },
        ],
        partialFingerprints: { 'vbparse/v1': fingerprint(uri, m, result.source, seen) },
        ...(m.fix
          ? { properties: { fixable: true } }
          : {}),
      });
    }
  }
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'vbparse', version, semanticVersion: version, informationUri: 'https://github.com/vbparse/vbparse', rules } },
        originalUriBaseIds: { '%SRCROOT%': { uri: `file://${cwd.replace(/\\/g, '/').replace(/\/?$/, '/')}` } },
        columnKind: 'utf16CodeUnits',
        results: out,
        invocations: [{ executionSuccessful: notifications.length === 0, toolExecutionNotifications: notifications }],
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};
