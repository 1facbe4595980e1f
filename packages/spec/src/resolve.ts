// Resolving a tier: the base section of a spec with one tier's overrides applied.
//
// Merge rules (documented in docs/spec.md):
// 1. A mapping in the tier merges into the base mapping key by key, recursively
//    (runtime, runtime.env, package, package.override, healthcheck, healthcheck.http, ...).
// 2. A list in the tier replaces the base list whole (entrypoint, cmd, contents, ports,
//    writablePaths, configFiles, checks, acceptedFindings, dropConfigureFlags, ...).
// 3. A scalar in the tier replaces the base scalar.
// 4. Keys the tier does not mention keep the base value; then defaults fill what is left
//    (user/group from catalog.yaml, shell and coreutils false, strip "debug", ...).
import type { ImageSpec, PackageCustomisation, Runtime, TierName } from './schema.js';
import type { Path } from './yaml.js';

export interface RuntimeDefaults {
  user: number;
  group: number;
}

type Defined<T> = { [K in keyof T]-?: Exclude<T[K], undefined> };

export type ResolvedRuntime = Defined<Runtime>;
export type ResolvedPackage = Omit<PackageCustomisation, 'attr' | 'strip'> & Defined<Pick<PackageCustomisation, 'attr' | 'strip'>>;

export type ResolvedTier = Omit<ImageSpec, 'tiers' | 'runtime' | 'package' | 'shell' | 'coreutils' | 'contents' | 'checks' | 'acceptedFindings'> & {
  tier: TierName;
  runtime: ResolvedRuntime;
  package: ResolvedPackage;
  shell: boolean;
  coreutils: boolean;
  contents: string[];
  checks: NonNullable<ImageSpec['checks']>;
  acceptedFindings: NonNullable<ImageSpec['acceptedFindings']>;
};

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Rules 1-3 above. Pure; neither argument is modified. */
export function mergeOverride(base: unknown, override: unknown): unknown {
  if (override === undefined) return base;
  if (!isPlainObject(base) || !isPlainObject(override)) return override;
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(override)) merged[key] = mergeOverride(base[key], value);
  return merged;
}

export function resolveTier(spec: ImageSpec, tier: TierName, defaults: RuntimeDefaults): ResolvedTier {
  const { tiers, ...base } = spec;
  const merged = mergeOverride(base, tiers[tier]) as Omit<ImageSpec, 'tiers'>;
  const runtime = merged.runtime;
  return {
    ...merged,
    tier,
    runtime: {
      user: runtime.user ?? defaults.user,
      group: runtime.group ?? defaults.group,
      entrypoint: runtime.entrypoint ?? [],
      cmd: runtime.cmd ?? [],
      env: runtime.env ?? {},
      workingDir: runtime.workingDir ?? '/',
      ports: runtime.ports ?? [],
      stopSignal: runtime.stopSignal ?? 'SIGTERM',
      writablePaths: runtime.writablePaths ?? [],
      configFiles: runtime.configFiles ?? [],
    },
    package: { ...merged.package, attr: merged.package.attr as string, strip: merged.package.strip ?? 'debug' },
    shell: merged.shell ?? false,
    coreutils: merged.coreutils ?? false,
    contents: merged.contents ?? [],
    checks: merged.checks ?? [],
    acceptedFindings: merged.acceptedFindings ?? [],
  };
}

/** The packages a tier puts in the image (main package and contents), with their spec paths. */
export function packageAttributes(resolved: ResolvedTier): { attr: string; name: string; path: Path }[] {
  return [
    { attr: resolved.package.attr, path: ['package', 'attr'] as Path },
    ...resolved.contents.map((attr, index) => ({ attr, path: ['contents', index] as Path })),
  ].map((entry) => ({ ...entry, name: entry.attr.split('.').pop()! }));
}

/**
 * Where a resolved tier's value at `path` was written: under `tiers.<tier>` when the tier
 * sets it (or, for lists, replaces it), else in the base section. Used to point errors
 * found in a resolved tier at the right line.
 */
export function tierSourcePath(spec: ImageSpec, tier: TierName, path: Path): Path {
  let node: unknown = spec.tiers[tier];
  for (const part of path) {
    if (!isPlainObject(node) && !Array.isArray(node)) return path;
    node = (node as Record<string | number, unknown>)[part];
    if (node === undefined) return path;
    if (Array.isArray(node)) return ['tiers', tier, ...path];
  }
  return ['tiers', tier, ...path];
}
