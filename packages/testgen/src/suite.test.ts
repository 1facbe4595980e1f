import { describe, expect, it } from 'vitest';
import { resolveTier, tierRun, type ImageSpec } from '@armorred/spec';
import { SUITE_SCHEMA_VERSION } from '@armorred/testkit/contract';
import { checkTitle, imageHealthcheck, renderTestSuite, suiteExpectations } from './suite.js';

const web: ImageSpec = {
  name: 'web',
  version: '1.0.0',
  line: '1.0',
  description: 'A web server',
  licenses: 'MIT',
  nixpkgs: 'nixos-24.11',
  package: { attr: 'web' },
  runtime: {
    entrypoint: ['/bin/web'],
    env: { A1: 'y', A: 'x', PATH: '/bin' },
    ports: [{ port: 443 }, { port: 80 }, { port: 53, protocol: 'udp' }],
    writablePaths: ['/tmp'],
    configFiles: [{ source: 'web.conf', target: '/etc/web.conf' }],
  },
  healthcheck: { http: { port: 80, path: '/healthz' } },
  checks: [{ name: 'home', http: { port: 80, path: '/', method: 'HEAD' }, expect: { status: 200, headers: { Server: 'web' } } }],
  tiers: { hardened: {}, locked: { shell: true, coreutils: true } },
};

// A key-value store: tcp checks, an exec health check, state that persists, dropped files.
const store: ImageSpec = {
  name: 'store',
  version: '7.2.4',
  line: '7.2',
  description: 'A key-value store',
  licenses: 'BSD-3-Clause',
  nixpkgs: 'nixos-24.11',
  package: { attr: 'store', dropFiles: ['bin/store-benchmark', 'bin/store-check'] },
  runtime: {
    entrypoint: ['/bin/store-server'],
    ports: [{ port: 6379 }],
    writablePaths: ['/tmp', { path: '/data', kind: 'state' }],
  },
  healthcheck: { exec: { command: ['/bin/store-cli', 'ping'] }, expect: { outputMatches: 'PONG' }, startPeriodSeconds: 5 },
  checks: [
    { name: 'ping', tcp: { port: 6379, send: 'PING\r\n' }, expect: { replyMatches: '^\\+PONG' } },
    { name: 'info', exec: { command: ['/bin/store-cli', 'info'] }, timeoutSeconds: 30 },
  ],
  tiers: { hardened: {}, locked: {} },
};

// A tool: an entrypoint, no ports, no health check, exec checks only.
const tool: ImageSpec = {
  name: 'jq',
  version: '1.7.1',
  line: '1.7',
  description: 'A JSON processor',
  licenses: 'MIT',
  nixpkgs: 'nixos-24.11',
  package: { attr: 'jq' },
  runtime: { entrypoint: ['/bin/jq'] },
  checks: [{ name: 'version', exec: { command: ['/bin/jq', '--version'] }, expect: { outputMatches: '^jq-1\\.7' } }],
  tiers: { hardened: {}, locked: {} },
};

const input = (spec: ImageSpec, tier: 'hardened' | 'locked' = 'hardened') => ({
  resolved: resolveTier(spec, tier, { user: 65534, group: 65534 }),
  folder: `${spec.name}-${spec.line}`,
  labels: { 'org.armorred.tier': tier },
  sourceDigest: () => 'f'.repeat(64),
});

