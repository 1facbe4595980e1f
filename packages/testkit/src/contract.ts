// What a generated suite, testgen, the CLI and the test kit agree on, with no test runner
// and no I/O: the shape of a suite's data (EXPECTED), and the environment variables that
// choose the image, the tiers and the catalog root. Imported as @armorred/testkit/contract
// by the generator and the CLI, which must not load vitest.
import type { HardenedRun } from '@armorred/image-facts';
import { TIER_NAMES, type TierName } from '@armorred/spec';

/**
 * Version of the EXPECTED shape. Bump it when a field changes meaning; imageSuite refuses
 * data of another version (regenerate with `armorred generate`).
 */
export const SUITE_SCHEMA_VERSION = 1;

/** T with every array and object read-only, so `as const` data satisfies it. */
export type Immutable<T> = T extends readonly (infer U)[] ? readonly Immutable<U>[] : T extends object ? { readonly [K in keyof T]: Immutable<T[K]> } : T;

/** A probe with its defaults filled in (the spec's `probeOf`, normalised). */
export type ProbeData =
  | { readonly kind: 'http'; readonly http: { readonly port: number; readonly path: string; readonly method: 'GET' | 'HEAD' } }
  | { readonly kind: 'tcp'; readonly tcp: { readonly port: number; readonly send?: string } }
  | { readonly kind: 'exec'; readonly exec: { readonly command: readonly string[] } };

/** What a probe must find, with defaults filled in; only the keys of the probe's kind. */
export interface ExpectationData {
  /** http: the response status. */
  readonly status?: number;
  /** http: a regular expression the body (its first 64 KiB) must match. */
  readonly bodyMatches?: string;
  /** http: response headers that must have these values (names as the spec writes them). */
  readonly headers?: Readonly<Record<string, string>>;
  /** tcp: a regular expression the first reply (up to 64 KiB) must match. */
  readonly replyMatches?: string;
  /** exec: the exit status. */
  readonly exitCode?: number;
  /** exec: a regular expression standard output (its first 64 KiB) must match. */
  readonly outputMatches?: string;
}

/** A functional check: one probe, what it must find, how long it may take. */
export type CheckData = ProbeData & {
  readonly name: string;
  /** The probe and the expectation in a few words, e.g. "HTTP GET :8080/ returns 200". */
  readonly title: string;
  readonly expect: ExpectationData;
  readonly timeoutSeconds: number;
};

/** The health check: how the suite knows the container is ready (whatever its protocol). */
export type HealthcheckData = ProbeData & {
  readonly title: string;
  readonly expect: ExpectationData;
  readonly intervalSeconds: number;
  readonly timeoutSeconds: number;
  readonly retries: number;
  readonly startPeriodSeconds: number;
};

/**
 * The image config's Healthcheck for an exec health check (Docker's exec form, durations
 * in nanoseconds). The contract with the Nix side: a tier whose health check is `exec`
 * puts exactly this in config.Healthcheck; an http or tcp health check puts none (the
 * runtime cannot run it without a shell or curl in the image; the tests run it).
 */
export interface ImageHealthcheck {
  readonly Test: readonly ['CMD', ...string[]];
  readonly Interval: number;
  readonly Timeout: number;
  readonly StartPeriod: number;
  readonly Retries: number;
}

/**
 * Everything a tier's generated suite checks, as data. Written by testgen from the resolved
 * tier; read by imageSuite, where every check is implemented once.
 */
export interface SuiteExpectations {
  readonly schemaVersion: typeof SUITE_SCHEMA_VERSION;
  /** The image folder, e.g. nginx-1.26. */
  readonly image: string;
  readonly tier: TierName;
  /**
   * service: a daemon (it has ports or a health check), run detached and probed while it
   * runs. tool: no ports and no health check; each exec check runs in its own hardened
   * container (`podman run --rm`), and the process probes use a container that is set up
   * but not started (`podman init`).
   */
  readonly kind: 'service' | 'tool';
  readonly config: {
    readonly User: string;
    readonly Entrypoint: readonly string[];
    readonly Cmd: readonly string[];
    /** Sorted as strings, as the suite sorts what the image reports. */
    readonly Env: readonly string[];
    readonly WorkingDir: string;
    /** "PORT/PROTOCOL", sorted as strings. */
    readonly ExposedPorts: readonly string[];
    readonly StopSignal: string;
    /** For an exec health check; null for http, tcp or none. */
    readonly Healthcheck: ImageHealthcheck | null;
    /** The state paths, sorted. */
    readonly Volumes: readonly string[];
  };
  readonly labels: Readonly<Record<string, string>>;
  /** Labels added at build time, which the suite only requires to be present or ignores. */
  readonly buildTimeLabels: readonly string[];
  readonly shell: boolean;
  readonly coreutils: boolean;
  /** The hardened run (the spec's tierRun): podman arguments come from it, as on the analysis page. */
  readonly run: Immutable<HardenedRun>;
  readonly writablePaths: readonly { readonly path: string; readonly kind: 'scratch' | 'state' }[];
  readonly configFiles: readonly { readonly target: string; readonly mode: string; readonly sha256: string }[];
  /** Files removed from the main package (package.dropFiles), relative to its store path. */
  readonly dropFiles: readonly string[];
  readonly healthcheck: HealthcheckData | null;
  readonly checks: readonly CheckData[];
  /** How long the container may take to stop on its stop signal before podman kills it. */
  readonly stopTimeoutSeconds: number;
}

// ---------------------------------------------------------------------------------
// The environment of a test run (set by `armorred test`, or by hand).

/** Environment variables that choose the image under test, per tier. */
export function imageEnvironment(tier: TierName): { image: string; archive: string } {
  const suffix = tier.toUpperCase();
  return { image: `ARMORRED_TEST_IMAGE_${suffix}`, archive: `ARMORRED_TEST_ARCHIVE_${suffix}` };
}

/** The tiers under test, comma-separated (`armorred test --tier` sets it); unset means every tier. */
export const TIERS_ENV = 'ARMORRED_TEST_TIERS';

/** The catalog root whose build records the suites use (`armorred --root` reaches the suites through it). */
export const ROOT_ENV = 'ARMORRED_ROOT';

/**
 * The tiers hand-written tests should test: those named in ARMORRED_TEST_TIERS, else every
 * tier. An unknown name is an error, not a silent empty run.
 */
export function tiersUnderTest(env: NodeJS.ProcessEnv = process.env): TierName[] {
  const value = env[TIERS_ENV]?.trim();
  if (!value) return [...TIER_NAMES];
  const named = value.split(',').map((part) => part.trim());
  const unknown = named.filter((name) => !(TIER_NAMES as readonly string[]).includes(name));
  if (unknown.length > 0) throw new Error(`${TIERS_ENV}=${value}: unknown tier ${unknown.join(', ')}; the tiers are ${TIER_NAMES.join(', ')}`);
  return TIER_NAMES.filter((tier) => named.includes(tier));
}
