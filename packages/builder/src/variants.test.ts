// Real builds of variants of nginx-1.26 with the offline package set, each in a scratch
// copy of the catalog: the build decides the tier's claims from the files the image holds,
// a spec's hostile paths and new keys (dropFiles, state paths, an exec health check) come
// out as the data says, and a failed build shows the builder's own error.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execa } from 'execa';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT } from '@armorred/errors';
import { readDockerArchive, rootFilesystem, storePathsOf, type ImageArchive } from '@armorred/image-archive';
import { nixAvailable, type TierData } from '@armorred/nix';
import { IMAGE_FUNCTION, imagePaths } from '@armorred/repository';
import { skipNote, skipUnless } from '@armorred/testkit';
import { BuildError, buildTier, readBuildRecord } from './build.js';
import { ImageClaimError } from './claims.js';

const REPO = join(import.meta.dirname, '..', '..', '..');
const CLI = join(REPO, 'tools', 'cli', 'bin', 'armorred.js');
const IMAGE = 'nginx-1.26';
const paths = imagePaths(IMAGE);
const skip = skipUnless((await nixAvailable()) ? undefined : 'nix-build is not installed');
const scratch: string[] = [];

/** A scratch copy of the catalog (the offline package set linked, not copied). */
function scratchCatalog(): string {
  const root = mkdtempSync(join(tmpdir(), 'armorred-build-variant-'));
  scratch.push(root);
  for (const file of ['catalog.yaml', 'default.nix', IMAGE_FUNCTION]) cpSync(join(REPO, file), join(root, file));
  // Only this image's folder is copied, so the scratch catalog lists only it.
  const catalog = readFileSync(join(root, 'catalog.yaml'), 'utf8');
  writeFileSync(join(root, 'catalog.yaml'), catalog.replace(/^images:\n(?:[ \t]*-.*\n?)*/m, `images:\n  - ${IMAGE}\n`));
  cpSync(join(REPO, paths.dir), join(root, paths.dir), { recursive: true, filter: (path) => !path.includes('node_modules') });
  mkdirSync(join(root, 'tools'));
  symlinkSync(join(REPO, 'tools', 'offline-pkgs'), join(root, 'tools', 'offline-pkgs'));
  return root;
}

/** A variant whose tier data is edited directly: what no spec could ask for past validation's name checks. */
function dataVariant(tier: 'hardened' | 'locked', edit: (data: TierData) => TierData): string {
  const root = scratchCatalog();
  const file = join(root, paths.tierData(tier));
  writeFileSync(file, `${JSON.stringify(edit(JSON.parse(readFileSync(file, 'utf8')) as TierData), null, 2)}\n`);
  return root;
}

async function claimError(root: string, tier: 'hardened' | 'locked'): Promise<ImageClaimError> {
  const error = await buildTier({ root, image: IMAGE, tier, pkgs: 'offline' }).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(ImageClaimError);
  // Nothing points at the refuted image: no result link, no build record.
  expect(existsSync(join(root, paths.resultLink(tier)))).toBe(false);
  expect(readBuildRecord(root, IMAGE, tier)).toBeUndefined();
  return error as ImageClaimError;
}

afterAll(() => {
  for (const root of scratch) rmSync(root, { recursive: true, force: true });
});

