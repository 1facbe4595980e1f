// The generated suite can fail, and it handles every shape of image. Each variant is made
// the way a contributor would make it: by editing nginx-1.26's spec in a scratch copy of
// the catalog, then `armorred generate` and a build with the offline package set there. So
// the variants never depend on how the Nix side is generated.
// - Broken variants: the original, checked-in hardened suite (from this repository) runs
//   against the variant's image and must report exactly the checks the breakage violates.
// - Shapes: the variant's own generated suite (tcp and exec probes, a tool without ports
//   or a daemon) runs against its image and must pass whole.
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseDocument, type Document } from 'yaml';
import { buildTier } from '@armorred/builder';
import { readDockerArchive } from '@armorred/image-archive';
import { nixAvailable } from '@armorred/nix';
import { podman, podmanAvailable } from '@armorred/podman';
import { imagePaths } from '@armorred/repository';
import { skipNote, skipUnless } from '@armorred/testkit';
import { ROOT_ENV, imageEnvironment } from '@armorred/testkit/contract';
import { runSuites, type CheckResult } from '../suite-runner.js';
import { REPO, copyCatalog, makeSuitesRunnable, runCli } from '../test-support.js';

const IMAGE = 'nginx-1.26';
const SUITE = imagePaths(IMAGE).suite('hardened');
/** The image a variant is made from (nginx-1.26 unless a case names another). */
type Edit = (spec: Document) => void;
const missing = skipUnless(!(await nixAvailable()) ? 'nix is not installed' : !(await podmanAvailable()) ? 'podman is not installed' : undefined);
const scratch: string[] = [];
const archives: string[] = [];

/**
 * A scratch catalog whose nginx-1.26 spec is edited by `edit`, generated and built (hardened,
 * offline). Its images are named under a registry of their own, so loading one never moves
 * the real image's tag.
 */
async function buildVariant(edit: Edit, image = IMAGE): Promise<{ root: string; archive: string }> {
  const root = copyCatalog();
  scratch.push(root);
  // The hand-written Nix function, where the catalog has one.
  if (existsSync(join(REPO, 'nix'))) cpSync(join(REPO, 'nix'), join(root, 'nix'), { recursive: true });
  mkdirSync(join(root, 'tools'));
  symlinkSync(join(REPO, 'tools', 'offline-pkgs'), join(root, 'tools', 'offline-pkgs'));
  const catalog = parseDocument(readFileSync(join(root, 'catalog.yaml'), 'utf8'));
  catalog.set('registry', 'localhost/armorred-variants');
  writeFileSync(join(root, 'catalog.yaml'), catalog.toString());
  const specFile = join(root, imagePaths(image).spec);
  const spec = parseDocument(readFileSync(specFile, 'utf8'));
  edit(spec);
  writeFileSync(specFile, spec.toString());
  const generated = await runCli(['generate', image], root);
  expect(generated.code, generated.stderr).toBe(0);
  const { archive } = await buildTier({ root, image, tier: 'hardened', pkgs: 'offline' });
  archives.push(archive);
  return { root, archive };
}

const titles = (checks: CheckResult[], status: CheckResult['status'], image = IMAGE) =>
  checks.filter((check) => check.status === status).map((check) => check.name.replace(`${image} hardened > `, ''));

/** Runs the checked-in hardened suite of `image` against a broken variant of it; returns its failed checks. */
async function failedChecks(edit: Edit, image = IMAGE): Promise<{ failed: string[]; checks: CheckResult[] }> {
  const { archive } = await buildVariant(edit, image);
  const run = await runSuites(REPO, [imagePaths(image).suite('hardened')], { ...process.env, [imageEnvironment('hardened').archive]: archive } as Record<
    string,
    string
  >);
  expect(run.checks.length, run.output).toBeGreaterThan(20);
  return { failed: titles(run.checks, 'failed', image).sort(), checks: run.checks };
}

