// JSON Schema validation (ajv, draft 2020-12) turned into located, actionable issues.
//
// Compiling a schema with ajv takes longer than validating a thousand specs with it, so
// the validators of the image and catalog schemas are compiled ahead of time (ajv's
// standalone code, packages/{spec,catalog}/generated/, written by `armorred generate` and
// kept current by `armorred check`). A precompiled validator is used only when it was made
// from the schema as it is now; otherwise ajv compiles the schema here, as before.
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import type { Ajv2020 as Ajv2020Class, ErrorObject, Options, ValidateFunction } from 'ajv/dist/2020.js';
import { closest, distance } from 'fastest-levenshtein';
import type { SpecIssue } from './errors.js';
import { PATTERN_RULES } from './schema.js';
import type { Path, YamlSource } from './yaml.js';

const compiled = new WeakMap<object, ValidateFunction>();

/** How every schema is compiled; part of the digest, so changing it makes precompiled validators stale. */
const AJV_OPTIONS = { allErrors: true, strict: true, verbose: true, inlineRefs: false } as const satisfies Options;
/** Bump when withSharedDefinitions or the module renderValidatorModule writes changes. */
const VALIDATOR_FORMAT = 1;

/** A validator ajv compiled ahead of time: a generated module's exports. */
export interface PrecompiledValidator {
  /** schemaDigest() of the schema it was compiled from. */
  schemaDigest: string;
  validate: ValidateFunction;
}

const digests = new WeakMap<object, string>();

/** Identifies a schema and how it is compiled: a precompiled validator with another digest is stale. */
export function schemaDigest(schema: object): string {
  let digest = digests.get(schema);
  if (digest === undefined) {
    digest = createHash('sha256')
      .update(JSON.stringify([VALIDATOR_FORMAT, AJV_OPTIONS, schema]))
      .digest('hex');
    digests.set(schema, digest);
  }
  return digest;
}

/** ajv is loaded only when a schema is compiled (not for a precompiled one): it takes a while to load. */
function newAjv(options: Options): Ajv2020Class {
  const { Ajv2020 } = createRequire(import.meta.url)('ajv/dist/2020.js') as typeof import('ajv/dist/2020.js');
  return new Ajv2020({ ...AJV_OPTIONS, ...options });
}

// Keywords whose values are subschemas (draft 2020-12, as far as the schemas here use them).
const SCHEMA_MAPS = new Set(['properties', 'patternProperties', '$defs']);
const SCHEMA_LISTS = new Set(['anyOf', 'oneOf', 'allOf', 'prefixItems']);
const SCHEMA_VALUES = new Set(['items', 'additionalProperties', 'propertyNames', 'not', 'contains', 'if', 'then', 'else']);

/** Subschemas shared by reference (a tier's keys, probes, expectations) larger than this are compiled once. */
const SHARED_SIZE = 300;

/**
 * The schema with every large subschema it uses more than once (the same object: the
 * TypeScript schema reuses its constants) moved to $defs and referenced, so ajv compiles
 * each once instead of once per use: the image schema's code shrinks about fivefold, and
 * so does the compile time every run pays. Validation results are unchanged.
 */
export function withSharedDefinitions(schema: object): object {
  const uses = new Map<object, number>();
  const children = (node: Record<string, unknown>): object[] =>
    Object.entries(node).flatMap(([keyword, value]) =>
      SCHEMA_MAPS.has(keyword)
        ? Object.values(value as object)
        : SCHEMA_LISTS.has(keyword)
          ? (value as object[])
          : SCHEMA_VALUES.has(keyword) && typeof value === 'object' && value !== null
            ? [value]
            : [],
    );
  const count = (node: object) => {
    const seen = (uses.get(node) ?? 0) + 1;
    uses.set(node, seen);
    if (seen === 1) children(node as Record<string, unknown>).forEach(count);
  };
  count(schema);
  const names = new Map<object, string>();
  const definitions: Record<string, object> = {};
  const rewrite = (node: object, top: boolean): object => {
    if (!top && (uses.get(node) ?? 0) > 1 && JSON.stringify(node).length > SHARED_SIZE) {
      let name = names.get(node);
      if (!name) {
        name = `shared${names.size}`;
        names.set(node, name);
        definitions[name] = rewrite(node, true);
      }
      return { $ref: `#/$defs/${name}` };
    }
    const copy: Record<string, unknown> = {};
    for (const [keyword, value] of Object.entries(node)) {
      if (SCHEMA_MAPS.has(keyword))
        copy[keyword] = Object.fromEntries(Object.entries(value as Record<string, object>).map(([key, child]) => [key, rewrite(child, false)]));
      else if (SCHEMA_LISTS.has(keyword)) copy[keyword] = (value as object[]).map((child) => rewrite(child, false));
      else if (SCHEMA_VALUES.has(keyword) && typeof value === 'object' && value !== null) copy[keyword] = rewrite(value, false);
      else copy[keyword] = value;
    }
    return copy;
  };
  const result = rewrite(schema, true) as Record<string, unknown>;
  return names.size > 0 ? { ...result, $defs: { ...(result.$defs as object | undefined), ...definitions } } : result;
}

