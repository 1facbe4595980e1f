// Building image tiers: nix-build on the catalog entry point (default.nix) with the
// pinned nixpkgs or the offline package set; then the image is read back and held to
// what its tier declares (claims.ts); then a build record is written next to the result.
import { ArmorredError, EXIT, InvalidInputError } from '@armorred/errors';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readDockerArchive, rootFilesystem } from '@armorred/image-archive';
import { holdingsOf } from '@armorred/image-facts';
import { NIX_OPTIONS, NixError, nixUnavailable, readTierClaims, requireNixCommand, summariseBuildFailure, type TierClaims } from '@armorred/nix';
import {
  CATALOG_ENTRY_POINT,
  OFFLINE_PACKAGES_DIR,
  ensureFolder,
  imageAttrName,
  imagePaths,
  readIfPresent,
  readRepositoryFile,
  removeRepositoryFile,
  writeRepositoryFile,
} from '@armorred/repository';
import type { TierName } from '@armorred/spec';
import { ImageClaimError, claimViolations } from './claims.js';
// execa is imported inside the functions that run a tool: loading it takes about 0.1 s,
// which a command that runs none (an unchanged re-publish) should not pay.

export const PACKAGE_SETS = ['nixpkgs', 'offline'] as const;
export type PackageSetName = (typeof PACKAGE_SETS)[number];

/** The label value an image built with each package set carries (org.armorred.pkgs). */
export const PACKAGE_SET_LABELS: Record<PackageSetName, string> = {
  nixpkgs: 'nixpkgs',
  offline: 'offline-debian-bookworm',
};

export interface BuildRequest {
  root: string;
  /** Image folder, e.g. nginx-1.26. */
  image: string;
  tier: TierName;
  pkgs: PackageSetName;
  revision?: string;
  created?: string;
  /** Called with short progress lines ("building nginx-1.22.1"). */
  onProgress?: (line: string) => void;
}

/** What was built, written as JSON next to the result link. */
export interface BuildRecord {
  image: string;
  tier: TierName;
  /** nixpkgs, or offline (the Debian test fixture: never a nixpkgs build). */
  pkgs: PackageSetName;
  packageSet: string;
  attribute: string;
  /** The docker-archive in the Nix store. */
  archive: string;
  /** GC root pointing at the archive, relative to the catalog root. */
  resultLink: string;
  revision?: string;
  created?: string;
  /** The tier's claims the archive was checked against (see claims.ts). */
  claims: TierClaims;
}

export class BuildError extends ArmorredError {
  constructor(summary: string, hint?: string) {
    super(hint ? `${summary}\n${hint}` : summary, EXIT.FAILED);
  }
}

/** The record of the last build of a tier, if its archive still exists. */
export function readBuildRecord(root: string, image: string, tier: TierName): BuildRecord | undefined {
  const file = imagePaths(image).buildRecord(tier);
  const bytes = readIfPresent(root, file, { maxBytes: 1024 * 1024, what: 'a build record' });
  if (bytes === undefined) return undefined;
  // Written by armorred build, but a file on disk: a truncated or hand-edited one is bad
  // input (exit 1) named with its cure, never an internal error. Its content is not echoed.
  const corrupt = () => new InvalidInputError(`${file} is not a build record armorred build wrote; rebuild it: npx armorred build ${image} --tier ${tier}`);
  let record: unknown;
  try {
    record = JSON.parse(bytes.toString('utf8'));
  } catch {
    throw corrupt();
  }
  if (typeof record !== 'object' || record === null || typeof (record as { archive?: unknown }).archive !== 'string') throw corrupt();
  const { archive } = record as BuildRecord;
  return /^\/nix\/store\/[a-z0-9]{32}-[^/]+$/.test(archive) && existsSync(archive) ? (record as BuildRecord) : undefined;
}

/**
 * nix-build arguments for a request (pure); `outLink: false` keeps no GC root. Run them
 * with the catalog root as the working directory: the offline set is imported by a path
 * relative to it, so the expression is a constant (the root's own path never becomes Nix).
 */
