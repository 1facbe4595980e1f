import { describe, expect, it } from 'vitest';
import { mergeOverride, resolveTier, tierSourcePath } from './resolve.js';
import type { ImageSpec } from './schema.js';

const spec: ImageSpec = {
  name: 'web',
  version: '1.2.3',
  line: '1.2',
  description: 'A web server',
  licenses: 'MIT',
  nixpkgs: 'nixos-24.11',
  package: { attr: 'web', override: { withFoo: true, withBar: true } },
  contents: ['cacert'],
  runtime: { entrypoint: ['/bin/web'], env: { A: '1', B: '2' }, ports: [{ port: 8080 }], writablePaths: ['/tmp', '/var/log'] },
  tiers: {
    hardened: {},
    locked: {
      package: { override: { withBar: false }, strip: 'all' },
      runtime: { env: { B: 'two', C: '3' }, writablePaths: ['/tmp'], user: 1000 },
      shell: true,
    },
  },
};

describe('mergeOverride', () => {
  it('merges mappings key by key, replaces lists and scalars whole', () => {
    expect(mergeOverride({ a: { x: 1, y: 2 }, l: [1, 2], s: 'base' }, { a: { y: 3 }, l: [9], s: 'tier' })).toEqual({
      a: { x: 1, y: 3 },
      l: [9],
      s: 'tier',
    });
  });

  it('keeps the base when the tier says nothing, and modifies neither argument', () => {
    const base = { a: { x: 1 } };
    const tier = { a: { y: 2 } };
    expect(mergeOverride(base, undefined)).toBe(base);
    mergeOverride(base, tier);
    expect(base).toEqual({ a: { x: 1 } });
    expect(tier).toEqual({ a: { y: 2 } });
  });
});

describe('resolveTier', () => {
  const defaults = { user: 65534, group: 65534 };

  it('applies defaults to a tier with no overrides', () => {
    const hardened = resolveTier(spec, 'hardened', defaults);
    expect(hardened.tier).toBe('hardened');
    expect(hardened.runtime).toEqual({
      user: 65534,
      group: 65534,
      entrypoint: ['/bin/web'],
      cmd: [],
      env: { A: '1', B: '2' },
      workingDir: '/',
      ports: [{ port: 8080 }],
      stopSignal: 'SIGTERM',
      writablePaths: ['/tmp', '/var/log'],
      configFiles: [],
    });
    expect(hardened.package).toEqual({ attr: 'web', override: { withFoo: true, withBar: true }, strip: 'debug' });
    expect([hardened.shell, hardened.coreutils]).toEqual([false, false]);
    expect(hardened).not.toHaveProperty('tiers');
  });

  it('merges a tier: maps by key, lists replaced, scalars replaced', () => {
    const locked = resolveTier(spec, 'locked', defaults);
    expect(locked.package).toEqual({ attr: 'web', override: { withFoo: true, withBar: false }, strip: 'all' });
    expect(locked.runtime.env).toEqual({ A: '1', B: 'two', C: '3' });
    expect(locked.runtime.writablePaths).toEqual(['/tmp']);
    expect(locked.runtime.user).toBe(1000);
    expect(locked.runtime.group).toBe(65534);
    expect(locked.contents).toEqual(['cacert']);
    expect([locked.shell, locked.coreutils]).toEqual([true, false]);
  });
});

describe('tierSourcePath', () => {
  it('points at the tier where the tier sets the value, else at the base', () => {
    expect(tierSourcePath(spec, 'locked', ['runtime', 'user'])).toEqual(['tiers', 'locked', 'runtime', 'user']);
    expect(tierSourcePath(spec, 'locked', ['runtime', 'entrypoint', 0])).toEqual(['runtime', 'entrypoint', 0]);
    expect(tierSourcePath(spec, 'locked', ['runtime', 'writablePaths', 0])).toEqual(['tiers', 'locked', 'runtime', 'writablePaths', 0]);
    expect(tierSourcePath(spec, 'hardened', ['runtime', 'user'])).toEqual(['runtime', 'user']);
  });
});