// What each new image's broken variant must fail, exactly.
const REDIS_WRONG_PORT = [
  "metadata > Entrypoint and Cmd are the spec's",
  'runtime > /data keeps a file across a restart (state)',
  'runtime > becomes ready: health check exec /bin/redis-cli -p 6379 ping exits 0 printing /^PONG/',
  'runtime > check dangerous-command-refused: TCP :6379 (sends "CONFIG GET dir\\r\\n") replies /^-ERR unknown command/',
  'runtime > check ping-over-tcp: TCP :6379 (sends "PING\\r\\n") replies /^\\+PONG/',
];
const POSTGRES_EXITS = [
  "metadata > Env is the spec's",
  'runtime > /tmp is writable by the runtime user',
  'runtime > /var/lib/postgresql is writable by the runtime user',
  'runtime > /var/lib/postgresql keeps a file across a restart (state)',
  'runtime > becomes ready: health check exec /bin/pg_isready --host=/tmp --port=5432 --username=postgres exits 0 printing /accepting connections/',
  'runtime > check listens-on-tcp: TCP :5432 accepts a connection',
  'runtime > check runs-as-non-root-database: exec /bin/psql --host=/tmp --username=postgres --no-psqlrc --tuples-only --command=SHOW data_directory exits 0 printing //var/lib/postgresql/data/',
  'runtime > check select-one: exec /bin/psql --host=/tmp --username=postgres --no-psqlrc --tuples-only --command=SELECT 40 + 2 exits 0 printing /\\b42\\b/',
  'runtime > every process runs as 65534:65534 (from /proc, not the config)',
  'runtime > exec of /bin/sh in the running container works',
  'runtime > stops on SIGINT within 10 s, without being killed',
  'runtime > the root filesystem is read-only, even for root',
];
const JQ_SHELL = [
  'runtime > running /bin/sh fails: not found',
  'structure > /bin/sh is absent',
  'structure > coreutils are absent',
  'structure > no other shell anywhere in the image',
];

afterAll(async () => {
  for (const root of scratch) rmSync(root, { recursive: true, force: true });
  // The variants' images, by ID; one still in use elsewhere stays (no -f).
  for (const archive of archives) await podman(['rmi', (await readDockerArchive(archive)).configDigest]);
});

describe.skipIf(missing !== false)(`the checked-in suite catches broken variants${skipNote(missing)}`, () => {
  it('a tier that declares no shell but gets one (and coreutils)', async () => {
    const { failed } = await failedChecks((spec) => {
      spec.setIn(['tiers', 'hardened', 'shell'], true);
      spec.setIn(['tiers', 'hardened', 'coreutils'], true);
    });
    expect(failed).toEqual([
      'runtime > exec of /bin/sh in the running container fails: not found',
      'structure > /bin/sh is absent',
      'structure > coreutils are absent',
      'structure > no other shell anywhere in the image',
    ]);
  }, 600_000);

  it('an image that runs as the wrong user', async () => {
    const { failed } = await failedChecks((spec) => spec.setIn(['runtime', 'user'], 1000));
    expect(failed).toEqual([
      'metadata > User is 65534:65534',
      'runtime > /var/cache/nginx is writable by the runtime user',
      'runtime > /var/log/nginx is writable by the runtime user',
      'runtime > every process runs as 65534:65534 (from /proc, not the config)',
    ]);
  }, 600_000);

  it('a daemon that exits at once: the suite says it exited and shows its log; no check passes on a dead container', async () => {
    const { failed, checks } = await failedChecks((spec) =>
      spec.setIn(['runtime', 'cmd'], ['-e', 'stderr', '-c', '/etc/nginx/no-such.conf', '-g', 'daemon off;']),
    );
    expect(failed).toEqual([
      "metadata > Entrypoint and Cmd are the spec's",
      'runtime > /tmp is writable by the runtime user',
      'runtime > /var/cache/nginx is writable by the runtime user',
      'runtime > /var/log/nginx is writable by the runtime user',
      'runtime > becomes ready: health check HTTP GET :8080/healthz returns 200',
      'runtime > check index-page: HTTP GET :8080/ returns 200 matching /Welcome to nginx on ARMORRED/',
      'runtime > check missing-page: HTTP GET :8080/no-such-page returns 404',
      'runtime > every process runs as 65534:65534 (from /proc, not the config)',
      'runtime > exec of /bin/sh in the running container fails: not found',
      'runtime > stops on SIGQUIT within 10 s, without being killed',
      'runtime > the root filesystem is read-only, even for root',
    ]);
    const failure = (title: string) => checks.find((check) => check.name.endsWith(title))!.failure!;
    expect(failure('becomes ready: health check HTTP GET :8080/healthz returns 200')).toMatch(
      /the container exited \(exit code 1\) before its health check passed \(HTTP GET :8080\/healthz returns 200\); the last lines of its log:\n.*open\(\) "\/etc\/nginx\/no-such.conf" failed/,
    );
    expect(failure('stops on SIGQUIT within 10 s, without being killed')).toMatch(/the container is not running \(exited, exit code 1\)/);
  }, 600_000);

  it('redis-7.2 listening on the wrong port: the TCP checks and the health check fail', async () => {
    const { failed } = await failedChecks((spec) => spec.setIn(['runtime', 'cmd'], ['/etc/redis/redis.conf', '--port', '6380']), 'redis-7.2');
    expect(failed).toEqual(REDIS_WRONG_PORT);
  }, 600_000);

  it('postgresql-15 whose daemon exits at once (its data directory cannot be made): the suite says it exited', async () => {
    const { failed, checks } = await failedChecks((spec) => spec.setIn(['runtime', 'env', 'PGDATA'], '/nonexistent/data'), 'postgresql-15');
    expect(failed).toEqual(POSTGRES_EXITS);
    const ready = checks.find((check) => check.name.includes('becomes ready'))!;
    expect(ready.failure).toMatch(/the container exited \(exit code \d+\) before its health check passed/);
  }, 600_000);

  it('jq-1.7 with a shell added to hardened: the shell checks fail', async () => {
    const { failed } = await failedChecks((spec) => {
      spec.setIn(['tiers', 'hardened', 'shell'], true);
      spec.setIn(['tiers', 'hardened', 'coreutils'], true);
    }, 'jq-1.7');
    expect(failed).toEqual(JQ_SHELL);
  }, 600_000);
});

