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
// 5. One exception to rule 1: a tier's health check that names a probe (http, tcp or
//    exec) replaces the base probe, since a health check has exactly one.
import { hardenedRun, type HardenedRun, type WritablePath } from '@armorred/image-facts';
import type { Expectation, FunctionalCheck, Healthcheck, ImageSpec, PackageCustomisation, Runtime, TierName, WritablePathSpec } from './schema.js';
import type { Path } from './yaml.js';

export interface RuntimeDefaults {
  user: number;
  group: number;
}

type Defined<T> = { [K in keyof T]-?: Exclude<T[K], undefined> };

export type ResolvedRuntime = Omit<Defined<Runtime>, 'writablePaths'> & { writablePaths: WritablePath[] };

/** A health check with its timing defaults filled in. */
export type ResolvedHealthcheck = Healthcheck & Defined<Pick<Healthcheck, 'intervalSeconds' | 'timeoutSeconds' | 'retries' | 'startPeriodSeconds'>>;

/** Health check timing when the spec says nothing (the values Docker uses, but a 10 s interval). */
export const HEALTHCHECK_DEFAULTS = { intervalSeconds: 10, timeoutSeconds: 3, retries: 3, startPeriodSeconds: 0 } as const;
/** How long one functional check may take when the spec says nothing. */
export const CHECK_TIMEOUT_SECONDS = 10;
export type ResolvedPackage = Omit<PackageCustomisation, 'attr' | 'strip'> & Defined<Pick<PackageCustomisation, 'attr' | 'strip'>>;

export type ResolvedTier = Omit<
  ImageSpec,
  'tiers' | 'runtime' | 'package' | 'shell' | 'coreutils' | 'contents' | 'healthcheck' | 'checks' | 'acceptedFindings'
> & {
  tier: TierName;
  runtime: ResolvedRuntime;
  package: ResolvedPackage;
  shell: boolean;
  coreutils: boolean;
  contents: string[];
  healthcheck?: ResolvedHealthcheck;
  checks: NonNullable<ImageSpec['checks']>;
  acceptedFindings: NonNullable<ImageSpec['acceptedFindings']>;
};

/** One way of probing a container: exactly one of a check's or health check's http, tcp, exec. */
export type Probe =
  | { kind: 'http'; http: NonNullable<FunctionalCheck['http']> }
  | { kind: 'tcp'; tcp: NonNullable<FunctionalCheck['tcp']> }
  | { kind: 'exec'; exec: NonNullable<FunctionalCheck['exec']> };

export const PROBE_KINDS = ['http', 'tcp', 'exec'] as const;

/** The probe of a check or health check; undefined unless it names exactly one (validation says which). */
export function probeOf(check: Pick<FunctionalCheck, 'http' | 'tcp' | 'exec'>): Probe | undefined {
  const kinds = PROBE_KINDS.filter((kind) => check[kind] !== undefined);
  if (kinds.length !== 1) return undefined;
  if (check.http) return { kind: 'http', http: check.http };
  if (check.tcp) return { kind: 'tcp', tcp: check.tcp };
  return { kind: 'exec', exec: check.exec! };
}

/** Which expectation keys belong to which probe kind (an http check cannot expect an exit code). */
export const EXPECTATION_KEYS: Record<Probe['kind'], readonly (keyof Expectation)[]> = {
  http: ['status', 'bodyMatches', 'headers'],
  tcp: ['replyMatches'],
  exec: ['exitCode', 'outputMatches'],
};

/** A writable path as the spec may write it (a bare path is scratch), normalised. */
export function writablePath(entry: WritablePathSpec): WritablePath {
  return typeof entry === 'string' ? { path: entry, kind: 'scratch' } : { path: entry.path, kind: entry.kind };
}

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

const resolvedTiers = new WeakMap<ImageSpec, Map<string, ResolvedTier>>();

/**
 * A tier of a spec, resolved (rules above). Validation, the catalog checks and every
 * generator ask for the same tiers: each is resolved once per spec object and shared, so
 * callers must treat it as read-only.
 */
export function resolveTier(spec: ImageSpec, tier: TierName, defaults: RuntimeDefaults): ResolvedTier {
  let tiers = resolvedTiers.get(spec);
  if (!tiers) {
    tiers = new Map();
    resolvedTiers.set(spec, tiers);
  }
  const key = `${tier} ${defaults.user} ${defaults.group}`;
  let resolved = tiers.get(key);
  if (!resolved) {
    resolved = resolveTierOnce(spec, tier, defaults);
    tiers.set(key, resolved);
  }
  return resolved;
}