export function nixBuildArgs(request: Pick<BuildRequest, 'root' | 'image' | 'tier' | 'pkgs' | 'revision' | 'created'>, { outLink = true } = {}): string[] {
  // The offline set builds from local .debs: no binary cache is asked. A nixpkgs build uses
  // the binary cache nix.conf names (cache.nixos.org by default, as on CI runners):
  // without it, nixpkgs' toolchain would be built from source, for hours.
  const args = [
    join(request.root, CATALOG_ENTRY_POINT),
    '-A',
    `${imageAttrName(request.image)}.${request.tier}`,
    ...(request.pkgs === 'offline' ? NIX_OPTIONS : []),
  ];
  args.push(...(outLink ? ['--out-link', join(request.root, imagePaths(request.image).resultLink(request.tier))] : ['--no-out-link']));
  if (request.pkgs === 'offline') args.push('--arg', 'pkgs', `import ./${OFFLINE_PACKAGES_DIR} { }`);
  if (request.revision) args.push('--argstr', 'revision', request.revision);
  if (request.created) args.push('--argstr', 'created', request.created);
  return args;
}

const UNREACHABLE = /unable to download|Could not resolve host|Couldn't resolve host|Failed to connect|HTTP error 4\d\d/;

/** The offline set needs its pinned .debs; fetching is idempotent and fast when cached. */
async function fetchDebs(root: string, onProgress?: (line: string) => void): Promise<void> {
  const { execa } = await import('execa');
  onProgress?.("checking the offline package set's .deb files");
  const result = await execa('bash', [join(root, OFFLINE_PACKAGES_DIR, 'fetch-debs.sh')], { cwd: root, reject: false, all: true });
  if (result.exitCode !== 0) throw new BuildError(`fetching the offline package set's .debs failed:\n${String(result.all).trim()}`);
}

export async function buildTier(request: BuildRequest): Promise<BuildRecord> {
  const { execa } = await import('execa');
  const { root, image, tier, pkgs, onProgress } = request;
  // Before anything else: a machine without Nix gets the fix, not a failed build.
  await requireNixCommand('nix-build');
  if (pkgs === 'offline') await fetchDebs(root, onProgress);
  const paths = imagePaths(image);
  // The result link is written by nix-build: its folder must be a real one inside the repository.
  ensureFolder(root, paths.results);
  const subprocess = execa('nix-build', nixBuildArgs(request), { cwd: root, reject: false });
  let stderr = '';
  let partial = '';
  subprocess.stderr?.on('data', (chunk: Buffer) => {
    const text = chunk.toString('utf8');
    stderr += text;
    const lines = (partial + text).split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines) {
      const building = /^building '\/nix\/store\/[a-z0-9]{32}-(.+)\.drv'/.exec(line);
      if (building) onProgress?.(`building ${building[1]}`);
    }
  });
  const result = await subprocess;
  if (result.exitCode !== 0) {
    const unavailable = nixUnavailable('nix-build', { ...result, stderr });
    if (unavailable) throw unavailable;
    const summary = await summariseBuildFailure(stderr);
    const hint =
      pkgs === 'nixpkgs' && UNREACHABLE.test(stderr)
        ? `nixpkgs is not reachable from this machine. Build with the offline test package set instead:\n  armorred build ${image} --tier ${tier} --pkgs offline`
        : undefined;
    throw new BuildError(`nix-build of ${image} (${tier}, ${pkgs}) failed:\n${summary}`, hint);
  }
  const archive = String(result.stdout).trim().split('\n').pop()!;
  const claims = await holdToClaims(root, image, tier, archive, onProgress);
  if (pkgs === 'nixpkgs') await holdToVersion(request, claims.version);
  const record: BuildRecord = {
    image,
    tier,
    pkgs,
    packageSet: PACKAGE_SET_LABELS[pkgs],
    attribute: `${imageAttrName(image)}.${tier}`,
    archive,
    resultLink: paths.resultLink(tier),
    ...(request.revision ? { revision: request.revision } : {}),
    ...(request.created ? { created: request.created } : {}),
    claims,
  };
  writeRepositoryFile(root, paths.buildRecord(tier), `${JSON.stringify(record, null, 2)}\n`);
  return record;
}

/** Tier data is small; anything larger was not written by armorred generate. */
const MAX_TIER_DATA_BYTES = 1024 * 1024;

