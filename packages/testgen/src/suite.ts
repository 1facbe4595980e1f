// A resolved tier -> its generated test suite, which is data only: a header, EXPECTED
// (everything the spec claims about the tier's image, typed by @armorred/testkit's
// SuiteExpectations) and one call, `await imageSuite(EXPECTED)`. Every check is written
// once, in @armorred/testkit. Pure: data in, text out.
import { BUILD_TIME_LABELS, type Labels } from '@armorred/labels';
import { CHECK_TIMEOUT_SECONDS, describeProbe, dockerHealthcheck, probeOf, tierRun, type Expectation, type ResolvedTier } from '@armorred/spec';
import {
  SUITE_SCHEMA_VERSION,
  imageEnvironment,
  type CheckData,
  type ExpectationData,
  type HealthcheckData,
  type ImageHealthcheck,
  type ProbeData,
  type SuiteExpectations,
} from '@armorred/testkit/contract';

export interface SuiteInput {
  resolved: ResolvedTier;
  folder: string;
  labels: Labels;
  /** sha256 (hex) of a config file's source in the image folder. */
  sourceDigest(relativePath: string): string;
}

/** How long the container may take to stop on its stop signal before podman kills it. */
export const STOP_TIMEOUT_SECONDS = 10;

type Probed = Parameters<typeof probeOf>[0] & { expect?: Expectation };

/** A check's or health check's probe with its defaults filled in (the spec has validated there is exactly one). */
function probeData(check: Probed): ProbeData {
  const probe = probeOf(check);
  if (!probe) throw new Error('a check without exactly one probe reached the suite generator; validate the spec first');
  switch (probe.kind) {
    case 'http':
      return { kind: 'http', http: { port: probe.http.port, path: probe.http.path, method: probe.http.method ?? 'GET' } };
    case 'tcp':
      return { kind: 'tcp', tcp: { port: probe.tcp.port, ...(probe.tcp.send === undefined ? {} : { send: probe.tcp.send }) } };
    case 'exec':
      return { kind: 'exec', exec: { command: probe.exec.command } };
  }
}

/** The expectation keys of the probe's kind, with defaults: http status 200, exec exit code 0. */
function expectationData(kind: ProbeData['kind'], expect: Expectation = {}): ExpectationData {
  const optional = <K extends keyof Expectation>(key: K) => (expect[key] === undefined ? {} : { [key]: expect[key] });
  switch (kind) {
    case 'http':
      return { status: expect.status ?? 200, ...optional('bodyMatches'), headers: expect.headers ?? {} };
    case 'tcp':
      return { ...optional('replyMatches') };
    case 'exec':
      return { exitCode: expect.exitCode ?? 0, ...optional('outputMatches') };
  }
}

/** "HTTP GET :8080/ returns 200 matching /Welcome/", "TCP :6379 replies /^\+PONG/", "exec /bin/jq --version exits 0". */
export function checkTitle(probe: ProbeData, expect: ExpectationData): string {
  const described = describeProbe(probe.kind === 'exec' ? { kind: 'exec', exec: { command: [...probe.exec.command] } } : probe);
  switch (probe.kind) {
    case 'http': {
      const headers = Object.keys(expect.headers ?? {});
      return `${described} returns ${expect.status}${expect.bodyMatches === undefined ? '' : ` matching /${expect.bodyMatches}/`}${
        headers.length > 0 ? ` with ${headers.join(', ')}` : ''
      }`;
    }
    case 'tcp':
      return `${described} ${expect.replyMatches === undefined ? 'accepts a connection' : `replies /${expect.replyMatches}/`}`;
    case 'exec':
      return `${described} exits ${expect.exitCode}${expect.outputMatches === undefined ? '' : ` printing /${expect.outputMatches}/`}`;
  }
}

/**
 * The image config's Healthcheck for a tier (the contract with the Nix side): an exec health
 * check in Docker's exec form, durations in nanoseconds; none for http, tcp or no health check.
 */
export function imageHealthcheck(resolved: ResolvedTier): ImageHealthcheck | null {
  return dockerHealthcheck(resolved) ?? null;
}

/** Everything the suite checks, as data. */
export function suiteExpectations(input: SuiteInput): SuiteExpectations {
  const { resolved, folder, labels } = input;
  const { runtime } = resolved;
  const health = resolved.healthcheck;
  let healthcheck: HealthcheckData | null = null;
  if (health) {
    const probe = probeData(health);
    const expect = expectationData(probe.kind, health.expect);
    healthcheck = {
      ...probe,
      title: checkTitle(probe, expect),
      expect,
      intervalSeconds: health.intervalSeconds,
      timeoutSeconds: health.timeoutSeconds,
      retries: health.retries,
      startPeriodSeconds: health.startPeriodSeconds,
    };
  }
  const checks = resolved.checks.map((check): CheckData => {
    const probe = probeData(check);
    const expect = expectationData(probe.kind, check.expect);
    return { ...probe, name: check.name, title: checkTitle(probe, expect), expect, timeoutSeconds: check.timeoutSeconds ?? CHECK_TIMEOUT_SECONDS };
  });
  return {
    schemaVersion: SUITE_SCHEMA_VERSION,
    image: folder,
    tier: resolved.tier,
    kind: runtime.ports.length > 0 || health !== undefined ? 'service' : 'tool',
    config: {
      User: `${runtime.user}:${runtime.group}`,
      Entrypoint: runtime.entrypoint,
      Cmd: runtime.cmd,
      // Sorted as strings, as the suite sorts what the image reports.
      Env: Object.entries(runtime.env)
        .map(([name, value]) => `${name}=${value}`)
        .sort(),
      WorkingDir: runtime.workingDir,
      ExposedPorts: runtime.ports.map((port) => `${port.port}/${port.protocol ?? 'tcp'}`).sort(),
      StopSignal: runtime.stopSignal,
      Healthcheck: imageHealthcheck(resolved),
      Volumes: runtime.writablePaths
        .filter(({ kind }) => kind === 'state')
        .map(({ path }) => path)
        .sort(),
    },
    labels,
    buildTimeLabels: Object.values(BUILD_TIME_LABELS).sort(),
    shell: resolved.shell,
    coreutils: resolved.coreutils,
    run: tierRun(resolved),
    writablePaths: runtime.writablePaths,
    configFiles: runtime.configFiles.map((file) => ({
      target: file.target,
      mode: file.mode ?? '0444',
      sha256: input.sourceDigest(file.source),
    })),
    dropFiles: resolved.package.dropFiles ?? [],
    healthcheck,
    checks,
    stopTimeoutSeconds: STOP_TIMEOUT_SECONDS,
  };
}

export function renderTestSuite(input: SuiteInput): string {
  const { folder } = input;
  const { tier } = input.resolved;
  const names = imageEnvironment(tier);
  return `// Generated by armorred generate from images/${folder}/image.yaml (tier ${tier}); do not edit.
// Regenerate: npx armorred generate ${folder}
// Run: npx armorred test ${folder} --tier ${tier}
// This file is data: EXPECTED is what the spec claims about the tier's image, and every
// check is implemented once, in @armorred/testkit (imageSuite).
// The image: env ${names.image} (a podman reference) or ${names.archive}
// (a docker-archive), else the last armorred build of this tier. Hand-written tests: images/${folder}/tests/.
import { imageSuite, type SuiteExpectations } from '@armorred/testkit';

const EXPECTED = ${JSON.stringify(suiteExpectations(input), null, 2)} as const satisfies SuiteExpectations;

await imageSuite(EXPECTED);
`;
}
