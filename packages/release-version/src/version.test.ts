import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '@armorred/errors';
import { checkUpstreamVersion, compareReleases, currentRelease, formatReleaseVersion, nextRelease, parseReleaseVersion } from './version.js';
import { cosignTag, isCosignTag, movingTagTarget, parseReleaseTag, releaseTags, type ReleaseTag } from './tags.js';

const next = (packageVersion: string, upstream: string) => formatReleaseVersion(nextRelease(packageVersion, upstream));

describe('release versions: <upstream>-r<revision>', () => {
  it('a first changeset on an unreleased image (package.json = upstream) gives revision 1, not a semver bump', () => {
    expect(next('1.26.3', '1.26.3')).toBe('1.26.3-r1');
  });

  it('a rebuild of the same upstream version is the next revision', () => {
    expect(next('1.26.3-r1', '1.26.3')).toBe('1.26.3-r2');
    expect(next('1.26.3-r9', '1.26.3')).toBe('1.26.3-r10');
  });

  it('an upstream upgrade (image.yaml version changed) starts again at revision 1', () => {
    expect(next('1.26.3-r2', '1.26.4')).toBe('1.26.4-r1');
    // A new image whose package.json still holds the old upstream version.
    expect(next('1.26.3', '1.26.4')).toBe('1.26.4-r1');
  });

  it('an upstream version whose own suffix looks like a revision is read against image.yaml', () => {
    expect(next('3.0.13-r4', '3.0.13-r4')).toBe('3.0.13-r4-r1');
    expect(next('3.0.13-r4-r1', '3.0.13-r4')).toBe('3.0.13-r4-r2');
  });

  it('refuses an upstream version that goes backwards', () => {
    expect(() => nextRelease('1.26.4-r1', '1.26.3')).toThrow(/older than the last release 1\.26\.4-r1/);
  });

  it('refuses upstream versions that cannot be semver release versions or tags', () => {
    expect(() => checkUpstreamVersion('1.26')).toThrow(/not MAJOR\.MINOR\.PATCH.*1\.26\.0/);
    expect(() => checkUpstreamVersion('1.2.3+build')).toThrow(/registry tag/);
    expect(() => checkUpstreamVersion('1.26.3')).not.toThrow();
  });

  it('publishing needs package.json to hold a release of the upstream version image.yaml names', () => {
    expect(currentRelease('1.26.3-r2', '1.26.3', 'nginx-1.26')).toEqual({ upstream: '1.26.3', revision: 2 });
    expect(() => currentRelease('1.26.3', '1.26.3', 'nginx-1.26')).toThrow(/no release yet.*npx changeset.*npm run release:version/);
    // What plain `changeset version` makes of a patch changeset.
    const semverBump = () => currentRelease('1.26.4', '1.26.3', 'nginx-1.26');
    expect(semverBump).toThrow(InvalidInputError);
    expect(semverBump).toThrow(/1\.26\.4 is not a release of upstream 1\.26\.3/);
    // image.yaml upgraded without a changeset.
    expect(() => currentRelease('1.26.3-r1', '1.26.4', 'nginx-1.26')).toThrow(/not a release of upstream 1\.26\.4/);
  });

  it('reads release versions back and orders them by upstream version, then revision', () => {
    expect(parseReleaseVersion('1.26.3-r12')).toEqual({ upstream: '1.26.3', revision: 12 });
    expect(parseReleaseVersion('1.26.3')).toBeUndefined();
    expect(parseReleaseVersion('1.26.3-r0')).toBeUndefined();
    const sorted = ['1.26.10-r1', '1.26.3-r2', '1.26.3-r10', '1.26.9-r1'].map((text) => parseReleaseVersion(text)!).sort(compareReleases);
    expect(sorted.map(formatReleaseVersion)).toEqual(['1.26.3-r2', '1.26.3-r10', '1.26.9-r1', '1.26.10-r1']);
  });
});

describe('tags', () => {
  it('per tier: an immutable release tag and two moving tags', () => {
    expect(releaseTags('1.26', { upstream: '1.26.3', revision: 1 }, 'hardened')).toEqual({
      immutable: '1.26.3-r1-hardened',
      moving: ['1.26-hardened', '1.26.3-hardened'],
    });
  });

  it("reads release tags back and tells cosign's storage tags apart", () => {
    expect(parseReleaseTag('1.26.3-r1-locked')).toEqual({ upstream: '1.26.3', revision: 1, tier: 'locked', tag: '1.26.3-r1-locked' });
    expect(parseReleaseTag('1.26-locked')).toBeUndefined();
    expect(parseReleaseTag('1.26.3-r1-fancy')).toBeUndefined();
    const digest = `sha256:${'ab'.repeat(32)}`;
    expect(cosignTag(digest, 'sig')).toBe(`sha256-${'ab'.repeat(32)}.sig`);
    expect(isCosignTag(cosignTag(digest, 'att'))).toBe(true);
    expect(isCosignTag('1.26-hardened')).toBe(false);
  });

  it('a moving tag belongs to the newest release it names', () => {
    const releases: ReleaseTag[] = ['1.26.3-r1-hardened', '1.26.3-r2-hardened', '1.26.4-r1-hardened', '1.26.4-r1-locked', '1.28.0-r1-hardened'].map((tag) =>
      parseReleaseTag(tag)!,
    );
    expect(movingTagTarget('1.26-hardened', releases)?.tag).toBe('1.26.4-r1-hardened');
    expect(movingTagTarget('1.26.3-hardened', releases)?.tag).toBe('1.26.3-r2-hardened');
    expect(movingTagTarget('1.26-locked', releases)?.tag).toBe('1.26.4-r1-locked');
    expect(movingTagTarget('1.27-hardened', releases)).toBeUndefined();
  });
});
