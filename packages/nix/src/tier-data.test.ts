// Compiling a tier to data (pure), and the one schema that data must meet.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TIER_NAMES } from '@armorred/spec';
import { CATALOG, HOSTILE, compileSpec, hostileSpec } from '../test/fixtures.js';
import { CompileError, renderTierData } from './tier-data.js';
import { parseTierData, readTierClaims, tierDataProblems } from './tier-file.js';
import { TIER_DATA_SCHEMA_VERSION, tierDataSchema } from './tier-schema.js';

const REPO = join(import.meta.dirname, '..', '..', '..');

describe('the tier data schema', () => {
  it('is versioned, and its $id names the version', () => {
    expect(tierDataSchema.properties.schemaVersion).toEqual({ const: TIER_DATA_SCHEMA_VERSION });
    expect(tierDataSchema.$id).toBe(`https://armorred.dev/schemas/tier-data-v${TIER_DATA_SCHEMA_VERSION}.schema.json`);
  });

  it.each(TIER_NAMES)('accepts the checked-in nginx-1.26 %s data', (tier) => {
    const file = `images/nginx-1.26/generated/${tier}.json`;
    const data = parseTierData(file, readFileSync(join(REPO, file), 'utf8'));
    expect(data.tag).toBe(`1.26-${tier}`);
  });

  it('accepts what a hostile spec compiles to, in both tiers', () => {
    for (const tier of TIER_NAMES) expect(tierDataProblems(compileSpec(hostileSpec(), tier))).toEqual([]);
  });

  it('refuses other versions, other shapes and non-JSON, naming the file and the fix', () => {
    const data = compileSpec(hostileSpec(), 'hardened');
    expect(() => parseTierData('x.json', JSON.stringify({ ...data, schemaVersion: 2 }))).toThrow(
      'x.json: tier data of schema version 2, expected 1; regenerate it: npx armorred generate',
    );
    expect(() => parseTierData('x.json', JSON.stringify({ ...data, contents: [['dockerTools.binSh']] }))).toThrow(
      /x\.json: not valid tier data:\n {2}\/contents\/0\/0: must match pattern/,
    );
    expect(() => parseTierData('x.json', JSON.stringify({ ...data, extra: 1 }))).toThrow(/must NOT have additional properties/);
    expect(() => parseTierData('x.json', '{')).toThrow(/^x\.json: not JSON/);
    // The builder's quick read of the claims checks the version and the claims alone.
    expect(readTierClaims('x.json', JSON.stringify(data))).toEqual({
      shell: false,
      coreutils: false,
      forbidPackageManagers: true,
      version: data.labels['org.opencontainers.image.version'],
    });
    expect(() => readTierClaims('x.json', JSON.stringify({ ...data, schemaVersion: 2 }))).toThrow(/schema version 2, expected 1/);
    expect(() => readTierClaims('x.json', JSON.stringify({ ...data, shell: 'no' }))).toThrow(
      'x.json: shell must be true or false; regenerate it: npx armorred generate',
    );
    expect(tierDataProblems({ ...data, config: { ...data.config, Healthcheck: { ...data.config.Healthcheck, Test: ['CMD-SHELL', 'x'] } } })).toEqual([
      '/config/Healthcheck/Test/0: must be equal to constant',
    ]);
  });
});

