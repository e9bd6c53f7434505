export { PARSER_RULES, GUARDED_STAGES, parserRule, isRuleId, ruleAnchor, ruleUrl, RULES_DOC } from './rules.js';
export type { RuleId, GuardedStage, DecodeRuleId, InternalRuleId, RuleDefinition, Severity } from './rules.js';
