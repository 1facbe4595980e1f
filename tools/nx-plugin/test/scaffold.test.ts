// The generator's pure helpers: versions from Debian's, and the catalog.yaml edit.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
/** scaffold.cjs's helpers. Annotated rather than cast, so that knip sees which exports are used. */
interface Scaffold {
  upstreamVersion(version: string): string | undefined;
  addToImageList(text: string, image: string): string;
  findOfflinePackage(lock: unknown, attr: string): { attr: string; debian: string; debianVersion: string; version?: string } | undefined;
}
const { upstreamVersion, addToImageList, findOfflinePackage }: Scaffold = require('../generators/image/scaffold.cjs');

describe('upstreamVersion', () => {
  it.each([
    ['1.22.1-9+deb12u11', '1.22.1'],
    ['5:7.0.15-1~deb12u4', '7.0.15'],
    ['1.6-2.1+deb12u3', '1.6'],
    ['15.14-0+deb12u1', '15.14'],
    ['20250419~deb12u2', '20250419'],
    ['2.9.14+dfsg-1.3~deb12u4', '2.9.14'],
    ['1:2.5.1-4', '2.5.1'],
  ])('%s -> %s', (debian, upstream) => expect(upstreamVersion(debian)).toBe(upstream));
});

describe('findOfflinePackage', () => {
  const packages = [
    { name: 'redis-server', version: '5:7.0.15-1~deb12u4' },
    { name: 'redis-tools', version: '5:7.0.15-1~deb12u4' },
    { name: 'nginx', version: '1.22.1-9+deb12u11' },
  ];
  it('reads an attribute map (attribute -> Debian packages, the first being the program)', () => {
    const lock = { packages, attributes: { redis: ['redis-server', 'redis-tools'], nginx: ['nginx'] } };
    expect(findOfflinePackage(lock, 'redis')).toEqual({ attr: 'redis', debian: 'redis-server', debianVersion: '5:7.0.15-1~deb12u4', version: '7.0.15' });
    expect(findOfflinePackage(lock, 'debian.redis-tools')?.version).toBe('7.0.15');
    expect(findOfflinePackage(lock, 'redis-server')).toBeUndefined();
  });
  it('without one, names each Debian package as an attribute', () => {
    expect(findOfflinePackage({ packages }, 'nginx')?.version).toBe('1.22.1');
    expect(findOfflinePackage({ packages }, 'postgresql')).toBeUndefined();
  });
});

describe('addToImageList', () => {
  const catalog = `# The catalog.
registry: ghcr.io/armorred
defaults:
  user: 65534   # nobody

images:
  - apache-2.4
  # databases
  - postgres-16   # the newest line
  - redis-7.2
# trailing comment
`;
  it('inserts in sorted place, before the comments that belong to the next item, changing nothing else', () => {
    expect(addToImageList(catalog, 'nginx-1.26')).toBe(catalog.replace('  # databases\n', '  - nginx-1.26\n  # databases\n'));
    expect(addToImageList(catalog, 'alpine-3.20')).toBe(catalog.replace('  - apache-2.4\n', '  - alpine-3.20\n  - apache-2.4\n'));
    expect(addToImageList(catalog, 'valkey-8.0')).toBe(catalog.replace('  - redis-7.2\n', '  - redis-7.2\n  - valkey-8.0\n'));
  });
  it('refuses what it cannot edit line by line, and a name it lists already', () => {
    expect(() => addToImageList(catalog, 'redis-7.2')).toThrow('catalog.yaml already lists redis-7.2');
    expect(() => addToImageList('images: [a-1.0]\n', 'b-1.0')).toThrow('is not a block list');
  });
});