describe('suiteExpectations', () => {
  it('sorts env and ports as strings, the way the suite sorts what the image reports', () => {
    const expected = suiteExpectations(input(web));
    expect(expected.schemaVersion).toBe(SUITE_SCHEMA_VERSION);
    expect(expected.config.Env).toEqual(['A1=y', 'A=x', 'PATH=/bin'].sort());
    expect(expected.config.ExposedPorts).toEqual(['443/tcp', '53/udp', '80/tcp']);
    expect(expected.configFiles).toEqual([{ target: '/etc/web.conf', mode: '0444', sha256: 'f'.repeat(64) }]);
  });

  it("runs the image with the spec's hardened run (tierRun), the one the analysis page prints", () => {
    expect(suiteExpectations(input(store)).run).toEqual(tierRun(input(store).resolved));
    expect(suiteExpectations(input(store)).run.volumes).toEqual([{ path: '/data', name: 'data' }]);
  });

  it('fills the defaults of probes and expectations: GET, status 200 for a health check, exit code 0, 10 s per check', () => {
    const expected = suiteExpectations(input(web));
    expect(expected.healthcheck).toEqual({
      kind: 'http',
      http: { port: 80, path: '/healthz', method: 'GET' },
      title: 'HTTP GET :80/healthz returns 200',
      expect: { status: 200, headers: {} },
      intervalSeconds: 10,
      timeoutSeconds: 3,
      retries: 3,
      startPeriodSeconds: 0,
    });
    expect(expected.checks).toEqual([
      {
        kind: 'http',
        http: { port: 80, path: '/', method: 'HEAD' },
        name: 'home',
        title: 'HTTP HEAD :80/ returns 200 with Server',
        expect: { status: 200, headers: { Server: 'web' } },
        timeoutSeconds: 10,
      },
    ]);
    expect(suiteExpectations(input(store)).checks).toEqual([
      {
        kind: 'tcp',
        tcp: { port: 6379, send: 'PING\r\n' },
        name: 'ping',
        title: 'TCP :6379 (sends "PING\\r\\n") replies /^\\+PONG/',
        expect: { replyMatches: '^\\+PONG' },
        timeoutSeconds: 10,
      },
      {
        kind: 'exec',
        exec: { command: ['/bin/store-cli', 'info'] },
        name: 'info',
        title: 'exec /bin/store-cli info exits 0',
        expect: { exitCode: 0 },
        timeoutSeconds: 30,
      },
    ]);
  });

  it('expects an exec health check in the image config (exec form, nanoseconds), and state paths as Volumes', () => {
    const expected = suiteExpectations(input(store));
    expect(expected.config.Healthcheck).toEqual({
      Test: ['CMD', '/bin/store-cli', 'ping'],
      Interval: 10_000_000_000,
      Timeout: 3_000_000_000,
      StartPeriod: 5_000_000_000,
      Retries: 3,
    });
    expect(expected.config.Volumes).toEqual(['/data']);
    expect(expected.writablePaths).toEqual([
      { path: '/tmp', kind: 'scratch' },
      { path: '/data', kind: 'state' },
    ]);
    expect(expected.dropFiles).toEqual(['bin/store-benchmark', 'bin/store-check']);
  });

  it('expects no Healthcheck in the config for an http or tcp health check, or none', () => {
    expect(imageHealthcheck(input(web).resolved)).toBeNull();
    expect(imageHealthcheck(input(tool).resolved)).toBeNull();
    expect(suiteExpectations(input(web)).config.Volumes).toEqual([]);
  });

  it('tells a service (ports or a health check) from a tool (neither)', () => {
    expect(suiteExpectations(input(web)).kind).toBe('service');
    expect(suiteExpectations(input(store)).kind).toBe('service');
    expect(suiteExpectations(input(tool)).kind).toBe('tool');
    expect(suiteExpectations(input(tool)).healthcheck).toBeNull();
  });
});

describe('checkTitle', () => {
  it('says the probe and what it must find', () => {
    expect(checkTitle({ kind: 'http', http: { port: 8080, path: '/', method: 'GET' } }, { status: 200, bodyMatches: 'Welcome', headers: {} })).toBe(
      'HTTP GET :8080/ returns 200 matching /Welcome/',
    );
    expect(checkTitle({ kind: 'tcp', tcp: { port: 5432 } }, {})).toBe('TCP :5432 accepts a connection');
    expect(checkTitle({ kind: 'exec', exec: { command: ['/bin/jq', '--version'] } }, { exitCode: 0, outputMatches: '^jq' })).toBe(
      'exec /bin/jq --version exits 0 printing /^jq/',
    );
  });
});

describe('renderTestSuite', () => {
  it('renders data and one call: the header, EXPECTED typed by testkit, imageSuite(EXPECTED)', () => {
    const text = renderTestSuite(input(web, 'locked'));
    expect(text).toBe(renderTestSuite(input(web, 'locked')));
    const lines = text.split('\n');
    expect(lines[0]).toBe('// Generated by armorred generate from images/web-1.0/image.yaml (tier locked); do not edit.');
    expect(lines.filter((line) => line.startsWith('import '))).toEqual(["import { imageSuite, type SuiteExpectations } from '@armorred/testkit';"]);
    expect(text.endsWith('} as const satisfies SuiteExpectations;\n\nawait imageSuite(EXPECTED);\n')).toBe(true);
    const data = text.slice(text.indexOf('const EXPECTED = ') + 'const EXPECTED = '.length, text.indexOf(' as const satisfies'));
    expect(JSON.parse(data)).toEqual(suiteExpectations(input(web, 'locked')));
  });
});
