/**
 * Compiles the zod schema of the output into a stand-alone validator (TypeScript source), written
 * to `src/schema/document-validator.generated.ts` by every build (`scripts/build.mjs`; not in git).
 *
 * Why: every result is validated. zod/mini interprets the schema object by object — a tenth of a
 * batch's parse time — and building the schema is a good part of a one-file CLI run's start-up.
 * The generated code checks the same things in straight-line code and needs no zod at run time, as
 * ajv's standalone mode does for JSON Schema. The zod schema stays the single definition: the
 * generated file is derived from it, and a test fails when it is stale or when the two disagree.
 *
 * Only what the output schema uses is supported (object, array, record of strings, string,
 * boolean, safe integer with `minimum`, enum, literal, nullable, optional); anything else throws
 * here, at generation time, rather than being checked loosely.
 */
import type * as z from 'zod/mini';
import { documentSchema, SCHEMA_VERSION } from './document.js';

/** Where the build writes the validator of the output schema. */
export const DOCUMENT_VALIDATOR_PATH = 'src/schema/document-validator.generated.ts';

/** The source of `src/schema/document-validator.generated.ts`. */
export function documentValidatorSource(): string {
  return compileValidator(documentSchema, { SCHEMA_VERSION });
}

interface Def {
  readonly type: string;
  readonly format?: string;
  readonly checks?: readonly { readonly _zod: { readonly def: { readonly check: string; readonly value?: unknown; readonly inclusive?: boolean } } }[];
  readonly shape?: Record<string, Schema>;
  readonly element?: Schema;
  readonly innerType?: Schema;
  readonly keyType?: Schema;
  readonly valueType?: Schema;
  readonly entries?: Record<string, unknown>;
  readonly values?: readonly unknown[];
  readonly catchall?: unknown;
}
type Schema = { readonly _zod: { readonly def: Def } };

