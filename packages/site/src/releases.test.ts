import { describe, expect, it } from 'vitest';
import { latestRelease, parseReleases, ReleasesError } from './releases.js';

const digest = (n: number) => `sha256:${String(n).repeat(64).slice(0, 64)}`;

/** A release as `armorred releases --json` lists it (see docs/publishing.md). */
function listed(tier: string, n: number, version = '1.26.3-r1') {
  return {
    version,
    upstream: '1.26.3',
    revision: 1,
    tier,
    digest: digest(n),
    reference: `ghcr.io/armorred/nginx@${digest(n)}`,
    tags: [`${version}-${tier}`, `1.26-${tier}`],
    signed: true,
    signature: { reference: `ghcr.io/armorred/nginx:sha256-${digest(n).slice(7)}.sig`, digest: digest(9) },
    attested: ['cyclonedx', 'spdxjson', 'openvex'],
    packageSet: 'nixpkgs',
  };
}

const listing = (releases: unknown[], repository = 'ghcr.io/armorred/nginx', line = '1.26') => ({ repository, line, releases, otherTags: [] });

describe('release records', () => {
  it('reads one listing and a list of them, naming each image by repository name and line', () => {
    expect(parseReleases('r.json', JSON.stringify(listing([listed('hardened', 1)])))).toEqual([
      {
        image: 'nginx-1.26',
        tier: 'hardened',
        version: '1.26.3-r1',
        digest: digest(1),
        repository: 'ghcr.io/armorred/nginx',
        tags: ['1.26.3-r1-hardened', '1.26-hardened'],
        signed: true,
        attested: ['cyclonedx', 'spdxjson', 'openvex'],
        packageSet: 'nixpkgs',
      },
    ]);
    const two = [listing([listed('hardened', 1)]), listing([listed('locked', 2, '7.2.4-r3')], '127.0.0.1:5000/test/redis', '7.2')];
    expect(parseReleases('r.json', JSON.stringify(two)).map((record) => [record.image, record.tier, record.version])).toEqual([
      ['nginx-1.26', 'hardened', '1.26.3-r1'],
      ['redis-7.2', 'locked', '7.2.4-r3'],
    ]);
  });

  it('refuses what `armorred releases` never prints, naming the file and the field', () => {
    const bad = (value: unknown) => () => parseReleases('releases.json', typeof value === 'string' ? value : JSON.stringify(value));
    expect(bad('{')).toThrow(/^releases\.json: not valid JSON/);
    expect(bad(listing([{ ...listed('hardened', 1), tier: 'gold' }]))).toThrow('.releases[0].tier must be one of hardened, locked');
    expect(bad(listing([{ ...listed('locked', 1), digest: 'sha256:abc' }]))).toThrow('.releases[0].digest must be a sha256 digest');
    expect(bad(listing([{ ...listed('locked', 1), signed: 'yes' }]))).toThrow('.releases[0].signed must be true or false');
    expect(bad(listing([], '../etc'))).toThrow('.repository must be a repository');
    expect(bad([listing([], 'ghcr.io/armorred/nginx', 'main')])).toThrow('[0].line must be a release line');
    expect(bad(listing([{ ...listed('locked', 1), tags: ['a b'] }]))).toThrow(ReleasesError);
  });

  it('takes the newest release of a tier: the first listed', () => {
    const records = parseReleases(
      'r.json',
      JSON.stringify(listing([listed('hardened', 3, '1.26.3-r2'), listed('locked', 4, '1.26.3-r2'), listed('hardened', 1)])),
    );
    expect(latestRelease(records, 'nginx-1.26', 'hardened')?.version).toBe('1.26.3-r2');
    expect(latestRelease(records, 'redis-7.2', 'hardened')).toBeUndefined();
  });
});
