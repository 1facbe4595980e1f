// A cache of parsed YAML documents, keyed by the sha256 of the file's bytes: parsing
// with the `yaml` package is most of the time `validate`, `generate` and `check` take on
// a large catalog (about 1.5 ms per spec), and most specs do not change between runs.
// Only documents that parsed cleanly are stored; a hit returns the same value, and the
// source positions (needed only to report an issue) come from a real parse on demand.
import { createHash } from 'node:crypto';
import { parseYamlFile, type YamlSource } from './yaml.js';

/** Bump when parsing changes what a document yields. */
export const PARSE_CACHE_VERSION = 'armorred-yaml-1';

export interface ParseCache {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
}

export function parseCacheKey(bytes: Uint8Array): string {
  return createHash('sha256').update(PARSE_CACHE_VERSION).update(bytes).digest('hex');
}

/** parseYamlFile, served from `cache` when the same bytes were parsed before. */
export function parseYamlFileCached(file: string, bytes: Uint8Array, cache?: ParseCache): YamlSource {
  if (!cache) return parseYamlFile(file, bytes);
  const key = parseCacheKey(bytes);
  const value = cache.get(key);
  if (value === undefined) {
    const source = parseYamlFile(file, bytes);
    if (survivesJson(source.value)) cache.set(key, source.value);
    return source;
  }
  let parsed: YamlSource | undefined;
  const real = () => (parsed ??= parseYamlFile(file, bytes));
  return {
    file,
    value,
    locate: (path) => real().locate(path),
    locateKey: (path) => real().locateKey(path),
    has: (path) => real().has(path),
    issue: (path, message, at) => real().issue(path, message, at),
  };
}

/** Whether a JSON round trip gives the value back unchanged (no .inf/.nan, no undefined). */
function survivesJson(value: unknown): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(survivesJson);
  if (typeof value === 'object') return Object.values(value as object).every(survivesJson);
  return false;
}
