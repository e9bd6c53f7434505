/** ESLint's stylish: messages grouped by file, a summary line; nothing at all when clean. */
import { format, SEVERITY_NAMES } from '../i18n.js';
import type { Formatter } from './index.js';
import { displayPath } from './index.js';

const TEXTS = {
  problems: { vi: '{n} vấn đề', en: '{n} problem(s)' },
  counts: { vi: '{e} lỗi, {w} cảnh báo, {i} lưu ý', en: '{e} error(s), {w} warning(s), {i} info' },
  fixable: { vi: '{e} lỗi và {w} cảnh báo có thể tự sửa bằng --fix.', en: '{e} error(s) and {w} warning(s) potentially fixable with the `--fix` option.' },
  fatal: { vi: 'không đọc được', en: 'cannot be read' },
};

export const stylish: Formatter = async (results, { lang, cwd, color }) => {
  const { Chalk } = await import('chalk');
  const chalk = new Chalk({ level: color ? 1 : 0 });
  let out = '';
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  let fixErrors = 0;
  let fixWarnings = 0;
  for (const result of results) {
    if (result.messages.length === 0 && !result.fatal) continue;
    out += `\n${chalk.underline(displayPath(result.filePath, cwd))}\n`;
    if (result.fatal) {
      out += `  ${chalk.red(SEVERITY_NAMES.error![lang])}  ${result.fatal}\n`;
      errors++;
      continue;
    }
    const rows = result.messages.map((m) => [
      `${m.line}:${m.column}`,
      m.severity === 'error' ? chalk.red(SEVERITY_NAMES.error![lang]) : m.severity === 'warning' ? chalk.yellow(SEVERITY_NAMES.warning![lang]) : chalk.blue(SEVERITY_NAMES.info![lang]),
      m.message,
      chalk.dim(`${m.ruleId} ${m.ruleName}`),
    ]);
    const widths = [0, 1].map((c) => Math.max(...rows.map((r) => stripAnsi(r[c]!).length)));
    for (const r of rows) out += `  ${r[0]!.padEnd(widths[0]!)}  ${r[1]}${' '.repeat(widths[1]! - stripAnsi(r[1]!).length)}  ${r[2]}  ${r[3]}\n`;
    errors += result.errorCount;
    warnings += result.warningCount;
    infos += result.infoCount;
    fixErrors += result.fixableErrorCount;
    fixWarnings += result.fixableWarningCount;
  }
  const total = errors + warnings + infos;
  if (total === 0) return '';
  const summary = `✖ ${format(TEXTS.problems, lang, { n: total })} (${format(TEXTS.counts, lang, { e: errors, w: warnings, i: infos })})`;
  out += `\n${errors > 0 ? chalk.red.bold(summary) : warnings > 0 ? chalk.yellow.bold(summary) : chalk.bold(summary)}\n`;
  if (fixErrors + fixWarnings > 0) out += `  ${format(TEXTS.fixable, lang, { e: fixErrors, w: fixWarnings })}\n`;
  return `${out}\n`;
};

function stripAnsi(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\u001b\[[0-9;]*m/g, '');
}