describe.skipIf(skip)(`the build holds an image to what its tier declares${skipNote(skip)}`, () => {
  it('coreutils: false, but contents dockerTools.usrBinEnv brings coreutils: exit 1, naming the files', async () => {
    const root = dataVariant('hardened', (data) => ({ ...data, contents: [...data.contents, ['dockerTools', 'usrBinEnv']] }));
    const error = await claimError(root, 'hardened');
    expect(error.exitCode).toBe(EXIT.INVALID);
    expect(error.violations.map((violation) => violation.claim)).toEqual(['coreutils: false']);
    const files = error.violations[0]!.files;
    expect(files).toContain('usr/bin/env');
    expect(files).toEqual(expect.arrayContaining([expect.stringMatching(/^nix\/store\/[a-z0-9]{32}-coreutils-[^/]+\/bin\/ls$/)]));
    expect(error.message).toMatch(
      /^nginx-1\.26 hardened: the built image holds what the tier declares it does not:\n {2}coreutils: false \(images\/nginx-1\.26\/image\.yaml\), but it holds coreutils: \//,
    );
    expect(error.message).toMatch(/ and \d+ more\n/);
  }, 600_000);

  it('shell: false, coreutils: false and no package managers, but busybox: all three refuted', async () => {
    const root = dataVariant('hardened', (data) => ({ ...data, contents: [...data.contents, ['busybox']] }));
    const error = await claimError(root, 'hardened');
    expect(error.violations.map(({ claim, source }) => `${claim} (${source})`)).toEqual([
      'shell: false (images/nginx-1.26/image.yaml)',
      'coreutils: false (images/nginx-1.26/image.yaml)',
      'forbidPackageManagers: true (catalog.yaml (tier policy))',
    ]);
    expect(error.violations[0]!.files).toEqual(expect.arrayContaining(['bin/sh', 'bin/ash']));
    // Debian's busybox has an rpm applet.
    expect(error.violations[2]!.files).toEqual(expect.arrayContaining(['bin/rpm']));
  }, 600_000);

  it('a tier with a shell and coreutils may hold them, but not a package manager', async () => {
    const root = dataVariant('locked', (data) => ({ ...data, contents: [...data.contents, ['busybox']] }));
    const error = await claimError(root, 'locked');
    expect(error.violations.map((violation) => violation.claim)).toEqual(['forbidPackageManagers: true']);
  }, 600_000);
});

