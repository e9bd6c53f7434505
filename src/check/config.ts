/**
 * Lint configuration: `.vbparserc.json`, `.vbparserc.yaml`/`.yml` or the `vbparse` key of
 * `package.json`, found from each file's folder upward (stopping at `root: true`) and merged with
 * the parents' (the nearer file wins, rule by rule); `extends` presets first, then `rules`, then the
 * `overrides` whose globs match the file. `--config FILE` uses that file alone.
 */
import { readFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { configSchema, type VbparseConfig } from '../schema/config.js';
import type { RuleSetting } from './lint.js';
import { RULES, ruleById } from './rules/index.js';
import type { Lang, SeveritySetting } from './types.js';

export class ConfigError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(`${file}: ${message}`);
  }
}

export const CONFIG_FILES = ['.vbparserc.json', '.vbparserc.yaml', '.vbparserc.yml', 'package.json'] as const;

/** The settings a file is linted with. */
export interface ResolvedConfig {
  readonly lang: Lang | undefined;
  readonly rules: Readonly<Record<string, RuleSetting>>;
  /** The config files that applied, nearest last. */
  readonly files: readonly string[];
}

interface LoadedConfig {
  readonly path: string;
  readonly dir: string;
  readonly config: VbparseConfig;
}

type RuleEntry = NonNullable<VbparseConfig['rules']>[string];

/** Preset rule settings (`extends`). */
export function presetRules(name: 'recommended' | 'nd30' | 'hd36'): Record<string, RuleSetting> {
  const out: Record<string, RuleSetting> = {};
  for (const rule of RULES) {
    const on = name === 'recommended' || (name === 'nd30' ? rule.families.includes('state') : rule.families.includes('party'));
    out[rule.id] = { severity: on ? rule.severity : 'off' };
  }
  return out;
}

function toSetting(entry: RuleEntry): RuleSetting {
  if (typeof entry === 'string') return { severity: entry };
  return { severity: entry[0], ...(entry[1] ? { options: entry[1] } : {}) };
}

export async function readConfigFile(path: string): Promise<VbparseConfig | null> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return null;
    throw new ConfigError(path, `cannot read the config file (${code ?? String(error)})`);
  }
  let raw: unknown;
  try {
    if (/\.ya?ml$/.test(path)) raw = (await import('yaml')).parse(text);
    else raw = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(path, `the config file is not valid ${/\.ya?ml$/.test(path) ? 'YAML' : 'JSON'} (${(error as Error).message.split('\n')[0]})`);
  }
  if (path.endsWith('package.json')) {
    raw = (raw as { vbparse?: unknown } | null)?.vbparse;
    if (raw === undefined) return null;
  }
  const checked = configSchema.safeParse(raw ?? {});
  if (!checked.success) {
    const issue = checked.error.issues[0]!;
    const where = issue.path.length > 0 ? `"${issue.path.join('.')}"` : 'the config';
    throw new ConfigError(path, issue.code === 'unrecognized_keys' ? `unknown key ${(issue as { keys?: string[] }).keys?.map((k) => `"${k}"`).join(', ')}` : `${where} is not valid (${issue.message})`);
  }
  for (const id of Object.keys(checked.data.rules ?? {})) {
    if (!ruleById(id)) throw new ConfigError(path, `unknown rule "${id}" (see vbparse rules)`);
  }
  for (const o of checked.data.overrides ?? []) {
    for (const id of Object.keys(o.rules ?? {})) if (!ruleById(id)) throw new ConfigError(path, `unknown rule "${id}" (see vbparse rules)`);
  }
  return checked.data;
}

/** Finds and caches the config files of each folder. */
export class ConfigResolver {
  private readonly perDir = new Map<string, Promise<LoadedConfig | null>>();

  constructor(private readonly explicit: string | false | undefined) {}

  private loadDir(dir: string): Promise<LoadedConfig | null> {
    let pending = this.perDir.get(dir);
    if (!pending) {
      pending = (async () => {
        for (const name of CONFIG_FILES) {
          const path = join(dir, name);
          const config = await readConfigFile(path);
          if (config) return { path, dir, config };
        }
        return null;
      })();
      this.perDir.set(dir, pending);
    }
    return pending;
  }

  /** The chain of configs that apply to a file, farthest first. */
  async chainFor(file: string): Promise<LoadedConfig[]> {
    if (this.explicit === false) return [];
    if (this.explicit !== undefined) {
      const path = resolve(this.explicit);
      const config = await readConfigFile(path);
      if (!config) throw new ConfigError(this.explicit, 'no such config file');
      return [{ path, dir: dirname(path), config }];
    }
    const chain: LoadedConfig[] = [];
    let dir = dirname(resolve(file));
    for (;;) {
      const found = await this.loadDir(dir);
      if (found) {
        chain.unshift(found);
        if (found.config.root) break;
      }
      const parent = dirname(dir);
      if (parent === dir) break;
      dir = parent;
    }
    return chain;
  }

  async resolve(file: string): Promise<ResolvedConfig> {
    const chain = await this.chainFor(file);
    const rules: Record<string, RuleSetting> = {};
    let lang: Lang | undefined;
    const set = (id: string, setting: RuleSetting) => {
      const rule = ruleById(id);
      if (rule) rules[rule.id] = setting;
    };
    for (const { config, dir } of chain) {
      const presets = config.extends === undefined ? [] : Array.isArray(config.extends) ? config.extends : [config.extends];
      for (const preset of presets) for (const [id, s] of Object.entries(presetRules(preset))) set(id, s);
      for (const [id, entry] of Object.entries(config.rules ?? {})) set(id, toSetting(entry));
      if (config.overrides?.length) {
        const picomatch = (await import('picomatch')).default;
        const path = relative(dir, resolve(file)).split(sep).join('/');
        for (const o of config.overrides) {
          const globs = Array.isArray(o.files) ? o.files : [o.files];
          if (!picomatch(globs, { dot: true, matchBase: !globs.some((g) => g.includes('/')) })(path)) continue;
          for (const [id, entry] of Object.entries(o.rules ?? {})) set(id, toSetting(entry));
        }
      }
      if (config.lang) lang = config.lang;
    }
    return { lang, rules, files: chain.map((c) => c.path) };
  }
}

/** The merged config as `--print-config` shows it: every rule with its severity. */
export function printableConfig(resolved: ResolvedConfig): Record<string, unknown> {
  const rules: Record<string, SeveritySetting | [SeveritySetting, Readonly<Record<string, unknown>>]> = {};
  for (const rule of RULES) {
    const s = resolved.rules[rule.id];
    const severity = s?.severity ?? rule.severity;
    rules[`${rule.id}`] = s?.options ? [severity, s.options] : severity;
  }
  return { configFiles: resolved.files, lang: resolved.lang ?? 'vi', rules };
}
