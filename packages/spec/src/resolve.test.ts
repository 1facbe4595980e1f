import { describe, expect, it } from 'vitest';
import { mergeOverride, resolveTier, tierSourcePath, probeOf, describeProbe } from './resolve.js';
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
      writablePaths: [
        { path: '/tmp', kind: 'scratch' },
        { path: '/var/log', kind: 'scratch' },
      ],
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
    expect(locked.runtime.writablePaths).toEqual([{ path: '/tmp', kind: 'scratch' }]);
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

describe('health checks and writable paths', () => {
  it('fills health check timing defaults, and a tier naming a probe replaces the base probe', () => {
    const withHealth = {
      ...spec,
      runtime: { ...spec.runtime, writablePaths: ['/tmp', { path: '/data', kind: 'state' as const }] },
      healthcheck: { http: { port: 8080, path: '/healthz' }, retries: 5 },
      tiers: { hardened: {}, locked: { healthcheck: { exec: { command: ['/bin/web', 'ping'] } } } },
    };
    const hardened = resolveTier(withHealth, 'hardened', { user: 65534, group: 65534 });
    expect(hardened.healthcheck).toEqual({ http: { port: 8080, path: '/healthz' }, intervalSeconds: 10, timeoutSeconds: 3, retries: 5, startPeriodSeconds: 0 });
    expect(hardened.runtime.writablePaths).toEqual([
      { path: '/tmp', kind: 'scratch' },
      { path: '/data', kind: 'state' },
    ]);
    const locked = resolveTier(withHealth, 'locked', { user: 65534, group: 65534 });
    expect(locked.healthcheck).toEqual({ exec: { command: ['/bin/web', 'ping'] }, intervalSeconds: 10, timeoutSeconds: 3, retries: 5, startPeriodSeconds: 0 });
    expect(probeOf(locked.healthcheck!)).toEqual({ kind: 'exec', exec: { command: ['/bin/web', 'ping'] } });
    expect(describeProbe(probeOf(hardened.healthcheck!)!)).toBe('HTTP GET :8080/healthz');
  });
});
