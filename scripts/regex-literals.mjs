// An esbuild plugin for the builds (scripts/build.mjs): `vre(/…/flags)` in the sources becomes
// `vre("…", "flags")` in the bundles. vre (src/domain/vietnamese.ts) reads a pattern's source and
// flags and builds its own regular expression, so the result is the same; what goes away is V8
// building the literal first, only for vre to read its source: parsing it, with a table of every
// Unicode range for each `\p{…}`, at every start-up. The sources keep the literal, readable and
// checked by the editor.
import { readFile } from 'node:fs/promises';

/** `/body/flags` starting at `at` (the opening slash): [body, flags, end], or null if it is not one. */
function regexLiteralAt(text, at) {
  let i = at + 1;
  let inClass = false;
  for (; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') return null;
    if (c === '\\') i++;
    else if (c === '[') inClass = true;
    else if (c === ']') inClass = false;
    else if (c === '/' && !inClass) break;
  }
  if (i >= text.length) return null;
  let end = i + 1;
  while (/[a-z]/.test(text[end] ?? '')) end++;
  return [text.slice(at + 1, i), text.slice(i + 1, end), end];
}

/** The text with every `vre(/…/flags)` (a literal as the only argument) passed as strings. */
export function regexLiteralsAsStrings(text) {
  const call = /\bvre\(\//g;
  let out = '';
  let last = 0;
  for (let m = call.exec(text); m !== null; m = call.exec(text)) {
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    if (/^\s*(?:\/\/|\*)/.test(text.slice(lineStart, m.index))) continue; // a comment
    const slash = m.index + m[0].length - 1;
    const literal = regexLiteralAt(text, slash);
    if (!literal || text[literal[2]] !== ')') continue;
    let re;
    try {
      re = new RegExp(literal[0], literal[1]);
    } catch {
      continue; // not a pattern this Node reads: left for the type check and the tests to report
    }
    // The source and flags as V8 reports them for the literal: what vre would have read.
    out += `${text.slice(last, slash)}${JSON.stringify(re.source)}, ${JSON.stringify(re.flags)}`;
    last = literal[2];
    call.lastIndex = literal[2];
  }
  return last === 0 ? text : out + text.slice(last);
}

export const vreLiteralsPlugin = {
  name: 'vre-literals-as-strings',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, async (args) => {
      const text = await readFile(args.path, 'utf8');
      if (!text.includes('vre(/')) return undefined;
      return { contents: regexLiteralsAsStrings(text), loader: 'ts' };
    });
  },
};
