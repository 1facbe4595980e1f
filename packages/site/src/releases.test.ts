import { describe, expect, it } from 'vitest';
import { latestRelease, parseReleases, ReleasesError } from './releases.js';

const digest = (n: number) => `sha256:${String(n).repeat(64).slice(0, 64)}`;

describe('release records', () => {
  it('reads one image’s output and a list of them', () => {
    const one = { image: 'nginx-1.26', releases: [{ tier: 'hardened', digest: digest(1), tags: ['1.26-hardened'], version: '1.26.3' }] };
    expect(parseReleases('r.json', JSON.stringify(one))).toEqual([
      { image: 'nginx-1.26', tier: 'hardened', digest: digest(1), tags: ['1.26-hardened'], version: '1.26.3' },
    ]);
    const two = [
      one,
      { image: 'redis-7.2', releases: [{ tier: 'locked', digest: digest(2), tag: '7.2-locked', repository: 'registry.example:5000/ns/redis' }] },
    ];
    expect(parseReleases('r.json', JSON.stringify(two)).map((record) => [record.image, record.tier, record.tags, record.repository])).toEqual([
      ['nginx-1.26', 'hardened', ['1.26-hardened'], undefined],
      ['redis-7.2', 'locked', ['7.2-locked'], 'registry.example:5000/ns/redis'],
    ]);
  });

  it('refuses what no registry prints, naming the file and the field', () => {
    const bad = (value: unknown) => () => parseReleases('releases.json', typeof value === 'string' ? value : JSON.stringify(value));
    expect(bad('{')).toThrow(/^releases\.json: not valid JSON/);
    expect(bad({ image: 'nginx-1.26', releases: [{ tier: 'gold', digest: digest(1) }] })).toThrow('.releases[0].tier must be one of hardened, locked');
    expect(bad({ image: 'nginx-1.26', releases: [{ tier: 'locked', digest: 'sha256:abc' }] })).toThrow('.releases[0].digest must be a sha256 digest');
    expect(bad({ image: 'nginx-1.26', releases: [{ tier: 'locked' }] })).toThrow('.releases[0].digest is missing');
    expect(bad({ image: '../etc', releases: [] })).toThrow('.image must be an image folder name');
    expect(bad([{ image: 'nginx-1.26', releases: [{ tier: 'locked', digest: digest(1), publishedAt: 'yesterday' }] }])).toThrow(
      '[0].releases[0].publishedAt must be an RFC 3339 time',
    );
    expect(bad({ image: 'nginx-1.26', releases: [{ tier: 'locked', digest: digest(1), tags: ['a b'] }] })).toThrow(ReleasesError);
  });

  it('takes the newest release of a tier', () => {
    const records = parseReleases(
      'r.json',
      JSON.stringify({
        image: 'nginx-1.26',
        releases: [
          { tier: 'hardened', digest: digest(1), publishedAt: '2026-02-01T00:00:00Z' },
          { tier: 'hardened', digest: digest(2), publishedAt: '2026-03-01T00:00:00Z' },
          { tier: 'hardened', digest: digest(3), publishedAt: '2026-01-01T00:00:00Z' },
        ],
      }),
    );
    expect(latestRelease(records, 'nginx-1.26', 'hardened')?.digest).toBe(digest(2));
    expect(latestRelease(records, 'nginx-1.26', 'locked')).toBeUndefined();
    expect(latestRelease(records, 'redis-7.2', 'hardened')).toBeUndefined();
  });
});
