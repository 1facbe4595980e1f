import { describe, expect, it } from 'vitest';
import { SpecError, formatIssue } from './errors.js';
import { loadImageSpec } from './load.js';
import { parseCacheKey, parseYamlFileCached, type ParseCache } from './parse-cache.js';

function memoryCache(): ParseCache & { entries: Map<string, unknown> } {
  const entries = new Map<string, unknown>();
  return { entries, get: (key) => entries.get(key), set: (key, value) => void entries.set(key, value) };
}

const SPEC = Buffer.from(`name: web
version: 1.0.0
line: "1.0"
description: A web server
licenses: MIT
nixpkgs: nixos-24.11
package: { attr: web }
runtime:
  entrypoint: [/bin/web]
  usr: 1
tiers: { hardened: {}, locked: {} }
`);

function issues(cache?: ParseCache): string[] {
  try {
    loadImageSpec('image.yaml', SPEC, { defaults: { user: 65534, group: 65534 }, sourceFile: () => 'file' }, cache);
    return [];
  } catch (error) {
    return (error as SpecError).issues.map(formatIssue);
  }
}

describe('the parse cache', () => {
  it('serves the same value for the same bytes, and keys by content', () => {
    const cache = memoryCache();
    const first = parseYamlFileCached('a.yaml', Buffer.from('a: 1\n'), cache);
    const second = parseYamlFileCached('a.yaml', Buffer.from('a: 1\n'), cache);
    expect(second.value).toEqual(first.value);
    expect(cache.entries.size).toBe(1);
    expect(parseCacheKey(Buffer.from('a: 1\n'))).not.toBe(parseCacheKey(Buffer.from('a: 2\n')));
  });

  it('reports issues at the same places from a cached parse (positions come from a real parse)', () => {
    const cache = memoryCache();
    const uncached = issues();
    expect(uncached).toEqual(['image.yaml:10:3: runtime.usr: unknown key "usr"; did you mean "user"?']);
    expect(issues(cache)).toEqual(uncached);
    expect(cache.entries.size).toBe(1);
    expect(issues(cache)).toEqual(uncached);
  });

  it('does not store what JSON cannot hold, nor documents that fail to parse', () => {
    const cache = memoryCache();
    parseYamlFileCached('a.yaml', Buffer.from('a: .inf\n'), cache);
    expect(cache.entries.size).toBe(0);
    expect(() => parseYamlFileCached('a.yaml', Buffer.from('a: [\n'), cache)).toThrow(SpecError);
    expect(cache.entries.size).toBe(0);
  });
});