/** Runs the variant's own generated suite (from its scratch catalog) against its image. */
async function ownSuite(edit: (spec: Document) => void): Promise<CheckResult[]> {
  const { root, archive } = await buildVariant(edit);
  // The scratch suite imports @armorred/testkit and runs with this repository's vitest settings.
  makeSuitesRunnable(root);
  const run = await runSuites(root, [SUITE], { ...process.env, [ROOT_ENV]: root, [imageEnvironment('hardened').archive]: archive } as Record<string, string>);
  expect(run.checks.length, `${run.output}\n${JSON.stringify(run.checks, null, 1)}`).toBeGreaterThan(20);
  return run.checks;
}

describe.skipIf(missing !== false)(`the suite handles every shape of image${skipNote(missing)}`, () => {
  it('a service with a TCP health check, a TCP check and exec checks run in the container without a shell', async () => {
    const checks = await ownSuite((spec) => {
      spec.set('healthcheck', { tcp: { port: 8080, send: 'GET /healthz HTTP/1.0\r\n\r\n' }, expect: { replyMatches: '^HTTP/1\\.1 200 OK' } });
      spec.set('checks', [
        { name: 'http-over-tcp', tcp: { port: 8080, send: 'HEAD / HTTP/1.0\r\n\r\n' }, expect: { replyMatches: 'Server: nginx\\s' } },
        { name: 'port-open', tcp: { port: 8080 } },
        {
          name: 'config',
          exec: { command: ['/bin/nginx', '-T', '-q', '-e', 'stderr', '-c', '/etc/nginx/nginx.conf'] },
          expect: { outputMatches: 'server_tokens off;' },
        },
        { name: 'bad-flag', exec: { command: ['/bin/nginx', '-e', 'stderr', '--no-such-flag'] }, expect: { exitCode: 1 } },
      ]);
    });
    expect(titles(checks, 'failed')).toEqual([]);
    expect(titles(checks, 'passed')).toEqual(
      expect.arrayContaining([
        'metadata > Healthcheck is absent',
        'runtime > becomes ready: health check TCP :8080 (sends "GET /healthz HTTP/1.0\\r\\n\\r\\n") replies /^HTTP/1\\.1 200 OK/',
        'runtime > check http-over-tcp: TCP :8080 (sends "HEAD / HTTP/1.0\\r\\n\\r\\n") replies /Server: nginx\\s/',
        'runtime > check port-open: TCP :8080 accepts a connection',
        'runtime > check config: exec /bin/nginx -T -q -e stderr -c /etc/nginx/nginx.conf exits 0 printing /server_tokens off;/',
        'runtime > check bad-flag: exec /bin/nginx -e stderr --no-such-flag exits 1',
        'runtime > stops on SIGQUIT within 10 s, without being killed',
      ]),
    );
  }, 600_000);

  it('a tool: no ports, no health check; exec checks run in containers of their own, process checks in one set up but not started', async () => {
    const checks = await ownSuite((spec) => {
      spec.setIn(['runtime', 'ports'], []);
      spec.delete('healthcheck');
      spec.set('checks', [
        {
          name: 'config',
          exec: { command: ['/bin/nginx', '-T', '-q', '-e', 'stderr', '-c', '/etc/nginx/nginx.conf'] },
          expect: { outputMatches: 'listen 8080;' },
        },
        { name: 'version', exec: { command: ['/bin/nginx', '-v'] } },
      ]);
    });
    expect(titles(checks, 'failed')).toEqual([]);
    const runtime = titles(checks, 'passed').filter((title) => title.startsWith('runtime > '));
    expect(runtime).toEqual([
      'runtime > check config: exec /bin/nginx -T -q -e stderr -c /etc/nginx/nginx.conf exits 0 printing /listen 8080;/',
      'runtime > check version: exec /bin/nginx -v exits 0',
      'runtime > every process runs as 65534:65534 (from /proc, not the config)',
      'runtime > the root filesystem is read-only, even for root',
      'runtime > /tmp is writable by the runtime user',
      'runtime > /var/cache/nginx is writable by the runtime user',
      'runtime > /var/log/nginx is writable by the runtime user',
      'runtime > running /bin/sh fails: not found',
    ]);
    expect(titles(checks, 'passed')).toContain('metadata > ExposedPorts are none');
  }, 600_000);
});