function validatorFor(schema: object, precompiled?: PrecompiledValidator): ValidateFunction {
  let validate = compiled.get(schema);
  if (!validate) {
    validate = precompiled?.schemaDigest === schemaDigest(schema) ? precompiled.validate : newAjv({}).compile(withSharedDefinitions(schema));
    compiled.set(schema, validate);
  }
  return validate;
}

/**
 * The module of a precompiled validator of `schema` (ajv standalone code, an ES module
 * exporting `validate` and `schemaDigest`). The schema is not checked against the JSON
 * Schema meta-schema here (the tests do that); strict mode still refuses unknown keywords.
 */
export function renderValidatorModule(schema: object, sourceModule: string): string {
  const ajv = newAjv({ validateSchema: false, code: { source: true, esm: true, lines: true } });
  const validate = ajv.compile(withSharedDefinitions(schema));
  const { default: standaloneCode } = createRequire(import.meta.url)('ajv/dist/standalone/index.js') as typeof import('ajv/dist/standalone/index.js');
  const code = standaloneCode(ajv, validate).replace(/^"use strict";\n?/, '');
  return [
    `// Generated from ${sourceModule} by \`armorred generate\` (ajv standalone code); do not edit.`,
    "import { createRequire } from 'node:module';",
    '// ajv writes require() for its runtime helpers.',
    'const require = createRequire(import.meta.url);',
    `export const schemaDigest = ${JSON.stringify(schemaDigest(schema))};`,
    code,
    '',
  ].join('\n');
}

/** The declarations beside every module renderValidatorModule writes. */
export function renderValidatorDeclarations(sourceModule: string): string {
  return [
    `// Generated from ${sourceModule} by \`armorred generate\`; do not edit.`,
    "import type { ValidateFunction } from 'ajv';",
    'export declare const schemaDigest: string;',
    'export declare const validate: ValidateFunction;',
    'export default validate;',
    '',
  ].join('\n');
}

/** "did you mean" for a misspelt name: the nearest candidate, if it is near enough. */
export function suggest(word: string, candidates: readonly string[]): string | undefined {
  if (candidates.length === 0) return undefined;
  const best = closest(word, [...candidates]);
  const limit = Math.max(2, Math.floor(best.length / 3));
  return distance(word, best) <= limit ? best : undefined;
}

function pathOf(instancePath: string): (string | number)[] {
  if (instancePath === '') return [];
  return instancePath
    .slice(1)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((part) => (/^(0|[1-9][0-9]*)$/.test(part) ? Number(part) : part));
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  return `${typeof value} ${String(value)}`;
}

const TYPE_NAMES: Record<string, string> = {
  object: 'a mapping',
  array: 'a list',
  string: 'a string',
  integer: 'an integer',
  number: 'a number',
  boolean: 'true or false',
};

function schemaDescription(error: ErrorObject): string | undefined {
  const parent = error.parentSchema as { description?: string } | undefined;
  return parent?.description;
}

/** What a union's string form says about `data`, when the union has one string form (with a pattern or length). */
function stringFormProblem(forms: unknown[], data: string): string | undefined {
  const strings = forms.filter((form): form is { type: 'string'; pattern?: string; maxLength?: number } => (form as { type?: unknown }).type === 'string');
  if (strings.length !== 1) return undefined;
  const form = strings[0]!;
  if (form.pattern !== undefined && !new RegExp(form.pattern, 'u').test(data)) return PATTERN_RULES[form.pattern];
  if (form.maxLength !== undefined && data.length > form.maxLength) return `it is too long; at most ${form.maxLength} characters`;
  return undefined;
}

