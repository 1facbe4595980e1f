// Versioning images with changesets. changesets computes every new version with
// semver.inc(old, bump) and offers no hook to compute it otherwise (its changelog
// functions see the new version but cannot change it; pre mode appends "-<tag>.<n>" and
// keeps consumed changesets around). A patch bump of 1.26.3 would be 1.26.4, a version
// nginx does not have. So `npm run release:version` runs the real changesets CLI and maps
// its result onto release versions:
//   1. `changeset status --output`: the release plan (which packages, which bump);
//   2. the release each image package gets (nextRelease: image.yaml's upstream version and
//      the revision), computed and checked before anything is written;
//   3. `changeset version`: bumps package.json, writes CHANGELOG.md, deletes the changesets;
//   4. each image's package.json version and new CHANGELOG heading are set to the release.
// Packages that are not images keep changesets' semver versions.
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { readFileSync } from 'node:fs';
import { listImageFolders, readCatalog, readImage } from '@armorred/catalog';
import { InvalidInputError, ToolFailedError } from '@armorred/errors';
import { imagePaths, readRepositoryFile, RefusedFileError, writeRepositoryFiles } from '@armorred/repository';
import type { SpecIssue } from '@armorred/spec';
import { checkChangesetFolder } from './changeset-folder.js';
import { checkUpstreamVersion, formatReleaseVersion, nextRelease, packageVersionProblem, parseReleaseVersion } from './version.js';
// execa is imported inside the functions that run a tool: loading it takes about 0.1 s,
// which a command that runs none (an unchanged re-publish) should not pay.

const MAX_PACKAGE_JSON = 1024 * 1024;
const MAX_CHANGELOG = 16 * 1024 * 1024;

const changesetBin = join(dirname(createRequire(import.meta.url).resolve('@changesets/cli/package.json')), 'bin.js');

export interface ImagePackage {
  /** The image folder, e.g. nginx-1.26. */
  image: string;
  /** The package name changesets knows it by, e.g. @armorred/image-nginx-1.26. */
  name: string;
  version: string;
}

/** images/<image>/package.json read and parsed; a reason (never its content) when it cannot be used. */
function parseImagePackage(root: string, image: string): { text: string; package: ImagePackage } | { problem: string } {
  const file = imagePaths(image).packageJson;
  let text: string;
  try {
    text = readRepositoryFile(root, file, { maxBytes: MAX_PACKAGE_JSON, what: 'a package.json' }).toString('utf8');
  } catch (error) {
    if (error instanceof RefusedFileError) return { problem: error.reason };
    throw error;
  }
  let json: { name?: unknown; version?: unknown };
  try {
    json = JSON.parse(text) as typeof json;
  } catch {
    return { problem: 'not valid JSON' };
  }
  if (typeof json?.name !== 'string' || typeof json.version !== 'string') return { problem: 'needs a "name" and a "version"' };
  return { text, package: { image, name: json.name, version: json.version } };
}

/** An image's package: images/<image>/package.json (its name and release version). */
export function readImagePackage(root: string, image: string): ImagePackage {
  const parsed = parseImagePackage(root, image);
  if ('problem' in parsed) throw new InvalidInputError(`${imagePaths(image).packageJson}: ${parsed.problem}`);
  return parsed.package;
}

/**
 * The problems of an image's package.json, located, for `armorred validate`: it must be
 * readable and its version must fit image.yaml's `upstream` version (packageVersionProblem).
 */
export function imagePackageIssues(root: string, image: string, upstream: string): SpecIssue[] {
  const file = imagePaths(image).packageJson;
  const parsed = parseImagePackage(root, image);
  if ('problem' in parsed) return [{ file, line: 1, column: 1, key: '', message: parsed.problem }];
  const problem = packageVersionProblem(parsed.package.version, upstream);
  if (!problem) return [];
  const lines = parsed.text.split('\n');
  const index = lines.findIndex((line) => /^\s*"version"\s*:/.test(line));
  return [{ file, line: index + 1 || 1, column: index < 0 ? 1 : lines[index]!.indexOf('"version"') + 1, key: 'version', message: problem }];
}

/** The image packages of the catalog, one per image folder. */
export function imagePackages(root: string): ImagePackage[] {
  return listImageFolders(root).map((image) => readImagePackage(root, image));
}

/** The part of `changeset status --output` this uses. */
export interface ReleasePlan {
  releases: { name: string; type: 'major' | 'minor' | 'patch' | 'none'; oldVersion: string; newVersion: string }[];
}

export interface ImageRelease {
  image: string;
  name: string;
  /** The changeset bump (it sorts the CHANGELOG entry; the version does not depend on it). */
  bump: 'major' | 'minor' | 'patch';
  from: string;
  /** What plain changesets would have made of it (replaced). */
  semver: string;
  /** The release version, e.g. 1.26.3-r1. */
  to: string;
}

/** The releases a plan makes of image packages (pure but for reading the specs). */
export function imageReleases(root: string, plan: ReleasePlan, packages: readonly ImagePackage[]): ImageRelease[] {
  const catalog = readCatalog(root);
  return plan.releases.flatMap((release) => {
    const image = packages.find((candidate) => candidate.name === release.name);
    if (!image || release.type === 'none') return [];
    const upstream = readImage(root, catalog, image.image).spec.version;
    const to = formatReleaseVersion(nextRelease(release.oldVersion, upstream));
    return [{ image: image.image, name: release.name, bump: release.type, from: release.oldVersion, semver: release.newVersion, to }];
  });
}

