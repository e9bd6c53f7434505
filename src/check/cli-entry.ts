/**
 * What the `check` and `rules` commands load on demand: the linter, its formatters and rule list.
 * Built into its own file (dist/cli-check.cjs), so the plain parse command starts as before.
 */
export { runCheck, EXIT_CLEAN, EXIT_FAILURE, EXIT_PROBLEMS, type CheckOptions, type CheckRun } from './run.js';
export { rulesTable, writeRuleDocs } from './docs.js';
export { ConfigError, ConfigResolver, printableConfig } from './config.js';