function messageFor(error: ErrorObject): { message: string; at: 'key' | 'value'; path: Path } {
  const path = pathOf(error.instancePath);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const allowed = Object.keys((error.parentSchema as { properties?: object }).properties ?? {});
      const near = suggest(key, allowed);
      const hint = near ? `did you mean "${near}"?` : allowed.length ? `valid keys here: ${allowed.join(', ')}` : 'no keys are allowed here';
      return { message: `unknown key "${key}"; ${hint}`, at: 'key', path: [...path, key] };
    }
    case 'required': {
      const key = String(params.missingProperty);
      return { message: `missing required key "${key}"; add it to this mapping`, at: 'key', path };
    }
    case 'type': {
      const expected = String(params.type)
        .split(',')
        .map((type) => TYPE_NAMES[type] ?? type)
        .join(' or ');
      const got = error.data;
      const quote = params.type === 'string' && (typeof got === 'number' || typeof got === 'boolean') ? `; quote it: "${String(got)}"` : '';
      return { message: `must be ${expected}, got ${describe(got)}${quote}`, at: 'value', path };
    }
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map(String);
      const near = typeof error.data === 'string' ? suggest(error.data, allowed) : undefined;
      return {
        message: `${describe(error.data)} is not allowed; use one of: ${allowed.join(', ')}${near ? ` (did you mean "${near}"?)` : ''}`,
        at: 'value',
        path,
      };
    }
    case 'pattern': {
      const rule = PATTERN_RULES[String(params.pattern)] ?? schemaDescription(error);
      return {
        message: `${describe(error.data)} is not valid: ${rule ?? `it must match ${String(params.pattern)}`}`,
        at: 'value',
        path,
      };
    }
    case 'propertyNames': {
      const name = String(params.propertyName);
      const rule = (error.parentSchema as { propertyNames?: { description?: string } }).propertyNames?.description;
      return { message: `key "${name}" is not a valid name here${rule ? `: ${rule}` : ''}`, at: 'key', path: [...path, name] };
    }
    case 'minimum':
    case 'maximum': {
      const parent = error.parentSchema as { minimum?: number; maximum?: number };
      return {
        message: `${describe(error.data)} is out of range; use a value from ${parent.minimum ?? '-∞'} to ${parent.maximum ?? '∞'}`,
        at: 'value',
        path,
      };
    }
    case 'maxLength':
      return { message: `is too long; at most ${String(params.limit)} characters`, at: 'value', path };
    case 'minLength':
      return { message: 'must not be empty', at: 'value', path };
    case 'maxItems':
      return { message: `has too many entries; at most ${String(params.limit)}`, at: 'value', path };
    case 'maxProperties':
      return { message: `has too many keys; at most ${String(params.limit)}`, at: 'value', path };
    case 'anyOf':
    case 'oneOf': {
      // A string where one form is a string: say what is wrong with it as that string.
      const stringForm = typeof error.data === 'string' ? stringFormProblem(error.schema as unknown[], error.data) : undefined;
      return {
        message: `${describe(error.data)} is not valid: ${stringForm ?? schemaDescription(error) ?? 'it matches none of the allowed forms'}`,
        at: 'value',
        path,
      };
    }
    default:
      return { message: error.message ?? `fails ${error.keyword}`, at: 'value', path };
  }
}

/**
 * Validates `source.value` against `schema`; returns located issues (empty when valid).
 * `precompiled`: the schema's generated validator, used when it is current.
 */
export function checkAgainstSchema(source: YamlSource, schema: object, precompiled?: PrecompiledValidator): SpecIssue[] {
  const validate = validatorFor(schema, precompiled);
  if (validate(source.value)) return [];
  const errors = validate.errors ?? [];
  // An anyOf failure explains itself; drop the per-branch noise at and beneath its value
  // (every union here is the whole schema of its value, so all of it is branch noise).
  const unions = errors.filter((error) => error.keyword === 'anyOf' || error.keyword === 'oneOf');
  const kept = errors.filter(
    (error) =>
      !unions.some((union) => union !== error && (error.instancePath === union.instancePath || error.instancePath.startsWith(`${union.instancePath}/`))),
  );
  const seen = new Set<string>();
  const issues: SpecIssue[] = [];
  for (const error of kept) {
    // propertyNames reports the name and then a pattern error on it; keep the first.
    if (error.keyword === 'pattern' && error.propertyName !== undefined) continue;
    const { message, at, path } = messageFor(error);
    const issue = source.issue(path, message, at);
    const id = `${issue.line}:${issue.column}:${issue.message}`;
    if (!seen.has(id)) {
      seen.add(id);
      issues.push(issue);
    }
  }
  return issues;
}
