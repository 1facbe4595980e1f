// Building image tiers: nix-build on the catalog entry point (default.nix) with the
// pinned nixpkgs or the offline package set, and a build record next to the result.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { execa } from 'execa';
import { imageAttrName, nixString, NIX_OPTIONS, NixError, summariseNixError } from '@armorred/nix';
import type { TierName } from '@armorred/spec';

export const PACKAGE_SETS = ['nixpkgs', 'offline'] as const;
export type PackageSetName = (typeof PACKAGE_SETS)[number];

/** The label value an image built with each package set carries (org.armorred.pkgs). */
export const PACKAGE_SET_LABELS: Record<PackageSetName, string> = {
  nixpkgs: 'nixpkgs',
  offline: 'offline-debian-bookworm',
};

/** Where results and build records go (gitignored). */
export const RESULTS_DIR = '.armorred/results';

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
}

export class BuildError extends Error {
  readonly summary: string;
  readonly hint?: string;
  constructor(summary: string, hint?: string) {
    super(hint ? `${summary}\n${hint}` : summary);
    this.name = 'BuildError';
    this.summary = summary;
    this.hint = hint;
  }
}

export function resultLink(image: string, tier: TierName): string {
  return `${RESULTS_DIR}/${image}/${tier}`;
}

export function buildRecordPath(image: string, tier: TierName): string {
  return `${RESULTS_DIR}/${image}/${tier}.json`;
}

/** The record of the last build of a tier, if its archive still exists. */
export function readBuildRecord(root: string, image: string, tier: TierName): BuildRecord | undefined {
  const file = join(root, buildRecordPath(image, tier));
  if (!existsSync(file)) return undefined;
  const record = JSON.parse(readFileSync(file, 'utf8')) as BuildRecord;
  return existsSync(record.archive) ? record : undefined;
}

/** nix-build arguments for a request (pure); `outLink: false` keeps no GC root. */
export function nixBuildArgs(request: Pick<BuildRequest, 'root' | 'image' | 'tier' | 'pkgs' | 'revision' | 'created'>, { outLink = true } = {}): string[] {
  const args = [join(request.root, 'default.nix'), '-A', `${imageAttrName(request.image)}.${request.tier}`, ...NIX_OPTIONS];
  args.push(...(outLink ? ['--out-link', join(request.root, resultLink(request.image, request.tier))] : ['--no-out-link']));
  if (request.pkgs === 'offline') {
    // A path expression built from a string, so the root's characters cannot become code.
    args.push('--arg', 'pkgs', `import (/. + ${nixString(join(request.root, 'tools', 'offline-pkgs'))}) { }`);
  }
  if (request.revision) args.push('--argstr', 'revision', request.revision);
  if (request.created) args.push('--argstr', 'created', request.created);
  return args;
}

const UNREACHABLE = /unable to download|Could not resolve host|Couldn't resolve host|Failed to connect|HTTP error 4\d\d/;

/** The offline set needs its pinned .debs; fetching is idempotent and fast when cached. */
async function fetchDebs(root: string, onProgress?: (line: string) => void): Promise<void> {
  onProgress?.('checking the offline package set\'s .deb files');
  const result = await execa('bash', [join(root, 'tools', 'offline-pkgs', 'fetch-debs.sh')], { cwd: root, reject: false, all: true });
  if (result.exitCode !== 0) throw new BuildError(`fetching the offline package set's .debs failed:\n${String(result.all).trim()}`);
}

export async function buildTier(request: BuildRequest): Promise<BuildRecord> {
  const { root, image, tier, pkgs, onProgress } = request;
  if (pkgs === 'offline') await fetchDebs(root, onProgress);
  mkdirSync(join(root, RESULTS_DIR, image), { recursive: true });
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
    const summary = summariseNixError(stderr);
    const hint =
      pkgs === 'nixpkgs' && UNREACHABLE.test(stderr)
        ? `nixpkgs is not reachable from this machine. Build with the offline test package set instead:\n  armorred build ${image} --tier ${tier} --pkgs offline`
        : undefined;
    throw new BuildError(`nix-build of ${image} (${tier}, ${pkgs}) failed:\n${summary}`, hint);
  }
  const archive = String(result.stdout).trim().split('\n').pop()!;
  const record: BuildRecord = {
    image,
    tier,
    pkgs,
    packageSet: PACKAGE_SET_LABELS[pkgs],
    attribute: `${imageAttrName(image)}.${tier}`,
    archive,
    resultLink: relative(root, join(root, resultLink(image, tier))),
    ...(request.revision ? { revision: request.revision } : {}),
    ...(request.created ? { created: request.created } : {}),
  };
  const file = join(root, buildRecordPath(image, tier));
  writeFileSync(`${file}.tmp`, `${JSON.stringify(record, null, 2)}\n`);
  renameSync(`${file}.tmp`, file);
  return record;
}

/** `nix-store -qR PATH`: the runtime closure, sorted. */
export async function closureOf(storePaths: readonly string[]): Promise<string[]> {
  if (storePaths.length === 0) return [];
  const result = await execa('nix-store', ['-qR', ...storePaths], { reject: false });
  if (result.exitCode !== 0) throw new NixError('nix-store -qR', String(result.stderr));
  return String(result.stdout).split('\n').filter(Boolean).sort();
}

/** Rebuilds a store path and fails if the result differs bit for bit (nix-build --check). */
export async function checkReproducible(request: Pick<BuildRequest, 'root' | 'image' | 'tier' | 'pkgs'>): Promise<void> {
  const result = await execa('nix-build', [...nixBuildArgs(request, { outLink: false }), '--check'], { cwd: request.root, reject: false });
  if (result.exitCode !== 0) throw new BuildError(`rebuild of ${request.image} (${request.tier}) is not reproducible:\n${summariseNixError(String(result.stderr))}`);
}
