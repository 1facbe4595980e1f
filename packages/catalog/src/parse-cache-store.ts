// Where the parse cache lives between runs: node_modules/.cache/armorred beside the tools
// (a tool cache, like eslint's), never in the catalog, so validating writes nothing there.
// ARMORRED_CACHE=off turns it off (benchmarks use that for cold figures).
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { ParseCache } from '@armorred/spec';

/** Entries kept at most; the ones used longest ago go first. */
const MAX_ENTRIES = 20_000;

interface StoredCache {
  entries: Record<string, { value: unknown; used: number }>;
}

export interface PersistentParseCache extends ParseCache {
  /** Writes the cache if it changed; never throws (a cache is an optimisation). */
  save(): void;
}

export function defaultCacheFile(): string {
  const nodeModules = dirname(dirname(createRequire(import.meta.url).resolve('yaml/package.json')));
  return join(nodeModules, '.cache', 'armorred', 'parsed-yaml.json');
}

export function openParseCache(file = defaultCacheFile(), env: NodeJS.ProcessEnv = process.env): PersistentParseCache | undefined {
  if (env.ARMORRED_CACHE === 'off') return undefined;
  let stored: StoredCache = { entries: {} };
  try {
    stored = JSON.parse(readFileSync(file, 'utf8')) as StoredCache;
    if (typeof stored.entries !== 'object' || stored.entries === null) stored = { entries: {} };
  } catch {
    // No cache yet, or an unreadable one: start empty.
  }
  const now = Date.now();
  let changed = false;
  return {
    get(key) {
      const entry = stored.entries[key];
      if (!entry) return undefined;
      entry.used = now;
      changed = true;
      return entry.value;
    },
    set(key, value) {
      stored.entries[key] = { value, used: now };
      changed = true;
    },
    save() {
      if (!changed) return;
      try {
        const keys = Object.keys(stored.entries);
        if (keys.length > MAX_ENTRIES) {
          keys.sort((a, b) => stored.entries[a]!.used - stored.entries[b]!.used);
          for (const key of keys.slice(0, keys.length - MAX_ENTRIES)) delete stored.entries[key];
        }
        mkdirSync(dirname(file), { recursive: true });
        const temp = `${file}.tmp-${process.pid}`;
        writeFileSync(temp, JSON.stringify(stored));
        renameSync(temp, file);
      } catch {
        // Read-only installation or full disk: run without a cache.
      }
    },
  };
}
