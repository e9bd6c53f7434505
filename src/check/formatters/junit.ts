/** JUnit XML (as CI servers read it): one test suite per file, one failing test case per message. */
import type { Formatter } from './index.js';
import { displayPath } from './index.js';

function xml(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

export const junit: Formatter = (results, { cwd }) => {
  let out = '<?xml version="1.0" encoding="utf-8"?>\n<testsuites name="vbparse check">\n';
  for (const result of results) {
    const file = displayPath(result.filePath, cwd);
    const messages = result.messages;
    const failures = result.fatal ? 1 : messages.filter((m) => m.severity !== 'info').length;
    out += `  <testsuite package="vbparse" name="${xml(file)}" tests="${Math.max(1, messages.length)}" failures="${failures}" errors="0">\n`;
    if (result.fatal) {
      out += `    <testcase name="${xml(file)}" classname="vbparse"><failure message="${xml(result.fatal)}"/></testcase>\n`;
    } else if (messages.length === 0) {
      out += `    <testcase name="${xml(file)}" classname="vbparse"/>\n`;
    }
    for (const m of messages) {
      const name = `${file}:${m.line}:${m.column} ${m.ruleId} ${m.ruleName}`;
      if (m.severity === 'info') {
        out += `    <testcase name="${xml(name)}" classname="${xml(m.ruleId)}"><system-out>${xml(m.message)}</system-out></testcase>\n`;
        continue;
      }
      out += `    <testcase name="${xml(name)}" classname="${xml(m.ruleId)}"><failure message="${xml(m.message)}" type="${m.severity}">${xml(`${m.severity}: ${m.message} (${file}:${m.line}:${m.column}) ${m.url}`)}</failure></testcase>\n`;
    }
    out += '  </testsuite>\n';
  }
  return `${out}</testsuites>\n`;
};
