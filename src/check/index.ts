/** The linter as a library: lint a document, the rule list, the whole `vbparse check` run. */
export { lintDocument, type LintDocumentOptions } from './api.js';
export { lintDecoded, ruleUrl, rulebookOf, ND30_EFFECTIVE, type LintOptions, type RuleSetting } from './lint.js';
export { RULES, ruleById } from './rules/index.js';
export { runCheck, type CheckOptions, type CheckRun } from './run.js';
export type { LintMessage, LintResult, Rule, Severity, Family, Lang, Rulebook } from './types.js';
