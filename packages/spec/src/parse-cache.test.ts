import { describe, expect, it } from 'vitest';
import { SpecError, formatIssue } from './errors.js';
import { loadImageSpec } from './load.js';
import { parseCacheKey, parseYamlFileCached, type ParseCache } from './parse-cache.js';
import { imageSchema } from './schema.js';
import { schemaDigest } from './schema-check.js';

/** What loadImageSpec's entries have passed besides the parse: the image schema as it is now. */
const SCHEMA = schemaDigest(imageSchema);

function memoryCache(): ParseCache & { entries: Map<string, unknown> } {
  const entries = new Map<string, unknown>();
  // Values go through JSON, as in the cache file.
  return { entries, get: (key) => entries.get(key), set: (key, value) => void entries.set(key, JSON.parse(JSON.stringify(value))) };
}

const SPEC = `name: web
version: 1.0.0
line: "1.0"
description: A web server
licenses: MIT
nixpkgs: nixos-24.11
package: { attr: web }
runtime:
  entrypoint: [/bin/web]
tiers: { hardened: {}, locked: {} }
`;

function issues(text: string, cache?: ParseCache): string[] {
  try {
    loadImageSpec('image.yaml', Buffer.from(text), { defaults: { user: 65534, group: 65534 }, sourceFile: () => 'file' }, cache);
    return [];
  } catch (error) {
    return (error as SpecError).issues.map(formatIssue);
  }
}

describe('the parse cache', () => {
  it('stores a spec once it validated, and serves the same value for the same bytes', () => {
    const cache = memoryCache();
    expect(issues(SPEC, cache)).toEqual([]);
    expect(cache.entries.size).toBe(1);
    const hit = parseYamlFileCached('image.yaml', Buffer.from(SPEC), cache, SCHEMA);
    expect(hit.hit).toBe(true);
    expect(hit.source.value).toEqual(parseYamlFileCached('image.yaml', Buffer.from(SPEC)).source.value);
    expect(parseCacheKey(Buffer.from('a: 1\n'))).not.toBe(parseCacheKey(Buffer.from('a: 2\n')));
  });

  it('keys an entry by what it passed: a spec stored under one schema is parsed again under another', () => {
    const cache = memoryCache();
    expect(issues(SPEC, cache)).toEqual([]);
    expect(parseYamlFileCached('image.yaml', Buffer.from(SPEC), cache, SCHEMA).hit).toBe(true);
    expect(parseYamlFileCached('image.yaml', Buffer.from(SPEC), cache, schemaDigest({ ...imageSchema, title: 'another schema' })).hit).toBe(false);
    expect(parseYamlFileCached('image.yaml', Buffer.from(SPEC), cache).hit).toBe(false);
  });

  it('never stores a spec that fails, so a hit cannot change the verdict', () => {
    const cache = memoryCache();
    const failing = SPEC.replace('  entrypoint:', '  usr: 1\n  entrypoint:');
    const cold = issues(failing);
    expect(cold).toEqual(['image.yaml:9:3: runtime.usr: unknown key "usr"; did you mean "user"?']);
    expect(issues(failing, cache)).toEqual(cold);
    expect(issues(failing, cache)).toEqual(cold);
    expect(cache.entries.size).toBe(0);
    // A tag the cache could not tell apart from a string once stored as JSON: refused cold and warm.
    const timestamp = SPEC.replace('version: 1.0.0', 'version: !!timestamp 2001-12-14');
    expect(issues(timestamp, cache)).toEqual(issues(timestamp));
    expect(issues(timestamp, cache)[0]).toContain('tag !!timestamp is not allowed');
    expect(cache.entries.size).toBe(0);
  });

  it('reports issues at the same places from a cached parse (positions come from a real parse)', () => {
    const cache = memoryCache();
    expect(issues(SPEC, cache)).toEqual([]);
    const hit = parseYamlFileCached('image.yaml', Buffer.from(SPEC), cache, SCHEMA);
    expect(hit.hit).toBe(true);
    expect(hit.source.issue(['runtime', 'entrypoint'], 'x')).toEqual({ file: 'image.yaml', line: 9, column: 15, key: 'runtime.entrypoint', message: 'x' });
  });

  it('does not store what JSON cannot hold, nor documents that fail to parse', () => {
    const cache = memoryCache();
    parseYamlFileCached('a.yaml', Buffer.from('a: .inf\n'), cache).remember();
    parseYamlFileCached('a.yaml', Buffer.from('a: -0\n'), cache).remember();
    expect(cache.entries.size).toBe(0);
    expect(() => parseYamlFileCached('a.yaml', Buffer.from('a: [\n'), cache)).toThrow(SpecError);
    expect(cache.entries.size).toBe(0);
  });
});
