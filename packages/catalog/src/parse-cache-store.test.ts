import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openParseCache } from './parse-cache-store.js';

const dir = mkdtempSync(join(tmpdir(), 'armorred-cache-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('openParseCache', () => {
  it('keeps entries between runs', () => {
    const file = join(dir, 'cache', 'parsed-yaml.json');
    const first = openParseCache(file, {})!;
    first.set('k', { a: 1 });
    first.save();
    expect(openParseCache(file, {})!.get('k')).toEqual({ a: 1 });
  });

  it('starts empty from a corrupt cache, and is off with ARMORRED_CACHE=off', () => {
    const file = join(dir, 'corrupt.json');
    writeFileSync(file, '{"entries": [');
    expect(openParseCache(file, {})!.get('k')).toBeUndefined();
    expect(openParseCache(file, { ARMORRED_CACHE: 'off' })).toBeUndefined();
  });

  it('writes nothing when nothing changed', () => {
    const file = join(dir, 'untouched.json');
    openParseCache(file, {})!.save();
    expect(existsSync(file)).toBe(false);
  });
});