describe('a tier compiled to data', () => {
  it('keeps every spec string as it is, and says what to build', () => {
    expect(compileSpec(hostileSpec(), 'locked')).toEqual({
      generated: 'by armorred generate from images/web-1.0/image.yaml (tier locked); do not edit',
      schemaVersion: 1,
      nixpkgs: {
        pin: 'nixos-24.11',
        url: 'https://github.com/NixOS/nixpkgs/archive/50ab793786d9de88ee30ec4e4c24fb4236fc2674.tar.gz',
        sha256: '1s2gr5rcyqvpr58vxdcb095mdhblij9bfzaximrva2243aal3dgx',
      },
      name: 'ghcr.io/armorred/web',
      tag: '1.0-locked',
      package: {
        attrPath: ['web'],
        // Sorted by name; package references become attribute paths.
        override: { count: 3, enable: true, flag: HOSTILE, modules: [{ package: ['nginxModules', 'rtmp'] }], names: ['a', HOSTILE] },
        dropConfigureFlags: ['--with-http_xslt_module'],
        dropBuildInputs: [],
        dropFiles: ['bin/web-benchmark', '-rf', 'share/doc/web.txt'],
        strip: 'none',
      },
      contents: [],
      shell: false,
      coreutils: false,
      // The locked tier's policy in CATALOG does not forbid package managers.
      forbidPackageManagers: false,
      user: 1000,
      group: 1000,
      writableDirectories: [
        { path: '/tmp', sticky: true },
        { path: '/var/lib/web', sticky: false },
        { path: '/-rf', sticky: false },
        { path: '/data', sticky: false },
        { path: '/--state', sticky: false },
      ],
      configFiles: [
        { source: 'web.conf', target: '/etc/web.conf', mode: '0400' },
        { source: 'web.conf', target: '/-R/web.conf', mode: '0444' },
      ],
      config: {
        User: '1000:1000',
        Entrypoint: ['/bin/web', HOSTILE],
        Cmd: ['--', HOSTILE],
        Env: [`HOSTILE=${HOSTILE}`, 'PLAIN=x'],
        WorkingDir: '/-m777',
        ExposedPorts: { '53/udp': {}, '8080/tcp': {} },
        StopSignal: 'SIGTERM',
        // State paths only; scratch paths (/tmp, /var/lib/web, /-rf) are not volumes.
        Volumes: { '/--state': {}, '/data': {} },
        Healthcheck: { Test: ['CMD', '/bin/web', '--health', HOSTILE], Interval: 5e9, Timeout: 3e9, StartPeriod: 2e9, Retries: 3 },
      },
      labels: {
        'org.armorred.base': 'scratch',
        'org.armorred.tier': 'locked',
        'org.opencontainers.image.description': `${HOSTILE} (locked tier)`,
        'org.opencontainers.image.licenses': 'MIT',
        'org.opencontainers.image.source': 'https://github.com/armorred/images/tree/main/images/web-1.0',
        'org.opencontainers.image.title': 'web',
        'org.opencontainers.image.vendor': 'ARMORRED',
        'org.opencontainers.image.version': '1.0.1',
      },
      buildTimeLabels: { created: 'org.opencontainers.image.created', revision: 'org.opencontainers.image.revision', packageSet: 'org.armorred.pkgs' },
    });
    expect(compileSpec(hostileSpec(), 'hardened').forbidPackageManagers).toBe(true);
  });

  it('writes no Healthcheck for http and tcp probes: Docker could only run them with a client binary in the image', () => {
    const http = { ...hostileSpec(), healthcheck: { http: { port: 8080, path: '/healthz' } } };
    const tcp = { ...hostileSpec(), healthcheck: { tcp: { port: 8080 } } };
    expect(compileSpec(http, 'hardened').config.Healthcheck).toBeUndefined();
    expect(compileSpec(tcp, 'hardened').config.Healthcheck).toBeUndefined();
    const none = { ...hostileSpec(), healthcheck: undefined };
    expect(compileSpec(none, 'hardened').config.Healthcheck).toBeUndefined();
  });

  it('leaves out empty config lists and Volumes when there is no state', () => {
    const spec = hostileSpec();
    spec.runtime = { entrypoint: ['/bin/web'], writablePaths: ['/tmp'] };
    expect(compileSpec({ ...spec, healthcheck: undefined }, 'hardened').config).toEqual({
      User: '65534:65534',
      Entrypoint: ['/bin/web'],
      WorkingDir: '/',
      StopSignal: 'SIGTERM',
    });
  });

  it('renders byte-identical JSON for the same input', () => {
    const first = renderTierData(compileSpec(hostileSpec(), 'locked'));
    expect(renderTierData(compileSpec(hostileSpec(), 'locked'))).toBe(first);
    expect(first.endsWith('}\n')).toBe(true);
    expect(JSON.parse(first)).toEqual(compileSpec(hostileSpec(), 'locked'));
  });
});

describe('what the compiler refuses', () => {
  function problems(fn: () => unknown): string[] {
    try {
      fn();
    } catch (error) {
      if (error instanceof CompileError) return error.problems.map((problem) => `${problem.path.join('.')}: ${problem.message}`);
      throw error;
    }
    return [];
  }

  it('a shell package in a tier that declares no shell (an early warning by name; the build decides from the files)', () => {
    const spec = { ...hostileSpec(), contents: ['dockerTools.binSh'] };
    expect(problems(() => compileSpec(spec, 'hardened'))).toEqual([
      'contents.0: "dockerTools.binSh" puts a shell in the image, but the tier declares shell: false; remove it or set shell: true',
    ]);
  });

  it('a config file that a writable mount would hide', () => {
    const spec = hostileSpec();
    spec.runtime.configFiles = [{ source: 'web.conf', target: '/var/lib/web/web.conf' }];
    expect(problems(() => compileSpec(spec, 'hardened'))).toEqual([
      'runtime.configFiles.0.target: "/var/lib/web/web.conf" is under the writable path /var/lib/web, whose mount would hide it; ship it elsewhere or drop /var/lib/web from writablePaths',
    ]);
  });

  it('a config file whose source escapes the image folder, or is a symlink', () => {
    const spec = hostileSpec();
    spec.runtime.configFiles = [{ source: 'conf/../../../etc/shadow', target: '/etc/web.conf' }];
    expect(problems(() => compileSpec(spec, 'hardened'))).toEqual([
      'runtime.configFiles.0.source: "conf/../../../etc/shadow" would leave the image folder: it may not contain ".." segments; use a path inside the image folder',
    ]);
    const linked = hostileSpec();
    linked.runtime.configFiles = [{ source: 'web.conf', target: '/etc/web.conf' }];
    expect(problems(() => compileSpec(linked, 'hardened', () => 'symlink'))).toEqual([
      'runtime.configFiles.0.source: "web.conf" is a symlink (or under one); the catalog does not follow symlinks: replace it with the file itself',
    ]);
  });

  it('a pin the catalog does not define', () => {
    expect(problems(() => compileSpec({ ...hostileSpec(), nixpkgs: 'nixos-99.11' }, 'hardened'))).toEqual([
      'nixpkgs: no nixpkgs pin "nixos-99.11" in catalog.yaml',
    ]);
    expect(CATALOG.nixpkgs['nixos-99.11']).toBeUndefined();
  });
});