describe.skipIf(skip)(`a spec with hostile paths, dropped files, state and an exec health check${skipNote(skip)}`, () => {
  let original: ImageArchive;
  let variant: ImageArchive;

  beforeAll(async () => {
    original = await readDockerArchive((await buildTier({ root: REPO, image: IMAGE, tier: 'hardened', pkgs: 'offline' })).archive);
    const root = scratchCatalog();
    const spec = join(root, paths.spec);
    const yaml = readFileSync(spec, 'utf8')
      .replace('    - /var/log/nginx\n', '    - /var/log/nginx\n    - { path: /var/lib/nginx-state, kind: state }\n')
      .replace('package:\n  attr: nginx\n', 'package:\n  attr: nginx\n  dropFiles:\n    - etc/nginx/modules-enabled/50-mod-rtmp.conf\n')
      .replace(
        /healthcheck:\n {2}http:\n {4}port: 8080\n {4}path: \/healthz\n {2}expect:\n {4}status: 200\n/,
        'healthcheck:\n  exec:\n    command: [/bin/nginx, -t, -q]\n',
      );
    writeFileSync(spec, yaml);
    const generate = await execa(process.execPath, [CLI, 'generate', IMAGE], { cwd: root, reject: false, all: true });
    expect(generate.exitCode, generate.all).toBe(0);
    // Paths that read as options: validation refuses them in a spec, so they go into the
    // tier data directly, where nix/image.nix must keep them paths.
    const dataFile = join(root, paths.tierData('hardened'));
    const data = JSON.parse(readFileSync(dataFile, 'utf8')) as TierData;
    writeFileSync(
      dataFile,
      `${JSON.stringify(
        { ...data, writableDirectories: [...data.writableDirectories, { path: '/-rf', sticky: false }], config: { ...data.config, WorkingDir: '/-m777' } },
        null,
        2,
      )}\n`,
    );
    variant = await readDockerArchive((await buildTier({ root, image: IMAGE, tier: 'hardened', pkgs: 'offline' })).archive);
  }, 900_000);

  it('writes Volumes for the state path and the exec health check into the config', () => {
    const config = variant.config.config as Record<string, unknown>;
    expect(config.Volumes).toEqual({ '/var/lib/nginx-state': {} });
    expect(config.Healthcheck).toEqual({ Test: ['CMD', '/bin/nginx', '-t', '-q'], Interval: 10e9, Timeout: 3e9, StartPeriod: 0, Retries: 3 });
    expect(config.WorkingDir).toBe('/-m777');
    // The nginx tier as checked in: an http health check, which Docker's config cannot hold.
    expect((original.config.config as Record<string, unknown>).Healthcheck).toBeUndefined();
    expect((original.config.config as Record<string, unknown>).Volumes).toBeUndefined();
  });

  it('"/-m777" and "/-rf" are folders: no mode or ownership changed anywhere else (regression)', () => {
    const entry = (archive: ImageArchive, path: string) => {
      const found = rootFilesystem(archive).get(path);
      return found && { type: found.type, mode: (found.mode & 0o7777).toString(8), owner: `${found.uid}:${found.gid}` };
    };
    expect(entry(variant, '-m777')).toEqual({ type: 'directory', mode: '755', owner: '0:0' });
    expect(entry(variant, '-rf')).toEqual({ type: 'directory', mode: '755', owner: '65534:65534' });
    expect(entry(variant, 'var/lib/nginx-state')).toEqual({ type: 'directory', mode: '755', owner: '65534:65534' });
    // Everything the original image has outside /nix/store is there, the same (but the
    // link to the dropped file).
    const dropped = 'etc/nginx/modules-enabled/50-mod-rtmp.conf';
    const customisation = (archive: ImageArchive) =>
      [...rootFilesystem(archive).values()]
        .filter((file) => !file.path.startsWith('nix/store/') && file.path !== '' && file.path !== dropped)
        .map((file) => file.path);
    expect(entry(original, dropped)?.type).toBe('symlink');
    expect(entry(variant, dropped)).toBeUndefined();
    for (const path of customisation(original)) expect(entry(variant, path), path).toEqual(entry(original, path));
    expect(
      customisation(variant)
        .filter((path) => !customisation(original).includes(path))
        .sort(),
    ).toEqual(['-m777', '-rf', 'var/lib', 'var/lib/nginx-state']);
  });

  it('drops the listed file from the package, and nothing else', () => {
    const nginx = (archive: ImageArchive) =>
      storePathsOf(archive)
        .find((path) => /-nginx-[0-9]/.test(path))!
        .slice(1);
    const confs = (archive: ImageArchive) =>
      [...rootFilesystem(archive).keys()]
        .filter((path) => path.startsWith(`${nginx(archive)}/etc/nginx/modules-enabled/`))
        .map((path) => path.split('/').pop());
    expect(nginx(variant)).not.toBe(nginx(original));
    expect(confs(original)).toContain('50-mod-rtmp.conf');
    expect(confs(variant).sort()).toEqual(
      confs(original)
        .filter((name) => name !== '50-mod-rtmp.conf')
        .sort(),
    );
  });
});

describe.skipIf(skip)(`a build that fails${skipNote(skip)}`, () => {
  it("shows the builder's own error (from the failed derivation's log), not only Nix's", async () => {
    // A writable directory under a file the package links into the root: mkdir fails.
    const root = dataVariant('hardened', (data) => ({
      ...data,
      writableDirectories: [...data.writableDirectories, { path: '/bin/nginx/logs', sticky: false }],
    }));
    const error = await buildTier({ root, image: IMAGE, tier: 'hardened', pkgs: 'offline' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(BuildError);
    const message = (error as BuildError).message;
    expect((error as BuildError).exitCode).toBe(EXIT.FAILED);
    expect(message).toMatch(
      /^nix-build of nginx-1\.26 \(hardened, offline\) failed:\nerror: builder for '\/nix\/store\/[a-z0-9]{32}-nginx-customisation-layer\.drv' failed/,
    );
    expect(message).toMatch(/last lines of the log of \/nix\/store\/[a-z0-9]{32}-nginx-customisation-layer\.drv:\n/);
    expect(message).toMatch(/\n {2}> mkdir: cannot create directory '?.?bin\/nginx'?.?: (File exists|Not a directory)/);
    expect(message.split('\n').length).toBeLessThan(60);
  }, 600_000);
});
