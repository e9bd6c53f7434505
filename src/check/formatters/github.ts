/**
 * GitHub Actions workflow commands. GitHub shows at most 10 error and 10 warning annotations per
 * step: past that the rest go to the log as plain lines, and one summary annotation says how many.
 */
import { format } from '../i18n.js';
import type { LintMessage } from '../types.js';
import type { Formatter } from './index.js';
import { displayPath } from './index.js';

export const ANNOTATION_LIMIT = 10;

const TEXTS = {
  more: {
    vi: 'Còn {e} lỗi, {w} cảnh báo và {i} lưu ý không hiện thành chú thích (GitHub chỉ hiện 10 lỗi và 10 cảnh báo mỗi bước); xem đầy đủ trong nhật ký của bước này hoặc chạy vbparse check --format sarif',
    en: '{e} more error(s), {w} warning(s) and {i} info message(s) not shown as annotations (GitHub shows 10 errors and 10 warnings a step); see the full list in this step\'s log, or run vbparse check --format sarif',
  },
};

function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

const COMMAND = { error: 'error', warning: 'warning', info: 'notice' } as const;

function annotation(file: string, m: LintMessage): string {
  const props = [`file=${escapeProperty(file)}`, `line=${m.line}`, `col=${m.column}`, `endLine=${m.endLine}`, `endColumn=${m.endColumn}`, `title=${escapeProperty(`${m.ruleId} ${m.ruleName}`)}`];
  return `::${COMMAND[m.severity]} ${props.join(',')}::${escapeData(`${m.message} (${m.url})`)}\n`;
}

export const github: Formatter = (results, { lang, cwd }) => {
  let out = '';
  const totals = { error: 0, warning: 0, info: 0 };
  for (const r of results) for (const m of r.messages) totals[m.severity]++;
  const overflow = totals.error > ANNOTATION_LIMIT || totals.warning > ANNOTATION_LIMIT || totals.info > ANNOTATION_LIMIT;
  // The summary is a notice: keep a notice slot free for it.
  const limit = { error: ANNOTATION_LIMIT, warning: ANNOTATION_LIMIT, info: overflow ? ANNOTATION_LIMIT - 1 : ANNOTATION_LIMIT };
  const shown = { error: 0, warning: 0, info: 0 };
  const hidden = { error: 0, warning: 0, info: 0 };
  for (const result of results) {
    const file = displayPath(result.filePath, cwd);
    if (result.fatal) {
      out += `::error file=${escapeProperty(file)},title=vbparse::${escapeData(result.fatal)}\n`;
      shown.error++;
      continue;
    }
    for (const m of result.messages) {
      if (shown[m.severity] < limit[m.severity]) {
        out += annotation(file, m);
        shown[m.severity]++;
      } else {
        out += `${file}:${m.line}:${m.column}: ${m.severity} ${m.ruleId} ${m.message}\n`;
        hidden[m.severity]++;
      }
    }
  }
  if (hidden.error + hidden.warning + hidden.info > 0) {
    out += `::notice title=vbparse::${escapeData(format(TEXTS.more, lang, { e: hidden.error, w: hidden.warning, i: hidden.info }))}\n`;
  }
  return out;
};