async function changeset(root: string, args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  // changesets reads .changeset/*.md with plain fs: check the folder first, every time.
  checkChangesetFolder(root);
  const { execa } = await import('execa');
  const result = await execa(process.execPath, [changesetBin, ...args], { cwd: root, env, reject: false, all: true });
  if (result.exitCode !== 0) throw new ToolFailedError(`changeset ${args[0]} failed:\n${String(result.all).trim()}`);
  return String(result.all);
}

/** Reads the pending release plan with the changesets CLI. */
export async function readReleasePlan(root: string, env: NodeJS.ProcessEnv = process.env): Promise<ReleasePlan> {
  const dir = mkdtempSync(join(tmpdir(), 'armorred-changesets-'));
  try {
    const file = join(dir, 'plan.json');
    await changeset(root, ['status', '--output', file], env);
    return JSON.parse(readFileSync(file, 'utf8')) as ReleasePlan;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Replaces exactly one line; refuses when it is not there (changesets wrote something else). */
function replaceLine(text: string, from: string, to: string, file: string): string {
  const lines = text.split('\n');
  const index = lines.indexOf(from);
  if (index < 0) throw new InvalidInputError(`${file}: expected a line ${JSON.stringify(from)} written by changeset version; not found`);
  lines[index] = to;
  return lines.join('\n');
}

/**
 * `npm run release:version`: applies the pending changesets, giving every image package
 * its release version. Returns what changed; nothing is written when a release cannot be
 * computed (a bad spec, an upstream version going backwards).
 */
export async function versionImages(root: string, env: NodeJS.ProcessEnv = process.env): Promise<ImageRelease[]> {
  const plan = await readReleasePlan(root, env);
  const releases = imageReleases(root, plan, imagePackages(root));
  await changeset(root, ['version'], env);
  for (const release of releases) {
    const paths = imagePaths(release.image);
    const packageJson = readRepositoryFile(root, paths.packageJson, { maxBytes: MAX_PACKAGE_JSON }).toString('utf8');
    const changelog = readRepositoryFile(root, paths.changelog, { maxBytes: MAX_CHANGELOG }).toString('utf8');
    // Line-exact edits keep changesets' (and prettier's) formatting of both files.
    const versionLine = packageJson
      .split('\n')
      .find((line) => line.trim() === `"version": "${release.semver}",` || line.trim() === `"version": "${release.semver}"`);
    if (!versionLine) throw new InvalidInputError(`${paths.packageJson}: changeset version did not write version ${release.semver}`);
    writeRepositoryFiles(root, [
      {
        path: paths.packageJson,
        content: replaceLine(packageJson, versionLine, versionLine.replace(`"${release.semver}"`, `"${release.to}"`), paths.packageJson),
      },
      { path: paths.changelog, content: replaceLine(changelog, `## ${release.semver}`, `## ${release.to}`, paths.changelog) },
    ]);
  }
  return releases;
}

export interface ReleaseGitTag {
  image: string;
  /** `<package name>@<release version>`, as changesets names tags: @armorred/image-nginx-1.26@1.26.3-r1 */
  tag: string;
  /** False when the tag existed already (it is never moved). */
  created: boolean;
}

/** An image package name as a git tag may carry it (the name comes from a pull request). */
const IMAGE_PACKAGE_NAME = /^@armorred\/image-[a-z0-9][a-z0-9._-]*$/;

/**
 * `armorred-release-version tag` (after a successful publish): a git tag for each image
 * package at a release version `<upstream>-r<N>`, skipping tags that exist. Packages that
 * are not images, and images not released yet (a bare upstream version), get none: they were
 * not published. (`changeset tag` is off for private packages in .changeset/config.json: it
 * would tag every tool package at 0.0.0 and unreleased images at their upstream version.)
 */
export async function tagReleases(root: string): Promise<ReleaseGitTag[]> {
  const { execa } = await import('execa');
  const tags: ReleaseGitTag[] = [];
  for (const image of imagePackages(root)) {
    const release = parseReleaseVersion(image.version);
    if (!release) continue;
    const file = imagePaths(image.image).packageJson;
    checkUpstreamVersion(release.upstream, `${file}: version`);
    if (!IMAGE_PACKAGE_NAME.test(image.name)) throw new InvalidInputError(`${file}: name ${JSON.stringify(image.name)} is not @armorred/image-<name>`);
    const tag = `${image.name}@${image.version}`;
    const exists = await execa('git', ['rev-parse', '--quiet', '--verify', `refs/tags/${tag}`], { cwd: root, reject: false });
    if (exists.exitCode === 0) {
      tags.push({ image: image.image, tag, created: false });
      continue;
    }
    const created = await execa('git', ['tag', '-m', tag, '--', tag], { cwd: root, reject: false, all: true });
    if (created.exitCode !== 0) throw new ToolFailedError(`git tag ${tag} failed:\n${String(created.all).trim()}`);
    tags.push({ image: image.image, tag, created: true });
  }
  return tags;
}
