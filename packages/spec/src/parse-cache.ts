// A cache of parsed YAML documents, keyed by the sha256 of the file's bytes: parsing
// with the `yaml` package is most of the time `validate`, `generate` and `check` take on
// a large catalog (about 1.5 ms per spec), and most specs do not change between runs.
//
// A hit must give the same answer as a cold parse, and a hostile spec must not be able
// to fill the cache. So only specs that validated are stored (the caller says when, with
// remember()), only values a JSON round trip gives back unchanged, and the store bounds
// each entry and the whole cache. A hit returns the same value; the source positions
// (needed only to report an issue) come from a real parse on demand. What else a stored
// value has passed (the image schema, by its digest) is part of its key, so a hit has
// passed it too and the caller need not check it again.
import { createHash } from 'node:crypto';
import { deferredSource, parseYamlFile, type YamlSource } from './yaml.js';

/** Bump when parsing changes what a document yields or refuses, or keys change. */
export const PARSE_CACHE_VERSION = 'armorred-yaml-3';

export interface ParseCache {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
}

/** `passed`: what a stored value has passed besides parsing (e.g. a schema digest); empty for nothing. */
export function parseCacheKey(bytes: Uint8Array, passed = ''): string {
  return createHash('sha256').update(`${PARSE_CACHE_VERSION}\n${passed}\n`).update(bytes).digest('hex');
}

export interface CachedParse {
  source: YamlSource;
  /** Whether the value came from the cache. */
  hit: boolean;
  /** Stores the parsed value in the cache; call it only once the document validated. */
  remember(): void;
}

/**
 * parseYamlFile, served from `cache` when the same bytes were parsed and validated before.
 * `passed`: what the caller checks before remember() besides the parse (e.g. the digest of
 * a schema): a hit has passed it.
 */
export function parseYamlFileCached(file: string, bytes: Uint8Array, cache?: ParseCache, passed = ''): CachedParse {
  if (!cache) return { source: parseYamlFile(file, bytes), hit: false, remember: () => undefined };
  const key = parseCacheKey(bytes, passed);
  const value = cache.get(key);
  if (value === undefined) {
    const source = parseYamlFile(file, bytes);
    return {
      source,
      hit: false,
      remember: () => {
        if (survivesJson(source.value)) cache.set(key, source.value);
      },
    };
  }
  return { source: deferredSource(file, value, () => parseYamlFile(file, bytes)), hit: true, remember: () => undefined };
}

/** Whether a JSON round trip gives the value back unchanged (no .inf/.nan/-0, no undefined, plain objects only). */
export function survivesJson(value: unknown): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value) && !Object.is(value, -0);
  if (Array.isArray(value)) return value.every(survivesJson);
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) return Object.values(value as object).every(survivesJson);
  return false;
}
