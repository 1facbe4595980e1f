// Shared by the tests of packages/nix: a catalog, a spec full of hostile strings, and the
// way a tier is compiled from them.
import type { CatalogSpec } from '@armorred/catalog';
import { tierLabels } from '@armorred/labels';
import { resolveTier, type ImageSpec, type TierName } from '@armorred/spec';
import { tierData } from '../src/tier-data.js';

export const CATALOG: CatalogSpec = {
  registry: 'ghcr.io/armorred',
  vendor: 'ARMORRED',
  repository: 'https://github.com/armorred/images',
  nixpkgs: { 'nixos-24.11': { rev: '50ab793786d9de88ee30ec4e4c24fb4236fc2674', sha256: '1s2gr5rcyqvpr58vxdcb095mdhblij9bfzaximrva2243aal3dgx' } },
  defaults: { user: 65534, group: 65534 },
  tiers: { hardened: { description: 'h', forbidPackageManagers: true }, locked: { description: 'l' } },
  images: ['web-1.0'],
};

/** Everything special to Nix strings, Nix code, shells and JSON, in one single-line string. */
export const HOSTILE = '${builtins.abort "x"} "q" \\b \'\' \' `id` $(id) $HOME ; rm -rf / ünï ✓ 🚀';

/**
 * A spec whose text is hostile wherever the schema allows any text, and whose paths start
 * with "-" (which a command without `--` would read as an option).
 */
export function hostileSpec(): ImageSpec {
  return {
    name: 'web',
    version: '1.0.1',
    line: '1.0',
    description: HOSTILE,
    licenses: 'MIT',
    nixpkgs: 'nixos-24.11',
    package: {
      attr: 'web',
      override: { flag: HOSTILE, count: 3, enable: true, modules: [{ package: 'nginxModules.rtmp' }], names: ['a', HOSTILE] },
      dropConfigureFlags: ['--with-http_xslt_module'],
      dropFiles: ['bin/web-benchmark', '-rf', 'share/doc/web.txt'],
    },
    runtime: {
      user: 1000,
      group: 1000,
      entrypoint: ['/bin/web', HOSTILE],
      cmd: ['--', HOSTILE],
      env: { HOSTILE, PLAIN: 'x' },
      workingDir: '/-m777',
      writablePaths: ['/tmp', '/var/lib/web', { path: '/-rf', kind: 'scratch' }, { path: '/data', kind: 'state' }, { path: '/--state', kind: 'state' }],
      configFiles: [
        { source: 'web.conf', target: '/etc/web.conf', mode: '0400' },
        { source: 'web.conf', target: '/-R/web.conf' },
      ],
      ports: [{ port: 53, protocol: 'udp' }, { port: 8080 }],
    },
    healthcheck: { exec: { command: ['/bin/web', '--health', HOSTILE] }, expect: { outputMatches: 'ok' }, intervalSeconds: 5, startPeriodSeconds: 2 },
    tiers: { hardened: {}, locked: { package: { strip: 'none' } } },
  };
}

export function compileSpec(spec: ImageSpec, tier: TierName, sourceFile: () => 'file' | 'symlink' = () => 'file') {
  const resolved = resolveTier(spec, tier, CATALOG.defaults);
  return tierData({ resolved, catalog: CATALOG, folder: 'web-1.0', labels: tierLabels(resolved, CATALOG, 'web-1.0'), sourceFile });
}

/** Every string value in a value (not the keys), for "this string appears nowhere" assertions. */
export function stringsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsOf);
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(stringsOf);
  return [];
}
