// A resolved tier -> the data nix/image.nix builds it from (images/<image>/generated/<tier>.json).
// Pure: data in, data out. Nothing here writes Nix: every spec string stays a JSON value,
// and the one hand-written Nix function decides what Nix and the builders' shells see.
import { ArmorredError, EXIT } from '@armorred/errors';
import type { CatalogSpec, NixpkgsPin } from '@armorred/catalog';
import { isSticky } from '@armorred/image-facts';
import { dockerHealthcheck, tierProblems, type OverrideValue, type ResolvedTier, type SpecCheckContext, type TierProblem } from '@armorred/spec';
import { BUILD_TIME_LABELS, type Labels } from '@armorred/labels';
import { imagePaths } from '@armorred/repository';
import { TIER_DATA_SCHEMA_VERSION, type DockerConfig, type OverrideArgument, type TierData } from './tier-schema.js';

/** The tier breaks a rule, so no build could do what it says; nothing is emitted. */
export class CompileError extends ArmorredError {
  readonly problems: TierProblem[];
  constructor(tier: string, problems: TierProblem[]) {
    super(`cannot compile tier ${tier}:\n${problems.map((problem) => `  ${problem.path.join('.')}: ${problem.message}`).join('\n')}`, EXIT.INVALID);
    this.problems = problems;
  }
}

export interface CompileInput {
  resolved: ResolvedTier;
  catalog: CatalogSpec;
  /** Image folder name, e.g. nginx-1.26. */
  folder: string;
  /** The tier's labels (packages/labels). */
  labels: Labels;
  sourceFile: SpecCheckContext['sourceFile'];
}

/** The mode of a config file when the spec gives none: readable by everyone, writable by no one. */
export const DEFAULT_CONFIG_FILE_MODE = '0444';

export function pinUrl(pin: NixpkgsPin): string {
  return pin.url ?? `https://github.com/NixOS/nixpkgs/archive/${pin.rev}.tar.gz`;
}

/** "dockerTools.caCertificates" -> ["dockerTools", "caCertificates"] (the spec's pattern has no quoted parts). */
export function attributePath(path: string): string[] {
  return path.split('.');
}

function overrideArgument(value: OverrideValue): OverrideArgument {
  if (Array.isArray(value)) return value.map((item) => overrideArgument(item) as Exclude<OverrideArgument, unknown[]>);
  if (typeof value === 'object' && value !== null) return { package: attributePath(value.package) };
  return value;
}

const byKey = <T>([a]: [string, T], [b]: [string, T]) => (a < b ? -1 : a > b ? 1 : 0);

/** Docker's image config of a tier, without Labels (nix/image.nix adds them with the build-time ones). */
export function dockerConfig(resolved: ResolvedTier): DockerConfig {
  const { runtime } = resolved;
  const env = Object.entries(runtime.env).sort(byKey);
  const ports = runtime.ports.map((port) => `${port.port}/${port.protocol ?? 'tcp'}`).sort();
  // State persists in volumes; scratch paths are tmpfs mounts the runner adds, not volumes.
  const state = runtime.writablePaths
    .filter((entry) => entry.kind === 'state')
    .map(({ path }) => path)
    .sort();
  const healthcheck = dockerHealthcheck(resolved);
  return {
    User: `${runtime.user}:${runtime.group}`,
    ...(runtime.entrypoint.length > 0 ? { Entrypoint: [...runtime.entrypoint] } : {}),
    ...(runtime.cmd.length > 0 ? { Cmd: [...runtime.cmd] } : {}),
    ...(env.length > 0 ? { Env: env.map(([name, value]) => `${name}=${value}`) } : {}),
    WorkingDir: runtime.workingDir,
    ...(ports.length > 0 ? { ExposedPorts: Object.fromEntries(ports.map((port) => [port, {}])) } : {}),
    StopSignal: runtime.stopSignal,
    ...(state.length > 0 ? { Volumes: Object.fromEntries(state.map((path) => [path, {}])) } : {}),
    // Only an exec health check fits Docker's config (see dockerHealthcheck).
    ...(healthcheck ? { Healthcheck: healthcheck } : {}),
  };
}

/** Compiles one tier to its data. Throws CompileError (with field paths) when the tier breaks a rule. */
export function tierData(input: CompileInput): TierData {
  const { resolved, catalog, folder, labels } = input;
  const problems = tierProblems(resolved, input.sourceFile);
  if (problems.length > 0) throw new CompileError(resolved.tier, problems);
  const pin = catalog.nixpkgs[resolved.nixpkgs];
  if (!pin) throw new CompileError(resolved.tier, [{ path: ['nixpkgs'], message: `no nixpkgs pin "${resolved.nixpkgs}" in catalog.yaml` }]);
  const { runtime } = resolved;
  const customisation = resolved.package;
  return {
    generated: `by armorred generate from ${imagePaths(folder).spec} (tier ${resolved.tier}); do not edit`,
    schemaVersion: TIER_DATA_SCHEMA_VERSION,
    nixpkgs: { pin: resolved.nixpkgs, url: pinUrl(pin), sha256: pin.sha256 },
    name: `${catalog.registry}/${resolved.name}`,
    tag: `${resolved.line}-${resolved.tier}`,
    package: {
      attrPath: attributePath(customisation.attr),
      override: Object.fromEntries(
        Object.entries(customisation.override ?? {})
          .sort(byKey)
          .map(([name, value]) => [name, overrideArgument(value)]),
      ),
      dropConfigureFlags: [...(customisation.dropConfigureFlags ?? [])],
      dropBuildInputs: [...(customisation.dropBuildInputs ?? [])],
      dropFiles: [...(customisation.dropFiles ?? [])],
      strip: customisation.strip,
    },
    contents: resolved.contents.map(attributePath),
    shell: resolved.shell,
    coreutils: resolved.coreutils,
    forbidPackageManagers: catalog.tiers[resolved.tier].forbidPackageManagers ?? false,
    user: runtime.user,
    group: runtime.group,
    writableDirectories: runtime.writablePaths.map(({ path }) => ({ path, sticky: isSticky(path) })),
    configFiles: runtime.configFiles.map((file) => ({ source: file.source, target: file.target, mode: file.mode ?? DEFAULT_CONFIG_FILE_MODE })),
    config: dockerConfig(resolved),
    labels: { ...labels },
    buildTimeLabels: { ...BUILD_TIME_LABELS },
  };
}

/** The checked-in file: two-space JSON, one trailing newline (deterministic: keys in a fixed order). */
export function renderTierData(data: TierData): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}
