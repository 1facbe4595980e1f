// Where the parse cache lives between runs: node_modules/.cache/armorred beside the tools
// (a tool cache, like eslint's), never in the catalog, so validating writes nothing there.
// ARMORRED_CACHE=off turns it off (benchmarks use that for cold figures);
// ARMORRED_CACHE_DIR=DIR puts it elsewhere (tests use a scratch folder).
//
// The file is read and written like a repository file (@armorred/repository): no symlink
// is followed, its size is checked before it is read, and it is replaced through an
// exclusive temporary file with an unguessable name, so two runs writing at once never
// collide (the last complete file wins). It is bounded: each entry, the number of
// entries and the whole file; the entries used longest ago go first. A run that parsed
// nothing new does not rewrite it.
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { readIfPresent, writeRepositoryFile } from '@armorred/repository';
import { PARSE_CACHE_VERSION, type ParseCache } from '@armorred/spec';

export interface ParseCacheLimits {
  /** Entries kept at most. */
  entries: number;
  /** One entry's value, as JSON, at most (a spec's value is a few KiB). */
  entryBytes: number;
  /** The whole file at most. */
  totalBytes: number;
}

export const PARSE_CACHE_LIMITS: ParseCacheLimits = { entries: 20_000, entryBytes: 256 * 1024, totalBytes: 32 * 1024 * 1024 };

/** An entry's last use is recorded again (and the file rewritten) only when older than this. */
const TOUCH_AFTER_MS = 24 * 60 * 60 * 1000;

/** The cache file: a folder that is never followed through a symlink, and a path inside it. */
export interface CacheLocation {
  root: string;
  path: string;
}

/** [key, last use (ms since the epoch), value as JSON] */
type Entry = [string, number, string];

interface StoredCache {
  format: string;
  entries: Entry[];
}

export interface PersistentParseCache extends ParseCache {
  /** Writes the cache if an entry was added (or a use must be recorded); never throws (a cache is an optimisation). */
  save(): void;
}

const require = createRequire(import.meta.url);

/** What the stored values depend on: the parser's rules and the yaml package's version. */
function storeFormat(): string {
  return `${PARSE_CACHE_VERSION}/yaml-${(require('yaml/package.json') as { version: string }).version}`;
}

export function defaultCacheLocation(env: NodeJS.ProcessEnv = process.env): CacheLocation {
  if (env.ARMORRED_CACHE_DIR) return { root: env.ARMORRED_CACHE_DIR, path: 'parsed-yaml.json' };
  const nodeModules = dirname(dirname(require.resolve('yaml/package.json')));
  return { root: nodeModules, path: '.cache/armorred/parsed-yaml.json' };
}

function isEntry(value: unknown): value is Entry {
  return Array.isArray(value) && value.length === 3 && typeof value[0] === 'string' && typeof value[1] === 'number' && typeof value[2] === 'string';
}

function load(location: CacheLocation, limits: ParseCacheLimits, format: string): Map<string, Entry> {
  const entries = new Map<string, Entry>();
  try {
    const bytes = readIfPresent(location.root, location.path, { maxBytes: limits.totalBytes, what: 'the parse cache' });
    if (bytes === undefined) return entries;
    const stored = JSON.parse(bytes.toString('utf8')) as Partial<StoredCache>;
    if (stored.format !== format || !Array.isArray(stored.entries)) return entries;
    for (const entry of stored.entries) if (isEntry(entry) && entry[2].length <= limits.entryBytes) entries.set(entry[0], entry);
  } catch {
    // No cache, a refused one (a symlink, too large) or a corrupt one: start empty.
  }
  return entries;
}

export function openParseCache(
  location: CacheLocation = defaultCacheLocation(),
  env: NodeJS.ProcessEnv = process.env,
  limits: ParseCacheLimits = PARSE_CACHE_LIMITS,
): PersistentParseCache | undefined {
  if (env.ARMORRED_CACHE === 'off') return undefined;
  const format = storeFormat();
  const entries = load(location, limits, format);
  const now = Date.now();
  let changed = false;
  return {
    get(key) {
      const entry = entries.get(key);
      if (!entry) return undefined;
      if (now - entry[1] > TOUCH_AFTER_MS) {
        entry[1] = now;
        changed = true;
      }
      try {
        return JSON.parse(entry[2]) as unknown;
      } catch {
        entries.delete(key);
        return undefined;
      }
    },
    set(key, value) {
      const json = JSON.stringify(value);
      if (json === undefined || json.length > limits.entryBytes) return;
      entries.set(key, [key, now, json]);
      changed = true;
    },
    save() {
      if (!changed) return;
      try {
        // Newest first; keep what fits the limits.
        const kept: string[] = [];
        let total = format.length + 32;
        for (const entry of [...entries.values()].sort((a, b) => b[1] - a[1])) {
          const json = JSON.stringify(entry);
          const size = Buffer.byteLength(json) + 1;
          if (kept.length >= limits.entries || total + size > limits.totalBytes) break;
          kept.push(json);
          total += size;
        }
        writeRepositoryFile(location.root, location.path, `{"format":${JSON.stringify(format)},"entries":[${kept.join(',')}]}`);
      } catch {
        // Read-only installation, full disk or a refused cache file: run without a cache.
      }
    },
  };
}
