/** Output formats of `vbparse check`, one module each (ESLint's formatter shape: results → text). */
import type { Lang, LintResult } from '../types.js';

export interface FormatterContext {
  readonly lang: Lang;
  /** Folder file paths are shown relative to. */
  readonly cwd: string;
  /** Colour (stylish only). */
  readonly color: boolean;
  readonly version: string;
}

export type Formatter = (results: readonly LintResult[], context: FormatterContext) => string | Promise<string>;

export const FORMATTER_NAMES = ['stylish', 'json', 'github', 'sarif', 'junit', 'gitlab'] as const;
export type FormatterName = (typeof FORMATTER_NAMES)[number];

export async function loadFormatter(name: FormatterName): Promise<Formatter> {
  switch (name) {
    case 'stylish':
      return (await import('./stylish.js')).stylish;
    case 'json':
      return (await import('./json.js')).json;
    case 'github':
      return (await import('./github.js')).github;
    case 'sarif':
      return (await import('./sarif.js')).sarif;
    case 'junit':
      return (await import('./junit.js')).junit;
    case 'gitlab':
      return (await import('./gitlab.js')).gitlab;
  }
}

/** A path as shown to the user: relative to `cwd`, with forward slashes. */
export function displayPath(path: string, cwd: string): string {
  const normalized = path.replace(/\\/g, '/');
  const base = cwd.replace(/\\/g, '/').replace(/\/?$/, '/');
  return normalized.startsWith(base) ? normalized.slice(base.length) : normalized;
}
