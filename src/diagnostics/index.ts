export { PARSER_RULES, parserRule, isRuleId, ruleAnchor, ruleUrl, RULES_DOC } from './rules.js';
export type { RuleId, DecodeRuleId, InternalRuleId, RuleDefinition, Severity } from './rules.js';
