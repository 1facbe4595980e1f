// What a tier declares against what its image holds (pure); real builds are in variants.test.ts.
import { describe, expect, it } from 'vitest';
import { EXIT } from '@armorred/errors';
import { holdingsOf } from '@armorred/image-facts';
import { ImageClaimError, claimViolations } from './claims.js';
import { versionMismatch } from './build.js';

const files = (...paths: string[]) => paths.map((path) => ({ path, type: 'file' as const }));
const HARDENED = { shell: false, coreutils: false, forbidPackageManagers: true };

describe('claimViolations', () => {
  it('finds nothing to say about an image that holds what it declares', () => {
    expect(claimViolations(HARDENED, holdingsOf(files('bin/nginx', 'etc/nginx/nginx.conf')))).toEqual([]);
    const locked = { shell: true, coreutils: true, forbidPackageManagers: true };
    expect(claimViolations(locked, holdingsOf(files('bin/sh', 'bin/ls', 'nix/store/x-coreutils/bin/cat')))).toEqual([]);
  });

  it('names each false claim, where it is made, and the files that refute it', () => {
    const holdings = holdingsOf(files('usr/bin/env', 'nix/store/aaa-fish-3.7/bin/fish', 'nix/store/bbb-busybox/bin/rpm', 'bin/nginx'));
    expect(claimViolations(HARDENED, holdings, 'nginx-1.26')).toEqual([
      { claim: 'shell: false', source: 'images/nginx-1.26/image.yaml', held: 'a shell', files: ['nix/store/aaa-fish-3.7/bin/fish'] },
      { claim: 'coreutils: false', source: 'images/nginx-1.26/image.yaml', held: 'coreutils', files: ['usr/bin/env'] },
      { claim: 'forbidPackageManagers: true', source: 'catalog.yaml (tier policy)', held: 'a package manager', files: ['nix/store/bbb-busybox/bin/rpm'] },
    ]);
    // A tier policy that allows package managers has nothing to say about rpm.
    expect(claimViolations({ ...HARDENED, forbidPackageManagers: false }, holdings).map((violation) => violation.claim)).toEqual([
      'shell: false',
      'coreutils: false',
    ]);
  });

  it('counts a general-purpose interpreter against shell: false, as it runs any command a shell would', () => {
    const holdings = holdingsOf(files('bin/nginx', 'usr/bin/python3', 'nix/store/ddd-python3-3.12.4/bin/python3.12', 'nix/store/eee-perl-5.38.2/bin/perl'));
    expect(claimViolations(HARDENED, holdings, 'nginx-1.26')).toEqual([
      {
        claim: 'shell: false',
        source: 'images/nginx-1.26/image.yaml',
        held: 'a general-purpose interpreter',
        files: ['usr/bin/python3', 'nix/store/ddd-python3-3.12.4/bin/python3.12', 'nix/store/eee-perl-5.38.2/bin/perl'],
      },
    ]);
    // A tier with a shell may hold an interpreter; awk and jq are not counted at all.
    expect(claimViolations({ ...HARDENED, shell: true }, holdings)).toEqual([]);
    expect(claimViolations(HARDENED, holdingsOf(files('bin/jq', 'nix/store/fff-gawk-5.2/bin/awk')))).toEqual([]);
  });

  it('names a shell and an interpreter as two refutations of the same claim', () => {
    const error = new ImageClaimError({
      image: 'nginx-1.26',
      tier: 'hardened',
      archive: '/nix/store/zzz-nginx.tar',
      violations: claimViolations(HARDENED, holdingsOf(files('bin/sh', 'bin/node')), 'nginx-1.26'),
    });
    expect(error.message.split('\n').slice(1, 3)).toEqual([
      '  shell: false (images/nginx-1.26/image.yaml), but it holds a shell: /bin/sh',
      '  shell: false (images/nginx-1.26/image.yaml), but it holds a general-purpose interpreter: /bin/node',
    ]);
  });
});

describe('ImageClaimError', () => {
  it('exits 1 (the claim is false, the build worked) and bounds the files it names', () => {
    const many = Array.from(
      { length: 14 },
      (_, index) => `nix/store/ccc-coreutils/bin/${['ls', 'cat', 'cp', 'mv', 'rm', 'ln', 'env', 'id', 'echo', 'head', 'tail', 'dd', 'df', 'du'][index]}`,
    );
    const violations = claimViolations(HARDENED, holdingsOf(files(...many)), 'nginx-1.26');
    const error = new ImageClaimError({ image: 'nginx-1.26', tier: 'hardened', archive: '/nix/store/zzz-nginx.tar', violations });
    expect(error.exitCode).toBe(EXIT.INVALID);
    expect(error.message).toBe(
      'nginx-1.26 hardened: the built image holds what the tier declares it does not:\n' +
        `  coreutils: false (images/nginx-1.26/image.yaml), but it holds coreutils: ${[...many]
          .sort()
          .slice(0, 10)
          .map((path) => `/${path}`)
          .join(', ')} and 4 more\n` +
        'Remove what brings it (contents, package overrides), or change the declaration. The image (/nix/store/zzz-nginx.tar) was not recorded as built.',
    );
  });
});

describe('versionMismatch (a nixpkgs build holds the spec to its version)', () => {
  it('agrees when the package has the version the spec claims', () => {
    expect(versionMismatch('redis-7.2', '7.2.8', '7.2.8')).toBeUndefined();
  });
  it('says what to write when nixpkgs builds another version', () => {
    expect(versionMismatch('redis-7.2', '7.2.8', '7.2.9')).toBe(
      'images/redis-7.2/image.yaml: version says 7.2.8, but the pinned nixpkgs builds 7.2.9; set version: "7.2.9" (and line to its prefix), regenerate, and rebuild',
    );
  });
  it('cannot check a package without a version', () => {
    expect(versionMismatch('jq-1.7', '1.7.1', null)).toMatch(/cannot be checked/);
  });
});
