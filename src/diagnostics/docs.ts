/**
 * `docs/diagnostics.md` and the diagnostics table of README.md, generated from the rule table
 * (`vbparse schema --write`), so that the documentation and the `url` of every diagnostic cannot
 * drift from the code.
 */
import { PARSER_RULES, ruleAnchor, type RuleDefinition } from './rules.js';

const README_START = '<!-- diagnostics:start (generated from src/diagnostics/rules.ts by `npm run docs`) -->';
const README_END = '<!-- diagnostics:end -->';

const cell = (text: string) => text.replaceAll('|', '\\|');

/** The README table: one row per rule, linking to its section of docs/diagnostics.md. */
export function diagnosticsTable(rules: readonly RuleDefinition[] = PARSER_RULES): string {
  const rows = rules.map((r) => `| [\`${r.id}\`](docs/diagnostics.md#${ruleAnchor(r.id)}) | ${r.severity} | ${cell(r.description)} |`);
  return ['| ruleId | severity | when |', '|---|---|---|', ...rows].join('\n');
}

/** docs/diagnostics.md: a section per rule (its anchor is the `url` of the diagnostic). */
export function diagnosticsMarkdown(rules: readonly RuleDefinition[] = PARSER_RULES): string {
  const out = [
    '# Parser diagnostics',
    '',
    '<!-- Generated from src/diagnostics/rules.ts by `npm run docs`; do not edit by hand. -->',
    '',
    'Every diagnostic in `diagnostics[]` has a `ruleId` from this list and a `url` pointing at its',
    'section. Parser ids are namespaced by stage; the linter (`vbparse check`) uses numbered `VB…` ids',
    'of its own. `decode/…` rules come from reading the file, `internal/…` rules are bugs in vbparse',
    '(please report them): the stage that failed is left empty and the rest of the document is read.',
    '',
  ];
  for (const r of rules) {
    out.push(`### \`${r.id}\``, '', `- severity: ${r.severity}`, `- when: ${r.description}`);
    if (r.clause) out.push(`- source: ${r.clause}`);
    out.push('');
  }
  return out.join('\n');
}

/** README.md with its generated diagnostics table replaced; throws when the markers are missing. */
export function withDiagnosticsTable(readme: string): string {
  const start = readme.indexOf(README_START);
  const end = readme.indexOf(README_END);
  if (start < 0 || end < start) throw new Error('README.md has no diagnostics table markers');
  return `${readme.slice(0, start + README_START.length)}\n${diagnosticsTable()}\n${readme.slice(end)}`;
}