function resolveTierOnce(spec: ImageSpec, tier: TierName, defaults: RuntimeDefaults): ResolvedTier {
  const { tiers, ...base } = spec;
  const merged = mergeOverride(base, tiers[tier]) as Omit<ImageSpec, 'tiers'>;
  const runtime = merged.runtime;
  const { healthcheck, ...rest } = merged;
  // A tier that names a probe replaces the base health check's probe (http, tcp and exec
  // exclude each other); its timing still merges key by key.
  const tierHealth = tiers[tier]?.healthcheck;
  const probeFromTier = tierHealth !== undefined && PROBE_KINDS.some((kind) => tierHealth[kind] !== undefined);
  const health =
    healthcheck && probeFromTier
      ? { ...Object.fromEntries(Object.entries(healthcheck).filter(([key]) => !(PROBE_KINDS as readonly string[]).includes(key))), ...tierHealth }
      : healthcheck;
  return {
    ...rest,
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
      writablePaths: (runtime.writablePaths ?? []).map(writablePath),
      configFiles: runtime.configFiles ?? [],
    },
    package: { ...merged.package, attr: merged.package.attr as string, strip: merged.package.strip ?? 'debug' },
    shell: merged.shell ?? false,
    coreutils: merged.coreutils ?? false,
    contents: merged.contents ?? [],
    ...(health ? { healthcheck: { ...HEALTHCHECK_DEFAULTS, ...health } } : {}),
    checks: merged.checks ?? [],
    acceptedFindings: merged.acceptedFindings ?? [],
  };
}

/**
 * The packages a tier can put in the image, with their spec paths: the main package, the
 * contents, and the packages handed to the main package's override (`{ package: ATTR }`,
 * alone or in a list), which end up in the image whenever the package keeps a reference.
 */
export function packageAttributes(resolved: ResolvedTier): { attr: string; path: Path }[] {
  const found: { attr: string; path: Path }[] = [
    { attr: resolved.package.attr, path: ['package', 'attr'] },
    ...resolved.contents.map((attr, index) => ({ attr, path: ['contents', index] })),
  ];
  const reference = (value: unknown, path: Path) => {
    if (typeof value === 'object' && value !== null && !Array.isArray(value) && typeof (value as { package?: unknown }).package === 'string')
      found.push({ attr: (value as { package: string }).package, path: [...path, 'package'] });
  };
  for (const [name, value] of Object.entries(resolved.package.override ?? {})) {
    if (Array.isArray(value)) value.forEach((item, index) => reference(item, ['package', 'override', name, index]));
    else reference(value, ['package', 'override', name]);
  }
  return found;
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

/** The hardened run of a tier: how the tests run it, and how pages and the site show it. */
export function tierRun(resolved: ResolvedTier): HardenedRun {
  const { runtime } = resolved;
  return hardenedRun({
    user: runtime.user,
    group: runtime.group,
    writablePaths: runtime.writablePaths,
    ports: runtime.ports.map((port) => ({ port: port.port, protocol: port.protocol ?? 'tcp' })),
    // No port and no health check: a tool run to completion, not a service.
    service: runtime.ports.length > 0 || resolved.healthcheck !== undefined,
  });
}

/** Docker's image config Healthcheck: exec form, durations in nanoseconds. */
export interface DockerHealthcheck {
  Test: ['CMD', ...string[]];
  Interval: number;
  Timeout: number;
  StartPeriod: number;
  Retries: number;
}

const NANOSECONDS_PER_SECOND = 1_000_000_000;

/**
 * The Healthcheck a tier's image config carries: the build writes it (packages/nix) and the
 * generated suite expects it (packages/testgen). Only an exec health check fits, since
 * Docker's config can only run a command inside the container; an http or tcp probe would
 * need a client binary (curl, nc) in a FROM-scratch image, so those (and no health check)
 * give undefined: the tests run them, and orchestrators configure them as their own probes.
 */
export function dockerHealthcheck(resolved: ResolvedTier): DockerHealthcheck | undefined {
  const health = resolved.healthcheck;
  const probe = health && probeOf(health);
  if (!health || probe?.kind !== 'exec') return undefined;
  return {
    Test: ['CMD', ...probe.exec.command],
    Interval: health.intervalSeconds * NANOSECONDS_PER_SECOND,
    Timeout: health.timeoutSeconds * NANOSECONDS_PER_SECOND,
    StartPeriod: health.startPeriodSeconds * NANOSECONDS_PER_SECOND,
    Retries: health.retries,
  };
}

/** A probe in a few words, for test titles and pages: "HTTP GET :8080/healthz", "exec /bin/redis-cli ping". */
export function describeProbe(probe: Probe): string {
  switch (probe.kind) {
    case 'http':
      return `HTTP ${probe.http.method ?? 'GET'} :${probe.http.port}${probe.http.path}`;
    case 'tcp':
      return `TCP :${probe.tcp.port}${probe.tcp.send === undefined ? '' : ` (sends ${JSON.stringify(probe.tcp.send)})`}`;
    case 'exec':
      return `exec ${probe.exec.command.join(' ')}`;
  }
}
