/**
 * Rule pages (`docs/rules/<id>-<name>.md`), the rule list of the README and `vbparse rules`, all
 * generated from the rule files — examples included, with the messages the linter gives on them.
 */
import { decodeInput } from '../core.js';
import { lintDecoded, ruleFileName } from './lint.js';
import { RULES } from './rules/index.js';
import type { Lang, Rule } from './types.js';

const FAMILY = { state: 'nhà nước (NĐ 30/2020)', party: 'Đảng (HD 36)' } as const;
const SEVERITY = { error: 'error (lỗi)', warning: 'warning (cảnh báo)', info: 'info (lưu ý)' } as const;

function kinds(rule: Rule): string {
  const base = rule.kinds === 'all' ? 'mọi loại văn bản / every kind' : rule.kinds.join(', ');
  return rule.exceptKinds ? `${base}, trừ / except ${rule.exceptKinds.join(', ')}` : base;
}

function fence(text: string): string {
  return `\`\`\`text\n${text.replace(/\n+$/, '')}\n\`\`\``;
}

export function rulePage(rule: Rule): string {
  let out = `<!-- Generated from src/check/rules by \`vbparse rules --write\`; do not edit. -->\n`;
  out += `# ${rule.id} ${rule.name}\n\n`;
  out += `${rule.description.vi}\n\n*${rule.description.en}*\n\n`;
  out += `| | |\n|---|---|\n`;
  out += `| id | \`${rule.id}\` |\n| name | \`${rule.name}\` |\n| default severity | ${SEVERITY[rule.severity]} |\n`;
  out += `| families | ${rule.families.map((f) => FAMILY[f]).join(', ')} |\n| document kinds | ${kinds(rule)} |\n`;
  out += `| input | ${rule.input === 'docx' ? '.docx only (Word run properties)' : 'every input (.txt, .md, .docx)'} |\n`;
  out += `| fixable | ${rule.fixable ? 'yes — `vbparse check --fix`' : 'no'} |\n| clause | ${rule.clause} |\n\n`;
  out += `## Sai / Incorrect\n\n`;
  for (const example of rule.examples.failing) {
    if (example.title) out += `${example.title.vi} / *${example.title.en}*\n\n`;
    out += `${fence(example.focus)}\n\n`;
    const messages = lintDecoded(decodeInput(example.text, { format: 'text' }), {}).messages.filter((m) => m.ruleId === rule.id);
    for (const m of messages) out += `- ${m.line}:${m.column} ${m.message}\n`;
    out += '\n';
  }
  out += `## Đúng / Correct\n\n`;
  for (const example of rule.examples.passing) {
    if (example.title) out += `${example.title.vi} / *${example.title.en}*\n\n`;
    out += `${fence(example.focus)}\n\n`;
  }
  out += `## Cấu hình / Configuration\n\n\`\`\`json\n{ "rules": { "${rule.id}": "off" } }\n\`\`\`\n\n`;
  out += `Tắt trên một dòng / off for one line: \`<!-- vbparse-disable-next-line ${rule.id} -->\`\n`;
  return out;
}

/** The rule list (markdown table), for the README and `vbparse rules`. */
export function rulesMarkdown(lang: Lang = 'vi'): string {
  let out = '| id | name | severity | families | fix | description |\n|---|---|---|---|---|---|\n';
  for (const r of RULES) {
    out += `| [${r.id}](docs/rules/${ruleFileName(r)}) | \`${r.name}\` | ${r.severity} | ${r.families.map((f) => (f === 'state' ? 'S' : 'P')).join(' ')} | ${r.fixable ? 'yes' : ''} | ${r.description[lang].replace(/\|/g, '\\|')} |\n`;
  }
  return out;
}

export function rulesTable(lang: Lang, format: 'table' | 'json'): string {
  if (format === 'json') {
    return `${JSON.stringify(
      RULES.map((r) => ({ id: r.id, name: r.name, severity: r.severity, families: r.families, kinds: r.kinds, fixable: r.fixable, clause: r.clause, description: r.description[lang] })),
      null,
      2,
    )}\n`;
  }
  const rows = RULES.map((r) => [r.id, r.name, r.severity, r.families.map((f) => (f === 'state' ? 'S' : 'P')).join(' '), r.fixable ? 'fix' : '', r.description[lang].replace(/`/g, '')]);
  const widths = [0, 1, 2, 3, 4].map((c) => Math.max(...rows.map((row) => row[c]!.length)));
  return rows.map((row) => row.map((cell, c) => (c < 5 ? cell.padEnd(widths[c]!) : cell)).join('  ')).join('\n') + '\n';
}

/** Every generated rule page by file name. */
export function rulePages(): Map<string, string> {
  return new Map(RULES.map((r) => [ruleFileName(r), rulePage(r)]));
}