/**
 * Reads the built image and fails (ImageClaimError, exit 1) when it holds what its tier
 * declares it does not: the tier data's shell, coreutils and forbidPackageManagers are
 * compiled from image.yaml and catalog.yaml, and the files decide, not package names.
 * A refuted image keeps neither its result link nor a build record, so no later step
 * (test, analyze, publish) takes it for a good build.
 */
async function holdToClaims(root: string, image: string, tier: TierName, archive: string, onProgress?: (line: string) => void): Promise<TierClaims> {
  const paths = imagePaths(image);
  const dataFile = paths.tierData(tier);
  const claims = readTierClaims(dataFile, readRepositoryFile(root, dataFile, { maxBytes: MAX_TIER_DATA_BYTES, what: 'tier data' }).toString('utf8'));
  // The same archive checked against the same claims needs no second reading (a cached build).
  const previous = readBuildRecord(root, image, tier);
  if (previous?.archive === archive && sameClaims(previous.claims, claims)) return claims;
  onProgress?.('checking what the image holds against what the tier declares');
  const holdings = holdingsOf(rootFilesystem(await readDockerArchive(archive)).values());
  const violations = claimViolations(claims, holdings, image);
  if (violations.length === 0) return claims;
  removeRepositoryFile(root, paths.resultLink(tier));
  removeRepositoryFile(root, paths.buildRecord(tier));
  throw new ImageClaimError({ image, tier, archive, violations });
}

function sameClaims(a: TierClaims | undefined, b: TierClaims): boolean {
  return (
    a !== undefined && a.shell === b.shell && a.coreutils === b.coreutils && a.forbidPackageManagers === b.forbidPackageManagers && a.version === b.version
  );
}

/**
 * With nixpkgs, the main package's version must be the one image.yaml claims (the labels,
 * tags and pages carry it). The offline package set is a fixture with Debian's versions,
 * so it is not held to it. Pure comparison: versionMismatch.
 */
async function holdToVersion(request: BuildRequest, claimed: string): Promise<void> {
  const { execa } = await import('execa');
  const args = nixBuildArgs(request, { outLink: false }).filter((arg) => arg !== '--no-out-link');
  const attribute = args.indexOf('-A');
  args[attribute + 1] = `${args[attribute + 1]}.armorredPackageVersion`;
  const result = await execa('nix-instantiate', ['--eval', '--json', ...args], { cwd: request.root, reject: false });
  if (result.exitCode !== 0) throw new NixError('nix-instantiate --eval (the package version)', String(result.stderr));
  const problem = versionMismatch(request.image, claimed, JSON.parse(String(result.stdout)) as unknown);
  if (problem) throw new InvalidInputError(problem);
}

/** Why a built package's version refutes the spec's, or undefined when it agrees. */
export function versionMismatch(image: string, claimed: string, built: unknown): string | undefined {
  if (typeof built !== 'string') return `${imagePaths(image).spec}: version ${claimed} cannot be checked: the package has no version attribute`;
  if (built === claimed) return undefined;
  return `${imagePaths(image).spec}: version says ${claimed}, but the pinned nixpkgs builds ${built}; set version: "${built}" (and line to its prefix), regenerate, and rebuild`;
}

/** `nix-store -qR PATH`: the runtime closure, sorted. */
export async function closureOf(storePaths: readonly string[]): Promise<string[]> {
  const { execa } = await import('execa');
  if (storePaths.length === 0) return [];
  const result = await execa('nix-store', ['-qR', ...storePaths], { reject: false });
  if (result.exitCode !== 0) throw nixUnavailable('nix-store', result) ?? new NixError('nix-store -qR', String(result.stderr));
  return String(result.stdout).split('\n').filter(Boolean).sort();
}

/** Rebuilds a store path and fails if the result differs bit for bit (nix-build --check). */
export async function checkReproducible(request: Pick<BuildRequest, 'root' | 'image' | 'tier' | 'pkgs'>): Promise<void> {
  const { execa } = await import('execa');
  const result = await execa('nix-build', [...nixBuildArgs(request, { outLink: false }), '--check'], { cwd: request.root, reject: false });
  if (result.exitCode !== 0)
    throw (
      nixUnavailable('nix-build', result) ??
      new BuildError(`rebuild of ${request.image} (${request.tier}) is not reproducible:\n${await summariseBuildFailure(String(result.stderr))}`)
    );
}
