import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PARSE_CACHE_LIMITS, defaultCacheLocation, openParseCache, type CacheLocation } from './parse-cache-store.js';

const dir = mkdtempSync(join(tmpdir(), 'armorred-cache-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let count = 0;
/** A fresh cache location in the scratch folder (its folders do not exist yet). */
function location(): CacheLocation {
  return { root: dir, path: `case-${count++}/.cache/parsed-yaml.json` };
}

describe('openParseCache', () => {
  it('keeps entries between runs, in folders it creates', () => {
    const where = location();
    const first = openParseCache(where, {})!;
    first.set('k', { a: 1 });
    first.save();
    expect(openParseCache(where, {})!.get('k')).toEqual({ a: 1 });
  });

  it('starts empty from a corrupt cache, and is off with ARMORRED_CACHE=off', () => {
    const where = location();
    mkdirSync(join(dir, where.path, '..'), { recursive: true });
    writeFileSync(join(dir, where.path), '{"entries": [');
    expect(openParseCache(where, {})!.get('k')).toBeUndefined();
    expect(openParseCache(where, { ARMORRED_CACHE: 'off' })).toBeUndefined();
  });

  it('writes nothing when nothing changed, and does not rewrite the file on a run that only hits', () => {
    const where = location();
    openParseCache(where, {})!.save();
    expect(existsSync(join(dir, where.path))).toBe(false);
    const first = openParseCache(where, {})!;
    first.set('k', { a: 1 });
    first.save();
    const before = statSync(join(dir, where.path), { bigint: true });
    const second = openParseCache(where, {})!;
    expect(second.get('k')).toEqual({ a: 1 });
    second.save();
    const after = statSync(join(dir, where.path), { bigint: true });
    expect([after.ino, after.mtimeNs]).toEqual([before.ino, before.mtimeNs]);
  });

  it('bounds each entry, the number of entries and the whole file, keeping the newest', () => {
    const where = location();
    const limits = { entries: 3, entryBytes: 100, totalBytes: 1000 };
    const cache = openParseCache(where, {}, limits)!;
    cache.set('big', { text: 'x'.repeat(200) });
    for (let index = 0; index < 5; index++) cache.set(`k${index}`, { index });
    cache.save();
    const stored = JSON.parse(readFileSync(join(dir, where.path), 'utf8')) as { entries: unknown[] };
    expect(stored.entries).toHaveLength(3);
    const again = openParseCache(where, {}, limits)!;
    expect(again.get('big')).toBeUndefined();
    const small = location();
    const tight = openParseCache(small, {}, { entries: 100, entryBytes: 1000, totalBytes: 400 })!;
    for (let index = 0; index < 20; index++) tight.set(`key-${index}`, { index, text: 'y'.repeat(50) });
    tight.save();
    expect(statSync(join(dir, small.path)).size).toBeLessThanOrEqual(400);
    expect((JSON.parse(readFileSync(join(dir, small.path), 'utf8')) as { entries: unknown[] }).entries.length).toBeGreaterThan(0);
    expect(PARSE_CACHE_LIMITS.totalBytes).toBeGreaterThan(PARSE_CACHE_LIMITS.entryBytes);
  });

  it('never follows a symlink: a planted cache file or folder is neither read nor written through', () => {
    const outside = join(dir, 'outside.json');
    writeFileSync(outside, 'outside content');
    const where = location();
    mkdirSync(join(dir, where.path, '..'), { recursive: true });
    symlinkSync(outside, join(dir, where.path));
    const cache = openParseCache(where, {})!;
    expect(cache.get('k')).toBeUndefined();
    cache.set('k', { a: 1 });
    cache.save();
    expect(readFileSync(outside, 'utf8')).toBe('outside content');
  });

  it('lives in node_modules/.cache/armorred unless ARMORRED_CACHE_DIR says otherwise', () => {
    expect(defaultCacheLocation({}).path).toBe('.cache/armorred/parsed-yaml.json');
    expect(defaultCacheLocation({ ARMORRED_CACHE_DIR: '/x' })).toEqual({ root: '/x', path: 'parsed-yaml.json' });
  });
});
