/** ESLint-compatible JSON: one object per file; severity 2 error, 1 warning, 0 info. */
import type { Formatter } from './index.js';

const LEVEL = { error: 2, warning: 1, info: 0 } as const;

export const json: Formatter = (results) =>
  `${JSON.stringify(
    results.map((r) => ({
      filePath: r.filePath,
      messages: r.fatal
        ? [{ ruleId: null, fatal: true, severity: 2, message: r.fatal, line: 0, column: 0 }]
        : r.messages.map((m) => ({
            ruleId: m.ruleId,
            ruleName: m.ruleName,
            severity: LEVEL[m.severity],
            message: m.message,
            line: m.line,
            column: m.column,
            endLine: m.endLine,
            endColumn: m.endColumn,
            url: m.url,
            ...(m.paragraph !== undefined ? { paragraph: m.paragraph } : {}),
            ...(m.fix ? { fix: { range: m.fix.range, text: m.fix.text } } : {}),
          })),
      errorCount: r.fatal ? 1 : r.errorCount,
      fatalErrorCount: r.fatal ? 1 : 0,
      warningCount: r.warningCount,
      infoCount: r.infoCount,
      fixableErrorCount: r.fixableErrorCount,
      fixableWarningCount: r.fixableWarningCount,
      ...(r.output !== undefined ? { output: r.output } : {}),
    })),
  )}\n`;