/** TypeScript source of `documentIssues` / `isValidDocument` for `schema`, with `constants` exported beside. */
export function compileValidator(schema: z.ZodMiniType, constants: Record<string, string> = {}): string {
  const objects = new Map<Schema, string>();
  const bodies: string[] = [];
  const sets: string[] = [];
  let temp = 0;

  const setOf = (values: readonly unknown[]): string => {
    const name = `VALUES_${sets.length}`;
    sets.push(`const ${name} = new Set<unknown>(${JSON.stringify(values)});`);
    return name;
  };

  /** Statements that check `value` (a JS expression) at `path` (an expression, null in the fast mode). */
  const check = (s: Schema, value: string, path: string, depth: number): string => {
    const def = s._zod.def;
    const pad = '  '.repeat(depth);
    if (def.type !== 'number' && (def.checks?.length ?? 0) > 0) {
      throw new Error(`compileValidator: check ${def.checks![0]!._zod.def.check} on ${def.type} is not supported`);
    }
    const fail = (expected: string, at = `${pad}  `) => `${at}if (out === null) return false;\n${at}out.push(issue(${path}, ${JSON.stringify(expected)}, ${value}));\n`;
    switch (def.type) {
      case 'string':
      case 'boolean':
        return `${pad}if (typeof ${value} !== '${def.type}') {\n${fail(def.type)}${pad}}\n`;
      case 'number': {
        if (def.format !== 'safeint') throw new Error(`compileValidator: number format ${String(def.format)} is not supported`);
        let out = `${pad}if (!Number.isSafeInteger(${value})) {\n${fail('int')}${pad}}`;
        for (const c of def.checks ?? []) {
          const cd = c._zod.def;
          if (cd.check !== 'greater_than' || typeof cd.value !== 'number') throw new Error(`compileValidator: check ${cd.check} is not supported`);
          out += ` else if (${value} ${cd.inclusive ? '<' : '<='} ${cd.value}) {\n${fail(`int ${cd.inclusive ? '>=' : '>'} ${cd.value}`)}${pad}}`;
        }
        return `${out}\n`;
      }
      case 'enum': {
        const values = Object.values(def.entries ?? {});
        return `${pad}if (!${setOf(values)}.has(${value})) {\n${fail(`one of ${values.map((v) => JSON.stringify(v)).join(', ')}`)}${pad}}\n`;
      }
      case 'literal': {
        const values = def.values ?? [];
        return `${pad}if (!${setOf(values)}.has(${value})) {\n${fail(values.map((v) => JSON.stringify(v)).join(' or '))}${pad}}\n`;
      }
      case 'nullable':
        return `${pad}if (${value} !== null) {\n${check(def.innerType!, value, path, depth + 1)}${pad}}\n`;
      case 'optional':
        return `${pad}if (${value} !== undefined) {\n${check(def.innerType!, value, path, depth + 1)}${pad}}\n`;
      case 'array': {
        const i = `i${temp}`;
        const item = `x${temp++}`;
        return (
          `${pad}if (!Array.isArray(${value})) {\n${fail('array')}${pad}} else {\n` +
          `${pad}  for (let ${i} = 0; ${i} < ${value}.length; ${i}++) {\n` +
          `${pad}    const ${item}: any = ${value}[${i}];\n` +
          check(def.element!, item, `at(${path}, ${i})`, depth + 2) +
          `${pad}  }\n${pad}}\n`
        );
      }
      case 'record': {
        if (def.keyType?._zod.def.type !== 'string' || (def.keyType._zod.def.checks?.length ?? 0) > 0) throw new Error('compileValidator: only records with plain string keys are supported');
        const key = `k${temp}`;
        const item = `x${temp++}`;
        return (
          `${pad}if (!isPlainObject(${value})) {\n${fail('record')}${pad}} else {\n` +
          `${pad}  for (const ${key} of Reflect.ownKeys(${value})) {\n` +
          `${pad}    if (typeof ${key} !== 'string') {\n${fail('string key', `${pad}      `)}${pad}      continue;\n${pad}    }\n` +
          `${pad}    if (${key} === '__proto__') continue;\n` +
          `${pad}    const ${item}: any = ${value}[${key}];\n` +
          check(def.valueType!, item, `at(${path}, ${key})`, depth + 2) +
          `${pad}  }\n${pad}}\n`
        );
      }
      case 'object': {
        const name = objectFunction(s);
        return `${pad}if (!${name}(${value}, ${path}, out) && out === null) return false;\n`;
      }
      default:
        throw new Error(`compileValidator: zod type ${def.type} is not supported`);
    }
  };

  /** One function per object schema (shared by every use, and recursive ones call themselves). */
  const objectFunction = (s: Schema): string => {
    const known = objects.get(s);
    if (known !== undefined) return known;
    const def = s._zod.def;
    if (def.catchall !== undefined) throw new Error('compileValidator: objects with a catchall are not supported');
    const name = `object${objects.size}`;
    objects.set(s, name);
    const shape = def.shape ?? {};
    let body = `function ${name}(v: any, p: Path | null, out: SchemaIssue[] | null): boolean {\n`;
    body += `  if (typeof v !== 'object' || v === null || Array.isArray(v)) {\n    if (out !== null) out.push(issue(p, 'object', v));\n    return false;\n  }\n`;
    for (const key of Object.keys(shape)) {
      const field = shape[key]!;
      const item = `x${temp++}`;
      body += `  const ${item}: any = v[${JSON.stringify(key)}];\n`;
      body += check(field, item, `at(p, ${JSON.stringify(key)})`, 1);
    }
    body += '  return out === null || out.length === 0;\n}\n';
    bodies.push(body);
    return name;
  };

  const root = objectFunction(schema as unknown as Schema);
  const exported = Object.entries(constants).map(([name, value]) => `export const ${name} = ${JSON.stringify(value)};\n`).join('');
  return `${HEADER}${exported}
/** A place where the value does not match the schema. */
export interface SchemaIssue {
  readonly path: readonly (string | number)[];
  readonly message: string;
}
type Path = (string | number)[];

/** True when \`value\` matches the output schema (the same verdict as \`documentSchema.safeParse\`). */
export function isValidDocument(value: unknown): boolean {
  return ${root}(value, null, null);
}

/** Every place where \`value\` does not match the output schema; empty when it matches. */
export function documentIssues(value: unknown): SchemaIssue[] {
  const out: SchemaIssue[] = [];
  ${root}(value, [], out);
  return out;
}

function issue(path: Path | null, expected: string, value: unknown): SchemaIssue {
  const received = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
  return { path: path ?? [], message: \`expected \${expected}, received \${received}\` };
}

/** The path one step down; null in the fast mode, which keeps no paths. */
function at(path: Path | null, key: string | number): Path | null {
  return path === null ? null : [...path, key];
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

${sets.join('\n')}

${bodies.reverse().join('\n')}`;
}

const HEADER = `// Generated by the build (scripts/build.mjs) from the zod schema (src/schema/document.ts) by
// src/schema/compile-validator.ts. Do not edit, and not in git: change the zod schema and build.
/* eslint-disable */
`;
